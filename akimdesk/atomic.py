"""Crash-safe file writes: a temporary file, flushed and synced, then renamed over the target."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from akimdesk.core.errors import BadInput
from akimdesk.core.message import os_error_message


def write_atomically(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that a reader sees the old file or the whole new one, never a part."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise BadInput("file-unwritable", file=str(path), reason=os_error_message(exc)) from None
    try:
        os.chmod(temporary, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as output:
            output.write(data)
            output.flush()
            os.fsync(output.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise BadInput("file-unwritable", file=str(path), reason=os_error_message(exc)) from None
    _sync_folder(folder)
    return path


def _umask() -> int:
    # The temporary file is private; the finished one gets the permissions a normal file would.
    current = os.umask(0)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    # The rename lives in the folder's entry; not every system lets a folder be opened for syncing.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
