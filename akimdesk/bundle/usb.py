"""USB drives behind a small interface, a folder-backed fake, and a write that is read back before it counts."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from akimdesk.core.errors import AkimdeskError, BadInput, RuleRefused, VerificationFailed

SPACE_MARGIN_BYTES = 1024 * 1024
MAX_NAME_LENGTH = 120
CHUNK_BYTES = 1024 * 1024

_SAFE_NAME = re.compile(r"[A-Za-z0-9_.-]+")
# Windows refuses these as file names on any drive, with or without an extension.
_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{n}" for n in range(1, 10)] + [f"LPT{n}" for n in range(1, 10)]
)
_FULL_ERRNOS = frozenset(code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code)
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_FOLDER_SYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.EACCES, errno.EPERM, errno.EBADF, errno.ENOTSUP})
_PSEUDO_FILESYSTEMS = frozenset({
    "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts", "devtmpfs",
    "efivarfs", "erofs", "fusectl", "hugetlbfs", "iso9660", "mqueue", "nsfs", "overlay", "proc", "pstore",
    "ramfs", "securityfs", "squashfs", "sysfs", "tmpfs", "tracefs",
})
_MEDIA_PREFIXES = ("/media/", "/run/media/")
_SYS_CLASS_BLOCK = Path("/sys/class/block")
_BINARY = getattr(os, "O_BINARY", 0)


class WritableDrive(Protocol):
    """What `write_verified` needs from a drive: its name, its folder and a few file operations."""

    @property
    def label(self) -> str: ...
    @property
    def mount_point(self) -> Path: ...

    def is_present(self) -> bool: ...
    def available_bytes(self) -> int: ...
    def write_file(self, path: Path, data: bytes) -> None: ...
    def replace_file(self, source: Path, target: Path) -> None: ...
    def sync_folder(self) -> None: ...
    def read_file(self, path: Path) -> bytes: ...
    def remove_file(self, path: Path) -> None: ...


@dataclass(frozen=True)
class Drive:
    """A mounted removable drive as the operating system reported it when the drives were listed."""

    label: str
    mount_point: Path
    total_bytes: int
    free_bytes: int
    is_removable: bool

    def is_present(self) -> bool:
        """Whether the drive is still mounted where it was found."""
        # A pulled stick leaves an empty folder on some Linux setups: writing there would fill the
        # computer's own disk and pass every check.
        if os.name == "posix":
            return os.path.ismount(self.mount_point)
        return os.path.isdir(self.mount_point)

    def available_bytes(self) -> int:
        """The free bytes on the drive now."""
        return shutil.disk_usage(self.mount_point).free

    def write_file(self, path: Path, data: bytes) -> None:
        """Write `data` to `path` and sync it to the device."""
        _write_and_sync(path, data)

    def replace_file(self, source: Path, target: Path) -> None:
        """Rename `source` over `target`."""
        os.replace(source, target)

    def sync_folder(self) -> None:
        """Sync the drive's top folder so a rename survives a pulled stick."""
        _sync_folder(self.mount_point)

    def read_file(self, path: Path) -> bytes:
        """Read `path` back from the device rather than from the page cache."""
        return _read_uncached(path)

    def remove_file(self, path: Path) -> None:
        """Remove `path` if it is there."""
        Path(path).unlink(missing_ok=True)


@dataclass(frozen=True)
class WrittenFile:
    """A file that was written to a drive and read back with the expected hash."""

    path: Path
    size: int
    sha256: str


class FolderDrive:
    """A drive backed by a folder, for tests and drills: it can be full, read-only, pulled out or corrupting."""

    is_removable = True

    def __init__(self, path: Path, *, capacity_bytes: int | None = None, read_only: bool = False,
                 label: str | None = None) -> None:
        self.mount_point = Path(path)
        self.mount_point.mkdir(parents=True, exist_ok=True)
        self.label = label or self.mount_point.name
        self.capacity_bytes = capacity_bytes
        self.read_only = read_only
        self.is_gone = False
        self.vanish_after_bytes: int | None = None
        self.keep_files_on_vanish = False
        self.read_filter: Callable[[bytes], bytes] | None = None

    @property
    def total_bytes(self) -> int:
        """The simulated capacity, or the real size of the disk under the folder."""
        if self.capacity_bytes is not None:
            return self.capacity_bytes
        try:
            return shutil.disk_usage(self.mount_point).total
        except OSError:
            return 0

    @property
    def free_bytes(self) -> int:
        """The free bytes now, or 0 when the drive is gone."""
        try:
            return self.available_bytes()
        except OSError:
            return 0

    def vanish(self, *, keep_files: bool = False) -> None:
        """Pull the stick out: every later operation fails and the folder goes unless `keep_files` is set."""
        if not keep_files:
            shutil.rmtree(self.mount_point, ignore_errors=True)
        self.is_gone = True

    def reinsert(self) -> None:
        """Plug a stick pulled with `keep_files` back in, to look at what it holds."""
        self.is_gone = False
        self.vanish_after_bytes = None

    def corrupt_reads(self, offset: int = 0) -> None:
        """Make every read flip the bits of the byte at `offset`, like a failing flash chip."""
        def flip(data: bytes) -> bytes:
            if offset >= len(data):
                return data
            return data[:offset] + bytes([data[offset] ^ 0xFF]) + data[offset + 1:]
        self.read_filter = flip

    def is_present(self) -> bool:
        """Whether the stick is still in."""
        return not self.is_gone and self.mount_point.is_dir()

    def available_bytes(self) -> int:
        """The simulated free space, or the real free space of the disk under the folder."""
        self._check_present(self.mount_point)
        if self.capacity_bytes is None:
            return shutil.disk_usage(self.mount_point).free
        return max(0, self.capacity_bytes - self._used_bytes())

    def write_file(self, path: Path, data: bytes) -> None:
        """Write as much as the stick takes, then fail the way a full or pulled stick fails."""
        self._check_writable(path)
        limit, failure = len(data), None
        if self.vanish_after_bytes is not None and self.vanish_after_bytes < limit:
            limit, failure = self.vanish_after_bytes, errno.EIO
        if self.capacity_bytes is not None:
            room = max(0, self.capacity_bytes - self._used_bytes(excluding=Path(path)))
            if room < limit:
                limit, failure = room, errno.ENOSPC
        _write_and_sync(path, data[:limit])
        if failure == errno.EIO:
            self.vanish(keep_files=self.keep_files_on_vanish)
        if failure is not None:
            raise OSError(failure, os.strerror(failure), str(path))

    def replace_file(self, source: Path, target: Path) -> None:
        """Rename `source` over `target` unless the stick is gone or read-only."""
        self._check_writable(target)
        os.replace(source, target)

    def sync_folder(self) -> None:
        """Sync the folder unless the stick is gone."""
        self._check_present(self.mount_point)
        _sync_folder(self.mount_point)

    def read_file(self, path: Path) -> bytes:
        """Read `path` back, passed through `read_filter` when one is set."""
        self._check_present(path)
        data = _read_uncached(path)
        return self.read_filter(data) if self.read_filter else data

    def remove_file(self, path: Path) -> None:
        """Remove `path` unless the stick is gone or read-only."""
        self._check_writable(path)
        Path(path).unlink(missing_ok=True)

    def _check_present(self, path: Path) -> None:
        if not self.is_present():
            raise OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))

    def _check_writable(self, path: Path) -> None:
        self._check_present(path)
        if self.read_only:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    def _used_bytes(self, excluding: Path | None = None) -> int:
        total = 0
        for folder, _, names in os.walk(self.mount_point):
            for name in names:
                path = Path(folder) / name
                if path != excluding:
                    total += path.stat().st_size
        return total


def check_file_name(name: str) -> None:
    """Refuse a file name that a FAT-formatted stick or Windows would not keep as given."""
    if (
        not isinstance(name, str)
        or len(name) > MAX_NAME_LENGTH
        or not _SAFE_NAME.fullmatch(name)
        or name.startswith(".")
        or name.endswith(".")
        or name.split(".")[0].upper() in _RESERVED_NAMES
    ):
        raise BadInput("file-name-unsafe", file=str(name))


def write_verified(drive: WritableDrive, name: str, data: bytes, *,
                   expected_sha256: str | None = None) -> WrittenFile:
    """Write `data` under `name`, sync and read it back: return it only if it matches, else leave nothing under `name`."""
    check_file_name(name)
    digest = hashlib.sha256(data).hexdigest()
    if expected_sha256 is not None and expected_sha256.strip().lower() != digest:
        raise VerificationFailed("file-hash-mismatch", file=name, expected=expected_sha256, actual=digest)
    final = Path(drive.mount_point) / name
    temporary = Path(drive.mount_point) / f".{name}.part"
    try:
        _write_and_check(drive, name, data, digest, temporary, final)
    except AkimdeskError:
        _remove_quietly(drive, temporary, final)
        raise
    except OSError as exc:
        _remove_quietly(drive, temporary, final)
        raise _drive_error(exc, drive, name, len(data)) from None
    return WrittenFile(path=final, size=len(data), sha256=digest)


def _write_and_check(drive: WritableDrive, name: str, data: bytes, digest: str,
                     temporary: Path, final: Path) -> None:
    if not drive.is_present():
        raise BadInput("drive-gone", drive=drive.label, file=name)
    needed = len(data) + SPACE_MARGIN_BYTES
    free = drive.available_bytes()
    if free < needed:
        raise RuleRefused("drive-full", drive=drive.label, file=name, needed=needed, free=free)
    drive.write_file(temporary, data)
    drive.replace_file(temporary, final)
    drive.sync_folder()
    read_back = drive.read_file(final)
    if not drive.is_present():
        raise BadInput("drive-gone", drive=drive.label, file=name)
    if len(read_back) != len(data) or hashlib.sha256(read_back).hexdigest() != digest:
        raise VerificationFailed("drive-read-back-failed", drive=drive.label, file=name)


def _drive_error(exc: OSError, drive: WritableDrive, name: str, size: int) -> AkimdeskError:
    if exc.errno in _FULL_ERRNOS:
        try:
            free = drive.available_bytes()
        except OSError:
            free = 0
        return RuleRefused("drive-full", drive=drive.label, file=name, needed=size + SPACE_MARGIN_BYTES, free=free)
    if exc.errno in _READ_ONLY_ERRNOS:
        return BadInput("drive-read-only", drive=drive.label, file=name)
    # Pulled sticks show up as ENOENT, EIO, ENODEV or, on Windows, as unmapped codes: all mean the
    # drive can no longer be trusted with the file.
    return BadInput("drive-gone", drive=drive.label, file=name)


def _remove_quietly(drive: WritableDrive, *paths: Path) -> None:
    # Best effort: if the stick is gone the temporary name may stay behind, but it never carries
    # the final name, so nothing on the stick passes for a finished file.
    for path in paths:
        try:
            drive.remove_file(path)
        except OSError:
            pass


def _write_and_sync(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o666)
    try:
        view = memoryview(data)
        done = 0
        while done < len(view):
            done += os.write(descriptor, view[done:done + CHUNK_BYTES])
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _read_uncached(path: Path) -> bytes:
    descriptor = os.open(path, os.O_RDONLY | _BINARY)
    try:
        if hasattr(os, "posix_fadvise"):
            # Dropping the cached pages makes the next read come from the stick itself; they are
            # clean after the fsync, so the kernel really lets them go.
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
        chunks = []
        while chunk := os.read(descriptor, CHUNK_BYTES):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    # Windows cannot open a folder for syncing and FAT drivers may refuse it; the file itself is
    # already synced, so only those refusals are ignored.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        if exc.errno in _FOLDER_SYNC_UNSUPPORTED or os.name == "nt":
            return
        raise
    try:
        os.fsync(descriptor)
    except OSError as exc:
        if exc.errno not in _FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(descriptor)


def list_removable_drives() -> list[Drive]:
    """The removable drives mounted now, or an empty list when they cannot be listed."""
    try:
        import psutil

        partitions = psutil.disk_partitions(all=True)
    except Exception:  # noqa: BLE001 - listing drives only fills a chooser; it must never stop the export
        return []
    drives: dict[str, Drive] = {}
    for partition in partitions:
        try:
            if partition.mountpoint in drives or not _is_removable(partition):
                continue
            usage = psutil.disk_usage(partition.mountpoint)
        except Exception:  # noqa: BLE001 - a card reader with no card, a stale mount: skip that one
            continue
        drives[partition.mountpoint] = Drive(
            label=_label(partition.mountpoint),
            mount_point=Path(partition.mountpoint),
            total_bytes=int(usage.total),
            free_bytes=int(usage.free),
            is_removable=True,
        )
    return sorted(drives.values(), key=lambda drive: str(drive.mount_point))


def _is_removable(partition: Any) -> bool:
    if (partition.fstype or "").lower() in _PSEUDO_FILESYSTEMS:
        return False
    # psutil marks removable drive letters on Windows; other systems never set this option.
    if "removable" in (partition.opts or "").split(","):
        return True
    mount = partition.mountpoint or ""
    if mount.startswith(_MEDIA_PREFIXES):
        return True
    if mount.startswith("/mnt/"):
        return _is_removable_device(partition.device or "")
    return False


def _is_removable_device(device: str) -> bool:
    name = os.path.basename(os.path.realpath(device))
    if not name:
        return False
    try:
        block = (_SYS_CLASS_BLOCK / name).resolve(strict=True)
    except OSError:
        return False
    disk = block.parent if (block / "partition").exists() else block
    try:
        if (disk / "removable").read_text().strip() == "1":
            return True
    except OSError:
        pass
    # Most USB sticks report themselves as fixed disks; the bus they hang on gives them away.
    return "/usb" in block.as_posix()


def _label(mount_point: str) -> str:
    return mount_point.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1] or mount_point
