"""Speakers: who says what a quote reports.

- :mod:`~claimcheck.speakers.declension`: a person's name put in the nominative;
- :mod:`~claimcheck.speakers.proper`: what a capitalised word is (a name, a place, an abbreviation);
- :mod:`~claimcheck.speakers.phrases`: runs of name words, genitive tails, a phrase's head;
- :mod:`~claimcheck.speakers.mentions`: the mention a cue attaches to (:func:`mention_at`);
- :mod:`~claimcheck.speakers.apposition`: names beside a noun;
- :mod:`~claimcheck.speakers.slot`: the speaker slot around a cue, before and after it;
- :mod:`~claimcheck.speakers.names`: every person a text names;
- :mod:`~claimcheck.speakers.roles`: the offices a text names its people in ("президент России");
- :mod:`~claimcheck.speakers.identity`, :mod:`~claimcheck.speakers.timeline`,
  :mod:`~claimcheck.speakers.abbreviations` and :mod:`~claimcheck.speakers.resolver`: the resolution
  of a document's mentions to one canonical source each (:class:`Resolver`).
"""

from claimcheck.speakers.declension import nominative_name
from claimcheck.speakers.mentions import (
    Mention,
    MentionKind,
    dropped_subject,
    first_at,
    mention_at,
    possessive_mention,
    verb_gender,
)
from claimcheck.speakers.names import find_person_names, prepare
from claimcheck.speakers.proper import is_initial, sentence_initial
from claimcheck.speakers.resolver import Resolved, Resolver, SpeakerKind
from claimcheck.speakers.slot import document_speaker, speaker_after, speaker_before, speaker_of_cue

__all__ = [
    "Mention",
    "MentionKind",
    "Resolved",
    "Resolver",
    "SpeakerKind",
    "document_speaker",
    "dropped_subject",
    "find_person_names",
    "first_at",
    "is_initial",
    "mention_at",
    "nominative_name",
    "possessive_mention",
    "prepare",
    "sentence_initial",
    "speaker_after",
    "speaker_before",
    "speaker_of_cue",
    "verb_gender",
]
