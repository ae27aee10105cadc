"""Internal-consistency checks: small pure functions from claims to findings.

Each family lives in its own module and exposes ``check(claims, context) -> list[Finding]``; the
families that relate claims to each other also expose ``relations(claims, context)``, the tuples of
claim indices they compare (the first one is the claim whose change would break the relation), used
by the mutation benchmark. They work on intervals only, so rounding never yields a contradiction,
and they never look at the text: hand-built claims test them without spaCy.

>>> from claimcheck.checks import run_checks
>>> run_checks(())
()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck.checks import (
    ages,
    average,
    breakdown,
    change,
    derived,
    levels,
    part_whole,
    percentages,
    restatement,
    run_rate,
    sanity,
    share,
    subjects,
    sum_parts,
    title,
)
from claimcheck.checks.context import CheckContext
from claimcheck.lexicon import Lexicon
from claimcheck.model import Claim, Finding

__all__ = ["CHECKS", "RELATIONS", "CheckContext", "find_relations", "prepare", "run_checks"]

Check = Callable[[Sequence[Claim], CheckContext], list[Finding]]
Relations = Callable[[Sequence[Claim], CheckContext], list[tuple[int, ...]]]

#: Every check family, in the order their findings are listed.
CHECKS: tuple[tuple[str, Check], ...] = (
    ("part_whole", part_whole.check),
    ("sum_parts", sum_parts.check),
    ("breakdown", breakdown.check),
    ("percentages", percentages.check),
    ("restatement", restatement.check),
    ("title", title.check),
    ("share", share.check),
    ("run_rate", run_rate.check),
    ("change", change.check),
    ("levels", levels.check),
    ("derived", derived.check),
    ("ages", ages.check),
    ("average", average.check),
    ("sanity", sanity.check),
)

#: The families whose relations between claims can be broken by changing one number.
RELATIONS: tuple[tuple[str, Relations], ...] = (
    ("part_whole", part_whole.relations),
    ("sum_parts", sum_parts.relations),
    ("breakdown", breakdown.relations),
    ("percentages", percentages.relations),
    ("restatement", restatement.relations),
    ("title", title.relations),
    ("share", share.relations),
    ("change", change.relations),
    ("levels", levels.relations),
    ("derived", derived.relations),
    ("ages", ages.relations),
    ("average", average.relations),
)


def prepare(lex: Lexicon) -> None:
    """Build the tables the checks derive from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    subjects.prepare(lex)


def run_checks(claims: Sequence[Claim], context: CheckContext | None = None) -> tuple[Finding, ...]:
    """All findings for ``claims``, sorted by the claims they involve and then by check."""
    if not claims:
        return ()  # no check finds anything without a claim
    context = context or CheckContext()
    found: list[Finding] = []
    for _name, fn in CHECKS:
        found.extend(fn(claims, context))
    order = {name: i for i, (name, _) in enumerate(CHECKS)}
    return tuple(sorted(found, key=lambda f: (f.claims, order.get(f.check.split(".")[0], 99), f.check)))


def find_relations(
    claims: Sequence[Claim], context: CheckContext | None = None
) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Every (family, claim indices) relation the checks compare in ``claims``."""
    context = context or CheckContext()
    return tuple((name, rel) for name, fn in RELATIONS for rel in fn(claims, context))
