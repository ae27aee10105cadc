"""Sentences of reported speech: a statement, a speech verb in the past tense and the person who spoke."""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Final

from attrs import frozen
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from claimcheck.strategies.words import DATA, genitive_name, lexicon, past

__all__ = ["PERSONS", "RenderedQuote", "quotes"]


@frozen
class RenderedQuote:
    """A sentence of reported speech: the reported words (one part each, two for «A, — заявил X. — B»),
    the cue as written, the speaker's canonical name and the quote kind ("direct" or "indirect")."""

    text: str
    contents: tuple[str, ...]
    cue: str
    speaker: str
    kind: str


#: Real-looking persons (first name, surname) with their grammatical gender.
PERSONS: Final[tuple[tuple[str, str], ...]] = tuple(
    (name, gender) for gender in ("masc", "femn") for name in DATA.words("persons", gender, lower=False)
)

# Statements without numbers, names, quotation marks or commas (reported speech and nothing else).
_STATEMENTS: Final = DATA.words("statements", "phrases")

_CONSTRUCTIONS: Final = ("after", "before", "interrupted", "indirect", "according")


@functools.cache
def _speech_verbs() -> tuple[str, ...]:
    """Speech verb lemmas of the lexicon that report speech on their own in the past tense.

    Left out: verbs that need a special construction (content required, agreement verbs, the first
    verb of a cue phrase such as "обратить внимание"), passive forms ("сообщаться", "говориться"),
    and lemmas that are no infinitive ("уверен").
    """
    lex = lexicon()
    phrase_heads = {phrase.split()[0] for phrase in lex.cue_phrases}
    excluded = lex.content_required | lex.agreement_verbs | lex.document_verbs | phrase_heads
    out = []
    for verb in sorted(lex.speech_verbs - excluded):
        if verb.endswith("ся") and verb[:-2] in lex.speech_verbs:
            continue
        if past(verb, "masc") != verb and past(verb, "femn") != verb:
            out.append(verb)
    return tuple(out)


@st.composite
def _quote(draw: st.DrawFn, constructions: tuple[str, ...], statements: SearchStrategy[str]) -> RenderedQuote:
    name, gender = draw(st.sampled_from(PERSONS))
    how = draw(st.sampled_from(constructions))
    a = draw(statements)
    if how == "according":
        cue = "По словам"
        return RenderedQuote(f"{cue} {genitive_name(name, gender)}, {a}.", (a,), cue, name, "indirect")
    verb = past(draw(st.sampled_from(_speech_verbs())), gender)
    big = a[:1].upper() + a[1:]
    if how == "after":
        return RenderedQuote(f"«{big}», — {verb} {name}.", (big,), verb, name, "direct")
    if how == "before":
        return RenderedQuote(f"{name} {verb}: «{big}».", (big,), verb, name, "direct")
    if how == "interrupted":
        b = draw(statements.filter(lambda s: s != a))
        b_big = b[:1].upper() + b[1:]
        return RenderedQuote(f"«{big}, — {verb} {name}. — {b_big}».", (big, b_big), verb, name, "direct")
    return RenderedQuote(f"{name} {verb}, что {a}.", (a,), verb, name, "indirect")


def quotes(
    *,
    constructions: Collection[str] = _CONSTRUCTIONS,
    statements: SearchStrategy[str] | None = None,
) -> SearchStrategy[RenderedQuote]:
    """Sentences of attributed speech with their expected content(s), cue and speaker.

    Constructions: "after" («…», — заявил X.), "before" (X заявил: «…».), "interrupted"
    («A, — заявил X. — B».), "indirect" (X заявил, что ….) and "according" (По словам X, ….). Speakers
    come from :data:`PERSONS`; cue verbs are the lexicon's speech verbs in the past tense agreeing with
    the speaker's gender. ``statements`` draws the reported words (lower case, no final stop); by
    default short statements without numbers or names.

    >>> from hypothesis import find
    >>> q = find(quotes(constructions=("according",)), lambda q: q.speaker == "Мария Захарова")
    >>> q.text.startswith("По словам Марии Захаровой, "), q.kind
    (True, 'indirect')
    """
    chosen = tuple(c for c in _CONSTRUCTIONS if c in set(constructions))
    if not chosen or set(constructions) - set(_CONSTRUCTIONS):
        raise ValueError(f"expected constructions from {_CONSTRUCTIONS}, got {sorted(constructions)!r}")
    return _quote(chosen, statements if statements is not None else st.sampled_from(_STATEMENTS))
