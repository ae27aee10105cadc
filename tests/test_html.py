"""The HTML view (claimcheck.html): nesting, escaping, legend, tooltips, finding links, displaCy, browser."""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.cli import main
from claimcheck.html import Mark, SpanMismatchError, check_spans, markup, render_html, to_displacy
from claimcheck.model import Claim, Finding, Quantity, Quote, Report, Span, Speaker
from claimcheck.render import visible

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3c8424a574b2a25d.txt"
SEED_PUBLISHED = "2025-01-30"
ONE = Decimal(1)


class Element:
    """One element of a parsed page: tag, attributes, parent, and the text directly or deeply inside."""

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.text = ""

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def ancestors(self) -> list[Element]:
        out, p = [], self.parent
        while p is not None:
            out.append(p)
            p = p.parent
        return out


class Page(HTMLParser):
    """A strict little DOM: fails on a close tag that does not match the open one."""

    VOID = frozenset({"meta", "br", "img", "link", "input"})

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.feed(source)
        self.close()
        assert not self.stack, f"unclosed: {[e.tag for e in self.stack]}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs}, self.stack[-1] if self.stack else None)
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for el in self.stack:
            el.text += data

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        return [
            e for e in self.elements
            if (tag is None or e.tag == tag) and (cls is None or cls in e.classes)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


@pytest.fixture(scope="module")
def seed() -> tuple[Report, str]:
    text = SEED.read_text(encoding="utf-8")
    return claimcheck.analyze(text, published=SEED_PUBLISHED), text


@pytest.fixture(scope="module")
def seed_page(seed: tuple[Report, str]) -> Page:
    report, text = seed
    return Page(render_html(report, text, title=SEED.name))


# ---------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("abcdef", [], "abcdef"),
        ("abcdef", [Mark(2, 4, "b")], "ab<b>cd</b>ef"),
        ("abcdef", [Mark(0, 6, "b"), Mark(2, 4, "i")], "<b>ab<i>cd</i>ef</b>"),
        ("abcdef", [Mark(2, 4, "i"), Mark(0, 6, "b")], "<b>ab<i>cd</i>ef</b>"),
        ("abcdef", [Mark(0, 2, "b"), Mark(2, 4, "i")], "<b>ab</b><i>cd</i>ef"),
        ("abcdef", [Mark(0, 4, "b"), Mark(2, 6, "i")], '<b>ab<i>cd</i></b><i data-cont="1">ef</i>'),
        ("abcdef", [Mark(0, 3, "i", rank=3), Mark(0, 3, "b", rank=0)], "<b><i>abc</i></b>def"),
        ("abcdef", [Mark(0, 3, "b", rank=0), Mark(0, 6, "i", rank=3)], "<i><b>abc</b>def</i>"),
        ("abcdef", [Mark(3, 3, "b")], "abcdef"),
        ("abcdef", [Mark(0, 3, "b", (("id", "x"),)), Mark(1, 5, "i", (("id", "y"),))],
         '<b id="x">a<i id="y">bc</i></b><i data-cont="1">de</i>f'),
        ("abcdef", [Mark(0, 2, "a"), Mark(1, 4, "b"), Mark(3, 6, "c")],
         '<a>a<b>b</b></a><b data-cont="1">c<c>d</c></b><c data-cont="1">ef</c>'),
        ("<a&b>", [Mark(1, 4, "b")], "&lt;<b>a&amp;b</b>&gt;"),
        ("x", [Mark(0, 1, "b", (("title", '"q" <&>'),))], '<b title="&quot;q&quot; &lt;&amp;&gt;">x</b>'),
        ("Иван: «да»", [Mark(0, 4, "span", rank=1), Mark(7, 9, "mark", rank=0)], "<span>Иван</span>: «<mark>да</mark>»"),
    ],
)
def test_markup(text: str, marks: list[Mark], expected: str) -> None:
    """Marks become escaped, properly nested elements; a mark that would cross is split."""
    assert markup(text, marks) == expected


def test_markup_rejects_offsets_outside_the_text() -> None:
    """A mark beyond the text is a caller error."""
    with pytest.raises(ValueError, match="expected 0 <= start <= end <= 3"):
        markup("abc", [Mark(1, 5, "b")])


@st.composite
def texts_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(alphabet="ab<>&\"' \nЖ", max_size=30))
    bounds = st.integers(0, len(text))
    marks = []
    for _ in range(draw(st.integers(0, 6))):
        a, b = sorted((draw(bounds), draw(bounds)))
        marks.append(Mark(a, b, draw(st.sampled_from(["b", "i", "span"])), rank=draw(st.integers(0, 3))))
    return text, marks


@given(texts_and_marks())
def test_markup_is_well_formed_and_keeps_the_text(case: tuple[str, list[Mark]]) -> None:
    """Any set of marks gives balanced elements whose text is exactly the input."""
    text, marks = case
    out = markup(text, marks)
    page = Page(f"<div>{out}</div>")
    assert page.elements[0].text == text
    for m in marks:
        if m.start < m.end:
            pieces = "".join(e.text for e in page.elements if e.tag == m.tag and e.text and e.text in text)
            assert pieces  # every non-empty mark is somewhere


# ---------------------------------------------------------------- the page


def test_article_text_survives_exactly(seed: tuple[Report, str], seed_page: Page) -> None:
    """The article's text content is the input text, character for character."""
    (article,) = seed_page.find("div", "article")
    assert article.text == seed[1]


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("Михаил Мишустин", 3),
        ("пресс-служба казахстанского премьера", 3),
        ("Олжас Бектенов", 2),
        ("стороны", 1),
    ],
)
def test_legend_counts_quotes_per_speaker(seed_page: Page, name: str, count: int) -> None:
    """The legend lists each speaker once with the number of their quotes."""
    items = [e for e in seed_page.find("li", "legend-item") if name in e.text]
    assert len(items) == 1
    assert f"{count} quote{'s' if count != 1 else ''}" in items[0].text
    n = items[0].attrs["data-speaker"]
    quotes = {e.attrs["data-quote"] for e in seed_page.find("mark", "quote", data_speaker=n)}
    assert len(quotes) == count


def test_legend_of_a_quote_without_speaker() -> None:
    """Quotes without a speaker are counted under "no speaker found" and marked grey, not as a speaker."""
    text = "«Да», «нет», — сказал Иван Петров."
    who = Speaker(Span.of(text, 21, 32), "Иван Петров", "person")
    report = Report(None, quotes=(
        Quote(Span.of(text, 1, 3), "direct"), Quote(Span.of(text, 7, 10), "direct", speaker=who),
    ))
    page = Page(render_html(report, text))
    found, missing = page.find("li", "legend-item")
    assert "nospk" in missing.classes and "nospk" not in found.classes
    assert missing.text.split() == ["no", "speaker", "found", "1", "quote"]
    (article,) = page.find("div", "article")
    unattributed, attributed = [e for e in page.find("mark", "quote") if article in e.ancestors()]
    assert "nospk" in unattributed.classes and not any(c.startswith("spk-") for c in unattributed.classes)
    assert "no speaker found" in unattributed.attrs["title"]
    assert "nospk" not in attributed.classes


@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        (0, ["[0] $24,2 млрд", "value: 24200000000 USD (amount)", "[24150000000, 24250000000]",
             "$24.15–24.25 bn", "2024-01-01..2024-11-30 (За 11 месяцев прошлого года)",
             "subject: взаимная торговля", "source: пресс-служба казахстанского премьера"]),
        (2, ["value: 30000000000 USD (target)", "period: -", "subject: товарооборота"]),
        (3, ["value: 5 percent (change, up)", "[4.5, 5.5]", "source: пресс-служба казахстанского премьера"]),
        (4, ["(3200000000, 3300000000]", "more than $3.2 bn, up to $3.3 bn"]),
    ],
)
def test_claim_tooltips(seed_page: Page, claim: int, parts: list[str]) -> None:
    """A claim's tooltip shows value, unit, bounds, period, subject and source."""
    (el,) = seed_page.find("span", "claim", id=f"claim-{claim}")
    for part in parts:
        assert part in el.attrs["data-tip"]


def test_every_claim_is_underlined_with_a_tooltip(seed: tuple[Report, str], seed_page: Page) -> None:
    """Each claim has one element in the article, covering its text, with a complete tooltip."""
    report, _ = seed
    for i, c in enumerate(report.claims):
        pieces = seed_page.find("span", "claim", data_claim=str(i))
        assert "".join(p.text for p in pieces) == c.quantity.span.text
        assert pieces[0].attrs["id"] == f"claim-{i}"
        tip = pieces[0].attrs["data-tip"]
        for label in ("value:", "bounds:", "period:", "subject:", "source:"):
            assert label in tip


def test_findings_link_to_their_claims(seed: tuple[Report, str], seed_page: Page) -> None:
    """Each finding names its claims in data-claims and links to claim ids that exist."""
    report, _ = seed
    ids = {e.attrs["id"] for e in seed_page.elements if "id" in e.attrs}
    items = seed_page.find("li", "finding")
    assert len(items) == len(report.findings) == 3
    for k, (item, f) in enumerate(zip(items, report.findings, strict=True)):
        assert item.attrs["data-claims"] == " ".join(map(str, f.claims))
        links = [e for e in seed_page.elements if e.tag == "a" and item in e.ancestors()]
        assert [a.attrs["href"] for a in links] == [f"#claim-{n}" for n in f.claims]
        assert all(a.attrs["href"][1:] in ids for a in links)
        for n in f.claims:
            (claim,) = seed_page.find("span", "claim", id=f"claim-{n}")
            assert str(k) in claim.attrs["data-findings"].split()
        assert f.message in item.text


@pytest.mark.parametrize(
    ("mark_class", "text", "inside"),
    [
        ("claim", "$24,2 млрд", "quote"),  # a claim inside a quote nests in it
        ("claim", "$30 млрд", "quote"),
        ("cue", "напомнили", None),
        ("speaker", "Михаил Мишустин", None),  # the headline speaker, next to its quote
        ("speaker", "пресс-служба казахстанского премьера", None),
    ],
)
def test_marks_nest(seed_page: Page, mark_class: str, text: str, inside: str | None) -> None:
    """Claims inside quotes nest in the quote's element; speakers and cues stand beside quotes."""
    found = [e for e in seed_page.find(cls=mark_class) if e.text == text]
    assert found
    classes = {c for a in found[0].ancestors() for c in a.classes}
    if inside:
        assert inside in classes
    else:
        assert "quote" not in classes


@pytest.mark.parametrize(
    "text",
    [
        "«<script>alert(1)</script>», — заявил Иван Петров.",
        "Иван Петров: <img src=x onerror=alert(1)> «Да»",
        "Цена </div></main> выросла на 5%.",
        "«Кавычки \" и ' и &amp;», — сказал Пётр Сидоров.",
    ],
)
def test_text_is_escaped(text: str) -> None:
    """An article holding markup renders it as text: the page has no element the text brought."""
    report = claimcheck.analyze(text)
    source = render_html(report, text, title="<script>x</script>")
    page = Page(source)
    assert len(page.find("script")) == 1
    assert not page.find("img")
    assert "alert" not in page.find("script")[0].text
    (article,) = page.find("div", "article")
    assert article.text == text
    assert page.find("title")[0].text == "<script>x</script>"


def test_page_is_self_contained(seed_page: Page) -> None:
    """Nothing is fetched: no external src or href, no stylesheet links."""
    for e in seed_page.elements:
        for attr in ("src", "href"):
            assert not e.attrs.get(attr, "#").startswith(("http", "//")), e.attrs
    assert not seed_page.find("link")


def _report(text: str, **spans: Span) -> Report:
    quantity = spans.get("quantity", Span.of(text, 0, 1))
    return Report(
        None,
        quotes=(Quote(spans.get("quote", Span.of(text, 0, 1)), "direct",
                      speaker=Speaker(spans.get("speaker", Span.of(text, 0, 1)), "X", "person")),),
        claims=(Claim(Quantity(quantity, value=ONE, low=ONE, high=ONE, unit="count")),),
    )


@pytest.mark.parametrize(
    ("report", "text", "where"),
    [
        (_report("abc", quote=Span(0, 2, "ab")), "xbc", "quotes[0]"),
        (_report("abc", speaker=Span(1, 3, "bc")), "ab", "quotes[0].speaker"),
        (_report("abc", quantity=Span(2, 3, "c")), "abd", "claims[0].quantity"),
        (_report("abcdef", quantity=Span(4, 6, "ef")), "abc", "claims[0].quantity"),
    ],
)
def test_spans_must_slice_back_to_the_text(report: Report, text: str, where: str) -> None:
    """A report made from another text is refused with a message naming the span."""
    with pytest.raises(SpanMismatchError, match=re.escape(where)) as info:
        render_html(report, text)
    assert isinstance(info.value, claimcheck.ClaimcheckError)
    assert info.value.where == where
    with pytest.raises(SpanMismatchError):
        to_displacy(report, text)


@pytest.mark.parametrize(
    ("report", "message"),
    [
        (Report(None, findings=(Finding("x", "note", "m", (0,)),)), r"findings\[0\]\.claims"),
        (Report(None, claims=(Claim(Quantity(Span(0, 1, "a"), ONE, ONE, ONE, "count"), quote=3),)),
         r"claims\[0\]\.quote"),
    ],
)
def test_dangling_indices_are_refused(report: Report, message: str) -> None:
    """Findings and claims must point at claims and quotes the report has."""
    with pytest.raises(claimcheck.InputError, match=message):
        check_spans(report, "abc")


@pytest.mark.parametrize(("report", "text"), [("nope", "abc"), (Report(None), b"abc")])
def test_wrong_types(report: Any, text: Any) -> None:
    """Wrong argument types give TypeError."""
    with pytest.raises(TypeError, match="expected"):
        render_html(report, text)


def test_empty_report() -> None:
    """A text with nothing found still renders, with empty lists said so."""
    page = Page(render_html(claimcheck.analyze("Ничего."), "Ничего."))
    assert [e.text for e in page.find("li", "empty")] == ["no quotes", "no findings", "no claims"]


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        (None, "claimcheck report"),
        ("/home/me/news/a.txt", "a.txt"),
        ("/home/me/My texts/a.txt", "a.txt"),
        ("seeds/000_3c8424a574b2a25d.txt", "000_3c8424a574b2a25d.txt"),
        ("C:\\news\\b.txt", "b.txt"),
        (Path("/tmp/news/c.txt"), "c.txt"),
        ("Мишустин в Астане", "Мишустин в Астане"),
        ("Доходы и/или расходы", "Доходы и/или расходы"),
        ("1/2", "1/2"),
        ("<script>x</script>", "<script>x</script>"),
    ],
)
def test_page_title_is_a_file_name(title: str | Path | None, shown: str) -> None:
    """A path given as title shows as its base name; any other title is kept as it is."""
    page = Page(render_html(claimcheck.analyze("Ничего."), "Ничего.", title=title))
    assert page.find("title")[0].text == shown
    assert page.find("h1")[0].text == shown


@pytest.mark.parametrize(
    ("sample", "meaning"),
    [
        ("quote", "one colour per speaker"),
        ("quote", "no speaker found"),
        ("speaker", "who speaks"),
        ("cue", "reports speech"),
        ("claim", "a number checked"),
        ("finding-key", "findings"),
    ],
)
def test_key_explains_each_mark(seed_page: Page, sample: str, meaning: str) -> None:
    """The key under the title shows each kind of mark, styled as in the article, with what it means."""
    (key,) = seed_page.find("ul", "key")
    items = [e for e in seed_page.find("li") if key in e.ancestors() and meaning in e.text]
    assert len(items) == 1
    assert [e for e in seed_page.find(cls=sample) if items[0] in e.ancestors()]


@pytest.mark.parametrize(
    ("claim", "about"),
    [
        (0, "взаимная торговля · Jan–Nov 2024"),
        (2, "товарооборота"),
        (5, "казахско-российских проектов · 2025-01-30"),
    ],
)
def test_claims_list_shows_subject_and_period(seed_page: Page, claim: int, about: str) -> None:
    """Each claim in the sidebar says what it measures and when, as far as these were found."""
    (row,) = seed_page.find("li", "claim-row", data_claim=str(claim))
    (line,) = [e for e in seed_page.find("div", "claim-about") if row in e.ancestors()]
    assert line.text == about


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85"])
def test_control_characters_are_shown_not_copied(control: str) -> None:
    """A control character reaches the page as one visible character; every mark keeps its characters."""
    text = f"Экспорт{control} вырос на 5% и составил более $3,2 млрд{control} по итогам 2024 года."
    report = claimcheck.analyze(text, published="2025-03-01")
    source = render_html(report, text, title=f"a{control}b")
    assert not [c for c in source if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F]
    page = Page(source)
    (article,) = page.find("div", "article")
    assert article.text == visible(text) and len(article.text) == len(text)
    assert visible(control) != control
    for i, c in enumerate(report.claims):
        pieces = page.find("span", "claim", data_claim=str(i))
        assert "".join(p.text for p in pieces) == c.quantity.span.text
    assert page.find("title")[0].text == visible(f"a{control}b")


def test_lone_surrogates_still_give_a_page() -> None:
    """A hand-built report over text holding lone surrogates renders to a page that encodes as UTF-8."""
    text = "«\ud800Да», — сказал \udc80Иван."
    at = text.index("\udc80")
    who = Speaker(Span.of(text, at, at + 5), "\udc80Иван", "person")
    cue = text.index("сказал")
    report = Report(
        None,
        quotes=(Quote(Span.of(text, 1, 4), "direct", Span.of(text, cue, cue + 6), who),),
        claims=(Claim(Quantity(Span.of(text, 1, 4), ONE, ONE, ONE, "count")),),
        findings=(Finding("x", "note", "\ud800", (0,)),),
    )
    source = render_html(report, text, title="\udfff")
    source.encode("utf-8")
    (article,) = Page(source).find("div", "article")
    assert article.text == text.replace("\ud800", "\ufffd").replace("\udc80", "\ufffd")


# ---------------------------------------------------------------- displaCy


def test_to_displacy_spans_cover_their_text(seed: tuple[Report, str]) -> None:
    """Every span's tokens spell the span's text, and displaCy renders the dict."""
    from spacy import displacy

    from claimcheck.html import DISPLACY_COLORS

    report, text = seed
    data = to_displacy(report, text)
    tokens = data["tokens"]
    assert "".join(tokens) == "".join(text.split())
    labels = [s["label"] for s in data["spans"]]
    assert labels.count("CLAIM") == len(report.claims)
    assert labels.count("QUOTE") == len(report.quotes)
    assert labels.count("CUE") == len({q.cue for q in report.quotes if q.cue})
    for s in data["spans"]:
        assert "".join(tokens[s["start_token"] : s["end_token"]]) == "".join(text[s["start"] : s["end"]].split())
    rendered = displacy.render(data, style="span", manual=True, options={"colors": DISPLACY_COLORS})
    assert "$24,2" in rendered
    assert "CLAIM" in rendered


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Экспорт вырос на 5%.", ["Экспорт", "вырос", "на", "5%", "."]),
        ("«Да», — заявил Иван.", ["«", "Да", "»,", "—", "заявил", "Иван", "."]),
    ],
)
def test_to_displacy_tokens(text: str, tokens: list[str]) -> None:
    """Tokens are words, cut again where a span begins or ends."""
    assert to_displacy(claimcheck.analyze(text), text)["tokens"] == tokens


# ---------------------------------------------------------------- command line


def test_cli_html(capsys: pytest.CaptureFixture[str]) -> None:
    """`--format html` prints one page titled with the file's base name, not the path given."""
    assert main([str(SEED), "--published", SEED_PUBLISHED, "--format", "html"]) == 0
    out = capsys.readouterr().out
    page = Page(out)
    assert page.find("title")[0].text == SEED.name
    assert page.find("h1")[0].text == SEED.name
    assert len(page.find("span", "claim")) >= 7


def test_cli_html_takes_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    """Two files cannot share one page: exit status 2 with a message."""
    with pytest.raises(SystemExit) as info:
        main([str(SEED), str(SEED), "--format", "html"])
    assert info.value.code == 2
    assert "--format html takes one FILE" in capsys.readouterr().err


# ---------------------------------------------------------------- in a browser

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
)

# Appended to the page under test only: clicks the first finding, then a claim, and writes what got
# highlighted into the DOM, which --dump-dom then prints.
_SELF_TEST = """<script>
(function () {
  var result = {};
  var finding = document.querySelector(".finding");
  finding.click();
  result.finding = finding.getAttribute("data-claims");
  result.selected = finding.classList.contains("selected");
  result.claims = Array.prototype.map.call(document.querySelectorAll(".article .claim.hl"),
    function (el) { return el.getAttribute("data-claim"); });
  var claim = document.querySelector('.article .claim[data-claim="4"]');
  claim.click();
  result.findings = Array.prototype.map.call(document.querySelectorAll(".finding.hl"),
    function (el) { return el.getAttribute("data-finding"); });
  result.tip = getComputedStyle(claim, "::after").content;
  result.quotes = document.querySelectorAll(".article mark.quote").length;
  var pre = document.createElement("pre");
  pre.id = "selftest";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
</script>
"""


@pytest.fixture(scope="module")
def browser() -> str:
    """A Chromium executable, or a skip saying how to get one."""
    wanted = os.environ.get("CLAIMCHECK_CHROMIUM")
    for name in ((wanted,) if wanted else _BROWSERS):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(
        "no headless Chromium found (tried " + ", ".join((wanted,) if wanted else _BROWSERS)
        + "); install the Debian packages chromium and chromium-driver or set CLAIMCHECK_CHROMIUM"
    )


def _run(browser: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    done = subprocess.run(
        [browser, *_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_in_browser_highlights_are_clickable(seed: tuple[Report, str], browser: str, tmp_path: Path) -> None:
    """In Chromium, clicking a finding highlights its claims and clicking a claim its findings."""
    report, text = seed
    page = render_html(report, text, title=SEED.name).replace("</body>", _SELF_TEST + "</body>")
    path = tmp_path / "selftest.html"
    path.write_text(page, encoding="utf-8")
    dom = _run(browser, tmp_path, "--virtual-time-budget=5000", "--dump-dom", path.as_uri()).stdout
    match = re.search(r'<pre id="selftest">(.*?)</pre>', dom, re.S)
    assert match, "the self-test did not run: " + dom[-500:]
    result = json.loads(htmllib.unescape(match.group(1)))
    first = report.findings[0]
    assert result["finding"] == " ".join(map(str, first.claims))
    assert result["selected"] is True
    assert sorted(set(result["claims"])) == sorted(str(n) for n in first.claims)
    assert result["findings"] == [str(k) for k, f in enumerate(report.findings) if 4 in f.claims]
    assert result["quotes"] >= len(report.quotes)
    # The tooltip is CSS content from data-tip, pinned by the click: the browser shows the claim's details.
    assert "more than $3.2 bn" in result["tip"]


def test_in_browser_screenshot(seed: tuple[Report, str], browser: str, tmp_path: Path) -> None:
    """Chromium renders the seed's page to a PNG (kept in the test's temporary folder)."""
    report, text = seed
    path = tmp_path / "seed-report.html"
    path.write_text(render_html(report, text, title=SEED.name), encoding="utf-8")
    shot = tmp_path / "seed-report.png"
    _run(browser, tmp_path, "--window-size=1280,1100", f"--screenshot={shot}", path.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a page of coloured text, not a blank image
