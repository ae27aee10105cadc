"""A language's data files from ``lang/<code>/``, loaded into one typed, validated, cached object.

Every file is checked at load time; a bad entry raises :class:`~claimcheck.errors.LexiconError`
naming the file and the entry, so broken data fails loudly on import rather than quietly at match time.

- :mod:`~claimcheck.lexicon.datafile`: one data file, read through helpers that check each entry;
- :mod:`~claimcheck.lexicon.records`: :class:`Lexicon` and its parts (hedges, surname rules, punctuation);
- :mod:`~claimcheck.lexicon.loader`: :func:`load`, one step per data file.

>>> lex = load("ru")
>>> lex.scales["млрд"], lex.currency_lemmas["тенге"]
(Decimal('1000000000'), 'KZT')
"""

from claimcheck.lexicon.datafile import DataFile
from claimcheck.lexicon.loader import load
from claimcheck.lexicon.records import Hedge, Lexicon, Punctuation, SurnameRules

__all__ = ["DataFile", "Hedge", "Lexicon", "Punctuation", "SurnameRules", "load"]
