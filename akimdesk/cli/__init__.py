"""The command line: gathers input, calls the station service, shows the outcome."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from akimdesk import __version__
from akimdesk.cli import bundle_commands, district_commands, member_commands, protocol_commands
from akimdesk.cli.hints import with_option_hint
from akimdesk.cli.inputs import read_bytes, read_secret
from akimdesk.cli.json_records import json_default, record_dict
from akimdesk.core.errors import AkimdeskError, BadInput, InputRejected
from akimdesk.messages import DEFAULT_LANGUAGE, LANGUAGES, render
from akimdesk.paths import database_path
from akimdesk.recording import Clock

PROGRESS_FROM_ROWS = 5000
READ_ONLY = ({"status", "voters find", "voters flagged", "turnout", "audit verify"}
             | protocol_commands.READ_ONLY | bundle_commands.READ_ONLY | district_commands.READ_ONLY
             | member_commands.READ_ONLY)


def _common(parser: argparse.ArgumentParser, acting: bool) -> None:
    parser.add_argument("--db", help="station database file (default: AKIMDESK_DB or the user data folder)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: AKIMDESK_LANG or kk)")
    if acting:
        parser.add_argument("--as", dest="actor", help="id of the commission member who acts (or AKIMDESK_AS)")


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    parser = argparse.ArgumentParser(prog="akimdesk", description="Polling-station desk of a precinct commission.")
    parser.add_argument("--version", action="version", version=f"akimdesk {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check this laptop end to end on a throw-away demo election (exit 0 when all pass)")
    parser.add_argument("--district", action="store_true",
                        help="alone: open the district commission's window (AKIMDESK_DISTRICT_DB or the default)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, acting: bool = True, parent: Any = commands) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, help=help_text, description=help_text)
        _common(sub, acting)
        return sub

    demo = command("demo", "build and load a synthetic demo election (marked DEMO)", acting=False)
    demo.add_argument("--voters", type=int, default=1200, help="number of synthetic voters (default 1200)")
    command("status", "show the station's state, election and counts", acting=False)

    election = commands.add_parser("election", help="the election package").add_subparsers(dest="sub", metavar="SUB")
    load = command("load", "load the district's signed election package", parent=election)
    load.add_argument("package", help="package file from the district")
    load.add_argument("--fingerprint", required=True, help="district certificate fingerprint from the paper act")
    load.add_argument("--passphrase-file", help="file holding the one-time passphrase of the handover act")
    load.add_argument("--new-passphrase-file", help="file holding the commission's own new passphrase")

    voters = commands.add_parser("voters", help="the voter list").add_subparsers(dest="sub", metavar="SUB")
    imp = command("import", "import the voter list (CSV or XLSX), all or nothing", parent=voters)
    imp.add_argument("file")
    find = command("find", "find voters by IIN or name prefixes", acting=False, parent=voters)
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=50)
    command("flagged", "list voters whose IIN failed the checks", acting=False, parent=voters)
    add = command("add", "add a voter who is not on the list", parent=voters)
    add.add_argument("--iin", required=True)
    add.add_argument("--surname", required=True)
    add.add_argument("--name", required=True, help="given name")
    add.add_argument("--patronymic", default="")
    add.add_argument("--birth-date", required=True, help="DD.MM.YYYY or YYYY-MM-DD")
    add.add_argument("--address", required=True)
    add.add_argument("--reason", required=True,
                     choices=("absentee-certificate", "address-certificate", "court-decision", "other"))
    add.add_argument("--detail", help="certificate number, court decision or other reason")

    absentee = commands.add_parser("absentee", help="absentee certificates").add_subparsers(dest="sub", metavar="SUB")
    issue = command("issue", "record an absentee certificate issued before the day", parent=absentee)
    issue.add_argument("iin")
    issue.add_argument("--number", required=True)

    opening = command("open", "open the station: ballots received, boxes sealed, laptop time")
    opening.add_argument("--ballots", type=int, required=True, help="ballots received")
    opening.add_argument("--time", help="the time on the chair's watch (HH:MM), checked against the laptop")
    closing = command("close", "close the station")
    closing.add_argument("--override", help="reason for closing before the closing hour")

    checkin = command("checkin", "issue a ballot (checkin IIN), or undo one (checkin undo IIN --reason)")
    checkin.add_argument("target", nargs="+", metavar="IIN", help="IIN, or: undo IIN")
    checkin.add_argument("--mobile", action="store_true", help="ballot issued by the mobile box")
    checkin.add_argument("--carriers", help="the two members carrying the mobile box: M1,M2")
    checkin.add_argument("--document", help="ID document TYPE:NUMBER (id-card or passport)")
    checkin.add_argument("--helper", help="name of the person helping the voter")
    checkin.add_argument("--reason", help="reason for an undo")

    mobile = commands.add_parser("mobile", help="mobile box").add_subparsers(dest="sub", metavar="SUB")
    request = command("request", "record a request to vote by the mobile box", parent=mobile)
    request.add_argument("iin")
    request.add_argument("--reason", required=True)
    request.add_argument("--override", help="reason for accepting a request after the deadline")

    turnout = command("turnout", "turnout now, or at a reporting hour", acting=False)
    turnout.add_argument("--at", help="local time HH:MM of election day")

    audit = commands.add_parser("audit", help="the audit chain").add_subparsers(dest="sub", metavar="SUB")
    verify = command("verify", "verify the audit chain and every recorded row", acting=False, parent=audit)
    verify.add_argument("--head", help="audit head printed on a report or stored in a backup")
    protocol_commands.register(commands, command)
    bundle_commands.register(commands, command)
    district_commands.register(commands, command)
    member_commands.register(commands, command)
    return parser


def main(argv: list[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command, or open the desktop window when started with no arguments at all.

    `clock` is the laptop's clock unless the caller (a test) passes its own; AKIMDESK_NOW pins it for a drill.

    Bare `akimdesk --district` opens the district commission's window over the district database.
    """
    if argv is None and len(sys.argv) <= 1:
        from akimdesk.gui import run_gui

        return run_gui()
    if (sys.argv[1:] if argv is None else argv) == ["--district"]:
        from akimdesk.gui.app import run_district_gui

        return run_district_gui(district_commands.district_path(None))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from akimdesk.selftest import run_selftest

        return run_selftest()
    name = " ".join(filter(None, (args.command, getattr(args, "sub", None), getattr(args, "action", None))))
    if name not in COMMANDS:
        parser.print_help(sys.stderr)
        return 2
    language = _language(args)
    try:
        result = _run(name, args, clock)
    except AkimdeskError as error:
        return _report_error(error, args, language)
    except KeyboardInterrupt:
        return 1
    except Exception as unexpected:  # noqa: BLE001 - a chair sees one line, never a traceback
        return _report_error(AkimdeskError("internal-error", kind=type(unexpected).__name__), args, language)
    _print_result(name, as_json(result), args, language)
    return 0


def as_json(result: Any) -> dict[str, Any]:
    """What a command returned, as the JSON object it prints: a record of the service becomes its fields."""
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        return record_dict(result)
    return result


def _run(name: str, args: argparse.Namespace, clock: Clock | None) -> dict[str, Any]:
    from akimdesk.app import clock_from_environment, open_station

    system_clock = clock or clock_from_environment()

    if name.startswith("district "):
        return district_commands.run(name, args, system_clock)
    standalone = protocol_commands.without_database(name, args)
    if standalone is None:
        standalone = bundle_commands.run_without_station(name, args, system_clock)
    if standalone is not None:
        return standalone
    writable = name not in READ_ONLY
    station = open_station(database_path(args.db), writable=writable, clock=system_clock)
    try:
        result = COMMANDS[name](station, args, _actor(args), system_clock)
        if writable:
            _backup_if_due(station, _language(args))
        return result
    finally:
        station.store.close()


def _backup_if_due(station: Any, language: str) -> None:
    # A failed automatic backup must not undo or hide the command that succeeded.
    try:
        station.backup_if_due()
    except AkimdeskError as error:
        print(render("backup-automatic-failed", {"reason": render(error.code, error.params, language)}, language),
              file=sys.stderr)


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("AKIMDESK_LANG") or DEFAULT_LANGUAGE


def _actor(args: argparse.Namespace) -> str | None:
    return getattr(args, "actor", None) or os.environ.get("AKIMDESK_AS") or None


def _hhmm(text: str) -> dt.time:
    try:
        return dt.datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise BadInput("time-invalid", value=text) from None


def _date(text: str) -> dt.date:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadInput("date-invalid-input", value=text)


def _cmd_demo(station, args, actor, clock):
    from akimdesk.demo import run_demo

    if args.voters < 1 or args.voters > 200_000:
        raise BadInput("demo-voters-range")
    if station.has_election():
        from akimdesk.core.errors import RuleRefused

        raise RuleRefused("database-not-empty", file=str(station.store.path))
    result = record_dict(run_demo(station, args.voters, clock()))
    if args.db:
        result["next"] += f" --db {args.db}"
    return result


def _cmd_status(station, args, actor, clock):
    return station.status()


def _cmd_election_load(station, args, actor, clock):
    outcome = station.load_election(
        read_bytes(args.package), fingerprint=args.fingerprint, actor=actor,
        one_time_passphrase=read_secret(args.passphrase_file),
        new_passphrase=read_secret(args.new_passphrase_file),
    )
    data = record_dict(outcome)
    changes = data.pop("changes")
    if outcome.updated:
        data["changes"] = {key: value for key, value in (changes or {}).items() if value is not None}
    return data


def _cmd_voters_import(station, args, actor, clock):
    language = _language(args)

    def progress(rows: int) -> None:
        if rows >= PROGRESS_FROM_ROWS:
            print(render("import-progress", {"rows": rows}, language), file=sys.stderr, flush=True)

    return record_dict(station.import_voters(Path(args.file), actor=actor, progress=progress))


def _voter_json(voter) -> dict[str, Any]:
    data = dataclasses.asdict(voter)
    data["full_name"] = voter.full_name
    return data


def _cmd_voters_find(station, args, actor, clock):
    found = station.find_voters(args.text, limit=args.limit)
    return {"voters": [_voter_json(v) for v in found], "count": len(found)}


def _cmd_voters_flagged(station, args, actor, clock):
    found = station.flagged_voters()
    return {"voters": [_voter_json(v) for v in found], "count": len(found)}


def _cmd_voters_add(station, args, actor, clock):
    voter = station.add_voter(
        actor=actor, iin=args.iin, surname=args.surname, given_name=args.name,
        patronymic=args.patronymic, birth_date=_date(args.birth_date), address=args.address,
        reason=args.reason, detail=args.detail,
    )
    return {"voter": _voter_json(voter)}


def _cmd_absentee_issue(station, args, actor, clock):
    return {"voter": _voter_json(station.issue_absentee(args.iin, actor=actor, number=args.number))}


def _cmd_open(station, args, actor, clock):
    return station.open_station(actor=actor, ballots_received=args.ballots,
                                confirmed_time=_hhmm(args.time) if args.time else None)


def _cmd_close(station, args, actor, clock):
    return station.close_station(actor=actor, override_reason=args.override)


def _cmd_checkin(station, args, actor, clock):
    target = args.target
    if target[0] == "undo":
        if len(target) != 2:
            raise BadInput("usage-checkin-undo")
        if not args.reason:
            raise BadInput("undo-reason-needed")
        result = station.undo_check_in(target[1], actor=actor, reason=args.reason)
    else:
        if len(target) != 1:
            raise BadInput("usage-checkin")
        document_type = document_number = None
        if args.document:
            document_type, _, document_number = args.document.partition(":")
        carriers = tuple(c.strip() for c in args.carriers.split(",")) if args.carriers else ()
        result = station.check_in(
            target[0], actor=actor, mobile=args.mobile, carriers=carriers,
            document_type=document_type, document_number=document_number, helper_name=args.helper,
        )
    data = dataclasses.asdict(result)
    data["voter"] = _voter_json(result.voter)
    return data


def _cmd_mobile_request(station, args, actor, clock):
    return station.request_mobile(args.iin, actor=actor, reason=args.reason, override_reason=args.override)


def _cmd_turnout(station, args, actor, clock):
    figures = station.turnout(_hhmm(args.at) if args.at else None)
    return {
        "is_demo": station.election().is_demo,
        **_figures_json(figures),
        "reporting_hours": [_figures_json(f) for f in station.reporting_turnout()],
        "audit_head": station.audit_head(),
    }


def _figures_json(figures) -> dict[str, Any]:
    return {**dataclasses.asdict(figures), "issued": figures.issued, "percent": figures.percent}


def _cmd_audit_verify(station, args, actor, clock):
    return {"verified": True, **as_json(station.verify_audit(args.head))}


COMMANDS = {
    "demo": _cmd_demo,
    "status": _cmd_status,
    "election load": _cmd_election_load,
    "voters import": _cmd_voters_import,
    "voters find": _cmd_voters_find,
    "voters flagged": _cmd_voters_flagged,
    "voters add": _cmd_voters_add,
    "absentee issue": _cmd_absentee_issue,
    "open": _cmd_open,
    "close": _cmd_close,
    "checkin": _cmd_checkin,
    "mobile request": _cmd_mobile_request,
    "turnout": _cmd_turnout,
    "audit verify": _cmd_audit_verify,
    **protocol_commands.HANDLERS,
    **bundle_commands.HANDLERS,
    **district_commands.HANDLERS,
    **member_commands.HANDLERS,
}


def _report_error(error: AkimdeskError, args: argparse.Namespace, language: str) -> int:
    message = with_option_hint(error.code, render(error.code, error.params, language))
    problems = getattr(error, "problems", [])
    print(message, file=sys.stderr)
    for problem in problems:
        where = ":".join(str(p) for p in (problem.file, problem.row) if p is not None)
        field = f" [{problem.field}]" if problem.field else ""
        print(f"  {where}{field}: {render(problem.code, problem.params, language)}", file=sys.stderr)
    if getattr(args, "json", False):
        body = {"ok": False, "error": error.code, "params": error.params, "message": message}
        if isinstance(error, InputRejected):
            body["problems"] = [
                {**dataclasses.asdict(p), "message": render(p.code, p.params, language)} for p in problems
            ]
        print(json.dumps(body, ensure_ascii=False, default=json_default))
    return error.exit_code


def _print_result(name: str, result: dict[str, Any], args: argparse.Namespace, language: str) -> None:
    if args.json:
        print(json.dumps({"ok": True, **result}, ensure_ascii=False, default=json_default))
        return
    demo = "[DEMO] " if result.get("is_demo") or result.get("demo") else ""
    code = f"done-{name.replace(' ', '-')}" + ("-undo" if result.get("kind") == "undo" else "")
    flat = _flat(result)
    if "state" in flat:
        flat["state"] = render(f"state-{flat['state']}", {}, language)
    print(demo + render(code, flat, language))
    if name in ("tally show", "tally check"):
        for row in protocol_commands.sheet_lines(result, language):
            print(row)
    members = result.get("members")
    for member in members if isinstance(members, list) else []:
        print(f"  {member['id']}  {render('role-' + member['role'], {}, language)}  {member['name']}")
    voters = result.get("voters")
    for voter in voters if isinstance(voters, list) else []:
        ballot = voter.get("ballot")
        mark = "✔" if ballot else ("✖" if voter.get("has_absentee_certificate") else " ")
        flag = f"  ⚠ {voter['iin_problem']}" if voter.get("iin_problem") else ""
        print(f"{mark} {voter['iin']}  {voter['full_name']}  {voter['birth_date']}  {voter['address']}{flag}")


def _flat(result: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in result.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        flat[key] = value
    return flat


if __name__ == "__main__":
    sys.exit(main())
