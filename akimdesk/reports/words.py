"""Whole numbers written out in Kazakh and Russian words, as a protocol requires."""

from __future__ import annotations

from num2words import num2words

_LANGS = {"kk": "kz", "ru": "ru"}
LIMIT = 10_000_000


def number_words(n: int, language: str) -> str:
    """`n` (0..10,000,000) in words in `language` ("kk" or "ru")."""
    if language not in _LANGS:
        raise ValueError(f"unsupported language: {language}")
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= LIMIT:
        raise ValueError(f"number out of range: {n!r}")
    return str(num2words(n, lang=_LANGS[language]))
