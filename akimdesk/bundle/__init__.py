"""The sync bundle and the USB drives it travels on."""

from akimdesk.bundle.usb import (
    MAX_NAME_LENGTH,
    SPACE_MARGIN_BYTES,
    Drive,
    FolderDrive,
    WritableDrive,
    WrittenFile,
    check_file_name,
    list_removable_drives,
    write_verified,
)

__all__ = [
    "MAX_NAME_LENGTH",
    "SPACE_MARGIN_BYTES",
    "Drive",
    "FolderDrive",
    "WritableDrive",
    "WrittenFile",
    "check_file_name",
    "list_removable_drives",
    "write_verified",
]
