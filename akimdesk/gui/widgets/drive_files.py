"""The files the export page reads from a stick or folder: bundles to verify, backups to restore."""

from __future__ import annotations

from pathlib import Path

from akimdesk.core.errors import BadInput
from akimdesk.core.message import os_error_message
from akimdesk.station.drives import folder_drive, removable_drives

BUNDLE_SUFFIX = ".akb"
BACKUP_SUFFIX = ".akbak"
__all__ = ["BACKUP_SUFFIX", "BUNDLE_SUFFIX", "files_on", "folder_drive", "read_file", "removable_drives"]


def read_file(path: str | Path) -> bytes:
    """The bytes of a file the commission chose, or bad input naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise BadInput("file-unreadable", file=str(path), reason=os_error_message(exc)) from None


def files_on(folder: Path | None, suffix: str) -> list[Path]:
    """The files ending in `suffix` at the top of `folder`, newest name first (names carry their UTC time)."""
    if folder is None:
        return []
    try:
        found = [p for p in Path(folder).iterdir() if p.is_file() and p.name.endswith(suffix)
                 and not p.name.startswith(".")]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)
