"""Ages: an age stated on a dated day must be the years since the birth the text dates.

:mod:`claimcheck.structures.ages` anchors each age stated on a day or month after a dated birth ("родился
6 марта 1929 года" … "31 июля 2016 года умер 87-летний писатель") with the days the person may have been
born on. The full years between any such birthday and any day of the age's period are the ages the text
can mean; a stated age outside them is a contradiction.

An age of a person at one date also dates their birth to a year's days: "в 2008 году в возрасте 76 лет" puts
it between 1931-01-02 and 1932-12-31, and a later age of the same person is checked against those days
like against a birth the text dates; the finding then names both ages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from claimcheck.checks import render
from claimcheck.checks.context import CheckContext
from claimcheck.interval import Interval, fmt
from claimcheck.model import Claim, Finding

__all__ = ["check", "full_years", "relations"]


def full_years(born: dt.date, on: dt.date) -> int:
    """The age on day ``on`` of someone born on day ``born``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _reckons_birth(c: Claim, group: int) -> bool:
    """Claim ``c`` is the age the birth of age structure ``group`` is reckoned from ("в 2008 году в возрасте
    76 лет" for a later "81-летний" of the same person)."""
    return any(a.group == group and a.role == "born_from" for a in c.anchors)


def relations(claims: Sequence[Claim], context: CheckContext) -> list[tuple[int, ...]]:
    """Every age the text dates against a birth it dates, or an earlier age of the person dates."""
    return [(i,) for i, c in enumerate(claims) if any(a.kind == "age" and a.born for a in c.anchors)]


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every age that the years since the dated birth cannot give."""
    out: list[Finding] = []
    for (i,) in relations(claims, context):
        c = claims[i]
        anchor = next(a for a in c.anchors if a.kind == "age" and a.born)
        born, on = anchor.born, anchor.on
        if on is None and c.period is not None:
            on = (c.period.first, c.period.last)
        if born is None or on is None:
            continue
        youngest, oldest = full_years(born[1], on[0]), full_years(born[0], on[1])
        possible = Interval(Decimal(youngest), Decimal(oldest))
        if c.quantity.interval.overlaps(possible):
            continue
        shown = str(youngest) if youngest == oldest else f"{youngest}–{oldest}"
        others = tuple(k for k, o in enumerate(claims) if k != i and _reckons_birth(o, anchor.group))
        out.append(Finding(
            "ages", "contradiction",
            f"born {render.days(*born)} and {render.figure(c.quantity.value, 'count', c.quantity.approx)} years old "
            f"in {render.days(*on)} cannot both be: the years between them are {shown}",
            (i, *others),
            (("age_low", fmt(Decimal(youngest))), ("age_high", fmt(Decimal(oldest))),
             ("born_first", born[0].isoformat()), ("born_last", born[1].isoformat()),
             ("on_first", on[0].isoformat()), ("on_last", on[1].isoformat())),
        ))
    return out
