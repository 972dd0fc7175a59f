"""Command-line shell of the count: tally sheet, attendance, opinions, protocol and papers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk.atomic import write_atomically
from akimdesk.cli.inputs import read_bytes, read_certificate, read_secret
from akimdesk.cli.json_records import record_dict
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.message import Message
from akimdesk.messages import render
from akimdesk.station.protocol import verify_protocol_pdf, verify_qr_text

# Commands that read only, and those that can run with no database at all when given a certificate.
READ_ONLY = {"tally show", "tally check", "protocol build", "protocol verify", "protocol verify-qr",
             "report turnout", "report stats", "report voter-list"}
PAPERS = ("turnout", "stats", "voter-list")


def register(commands: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the count's commands to the command tree."""
    tally = commands.add_parser("tally", help="the tally sheet").add_subparsers(dest="sub", metavar="SUB")
    set_line = command("set", "enter a line of the count (entry 1 or 2, by different members)", parent=tally)
    set_line.add_argument("line", help="line key (e.g. ballots_cancelled, votes_C1) or number")
    set_line.add_argument("value", help="whole number")
    set_line.add_argument("--entry", type=int, choices=(1, 2), required=True)
    set_line.add_argument("--reason", help="needed to change a line taken from the records")
    command("show", "show the sheet (the other entry stays hidden until both exist)", parent=tally)
    command("check", "control ratios, mismatches and quorum: exit 0 when ready to finalise",
            acting=False, parent=tally)

    protocol = commands.add_parser("protocol", help="the protocol").add_subparsers(dest="sub", metavar="SUB")
    present = command("present", "record the members present", parent=protocol)
    present.add_argument("--members", required=True, help="member ids: M1,M2,...")
    opinion = protocol.add_parser("opinion", help="special opinions").add_subparsers(dest="action", metavar="ACTION")
    add = command("add", "record your special opinion", parent=opinion)
    add.add_argument("--text", required=True)
    finalise = command("finalise", "check, sign with the precinct key and store the protocol", parent=protocol)
    finalise.add_argument("--passphrase-file", required=True, help="file holding the commission passphrase")
    finalise.add_argument("--override", help="reason for finalising although a hard control ratio fails")
    build = command("build", "write the signed protocol, the print file (--copies) or a draft",
                    acting=False, parent=protocol)
    build.add_argument("--out", required=True)
    build.add_argument("--copies", type=int, help="print file with M numbered copies")
    build.add_argument("--version", type=int, help="protocol version (default: the newest)")
    verify = command("verify", "verify a protocol PDF (signature, whole file, data, QR)", acting=False,
                     parent=protocol)
    verify.add_argument("file")
    verify.add_argument("--district-cert", help="district certificate PEM (default: the loaded election's)")
    verify_qr = command("verify-qr", "verify a QR payload scanned from a paper protocol", acting=False,
                        parent=protocol)
    verify_qr.add_argument("text")
    verify_qr.add_argument("--precinct-cert", help="precinct certificate PEM (default: this station's)")
    amend = command("amend", "open a repeat protocol (the next version) with a reason", parent=protocol)
    amend.add_argument("--reason", required=True)

    report = commands.add_parser("report", help="printed papers").add_subparsers(dest="sub", metavar="SUB")
    for paper, text in zip(PAPERS, ("turnout at the reporting hours", "statistics sheet of the day",
                                    "voter list with check-in marks (paper fallback)"), strict=False):
        sub = command(paper, text, acting=False, parent=report)
        sub.add_argument("--out", required=True)


def without_database(name: str, args: argparse.Namespace) -> dict[str, Any] | None:
    """Verify with a given certificate and no station database; None when a database is needed."""
    if name == "protocol verify" and args.district_cert:
        return _verified_json(verify_protocol_pdf(read_bytes(args.file), read_certificate(args.district_cert)))
    if name == "protocol verify-qr" and args.precinct_cert:
        return _qr_json(verify_qr_text(args.text.strip(), read_certificate(args.precinct_cert)))
    return None


def _verified_json(verified: Any) -> dict[str, Any]:
    data = verified.data
    return {"verified": True, "protocol_hash": verified.protocol_hash, "election_id": verified.election_id,
            "precinct": verified.precinct, "version": data.version, "lines": data.values}


def _qr_json(payload: Any) -> dict[str, Any]:
    return {"verified": True, "election_id": payload.election_id, "precinct": payload.precinct,
            "template_id": payload.template_id, "version": payload.version, "values": list(payload.values),
            "protocol_hash": payload.protocol_hash}


def _value(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise BadInput("tally-value-invalid", line="?", value=text) from None


def _tally_set(station, args, actor, clock):
    return record_dict(station.set_tally(args.line, _value(args.value), entry=args.entry, actor=actor,
                                         reason=args.reason))


def _tally_show(station, args, actor, clock):
    return record_dict(station.tally_sheet(viewer=actor))


def _tally_check(station, args, actor, clock):
    sheet = station.tally_sheet()
    try:
        station.check_finalise()
    except RuleRefused as refused:
        raise RuleRefused("tally-not-ready", reason=Message(refused.code, refused.params)) from None
    return {**record_dict(sheet), "ready": True}


def _present(station, args, actor, clock):
    return record_dict(station.record_present([m.strip() for m in args.members.split(",") if m.strip()],
                                              actor=actor))


def _opinion_add(station, args, actor, clock):
    return record_dict(station.add_opinion(args.text, actor=actor))


def _finalise(station, args, actor, clock):
    return record_dict(station.finalise_protocol(actor=actor, passphrase=read_secret(args.passphrase_file) or "",
                                                 override_reason=args.override))


def _build(station, args, actor, clock):
    pdf, kind = station.protocol_pdf(version=args.version, copies=args.copies)
    write_atomically(Path(args.out), pdf)
    return {"out": args.out, "kind": str(kind), "bytes": len(pdf)}


def _verify(station, args, actor, clock):
    return _verified_json(station.verify_protocol(read_bytes(args.file), read_certificate(args.district_cert)))


def _verify_qr(station, args, actor, clock):
    return _qr_json(station.verify_qr(args.text.strip(), read_certificate(args.precinct_cert)))


def _amend(station, args, actor, clock):
    return record_dict(station.amend_protocol(actor=actor, reason=args.reason))


def _paper(kind: str):
    def handler(station, args, actor, clock):
        pdf = station.paper_pdf(kind)
        write_atomically(Path(args.out), pdf)
        return {"out": args.out, "kind": kind, "bytes": len(pdf)}

    return handler


HANDLERS = {
    "tally set": _tally_set,
    "tally show": _tally_show,
    "tally check": _tally_check,
    "protocol present": _present,
    "protocol opinion add": _opinion_add,
    "protocol finalise": _finalise,
    "protocol build": _build,
    "protocol verify": _verify,
    "protocol verify-qr": _verify_qr,
    "protocol amend": _amend,
    **{f"report {kind}": _paper(kind) for kind in PAPERS},
}


def sheet_lines(result: dict[str, Any], language: str) -> list[str]:
    """The sheet as printed lines: number, label, both entries, settled value, status; then the ratios."""
    label_language = "ru" if language == "ru" else "kk"
    rows = []
    for line in result.get("lines", []):
        def shown(value: Any) -> str:
            return "·" if value is None else str(value)

        struck = " (×)" if line["is_withdrawn"] else ""
        rows.append(f"{line['number']:>3}  {line['label'][label_language][:46]:<46}{struck}  "
                    f"{shown(line['entry_1']):>7} {shown(line['entry_2']):>7}  = {shown(line['value']):>7}  "
                    f"{render('tally-status-' + line['status'], {}, language)}")
    for ratio in result.get("ratios", []):
        flag = "✔" if ratio["ok"] else ("·" if ratio["ok"] is None else "✖")
        rows.append(f"{flag} {render(ratio['code'], ratio['params'], language)}")
    return rows
