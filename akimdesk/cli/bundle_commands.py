"""Command-line shell for getting the record off the laptop: drives, bundles, backups, restore."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk.cli.inputs import read_bytes, read_secret
from akimdesk.cli.json_records import record_dict
from akimdesk.core.errors import BadInput
from akimdesk.core.message import Message, os_error_message

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
    from akimdesk.station.drives import drive_at

    return drive_at(Path(folder))


def _read_pem(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).read_text(encoding="ascii")
    except OSError as exc:
        raise BadInput("file-unreadable", file=path, reason=os_error_message(exc)) from None
    except UnicodeDecodeError:
        raise BadInput("file-unreadable", file=path, reason=Message("file-reason-not-text")) from None


def run_without_station(name: str, args: argparse.Namespace, clock: Callable) -> dict[str, Any] | None:
    """Commands that need no open station: listing drives, restoring, verifying with a certificate."""
    if name == "drives":
        from akimdesk.station.drives import list_drives

        return {"drives": [record_dict(drive) for drive in list_drives()]}
    if name == "restore":
        from akimdesk.paths import database_path
        from akimdesk.station.restore import restore_from_file

        return record_dict(restore_from_file(read_bytes(args.file), read_secret(args.passphrase_file) or "",
                                             database_path(args.db), clock))
    if name == "bundle verify" and args.district_cert:
        from akimdesk.station.exports import verify_bundle_bytes

        return record_dict(verify_bundle_bytes(read_bytes(args.file), _read_pem(args.district_cert) or ""))
    return None


def _export(station, args, actor, clock):
    outcome = station.export_bundle(drive_for(args.to), actor=actor, passphrase=read_secret(args.passphrase_file) or "")
    return record_dict(outcome)


def _verify(station, args, actor, clock):
    return record_dict(station.verify_bundle(read_bytes(args.file), _read_pem(args.district_cert)))


def _backup(station, args, actor, clock):
    if args.every is not None and not 1 <= args.every <= 24 * 60:
        raise BadInput("backup-interval-invalid", minutes=args.every)
    info = station.backup(Path(args.to), passphrase=read_secret(args.passphrase_file))
    if args.every:
        station.configure_backups(Path(args.to), args.every)
        info = dataclasses.replace(info, every_minutes=args.every)
    result = record_dict(info)
    if result["every_minutes"] is None:
        del result["every_minutes"]
    return result


HANDLERS = {
    "drives": None,
    "restore": None,
    "bundle export": _export,
    "bundle verify": _verify,
    "backup": _backup,
}
