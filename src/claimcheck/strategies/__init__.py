"""Hypothesis strategies for Russian news text: amounts, periods, quotes and whole articles.

Each strategy draws a small frozen record holding the rendered text together with what claimcheck
is expected to read from it, so that a parser test is a round trip::

    from hypothesis import given
    from claimcheck.strategies import amounts

    @given(amounts())
    def test_amount(a):
        (q,) = find_quantities(f"Итог: {a.text}.")
        assert q.low <= a.value <= q.high

Grammatical agreement ("5 миллиардов долларов", "21 миллиард рублей", "полторы тысячи тенге",
"заявила Мария Захарова") comes from pymorphy3 through :func:`claimcheck.morph.analyzer`; scale words,
currencies, hedges, months and speech verbs come from the lexicon (:func:`claimcheck.lexicon.load`).
Only forms that claimcheck promises to read are drawn.

One module per strategy: :mod:`~claimcheck.strategies.amount`, :mod:`~claimcheck.strategies.period`,
:mod:`~claimcheck.strategies.quote` and :mod:`~claimcheck.strategies.article` (which draws from the other
three); :mod:`~claimcheck.strategies.words` holds the word forms they share (agreement, numbers in words,
verb and name inflection) and the word pools of ``lang/ru/strategies.toml``.

The package is registered through the ``hypothesis`` entry point: ``st.from_type(claimcheck.Interval)``,
``st.from_type(claimcheck.Quantity)`` and ``st.from_type(claimcheck.Period)`` work once Hypothesis is
imported. Registration (:mod:`claimcheck._hypothesis_setup`) is lazy: it imports neither this package nor
a dictionary until a strategy is drawn from.

>>> from hypothesis import find
>>> a = find(amounts(units=("USD",), hedged=False), lambda a: a.value >= 10**9)
>>> a.unit, a.approx, a.low <= a.value <= a.high
('USD', '=', True)
"""

import importlib.util

if importlib.util.find_spec("hypothesis") is None:  # pragma: no cover - exercised in a fresh venv only
    raise ImportError(
        "claimcheck.strategies needs Hypothesis, which is not installed: pip install 'claimcheck[hypothesis]'",
        name="hypothesis",
    )

# isort: split

from claimcheck.strategies.amount import AMOUNT_UNITS, RenderedAmount, amounts
from claimcheck.strategies.article import RenderedArticle, RenderedClaim, articles
from claimcheck.strategies.period import RenderedPeriod, periods
from claimcheck.strategies.quote import PERSONS, RenderedQuote, quotes
from claimcheck.strategies.words import agree as agree
from claimcheck.strategies.words import genitive_name as genitive_name
from claimcheck.strategies.words import spell as spell

__all__ = [
    "AMOUNT_UNITS",
    "PERSONS",
    "RenderedAmount",
    "RenderedArticle",
    "RenderedClaim",
    "RenderedPeriod",
    "RenderedQuote",
    "amounts",
    "articles",
    "periods",
    "quotes",
]
