"""Files the user names on the command line: read, or refused as bad input naming the file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from akimdesk.core.errors import BadInput
from akimdesk.core.message import Message, os_error_message


def _why(exc: Exception) -> Message:
    """Why a named file could not be used, worded in the reader's language."""
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, UnicodeDecodeError):
        return Message("file-reason-not-text")
    return Message("file-reason-not-json")


def read_bytes(path: str) -> bytes:
    """The bytes of a file the user named."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise BadInput("file-unreadable", file=path, reason=os_error_message(exc)) from None


def read_secret(path: str | None) -> str | None:
    """A passphrase from a file (or standard input for "-"), without its line end."""
    if path is None:
        return None
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput("file-unreadable", file=path, reason=_why(exc)) from None
    return text.rstrip("\r\n")


def read_json(path: str) -> Any:
    """A JSON document from a file."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BadInput("file-unreadable", file=path, reason=_why(exc)) from None


def read_certificate(path: str | None) -> Any:
    """A PEM certificate from a file, or None when no file is named."""
    if path is None:
        return None
    from akimdesk.station.protocol import certificate_from_text

    try:
        return certificate_from_text(Path(path).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput("file-unreadable", file=path, reason=_why(exc)) from None
