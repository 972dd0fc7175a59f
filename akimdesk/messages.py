"""Message catalogues: the core speaks in codes, the catalogues word them in kk, ru and en."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from akimdesk.paths import resources_dir

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"


@cache
def catalogue(language: str) -> dict[str, str]:
    """The message templates of one language."""
    path = resources_dir() / "messages" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def render(code: str, params: dict[str, Any] | None = None, language: str = DEFAULT_LANGUAGE) -> str:
    """The message for `code` in `language` (English, then the bare code, when missing)."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    template = catalogue(language).get(code) or catalogue("en").get(code) or code
    params = dict(params or {})
    for key in _WORDED_PARAMS:
        # A role or an action travels as its code; the reader gets its name in their language.
        value = params.get(key)
        if isinstance(value, str) and f"{key}-{value}" in catalogue(language):
            params[key] = catalogue(language)[f"{key}-{value}"]
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError):
        return template


_WORDED_PARAMS = ("role", "action")


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
