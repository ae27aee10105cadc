"""What checks know besides the claims: the publication date and the message language."""

from __future__ import annotations

import datetime as dt

from attrs import field, frozen

from claimcheck.lexicon import Lexicon, load

__all__ = ["MESSAGE_LANGUAGES", "CheckContext"]

#: Languages the findings' messages are written in.
MESSAGE_LANGUAGES = ("en",)


def _default_lexicon() -> Lexicon:
    return load("ru")


@frozen
class CheckContext:
    """``published`` dates "results" that must not lie in the future; ``lang`` is the language of the
    messages: only "en" is written so far, and asking for another is an error rather than English in
    disguise.

    ``per_unit_notes`` adds a note with the average for every "N things worth X" the text states
    without an average of its own (off by default: such notes are frequent and rarely news).
    """

    published: dt.date | None = None
    lang: str = field(default="en")
    per_unit_notes: bool = False
    lexicon: Lexicon = field(factory=_default_lexicon, eq=False, repr=False)

    @lang.validator
    def _check_lang(self, attribute: object, value: str) -> None:
        if value not in MESSAGE_LANGUAGES:
            raise ValueError(f"expected lang in {MESSAGE_LANGUAGES}, got {value!r}")
