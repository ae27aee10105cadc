"""The result of an analysis: frozen attrs records of offsets and plain values.

A :class:`Report` outlives the spaCy ``Doc`` it came from: every span is a pair of ``str`` offsets
into the analysed text plus the text they cover, numbers are ``Decimal``, dates are ``datetime.date``.
``Report.to_dict()`` gives the "claimcheck/1" JSON schema and ``Report.from_dict()`` restores an
equal Report.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, cast

from attrs import field, frozen

from claimcheck.errors import SchemaError
from claimcheck.interval import APPROX_CODES, Interval, fmt

__all__ = [
    "ANCHOR_KINDS",
    "ANCHOR_ROLES",
    "CLAIM_KINDS",
    "QUOTE_KINDS",
    "SCHEMA",
    "SEVERITIES",
    "SPEAKER_KINDS",
    "Anchor",
    "Claim",
    "Finding",
    "Interval",
    "Period",
    "Quantity",
    "Quote",
    "Report",
    "Span",
    "Speaker",
    "Subject",
    "json_text",
]

SCHEMA: Final = "claimcheck/1"
QUOTE_KINDS: Final = ("direct", "indirect", "mixed")
SPEAKER_KINDS: Final = ("person", "organization", "document", "role", "group", "unknown")
CLAIM_KINDS: Final = ("amount", "change", "target", "share", "range")
SEVERITIES: Final = ("contradiction", "warning", "note")
#: The structures of a text that relate its figures (see :class:`Anchor`).
ANCHOR_KINDS: Final = (
    "parts", "partition", "percentages", "percent_partition", "rise", "fall", "restated", "whole", "share", "age",
    "product", "rate", "proportion", "bounded",
)
#: What a figure is in its structure.
ANCHOR_ROLES: Final = ("total", "part", "share", "from", "to", "change", "first", "lead", "again", "age",
                       "count", "each", "duration", "rate", "average", "max", "min", "born_from")



def _one_of(options: tuple[str | None, ...]) -> Any:
    def check(instance: object, attribute: Any, value: object) -> None:
        if value not in options:
            raise ValueError(
                f"expected {attribute.name} in {options}, got {value!r}", attribute.name, options, value
            )

    return check


def _plain(value: Decimal | int) -> Decimal:
    """The same number without exponent or trailing zeros: 24200000000.0 -> 24200000000.

    ints are taken as they are; floats are refused, since they cannot say what was written.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise TypeError(f"expected Decimal, got {type(value).__name__}")
    return Decimal(fmt(value)) if value.is_finite() else value


def _plain_or_none(value: Decimal | int | None) -> Decimal | None:
    return None if value is None else _plain(value)


def json_text(data: Any, *, indent: int | None = None) -> str:
    """``data`` as JSON that can always be encoded: non-ASCII characters kept as they are, unless a
    string holds a lone surrogate (a record's id read from a ``\\ud800`` escape, a file name that is
    not UTF-8), which no encoding can write: then every non-ASCII character is written as a ``\\u``
    escape, still valid JSON that reads back to the same value.

    >>> print(json_text({"id": "Рост"}))
    {"id": "Рост"}
    >>> print(json_text({"id": "Рост\\ud800"}))
    {"id": "\\u0420\\u043e\\u0441\\u0442\\ud800"}
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent)
    return text


@frozen
class Span:
    """Characters ``text[start:end]`` of the analysed text, with the text they cover."""

    start: int
    end: int
    text: str

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(
                f"expected 0 <= start <= end and end - start == len(text), "
                f"got start={self.start} end={self.end} text of length {len(self.text)}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def shifted(self, offset: int) -> Span:
        """The same span ``offset`` characters later."""
        return Span(self.start + offset, self.end + offset, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@frozen
class Quantity:
    """A numeric amount as written: value in base units, bounds, unit code, hedge and kind.

    ``low`` / ``high`` are the bounds of what the text can mean (``None`` is infinite); for a range
    ("от 3 до 5 тыс.") ``value`` is the low end. Openness of the bounds follows from ``approx``:
    ">" excludes the low bound, "<" the high bound. ``direction`` tells a change's sign ("вырос" up,
    "сократился" down) while ``value`` stays the magnitude the text states; None when not a change or
    not said. ``from_level`` is the level a change starts from when the text states both ("выросла с
    10,6 до 11,3 млрд долларов": the quantity "до 11,3 млрд долларов" holds "10,6" as its ``from_level``,
    which is a claim of its own as well); None otherwise. ``counted`` is the noun a bare number counts
    when the sentence's structure gives it and the number has none of its own: the noun of the figure
    before it in its enumeration ("Из 120 кардиналов — 62 представляют Европу": "кардиналов"), or the
    word before its dash ("число погибших — 12": "погибших"); None otherwise.
    """

    span: Span
    value: Decimal = field(converter=_plain)
    low: Decimal | None = field(converter=_plain_or_none)
    high: Decimal | None = field(converter=_plain_or_none)
    unit: str = field()
    approx: str = field(default="=", validator=_one_of(APPROX_CODES))
    kind: str = field(default="amount", validator=_one_of(CLAIM_KINDS))
    direction: str | None = field(default=None, validator=_one_of((None, "up", "down")))
    from_level: Quantity | None = None
    counted: Span | None = None

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, low_open=self.approx == ">", high_open=self.approx == "<")

    def to_dict(self) -> dict[str, Any]:
        """The quantity as the JSON schema writes it; "from_level" and "counted" only when there is one
        (the keys were added to "claimcheck/1" after its first readers, who need not know them)."""
        out = {
            **self.span.to_dict(),
            "value": fmt(self.value),
            "low": None if self.low is None else fmt(self.low),
            "high": None if self.high is None else fmt(self.high),
            "unit": self.unit,
            "approx": self.approx,
            "kind": self.kind,
            "direction": self.direction,
        }
        if self.from_level is not None:
            out["from_level"] = self.from_level.to_dict()
        if self.counted is not None:
            out["counted"] = self.counted.to_dict()
        return out


@frozen
class Subject:
    """The noun phrase a quantity measures, with a lemma key for comparing subjects."""

    span: Span
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "lemma": self.lemma}


@frozen
class Period:
    """The time a claim refers to: its first and last day, inclusive."""

    span: Span
    first: dt.date
    last: dt.date

    def __attrs_post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"expected first <= last, got {self.first} > {self.last}")

    def covers(self, other: Period) -> bool:
        """``other`` lies within this period."""
        return self.first <= other.first and other.last <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "first": self.first.isoformat(), "last": self.last.isoformat()}


@frozen
class Speaker:
    """Who speaks: the mention in the text, its canonical name (nominative) and its kind."""

    span: Span
    name: str
    kind: str = field(default="unknown", validator=_one_of(SPEAKER_KINDS))

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "name": self.name, "kind": self.kind}


@frozen
class Quote:
    """One act of reported speech: the reported words, how they are reported, the cue and speaker."""

    span: Span
    kind: str = field(validator=_one_of(QUOTE_KINDS))
    cue: Span | None = None
    speaker: Speaker | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "kind": self.kind,
            "cue": None if self.cue is None else self.cue.to_dict(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
        }


@frozen
class Anchor:
    """A structure the text puts a claim in, and the claim's role there: the claims that share a
    ``group`` number are one structure of the ``kind`` named ("восемь детей — четверо сыновей и четыре
    дочери" is a partition: the total 8 and the parts 4 and 4). ``listed`` is, on a total, how many items
    its list names without a figure ("трое детей: Наталья, Бьянка и Капри" lists 3); ``born`` is, on an
    age, the first and last day the person it is of may have been born, as the text dates the birth
    ("родился 6 марта 1929 года"); ``on`` is, on an age its claim's period does not date ("вчера ему
    исполнилось 50 лет", an undated "86-летняя"), the first and last day the age may be told of."""

    group: int
    kind: str = field(validator=_one_of(ANCHOR_KINDS))
    role: str = field(validator=_one_of(ANCHOR_ROLES))
    listed: int | None = None
    born: tuple[dt.date, dt.date] | None = None
    on: tuple[dt.date, dt.date] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"group": self.group, "kind": self.kind, "role": self.role}
        if self.listed is not None:
            out["listed"] = self.listed
        if self.born is not None:
            out["born"] = [d.isoformat() for d in self.born]
        if self.on is not None:
            out["on"] = [d.isoformat() for d in self.on]
        return out


@frozen
class Claim:
    """A quantity with what it measures, when, and who states it.

    ``whole`` is the index of the claim this one is stated as a part of ("14 гроссмейстеров, из них 6
    …", "180 военнослужащих, в том числе 40 морских пехотинцев"), when the text says so; ``anchors``
    are the structures of the text the claim belongs to (a listed breakdown, the two levels of a
    change, a figure of the title restated in the body).
    """

    quantity: Quantity
    subject: Subject | None = None
    period: Period | None = None
    quote: int | None = None
    source: str | None = None
    whole: int | None = None
    anchors: tuple[Anchor, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "quantity": self.quantity.to_dict(),
            "subject": None if self.subject is None else self.subject.to_dict(),
            "period": None if self.period is None else self.period.to_dict(),
            "quote": self.quote,
            "source": self.source,
            "whole": self.whole,
            "anchors": [a.to_dict() for a in self.anchors],
        }


@frozen
class Finding:
    """The verdict of one consistency check, with the claims and numbers it used.

    ``details`` holds the numbers as decimal strings, in the order the check computed them.
    """

    check: str
    severity: str = field(validator=_one_of(SEVERITIES))
    message: str
    claims: tuple[int, ...]
    details: tuple[tuple[str, str], ...] = ()

    def detail(self, name: str) -> str | None:
        """The detail called ``name``, or ``None``."""
        return dict(self.details).get(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "claims": list(self.claims),
            "details": dict(self.details),
        }


@frozen
class Report:
    """Everything claimcheck found in one text."""

    published: dt.date | None
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    findings: tuple[Finding, ...] = ()

    def spans(self) -> tuple[Span, ...]:
        """Every span of the report (quotes, cues, speaker mentions, quantities, subjects, periods)."""
        return tuple(span for _, span in self.named_spans())

    def named_spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of the report with a name saying where it is ("quotes[0].cue", "claims[2].period")."""
        for i, q in enumerate(self.quotes):
            yield f"quotes[{i}]", q.span
            if q.cue is not None:
                yield f"quotes[{i}].cue", q.cue
            if q.speaker is not None:
                yield f"quotes[{i}].speaker", q.speaker.span
        for i, c in enumerate(self.claims):
            yield f"claims[{i}].quantity", c.quantity.span
            if c.subject is not None:
                yield f"claims[{i}].subject", c.subject.span
            if c.period is not None:
                yield f"claims[{i}].period", c.period.span

    def to_dict(self) -> dict[str, Any]:
        """The report in the "claimcheck/1" JSON schema (decimals as strings, dates ISO)."""
        return {
            "schema": SCHEMA,
            "published": None if self.published is None else self.published.isoformat(),
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as JSON (:func:`json_text`: non-ASCII kept, always encodable)."""
        return json_text(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Restore a Report from its ``to_dict()`` form; raises SchemaError on anything else."""
        try:
            if data.get("schema") != SCHEMA:
                raise SchemaError(f"expected schema {SCHEMA!r}, got {data.get('schema')!r}")
            quotes = tuple(_quote(q) for q in data["quotes"])
            claims = tuple(_claim(c) for c in data["claims"])
            findings = tuple(
                Finding(
                    check=str(f["check"]),
                    severity=f["severity"],
                    message=str(f["message"]),
                    claims=tuple(int(i) for i in f["claims"]),
                    details=tuple((str(k), str(v)) for k, v in f["details"].items()),
                )
                for f in data["findings"]
            )
            published = data["published"]
            return cls(
                published=None if published is None else dt.date.fromisoformat(published),
                quotes=quotes,
                claims=claims,
                findings=findings,
            )
        except SchemaError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, InvalidOperation) as exc:
            raise SchemaError(f"not a {SCHEMA} report: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def from_json(cls, text: str) -> Report:
        return cls.from_dict(cast(Mapping[str, Any], json.loads(text)))


def _span(d: Mapping[str, Any]) -> Span:
    return Span(int(d["start"]), int(d["end"]), str(d["text"]))


def _dec(x: Any) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def _quote(d: Mapping[str, Any]) -> Quote:
    spk = d["speaker"]
    return Quote(
        span=_span(d),
        kind=d["kind"],
        cue=None if d["cue"] is None else _span(d["cue"]),
        speaker=None if spk is None else Speaker(_span(spk), str(spk["name"]), spk["kind"]),
    )


def _claim(d: Mapping[str, Any]) -> Claim:
    subj, per = d["subject"], d["period"]
    return Claim(
        quantity=_quantity(d["quantity"]),
        subject=None if subj is None else Subject(_span(subj), str(subj["lemma"])),
        period=None
        if per is None
        else Period(_span(per), dt.date.fromisoformat(per["first"]), dt.date.fromisoformat(per["last"])),
        quote=None if d["quote"] is None else int(d["quote"]),
        source=d["source"],
        whole=None if d.get("whole") is None else int(d["whole"]),
        anchors=tuple(
            Anchor(
                int(a["group"]), a["kind"], a["role"],
                None if a.get("listed") is None else int(a["listed"]),
                None if a.get("born") is None else (
                    dt.date.fromisoformat(a["born"][0]), dt.date.fromisoformat(a["born"][1])
                ),
                None if a.get("on") is None else (dt.date.fromisoformat(a["on"][0]), dt.date.fromisoformat(a["on"][1])),
            )
            for a in d.get("anchors", ())
        ),
    )


def _quantity(q: Mapping[str, Any], *, level: bool = False) -> Quantity:
    """A quantity of the schema; ``level`` for a "from_level", which has none of its own."""
    value = _dec(q["value"])
    if value is None:
        raise SchemaError("expected a quantity value, got null")
    origin, counted = q.get("from_level"), q.get("counted")
    if level and origin is not None:
        raise SchemaError("expected no from_level inside a from_level")
    return Quantity(
        span=_span(q),
        value=value,
        low=_dec(q["low"]),
        high=_dec(q["high"]),
        unit=str(q["unit"]),
        approx=q["approx"],
        kind=q["kind"],
        direction=q.get("direction"),
        from_level=None if origin is None else _quantity(origin, level=True),
        counted=None if counted is None else _span(counted),
    )
