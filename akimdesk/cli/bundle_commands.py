"""Command-line shell for getting the record off the laptop: drives, bundles, backups, restore."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk.cli.inputs import read_bytes, read_certificate, read_secret
from akimdesk.core.errors import BadInput
from akimdesk.core.message import os_error_message

READ_ONLY = {"drives", "bundle verify"}
WITHOUT_STATION = {"drives", "restore"}


def register(commands: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the export commands to the command tree."""
    command("drives", "list removable drives (USB sticks)", acting=False)
    bundle = commands.add_parser("bundle", help="the sync bundle for the district").add_subparsers(
        dest="sub", metavar="SUB")
    export = command("export", "write the signed bundle to a stick or folder and read it back", parent=bundle)
    export.add_argument("--to", required=True, help="the stick's folder (see `akimdesk drives`) or any folder")
    export.add_argument("--passphrase-file", required=True, help="file holding the commission passphrase")
    verify = command("verify", "verify a bundle file", acting=False, parent=bundle)
    verify.add_argument("file")
    verify.add_argument("--district-cert", help="district certificate PEM (default: the loaded election's)")
    backup = command("backup", "write an encrypted backup now (and optionally every N minutes)", acting=False)
    backup.add_argument("--to", required=True, help="folder for the backup (a second folder or the stick)")
    backup.add_argument("--passphrase-file", help="commission passphrase; needed for the first backup")
    backup.add_argument("--every", type=int, help="also back up automatically every N minutes after a write")
    restore = command("restore", "restore a backup into a new database file (a spare laptop)", acting=False)
    restore.add_argument("file")
    restore.add_argument("--passphrase-file", required=True)


def drive_for(folder: str) -> Any:
    """The removable drive mounted at `folder`, or a drive backed by that plain folder."""
    from akimdesk.bundle.usb import FolderDrive, list_removable_drives

    target = Path(folder).resolve()
    for drive in list_removable_drives():
        if Path(drive.mount_point).resolve() == target:
            return drive
    try:
        return FolderDrive(target, label=target.name or str(target))
    except OSError as exc:
        raise BadInput("file-unwritable", file=str(target), reason=os_error_message(exc)) from None


def run_without_station(name: str, args: argparse.Namespace, clock: Callable) -> dict[str, Any] | None:
    """Commands that need no open station: listing drives, restoring, verifying with a certificate."""
    if name == "drives":
        from akimdesk.bundle.usb import list_removable_drives

        return {"drives": [{"label": d.label, "mount_point": str(d.mount_point), "free_bytes": d.free_bytes,
                            "total_bytes": d.total_bytes} for d in list_removable_drives()]}
    if name == "restore":
        from akimdesk.paths import database_path
        from akimdesk.station.exports import restore_station

        target = database_path(args.db)
        station = restore_station(read_bytes(args.file), read_secret(args.passphrase_file) or "", target, clock)
        try:
            return {"database": str(target), "device_id": station.device_id, "state": station.state(),
                    "audit_head": station.audit_head()}
        finally:
            station.store.close()
    if name == "bundle verify" and args.district_cert:
        from akimdesk.bundle.format import read_bundle

        return _bundle_json(read_bundle(read_bytes(args.file), read_certificate(args.district_cert)))
    return None


def _bundle_json(bundle) -> dict[str, Any]:
    manifest = bundle.manifest
    return {"verified": True, "precinct": manifest["precinct"], "sequence": manifest["sequence"],
            "protocol_versions": manifest["protocol_versions"], "election_id": manifest["election_id"],
            "audit_head": manifest["audit_head"], "sha256": bundle.file_sha256}


def _export(station, args, actor, clock):
    return station.export_bundle(drive_for(args.to), actor=actor, passphrase=read_secret(args.passphrase_file) or "")


def _verify(station, args, actor, clock):
    from akimdesk.bundle.format import read_bundle

    certificate = read_certificate(args.district_cert) or station._district_certificate()
    return _bundle_json(read_bundle(read_bytes(args.file), certificate))


def _backup(station, args, actor, clock):
    result = station.backup(Path(args.to), passphrase=read_secret(args.passphrase_file))
    if args.every:
        if not 1 <= args.every <= 24 * 60:
            raise BadInput("backup-interval-invalid", minutes=args.every)
        station.configure_backups(Path(args.to), args.every)
        result["every_minutes"] = args.every
    return result


HANDLERS = {
    "drives": None,
    "restore": None,
    "bundle export": _export,
    "bundle verify": _verify,
    "backup": _backup,
}
