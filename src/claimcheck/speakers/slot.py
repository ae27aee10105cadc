"""The speaker slot around a cue: the subject before it ("Мишустин заявил", "в МИД заявили"), the
speaker after it ("— заявил Олжас Бектенов", "напомнили в пресс-службе"), the one cited after a citing
verb, and the owner of the document after "говорится в заявлении".
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck import morph
from claimcheck.lexicon import Lexicon
from claimcheck.segment import Document, Word, sentence_of
from claimcheck.speakers.apposition import apposed_end, apposed_in_phrase, with_apposed_name
from claimcheck.speakers.declension import name_reading, oblique_only, readable_in
from claimcheck.speakers.mentions import Mention, first_at, mention_at
from claimcheck.speakers.proper import LATIN_RE, SPACES, is_person_word

# How far after a cue its subject may stand ("Как пишет в своей колонке для издания The Hill один из …").
_MAX_SUBJECT_AFTER = 10
# How many words before "говорится" its document may stand ("В сообщении правительства и губернатора
# области говорится").
_DOCUMENT_BEFORE = 8
# How many words a cited role's phrase may run before the name it ends with.
_MAX_ROLE_PHRASE = 20
# How many words before a relative pronoun its antecedent may start.
_MAX_ANTECEDENT_DISTANCE = 12


def speaker_of_cue(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon) -> Mention | None:
    """The speaker of the cue at word ``k`` of a clause that ends at a quotation or a colon.

    The subject before the cue, else a speaker after it; after a citing verb ("The Guardian цитирует
    пресс-службу …") the one cited; after "говорится"/"приводится" the document's owner.
    """
    lemmas = morph.lemmas(ws[k].text.lower())
    if morph.part_of_speech(ws[k].text) == "GRND":
        # "Называя Vestas «лидером», Марк назвал …": a gerund's subject is its main clause's
        return speaker_before(doc, ws, k, lex) or _main_subject(doc, ws[k], lex)
    if lemmas & lex.citing_verbs:
        speaker = speaker_after(doc, ws, k, lex, len(ws)) or speaker_before(doc, ws, k, lex)
    else:
        speaker = speaker_before(doc, ws, k, lex) or speaker_after(doc, ws, k, lex, len(ws))
    if speaker is None and lemmas & lex.document_verbs:
        speaker = document_speaker(doc, ws, k, lex)  # "В сообщении британской полиции приводится:"
    return speaker


def _main_subject(doc: Document, gerund: Word, lex: Lexicon) -> Mention | None:
    """The subject of the main clause after the clause a gerund opens: past the comma that closes it
    (outside quotation marks), before the main verb."""
    sentence = sentence_of(doc.sentences(), gerund.start)
    if sentence is None:
        return None
    ws = doc.words(gerund.end, sentence.end)
    text = doc.text
    depth = 0
    for i in range(1, len(ws)):
        gap = text[ws[i - 1].end : ws[i].start]
        depth += sum(gap.count(o) - gap.count(c) for o, c in lex.punctuation.main if o != c)
        if depth <= 0 and "," in gap:
            verb = next((j for j in range(i, len(ws)) if morph.part_of_speech(ws[j].text) == "VERB"), len(ws))
            return _first_subject(doc, ws, i, verb, lex)
    return None


def speaker_after(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon, limit: int) -> Mention | None:
    """The speaker after a cue word ("— заявил Олжас Бектенов", "напомнили в пресс-службе").

    After a citing verb the speaker is its object: "— цитирует Фастовского «Советский спорт»". An outlet
    right after the verb is whom the speaker told when a speaker follows it ("сообщили ТАСС в
    пресс-службе", "рассказал «Интерфаксу» представитель банка").
    """
    if morph.lemmas(ws[k].text.lower()) & lex.citing_verbs:
        cited = _cited(doc, ws, k, lex, limit)
        if cited is not None:
            return cited
    past = _gerund_aside_end(doc.text, ws, k + 1, limit)
    if past is not None:
        return _subject_after(doc, ws, past, lex, limit)  # "— отметил, выступая на форуме, министр"
    first = _subject_after(doc, ws, k + 1, lex, limit)
    if first is None or first.start != ws[k + 1].start or not _may_be_addressed(doc, ws, k + 1, first, lex):
        return first
    told = _speaker_told(doc, ws, first_at(ws, first.end), lex, limit)
    return told if told is not None and _told_to(doc, ws, k, first, told, lex) else first


def _gerund_aside_end(text: str, ws: Sequence[Word], j: int, limit: int) -> int | None:
    """Index after a gerund's clause set off by commas at word ``j`` ("отметил, выступая на форуме, министр
    …"), if one stands there."""
    if j >= limit or "," not in text[ws[j - 1].end : ws[j].start] or morph.part_of_speech(ws[j].text) != "GRND":
        return None
    return next((i for i in range(j + 1, limit) if "," in text[ws[i - 1].end : ws[i].start]), None)


def _speaker_told(doc: Document, ws: Sequence[Word], after: int, lex: Lexicon, limit: int) -> Mention | None:
    """The speaker right after an outlet told: a place that follows it at once ("ТАСС в пресс-службе"), or a
    subject before any preposition ("РИА Новости представитель банка", not "СМИ со ссылкой на его жену")."""
    if after + 1 < limit and morph.part_of_speech(ws[after].text) == "PREP":
        return _located(doc, ws, after + 1, lex, limit)
    stop = next((j for j in range(after, limit) if morph.part_of_speech(ws[j].text) == "PREP"), limit)
    return _subject_after(doc, ws, after, lex, stop)


def _subject_after(doc: Document, ws: Sequence[Word], start: int, lex: Lexicon, limit: int) -> Mention | None:
    """The first subject among words [start, limit): a mention in the nominative, past the places and
    titles in between; else a name apposed in a phrase, else the organisation a preposition places."""
    text = doc.text
    fallback: Mention | None = None
    apposed: Mention | None = None
    oblique: Mention | None = None
    skip_to = 0
    for j in range(start, min(limit, start - 1 + _MAX_SUBJECT_AFTER)):
        low = ws[j].text.lower()
        initial = text.startswith(".", ws[j].end)  # "— заявил И.Петров": an initial, not a conjunction
        if (low in lex.complementizers or morph.part_of_speech(ws[j].text) in ("CONJ", "GRND")) and not initial:
            break  # a clause of its own, or a gerund's ("ссылаясь на …"): no subject of the cue beyond it
        if _preposition_before(ws, j):
            if fallback is None:
                fallback = _located(doc, ws, j, lex, limit)
                skip_to = max(skip_to, fallback.end) if fallback is not None else skip_to
            continue
        title_end = _governed_title_end(text, ws, j, limit, lex)
        if title_end > j:  # "в беседе с корреспондентом «Голоса Америки» лидер движения"
            skip_to = max(skip_to, ws[title_end - 1].end)
            continue
        m = mention_at(doc, ws, j, lex, limit=limit, case="nomn")
        if m is not None and apposed_in_phrase(text, ws, j, lex):
            # The whole name belongs to the phrase ("для издания The Hill один из участников"); it
            # speaks only if no subject follows ("Как сообщается на сайте Roem.ru").
            skip_to = min(m.end, apposed_end(text, ws, j, lex))
            apposed = apposed or m
            continue
        if m is None or ws[j].start < skip_to:
            continue
        if oblique is None and m.kind == "person" and oblique_only(m.name_words or m.words):
            # "— сказала Маше мама": a name that cannot be the subject is whom the speaker told, when a
            # subject follows it
            oblique, skip_to = m, m.end
            continue
        return m
    return oblique or apposed or fallback


def _told_to(doc: Document, ws: Sequence[Word], k: int, outlet: Mention, speaker: Mention, lex: Lexicon) -> bool:
    """Whether ``outlet`` right after the cue at ``k`` is whom ``speaker`` told, not the cue's subject: it
    is quoted (read in the dative: "рассказал «Интерфаксу»"), the verb is a plural no outlet of one agrees
    with ("сообщили ТАСС в пресс-службе"), or a person, a role or a common noun speaks after it ("сообщил РИА
    Новости представитель банка", "рассказал ТАСС источник")."""
    if _quoted(doc.text, outlet.start, lex):
        return True
    plural = any("plur" in p.tag for p in morph.parses(ws[k].text)[:1])
    return (plural and not outlet.plural) or speaker.kind in ("person", "role") or speaker.words[0][:1].islower()


def _quoted(text: str, pos: int, lex: Lexicon) -> bool:
    """A quotation mark of the punctuation table opens right before ``pos`` ("«Интерфаксу»")."""
    return pos > 0 and text[pos - 1] in lex.punctuation.opening_marks


def _may_be_addressed(doc: Document, ws: Sequence[Word], j: int, m: Mention, lex: Lexicon) -> bool:
    """The organisation mention ``m`` at word ``j`` may be the outlet spoken to: a name that is an outlet's
    by itself ("ТАСС", "РБК", a Latin name or a site), or a quoted name read in the dative ("«Интерфаксу»")."""
    if m.kind != "organization":
        return False
    if _outlet_name(ws[j].text):
        return True
    return _quoted(doc.text, ws[j].start, lex) and any(p.tag.case == "datv" for p in morph.parses(ws[j].text)[:2])


def _located(doc: Document, ws: Sequence[Word], j: int, lex: Lexicon, limit: int) -> Mention | None:
    """An organisation or group after a preposition ("напомнили в пресс-службе"): where the speaker is."""
    if j > 1 and ws[j - 1].text.lower() in lex.genitive_prepositions and _partitive_before(ws[j - 2].text, lex):
        return None  # "у одной из выживших девочек": one of them, not a place
    m = mention_at(doc, ws, j, lex, limit=limit, case=_place_case(ws[j - 1].text, lex))
    return m if m is not None and m.kind in ("organization", "group") else None


def _partitive_before(word: str, lex: Lexicon) -> bool:
    """The word names one or some of a group ("одной", "двое", "трое")."""
    return morph.lemma(word) == lex.one_word or morph.part_of_speech(word) == "NUMR"


def _place_case(preposition: str, lex: Lexicon) -> str:
    """The case of a place after its preposition: the genitive after "из" ("из Минска"), else the
    prepositional ("в Минске")."""
    return "gent" if preposition.lower() in lex.genitive_prepositions else "loct"


def _cited(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon, limit: int) -> Mention | None:
    """The object of the citing verb at word ``k``, within three words: "— цитирует Фастовского"; an
    outlet that cites comes first ("цитирует РБК министра", "цитирует infox.ru директора"): the one it
    cites right after it is the speaker."""
    found = _cited_from(doc, ws, k + 1, lex, limit)
    if found is not None and found.kind == "organization" and _outlet_name(found.words[0]):
        after = first_at(ws, found.start) + 1
        if found.end > ws[limit - 1].end:
            # a site's name ("infox.ru") whose full stop cut the clause: the one cited follows it
            ws = doc.words()
            limit = len(ws)
            after = first_at(ws, found.end)
        cited = _cited_from(doc, ws, after, lex, limit, reach=1)
        if cited is not None and not _outlet_name(cited.words[0]):
            return _named_later(doc, cited, lex)
    return found


def _named_later(doc: Document, role: Mention, lex: Lexicon) -> Mention:
    """The person a cited role names at the end of its long phrase ("цитирует РБК директора по
    стратегии компании в России, на Украине и в Казахстане Елену Петрову"): a name in the accusative
    before any verb or the sentence's end (the clause the cue was found in may stop short of it);
    the role itself when there is none."""
    if role.kind != "role":
        return role
    text = doc.text
    ws = doc.words()
    limit = len(ws)
    start = first_at(ws, role.end)
    for j in range(start, min(limit, start + _MAX_ROLE_PHRASE)):
        if any(c in text[ws[j - 1].end : ws[j].start] for c in lex.punctuation.sentence_ends):
            break
        if morph.part_of_speech(ws[j].text) in ("VERB", "GRND", "INFN"):
            break
        if ws[j].text[:1].isupper() and is_person_word(ws[j].text):
            named = mention_at(doc, ws, j, lex, limit=limit, case="accs")
            if named is not None and named.kind == "person" and readable_in(named.name_words, frozenset({"accs"})):
                return Mention(role.start, named.end, "person", (*role.words, *named.words), role.head,
                               name_words=named.name_words, case="accs")
            break
    return role


def _outlet_name(word: str) -> bool:
    """A word that names an outlet by itself: an abbreviation, a Latin name, a site ("РБК", "infox.ru")."""
    return (word.isupper() and len(word) > 1) or bool(LATIN_RE.match(word))


def _cited_from(
    doc: Document, ws: Sequence[Word], j: int, lex: Lexicon, limit: int, reach: int = 3
) -> Mention | None:
    """The first mention in the accusative or the genitive among the ``reach`` words from word ``j``."""
    for i in range(j, min(limit, j + reach)):
        for case in ("accs", "gent"):
            m = mention_at(doc, ws, i, lex, limit=limit, case=case)
            if m is not None:
                return m
    return None


def _preposition_before(ws: Sequence[Word], j: int) -> bool:
    """Word ``j`` follows a preposition: a mention there is in a place, not the subject."""
    return j > 0 and morph.part_of_speech(ws[j - 1].text) == "PREP"


def _clause_floor(text: str, ws: Sequence[Word], k: int, lex: Lexicon, floor: int) -> int:
    """Index of the first word of the clause that holds word ``k`` (after ", а", ", но", ";", ":")."""
    for j in range(k - 1, floor, -1):
        gap = text[ws[j - 1].end : ws[j].start]
        if ";" in gap or ":" in gap or ("," in gap and ws[j].text.lower() in lex.clause_conjunctions):
            return j + 1 if ws[j].text.lower() in lex.clause_conjunctions else j
    return floor


def speaker_before(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon, floor: int = 0) -> Mention | None:
    """The subject before a cue word ("Мишустин заявил", "стороны договорились", "в МИД заявили").

    The first mention in the nominative within the cue's clause wins: Russian puts the subject first,
    and later names are often inside an apposition ("Хэнкок, заразившийся как и Борис Джонсон, заявил").
    """
    text = doc.text
    r = k - 1
    while r > floor and morph.part_of_speech(ws[r].text) in ("ADVB", "PRCL"):
        r -= 1
    if r >= floor and r > 0 and morph.lemma(ws[r].text) in lex.relative_pronouns:
        antecedent = _antecedent(doc, ws, r, lex, floor)
        if antecedent is not None:
            return antecedent  # "процитировало представителя правительства, который заявил"
    clause = _clause_floor(text, ws, k, lex, floor)
    # ", врачи сообщили": a subject right after the last comma opens a clause of its own.
    last_comma = next((j for j in range(k - 1, clause, -1) if "," in text[ws[j - 1].end : ws[j].start]), None)
    antecedent = _outside_relative(doc, ws, k, lex, clause, last_comma)
    if antecedent is not None:
        return antecedent
    if last_comma is not None:
        found = _after_last_comma(doc, ws, k, lex, clause, last_comma)
        if found is not None:
            return found
    found = _first_subject(doc, ws, clause, k, lex)
    if found is None and clause > floor:
        found = _first_subject(doc, ws, floor, k, lex)
    return found


def _after_last_comma(
    doc: Document, ws: Sequence[Word], k: int, lex: Lexicon, clause: int, last_comma: int
) -> Mention | None:
    """", врачи сообщили": a subject right after the last comma before the cue at word ``k``, with
    nothing but adverbs and particles between, opens a clause of its own."""
    text = doc.text
    found = _first_subject(doc, ws, last_comma, k, lex)
    stop = ws[k].start if k < len(ws) else len(text)
    if found is None or _in_brackets(text, ws[last_comma].start, found, stop):
        return None
    if not all(morph.part_of_speech(w.text) in ("ADVB", "PRCL") for w in doc.words(found.end, stop)):
        return None
    if found.kind == "role" and not found.plural:
        # "Джеймс Макгирт (…), тренер Дадашева, упрашивал": a role after a comma is an apposition to
        # the person named just before it.
        before = _first_subject(doc, ws, clause, last_comma, lex)
        if before is not None and before.kind == "person":
            return before
    return found


def _outside_relative(
    doc: Document, ws: Sequence[Word], k: int, lex: Lexicon, clause: int, last_comma: int | None
) -> Mention | None:
    """The subject before a relative clause that the cue at word ``k`` follows: "Эрдоган, который
    поддерживал отношения с Мурси, выразил" (the clause closed by a comma) or "Помощник, который
    посетил Белград заявил" (its pronoun the subject, the closing comma left out). A cue inside the
    clause ("отец, которому он писал") is the clause's own."""
    if last_comma is None or morph.lemma(ws[last_comma].text) not in lex.relative_pronouns:
        return None
    closed = "," in doc.text[ws[k - 1].end : ws[k].start if k < len(ws) else len(doc.text)]
    if not closed and morph.case_of(ws[last_comma].text) != "nomn":
        return None
    return _first_subject(doc, ws, clause, last_comma, lex)


def _governed_title_end(text: str, ws: Sequence[Word], j: int, k: int, lex: Lexicon) -> int:
    """Index after a title in quotation marks that opens at word ``j`` right after a common noun, which
    governs it ("в интервью «Голосу Америки»", "газете «Труд»"); ``j`` when there is none."""
    if j == 0:
        return j
    gap = text[ws[j - 1].end : ws[j].start].strip(SPACES)
    # most words follow a bare space, which opens no title: told before the word before is parsed
    if not gap or not ws[j - 1].text[:1].islower() or morph.part_of_speech(ws[j - 1].text) != "NOUN":
        return j
    close = next((c for o, c in lex.punctuation.main if gap == o), None)
    if close is None:
        return j
    end = text.find(close, ws[j].start)
    return j if end < 0 else _index_after(ws, j, k, end)


def _gerund_clause_end(text: str, ws: Sequence[Word], j: int, k: int) -> int:
    """Index after the clause of the gerund at word ``j`` (up to its comma, at most ``k``); ``j`` when
    word ``j`` is no gerund."""
    if morph.part_of_speech(ws[j].text) != "GRND":
        return j
    return next((i for i in range(j + 1, k) if "," in text[ws[i - 1].end : ws[i].start]), k)


def _in_brackets(text: str, floor: int, m: Mention, cue: int) -> bool:
    """Whether ``m`` stands in brackets that close before the cue at ``cue``."""
    return text.rfind("(", floor, m.start) > text.rfind(")", floor, m.start) and ")" in text[m.end : cue]


def _antecedent(doc: Document, ws: Sequence[Word], r: int, lex: Lexicon, floor: int) -> Mention | None:
    """The noun phrase that the relative pronoun at word ``r`` refers to: the one that ends at the
    comma before it ("официального представителя правительства, который заявил")."""
    text = doc.text
    if text[ws[r - 1].end : ws[r].start].strip() != ",":
        return None
    for j in range(max(floor, r - _MAX_ANTECEDENT_DISTANCE), r):
        m = mention_at(doc, ws, j, lex, limit=r)
        if m is not None and m.end == ws[r - 1].end and m.kind != "pronoun":
            return m
    return None


def _first_subject(doc: Document, ws: Sequence[Word], floor: int, k: int, lex: Lexicon) -> Mention | None:
    text = doc.text
    located: Mention | None = None
    j = floor
    while j < k:
        skip = max(_gerund_clause_end(text, ws, j, k), _governed_title_end(text, ws, j, k, lex))
        if skip > j:
            # "Называя Vestas «лидером», Марк назвал": a gerund's object; "в интервью «Голосу Америки»
            # Александр Белов": a title the noun before it governs
            j = skip
            continue
        if _preposition_before(ws, j):
            m = mention_at(doc, ws, j, lex, limit=k, case=_place_case(ws[j - 1].text, lex))
            # "в пресс-службе сообщили": a place the speaker is in ("к семье" is none)
            places = ws[j - 1].text.lower() in lex.located_prepositions
            if m is not None and m.kind in ("organization", "group") and places:
                located = m
            j += 1 + _governed_genitive(text, ws, j, k)
            continue
        m = mention_at(doc, ws, j, lex, limit=k, case="nomn")
        if m is None:
            j += 1
            continue
        if apposed_in_phrase(text, ws, j, lex):
            j = _index_after(ws, j, k, min(m.end, apposed_end(text, ws, j, lex)))
            continue
        if _may_be_subject(ws, j, m):
            if not _in_brackets(text, ws[floor].start, m, ws[k].start if k < len(ws) else len(text)):
                return with_apposed_name(doc, ws, m, k, lex)
            # "(которые считаются рупором движения) заявил": a bracket is no subject, unless nothing is.
            located = located or m
        j = _index_after(ws, j, k, m.end)
    return located


def _governed_genitive(text: str, ws: Sequence[Word], j: int, k: int) -> int:
    """1 when the noun at word ``j``, which a preposition governs, has a lowercase genitive noun after
    it ("по данным газеты"): that word is no subject; else 0. One word only: "по итогам встречи стороны
    заявили" has its subject after one."""
    i = j + 1
    if (
        i < k
        and morph.part_of_speech(ws[j].text) == "NOUN"
        and ws[i].text[:1].islower()
        and not text[ws[j].end : ws[i].start].strip(SPACES)
        and morph.case_of(ws[i].text) == "gent"
        and morph.part_of_speech(ws[i].text) == "NOUN"
    ):
        return 1
    return 0


def _index_after(ws: Sequence[Word], j: int, k: int, end: int) -> int:
    """Index of the first word from ``j`` on (below ``k``) that starts at or after ``end``."""
    while j < k and ws[j].start < end:
        j += 1
    return j


def _may_be_subject(ws: Sequence[Word], j: int, m: Mention) -> bool:
    """Whether the mention at word ``j`` can be the subject: a pronoun, or a head that reads nominative
    (the head noun of a role or group, whose adjectives have more readings: "пожилой житель")."""
    if m.kind == "pronoun" or _reads_nominative(ws[j].text):
        return True
    if m.kind == "person" and m.name_words == m.words:
        # "Русаков" reads to the dictionary as "of hares" only; as a surname it is nominative
        return name_reading(m.name_words).case == "nomn"
    if m.kind == "role" and len(m.words) > 1 and not morph.has_tag(ws[j].text, "Apro", best_only=True):
        # ("которого певица": a pronoun's case is its clause's, not the phrase's)
        head = next((w for w in m.words if morph.lemma(w) == m.head), None)
        return head is not None and _reads_nominative(head)
    return False


def _reads_nominative(word: str) -> bool:
    ps = morph.parses(word)[:4]
    return not ps or any(p.tag.case in ("nomn", None) for p in ps)


# How many words may stand between a document's participle and the preposition of its sender.
_SENDER_REACH = 3


def document_speaker(doc: Document, ws: Sequence[Word], k: int, lex: Lexicon) -> Mention | None:
    """ "говорится в заявлении МИД" -> the owner of the document, else the document."""
    for j in range(max(0, k - _DOCUMENT_BEFORE), min(len(ws), k + 5)):
        if morph.lemmas(ws[j].text.lower()) & lex.document_nouns:
            if j + 1 < len(ws):
                owner = mention_at(doc, ws, j + 1, lex, case="gent") or _sender(doc, ws, j + 1, lex)
                if owner is not None:
                    return owner
            lem = morph.lemma(ws[j].text)
            return Mention(ws[j].start, ws[j].end, "organization", (ws[j].text,), lem, canonical=lem)
    return None


def _sender(doc: Document, ws: Sequence[Word], j: int, lex: Lexicon) -> Mention | None:
    """Whom a document came from, when a participle at word ``j`` says so ("в комментарии, полученном
    редакцией от пресс-службы банка"): the mention after the preposition, a few words on."""
    if morph.part_of_speech(ws[j].text) != "PRTF":
        return None
    for i in range(j + 1, min(len(ws) - 1, j + 1 + _SENDER_REACH)):
        if ws[i].text.lower() in lex.document_senders:
            return mention_at(doc, ws, i + 1, lex, case="gent")
    return None
