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

__all__ = ["check", "full_years", "relations", "told_on"]

Days = tuple[dt.date, dt.date]
# How long before its publication an article may give a person's age as of.
_NARRATION_LAG = dt.timedelta(days=366)
# The most days a date the text writes spans as an anchor reads it (a day, or a few); days reckoned from
# the article's day are more ("вчера": from the day before it to a week after it).
_WRITTEN_SPAN = 7


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


def told_on(c: Claim, on: Days | None, published: dt.date | None) -> Days | None:
    """The days age claim ``c`` may be told of: its own period, or the days its anchor reads (``on``). An
    age whose days the anchor reckons from the article's day (an adjective a year either way, "вчера")
    rather than reads in a date the text writes may also be told as of the publication date, up to a year
    before it (an article may give a person's age when it is written); an age with no days at all is at
    the publication date so."""
    own = None if c.period is None else (c.period.first, c.period.last)
    on = on or own
    if published is None:
        return on
    written = (published - _NARRATION_LAG, published)
    if on is None:
        return written
    if on == own or (on[1] - on[0]).days <= _WRITTEN_SPAN:
        return on  # a date the text writes ("26 ноября 2016 года умер …. На момент смерти ему было 90 лет")
    return (min(on[0], written[0]), max(on[1], written[1]))


def check(claims: Sequence[Claim], context: CheckContext) -> list[Finding]:
    """A contradiction for every age that the years since the dated birth cannot give."""
    out: list[Finding] = []
    for (i,) in relations(claims, context):
        c = claims[i]
        anchor = next(a for a in c.anchors if a.kind == "age" and a.born)
        born, on = anchor.born, told_on(c, anchor.on, context.published)
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
