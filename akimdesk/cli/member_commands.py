"""Command-line shell of members' PINs: list, set by the chair, reset with the passphrase, check, auto-lock."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from typing import Any

from akimdesk.cli.inputs import read_secret
from akimdesk.core.errors import BadInput
from akimdesk.messages import DEFAULT_LANGUAGE, render

READ_ONLY = {"member list"}


def register(commands: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the member commands to the command tree."""
    member = commands.add_parser("member", help="commission members and their PINs").add_subparsers(
        dest="sub", metavar="SUB")
    command("list", "list the members, whether each has a PIN, and any wait after wrong PINs", acting=False,
            parent=member)
    pin = member.add_parser("pin", help="members' PINs for the desk's screen").add_subparsers(
        dest="action", metavar="ACTION")
    set_pin = command("set", "the chair sets a member's PIN (typed twice, or --pin-file)", parent=pin)
    set_pin.add_argument("--member", required=True, help="id of the member whose PIN is set")
    set_pin.add_argument("--pin-file", help="file holding the new PIN (default: typed twice at the terminal)")
    reset = command("reset", "set a member's PIN with the commission passphrase (first PIN, or one forgotten)",
                    acting=False, parent=pin)
    reset.add_argument("--member", required=True)
    reset.add_argument("--passphrase-file", required=True, help="file holding the commission passphrase")
    reset.add_argument("--pin-file", help="file holding the new PIN (default: typed twice at the terminal)")
    check = command("check", "check a member's PIN (the try is recorded, like one on the screen)", acting=False,
                    parent=pin)
    check.add_argument("--member", required=True)
    check.add_argument("--pin-file", help="file holding the PIN (default: typed at the terminal)")
    autolock = command("autolock", "the chair sets the idle minutes before the desk's screen locks", parent=member)
    autolock.add_argument("--minutes", type=int, required=True)


def _language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("AKIMDESK_LANG") or DEFAULT_LANGUAGE


def read_pin(args: argparse.Namespace, *, twice: bool) -> str:
    """The PIN from --pin-file, or typed at the terminal without echo (twice for a new PIN)."""
    if args.pin_file:
        return read_secret(args.pin_file) or ""
    language = _language(args)
    pin = getpass.getpass(render("pin-prompt", {"member": args.member}, language))
    if twice and getpass.getpass(render("pin-prompt-again", {"member": args.member}, language)) != pin:
        raise BadInput("pin-mismatch")
    return pin


def _list(station, args, actor, clock):
    members = station.member_sign_ins()
    return {"members": [{"id": m.member_id, "name": m.name, "role": m.role, "has_pin": m.has_pin,
                         "wait_seconds": m.wait_seconds} for m in members],
            "count": len(members), "with_pin": ", ".join(m.member_id for m in members if m.has_pin) or "-",
            "waiting": ", ".join(f"{m.member_id} ({m.wait_seconds} s)" for m in members if m.wait_seconds) or "-",
            "auto_lock_minutes": station.auto_lock_minutes()}


def _set(station, args, actor, clock):
    station.election()  # an empty database is refused before the PIN is asked for
    return station.set_pin(args.member, read_pin(args, twice=True), actor=actor)


def _reset(station, args, actor, clock):
    station.election()
    passphrase = read_secret(args.passphrase_file) or ""
    return station.reset_pin(args.member, read_pin(args, twice=True), passphrase=passphrase)


def _check(station, args, actor, clock):
    station.election()
    member = station.sign_in(args.member, read_pin(args, twice=False))
    return {"member": member.member_id, "name": member.name, "signed_in": True}


def _autolock(station, args, actor, clock):
    return station.set_auto_lock(args.minutes, actor=actor)


HANDLERS = {
    "member list": _list,
    "member pin set": _set,
    "member pin reset": _reset,
    "member pin check": _check,
    "member autolock": _autolock,
}
