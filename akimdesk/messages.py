"""Message catalogues: the core speaks in codes, the catalogues word them in kk, ru and en."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from akimdesk.core.message import Message, is_message_json
from akimdesk.paths import resources_dir

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Message", "catalogue", "render", "render_message"]

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"
# A message nested deeper than this is shown by its code: params come from our own code, but a loop must not hang.
_MAX_DEPTH = 4


@cache
def catalogue(language: str) -> dict[str, str]:
    """The message templates of one language."""
    path = resources_dir() / "messages" / f"{language}.json"
    texts: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return texts


def render(code: str, params: Mapping[str, Any] | None = None, language: str = DEFAULT_LANGUAGE) -> str:
    """The message for `code` in `language` (English, then the bare code, when missing).

    A param that is itself a message (a `Message`, or its JSON form `{"code": ..., "params": ...}`)
    is worded in the same language first.
    """
    return _render(code, params, language, 0)


def render_message(message: Message, language: str = DEFAULT_LANGUAGE) -> str:
    """A message worded in `language`."""
    return _render(message.code, message.params, language, 0)


def _render(code: str, params: Mapping[str, Any] | None, language: str, depth: int) -> str:
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    template = catalogue(language).get(code) or catalogue("en").get(code) or code
    worded = dict(params or {})
    for key, value in worded.items():
        if isinstance(value, Message) or is_message_json(value):
            nested = value if isinstance(value, Message) else Message.from_json(value)
            worded[key] = nested.code if depth >= _MAX_DEPTH else _render(
                nested.code, nested.params, language, depth + 1)
    for key in _WORDED_PARAMS:
        # A role or an action travels as its code; the reader gets its name in their language.
        value = worded.get(key)
        if isinstance(value, str) and f"{key}-{value}" in catalogue(language):
            worded[key] = catalogue(language)[f"{key}-{value}"]
    try:
        return template.format_map(_Params(worded))
    except (ValueError, IndexError):
        return template


_WORDED_PARAMS = ("role", "action")


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
