"""Internal-consistency checks: small pure functions from claims to findings.

Each family lives in its own module and exposes ``check(claims, context) -> list[Finding]``. They
work on intervals only, so rounding never yields a contradiction, and they never look at the text:
hand-built claims test them without spaCy.

>>> from claimcheck.checks import run_checks
>>> run_checks(())
()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck.checks import change, part_whole, run_rate, sanity
from claimcheck.checks.context import CheckContext
from claimcheck.model import Claim, Finding

__all__ = ["CHECKS", "CheckContext", "run_checks"]

Check = Callable[[Sequence[Claim], CheckContext], list[Finding]]

#: Every check family, in the order their findings are listed.
CHECKS: tuple[tuple[str, Check], ...] = (
    ("part_whole", part_whole.check),
    ("run_rate", run_rate.check),
    ("change", change.check),
    ("sanity", sanity.check),
)


def run_checks(claims: Sequence[Claim], context: CheckContext | None = None) -> tuple[Finding, ...]:
    """All findings for ``claims``, sorted by the claims they involve and then by check."""
    context = context or CheckContext()
    found: list[Finding] = []
    for _name, fn in CHECKS:
        found.extend(fn(claims, context))
    order = {name: i for i, (name, _) in enumerate(CHECKS)}
    return tuple(sorted(found, key=lambda f: (f.claims, order.get(f.check.split(".")[0], 99), f.check)))
