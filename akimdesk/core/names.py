"""Name search forms: case-insensitive for Kazakh and Russian, forgiving of a Russian keyboard."""

from __future__ import annotations

import unicodedata

# A Russian keyboard has no Kazakh letters: people type the nearest Russian one.
_KEYBOARD_FOLD = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е"}
)


def search_form(text: str) -> str:
    """Fold `text` for matching: NFC, casefold, Kazakh letters to Russian ones, single spaces."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_KEYBOARD_FOLD)
    return " ".join(folded.replace("-", " ").split())


def search_tokens(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return search_form(text).split()


def tidy_name(text: str) -> str:
    """A name as entered, with surrounding spaces trimmed and inner runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())
