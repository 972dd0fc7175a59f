"""Command-line shell of the district desk: keys, packages and acts, bundle import, the race."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk.cli.inputs import read_bytes, read_json, read_secret
from akimdesk.core.errors import RuleRefused

READ_ONLY = {"district status", "district report", "district key-backup", "district verify"}
ACTOR = "district"


def register(commands: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the district's commands to the command tree."""
    district = commands.add_parser("district", help="the district desk (its own database)").add_subparsers(
        dest="sub", metavar="SUB")
    init = command("init", "make the district's signing and encryption keys", acting=False, parent=district)
    init.add_argument("--name", required=True, help="the district commission's name")
    init.add_argument("--passphrase-file", required=True, help="file holding the new district passphrase")
    backup = command("key-backup", "write the district's keys (sealed) to a file", acting=False, parent=district)
    backup.add_argument("--to", required=True)
    restore = command("key-restore", "take the district's keys from a key backup", acting=False, parent=district)
    restore.add_argument("file")
    restore.add_argument("--passphrase-file", required=True)
    package = command("package", "issue every precinct's signed package and handover act", acting=False,
                      parent=district)
    package.add_argument("--election", required=True, help="election definition JSON")
    package.add_argument("--precincts", required=True, help="precincts JSON (number, names, members, ballots)")
    package.add_argument("--voters", required=True, help="folder of voter lists named <precinct>.csv or .xlsx")
    package.add_argument("--out", required=True, help="folder for the packages")
    package.add_argument("--acts", required=True, help="folder for the acts (not the packages' folder or a stick)")
    package.add_argument("--passphrase-file", required=True)
    imported = command("import", "verify and import precinct bundles", acting=False, parent=district)
    imported.add_argument("files", nargs="+")
    imported.add_argument("--passphrase-file", required=True)
    command("status", "the race: totals, leader, flags, precincts", acting=False, parent=district)
    report = command("report", "the bilingual summary PDF with every precinct", acting=False, parent=district)
    report.add_argument("--out", required=True)
    verify = command("verify", "verify the district's audit chain", acting=False, parent=district)
    verify.add_argument("--head")


def district_path(given: str | None) -> Path:
    """The district database: --db, else AKIMDESK_DISTRICT_DB, else district.db in the data folder."""
    from akimdesk.paths import default_database_path

    if given:
        return Path(given)
    return Path(os.environ.get("AKIMDESK_DISTRICT_DB") or default_database_path().with_name("district.db"))


def run(name: str, args: argparse.Namespace, clock: Callable) -> dict[str, Any]:
    """Open the district database and run one district command."""
    from akimdesk.district import DistrictDesk
    from akimdesk.storage.store import open_store

    desk = DistrictDesk(open_store(district_path(args.db), writable=name not in READ_ONLY, kind="district"), clock)
    try:
        return HANDLERS[name](desk, args)
    finally:
        desk.store.close()


def _secret(path: str) -> str:
    return read_secret(path) or ""


def _init(desk, args):
    return desk.init(args.name, _secret(args.passphrase_file), actor=ACTOR)


def _key_backup(desk, args):
    from akimdesk.atomic import write_atomically

    write_atomically(Path(args.to), desk.key_backup())
    return {"file": args.to}


def _key_restore(desk, args):
    return desk.key_restore(read_bytes(args.file), _secret(args.passphrase_file), actor=ACTOR)


def _package(desk, args):
    from akimdesk.bundle.usb import list_removable_drives

    folder = Path(args.voters)
    voter_files = {path.stem: path for path in sorted(folder.glob("*")) if path.suffix.lower() in (".csv", ".xlsx")}
    return desk.issue_packages(
        read_json(args.election), read_json(args.precincts), voter_files, out_dir=Path(args.out),
        acts_dir=Path(args.acts), passphrase=_secret(args.passphrase_file), actor=ACTOR,
        election_file=Path(args.election).name, precincts_file=Path(args.precincts).name,
        unsafe_folders=tuple(Path(d.mount_point) for d in list_removable_drives()),
    )


def _import(desk, args):
    files = [(name, read_bytes(name)) for name in args.files]
    outcomes = desk.import_bundles(files, passphrase=_secret(args.passphrase_file), actor=ACTOR)
    troubled = [o for o in outcomes if o["status"] in ("refused", "conflict")]
    if troubled:
        first = troubled[0]
        raise RuleRefused("district-import-problems", count=len(troubled), file=first["file"],
                          reason=first.get("code", first["status"]), outcomes=outcomes)
    return {"outcomes": outcomes, "accepted": sum(o["status"] == "accepted" for o in outcomes)}


def summary_json(desk) -> dict[str, Any]:
    """The race summary as plain data."""
    from akimdesk.messages import render

    summary = desk.summary()
    flags = [{"code": f.code, "params": _plain(f.params),
              "text": {lang: render(f.code, _worded(f.params), lang) for lang in ("kk", "ru", "en")}}
             for f in summary.flags]
    return {
        "election_id": summary.election_id, "expected": list(summary.expected_precincts),
        "reported": list(summary.reported), "missing": list(summary.missing), "totals": summary.totals,
        "leader": summary.leader, "turnout": summary.turnout, "flags": flags,
        "candidates": [{"id": c[0], "label": c[1], "votes": c[2], "is_withdrawn": c[3]} for c in summary.candidates],
        "conflicts": len(desk.conflicts(summary.election_id)),
    }


def _plain(params: Any) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in dict(params).items()}


def _worded(params: Any) -> dict[str, Any]:
    return {k: ", ".join(map(str, v)) if isinstance(v, (tuple, list)) else v for k, v in dict(params).items()}


def _status(desk, args):
    return summary_json(desk)


def _report(desk, args):
    from akimdesk.atomic import write_atomically

    pdf = desk.report_pdf()
    write_atomically(Path(args.out), pdf)
    return {"out": args.out, "bytes": len(pdf)}


def _verify(desk, args):
    return {"verified": True, **desk.verify_audit(args.head)}


HANDLERS = {
    "district init": _init,
    "district key-backup": _key_backup,
    "district key-restore": _key_restore,
    "district package": _package,
    "district import": _import,
    "district status": _status,
    "district report": _report,
    "district verify": _verify,
}
