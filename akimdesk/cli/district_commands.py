"""Command-line shell of the district desk: keys, packages and acts, bundle import, the race."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk.cli.inputs import read_bytes, read_secret
from akimdesk.cli.json_records import record_json
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

    desk = DistrictDesk.open(district_path(args.db), clock, writable=name not in READ_ONLY)
    try:
        return HANDLERS[name](desk, args)
    finally:
        desk.close()


def _secret(path: str) -> str:
    return read_secret(path) or ""


def _init(desk, args):
    return _keys_json(desk.init(args.name, _secret(args.passphrase_file), actor=ACTOR))


def _keys_json(outcome) -> dict[str, Any]:
    # The keys' origin is the command itself; the JSON keeps the name and the fingerprint.
    return {"name": outcome.name, "fingerprint": outcome.fingerprint}


def _key_backup(desk, args):
    return record_json(desk.save_key_backup(Path(args.to)))


def _key_restore(desk, args):
    return _keys_json(desk.key_restore(read_bytes(args.file), _secret(args.passphrase_file), actor=ACTOR))


def _package(desk, args):
    return record_json(desk.issue_packages_from_folders(
        Path(args.election), Path(args.precincts), Path(args.voters), out_dir=Path(args.out), acts_dir=Path(args.acts),
        passphrase=_secret(args.passphrase_file), actor=ACTOR))


def _import(desk, args):
    outcomes = desk.import_bundles(desk.bundle_files(args.files), passphrase=_secret(args.passphrase_file),
                                   actor=ACTOR)
    shown = [_outcome_json(o) for o in outcomes]
    troubled = [o for o in outcomes if o.is_troubled]
    if troubled:
        first = troubled[0]
        raise RuleRefused("district-import-problems", count=len(troubled), file=first.file,
                          reason=first.code or str(first.status), outcomes=shown)
    return {"outcomes": shown, "accepted": sum(o.status == "accepted" for o in outcomes)}


def _outcome_json(outcome) -> dict[str, Any]:
    """One bundle's outcome with the keys its status has always carried."""
    keys = {"accepted": ("precinct", "sequence", "protocol_version", "supersedes"),
            "already-accepted": ("precinct", "sequence"), "conflict": ("precinct", "sequence"),
            "refused": ("code", "params")}[outcome.status]
    return {"file": outcome.file, "status": str(outcome.status), **{k: record_json(getattr(outcome, k)) for k in keys}}


def summary_json(desk) -> dict[str, Any]:
    """The race summary as plain data."""
    from akimdesk.district.report import worded_params
    from akimdesk.messages import render

    summary = desk.summary()
    flags = [{"code": str(f.code), "params": record_json(f.params),
              "text": {lang: render(f.code, worded_params(f.params), lang) for lang in ("kk", "ru", "en")}}
             for f in summary.flags]
    return {
        "election_id": summary.election_id, "expected": list(summary.expected_precincts),
        "reported": list(summary.reported), "missing": list(summary.missing), "totals": record_json(summary.totals),
        "leader": summary.leader, "turnout": record_json(summary.turnout), "flags": flags,
        "candidates": record_json(summary.candidates), "conflicts": len(desk.conflicts(summary.election_id)),
    }


def _status(desk, args):
    return summary_json(desk)


def _report(desk, args):
    return record_json(desk.save_report(Path(args.out)))


def _verify(desk, args):
    return {"verified": True, **record_json(desk.verify_audit(args.head))}


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
