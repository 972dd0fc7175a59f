"""A text in Kazakh and in Russian, as the papers print both."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bilingual:
    """One text in Kazakh and in Russian."""

    kk: str
    ru: str

    def to_json(self) -> dict[str, str]:
        return {"kk": self.kk, "ru": self.ru}

    def get(self, language: str) -> str:
        """The text in `language` (Russian for "ru", Kazakh otherwise)."""
        return self.ru if language == "ru" else self.kk
