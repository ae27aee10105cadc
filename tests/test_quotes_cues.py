"""Indirect speech by cues and source phrases: one table row per construction, in sentences shaped like
news text. Each row lists the reports found as (kind, cue, content)."""

from __future__ import annotations

import pytest

import claimcheck


def _reports(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.cue.text if q.cue else None, q.span.text) for q in claimcheck.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive inside the phrase names the source.
        ("Министр выступил на форуме. По его словам, тарифы на электроэнергию не вырастут.",
         [("indirect", "По его словам", "тарифы на электроэнергию не вырастут")]),
        ("Вместе с тем, по её словам, никакого давления на семью она не ощущает.",
         [("indirect", "по её словам", "никакого давления на семью она не ощущает")]),
        ("Эксперты настроены скептически. По их мнению, рынок жилья продолжит падать.",
         [("indirect", "По их мнению", "рынок жилья продолжит падать")]),
        # An adjective inside the phrase, with the source after it.
        ("По последним данным МЧС, в результате пожара пострадали три человека.",
         [("indirect", "По последним данным", "в результате пожара пострадали три человека")]),
        # No source at all, or the author's own view: no report.
        ("По предварительным данным, в результате пожара пострадали три человека.", []),
        ("По нашему мнению, рынок жилья продолжит падать.", []),
        ("По предварительным данным, его самолёт упал в море.", []),
        ("По предварительным данным затраты операторов связи составят около двух триллионов рублей.", []),
        # A cue verb before the phrase keeps the whole content.
        ("Адвокат признал, что его клиент был на месте, но, по его словам, убийство совершил другой.",
         [("indirect", "признал", "его клиент был на месте, но, по его словам, убийство совершил другой")]),
        # A noun inside is no source phrase.
        ("По итогам года данным компании доверяют больше клиентов, чем раньше.", []),
    ],
)
def test_source_phrase_with_words_inside(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """ "по его словам", "по последним данным X": words inside a source phrase."""
    assert _reports(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A promise, a request or a threat takes its content as an infinitive.
        ("Еврокомиссия пригрозила наложить на компанию штраф в размере двух миллионов евро в сутки.",
         [("indirect", "пригрозила", "наложить на компанию штраф в размере двух миллионов евро в сутки")]),
        ("Министр пообещал снизить тарифы на электроэнергию в следующем году.",
         [("indirect", "пообещал", "снизить тарифы на электроэнергию в следующем году")]),
        # An agreement is a plan, not speech.
        ("Стороны договорились провести следующую встречу в марте.", []),
        ("Участники саммита согласились создать совместный фонд.", []),
        # A set phrase on a speech noun.
        ("Министр сделал заявление о том, что цены на бензин вырастут.",
         [("indirect", "сделал заявление", "цены на бензин вырастут")]),
        # The content before the cue, pointed back to.
        ("Цены на бензин вырастут в следующем году, о чём сообщил министр финансов.",
         [("indirect", "сообщил", "Цены на бензин вырастут в следующем году")]),
        ("Цены на бензин вырастут в следующем году. С таким заявлением выступил министр финансов.",
         [("indirect", "выступил", "Цены на бензин вырастут в следующем году")]),
    ],
)
def test_cues(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """Speech verbs and phrases on a speech noun, with clause, infinitive or preceding content."""
    assert _reports(text) == expected
