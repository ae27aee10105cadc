"""Structures of a text that relate its figures, found where claims are built.

A check pairs figures by the structure the text gives them, never by subject and period alone: a total
and the parts listed after it (:mod:`breakdowns`), a count and the items its list names
(:mod:`enumerations`), the percentages of one enumeration
(:mod:`percentages`), the two levels of a change (:mod:`levels`), a level and the difference that sets it
above a level left out (:mod:`differences`), a figure of the title restated in
the body (:mod:`restatements`), amounts with the percentages they are of one whole (:mod:`wholes`),
percentages that are shares of a whole (:mod:`shares`).
Each structure found is numbered and recorded on its claims as an :class:`~claimcheck.model.Anchor`
(the structure's number, kind and the claim's role in it), so the checks stay pure functions over claims.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimcheck.lexicon import Lexicon
from claimcheck.model import Anchor, Claim
from claimcheck.segment import Document
from claimcheck.structures import (
    ages,
    bounds,
    breakdowns,
    differences,
    enumerations,
    levels,
    percentages,
    products,
    proportions,
    rates,
    restatements,
    shares,
    subsets,
    tallies,
    wholes,
)
from claimcheck.structures.layout import Layout, Structure

__all__ = ["Structure", "anchor", "find_structures", "prepare"]


def prepare(lex: Lexicon) -> None:
    """Build the tables the structure finders derive from ``lex`` (see :func:`claimcheck.analysis.prepare`)."""
    for finder in (ages, bounds, products, rates, subsets, tallies):
        finder.prepare(lex)


def find_structures(doc: Document, claims: Sequence[Claim], lex: Lexicon) -> list[Structure]:
    """Every structure of ``doc`` that relates ``claims``, in the order the finders run."""
    layout = Layout(doc, claims, lex)
    finders = (
        breakdowns, enumerations, subsets, tallies, percentages, levels, differences, restatements, wholes, shares,
        ages,
        products, rates, proportions, bounds,
    )
    return [s for finder in finders for s in finder.find(layout)]


def anchor(doc: Document, claims: Sequence[Claim], lex: Lexicon) -> list[Claim]:
    """``claims`` with the anchors of every structure they belong to."""
    if not claims:
        return list(claims)
    found: dict[int, list[Anchor]] = {}
    for group, s in enumerate(find_structures(doc, claims, lex)):
        for i, role in s.members:
            listed = s.listed if role == "total" else None
            born, on = (s.born, s.on) if role == "age" else (None, None)
            found.setdefault(i, []).append(Anchor(group, s.kind, role, listed, born, on))
    return [attrs.evolve(c, anchors=tuple(found[i])) if i in found else c for i, c in enumerate(claims)]
