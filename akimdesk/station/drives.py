"""The USB sticks the station writes to and reads from, as the shells see them; needs no open station."""

from __future__ import annotations

from pathlib import Path

from akimdesk.bundle import usb
from akimdesk.bundle.usb import Drive, FolderDrive, WritableDrive
from akimdesk.core.errors import BadInput
from akimdesk.core.message import os_error_message
from akimdesk.station.export_outcomes import DriveInfo

__all__ = ["Drive", "DriveInfo", "FolderDrive", "WritableDrive", "drive_at", "folder_drive", "list_drives",
           "removable_drives"]


def removable_drives() -> list[Drive]:
    """The USB sticks mounted now (looked up through the usb module, so a drill can put a folder in their place)."""
    return list(usb.list_removable_drives())


def list_drives() -> tuple[DriveInfo, ...]:
    """The removable drives mounted now, as plain records (empty when they cannot be listed)."""
    return tuple(DriveInfo(label=d.label, mount_point=str(d.mount_point), free_bytes=d.free_bytes,
                           total_bytes=d.total_bytes) for d in removable_drives())


def folder_drive(folder: str | Path) -> FolderDrive:
    """A plain folder used as the stick, for a laptop where the stick is not detected."""
    path = Path(folder)
    try:
        return FolderDrive(path, label=path.name or str(path))
    except OSError as exc:
        raise BadInput("file-unwritable", file=str(path), reason=os_error_message(exc)) from None


def drive_at(folder: Path) -> WritableDrive:
    """The removable drive mounted at `folder`, or a drive backed by that plain folder (created if missing)."""
    target = Path(folder).resolve()
    for drive in removable_drives():
        if Path(drive.mount_point).resolve() == target:
            return drive
    return folder_drive(target)
