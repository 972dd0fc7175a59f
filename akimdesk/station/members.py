"""Members sign in with a PIN: the chair sets PINs, the commission passphrase resets one, wrong PINs slow guessing.

A PIN unlocks the shared screen and names who acts; signing still needs the commission passphrase.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from akimdesk.core.election import Member
from akimdesk.core.errors import RuleRefused
from akimdesk.core.pins import (
    DEFAULT_AUTO_LOCK_MINUTES,
    check_auto_lock_minutes,
    check_pin_shape,
    seconds_to_wait,
    tries_before_wait,
    wait_after,
)
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import parse_utc_text, utc_text
from akimdesk.signing.keys import DEFAULT_SCRYPT_N, decrypt_private_key
from akimdesk.signing.pin_hash import hash_pin, pin_matches
from akimdesk.station.base import StationBase
from akimdesk.station.records import AutoLockSetting, MemberSignIn, PinStored
from akimdesk.storage.pin_rows import pin_in_force, pins_in_force, wrong_since_right

__all__ = ["AUTO_LOCK_SETTING", "MemberActions", "MemberSignIn", "PinResetPlan", "PinResetWork", "work_pin_reset"]

AUTO_LOCK_SETTING = "auto_lock_minutes"
PIN_RESET = "reset-pin"


@dataclass(frozen=True)
class PinResetPlan:
    """What resetting a PIN with the commission passphrase needs, read on the interface thread."""

    member_id: str
    member_name: str
    # The sealed precinct key the passphrase must open; recording refuses if another key came meanwhile.
    key_envelope: str
    is_light_hash: bool


@dataclass(frozen=True)
class PinResetWork:
    """The passphrase proven and the new PIN hashed, ready to record."""

    plan: PinResetPlan
    pin_hash: str


def work_pin_reset(
    plan: PinResetPlan, pin: str, passphrase: str, report: Callable[[int, int], None] | None = None
) -> PinResetWork:
    """Prove the commission passphrase opens the precinct key and hash the new PIN; touches no database."""
    if report:
        report(0, 2)
    decrypt_private_key(json.loads(plan.key_envelope), passphrase)  # proves it is the commission's
    if report:
        report(1, 2)
    pin_hash = hash_pin(check_pin_shape(pin), light=plan.is_light_hash)
    if report:
        report(2, 2)
    return PinResetWork(plan, pin_hash)


class MemberActions(StationBase):
    """PINs of the commission members, sign-in, and the idle time before the screen locks."""

    def member_sign_ins(self) -> list[MemberSignIn]:
        """Every member of the commission in the package's order, with their PIN's standing."""
        pins = pins_in_force(self.store)
        listed = []
        for member in self.election().members:
            row = pins.get(member.member_id)
            wait = self._wait_seconds(row["pin_id"]) if row else 0
            listed.append(MemberSignIn(member.member_id, member.name, member.role, row is not None, wait))
        return listed

    def has_pins(self) -> bool:
        """Whether any member has a PIN yet (before that, the chair sets theirs with the passphrase)."""
        return bool(pins_in_force(self.store))

    def set_pin(self, member_id: str, pin: str, *, actor: str | None) -> PinStored:
        """The chair sets (or changes) a member's PIN; that member's wrong tries start again from none."""
        chair = require_member(self.election(), actor, "set-pin")
        member = self._commission_member(member_id)
        pin_hash = hash_pin(check_pin_shape(pin), light=self._is_light_hash())
        self._store_pin(member, pin_hash, "chair", chair.member_id)
        return PinStored(member.member_id, member.name)

    def plan_pin_reset(self, member_id: str, pin: str) -> PinResetPlan:
        """Read what a passphrase reset of a member's PIN needs; bad PINs are refused before any slow work."""
        member = self._commission_member(member_id)
        check_pin_shape(pin)
        return PinResetPlan(member.member_id, member.name, self._key_envelope(), self._is_light_hash())

    def record_pin_reset(self, work: PinResetWork) -> PinStored:
        """Store the PIN hashed by `work_pin_reset`, if the member and the precinct key are still those planned."""
        plan = work.plan
        member = self.election().member(plan.member_id)
        if member is None or self._key_envelope() != plan.key_envelope:
            raise RuleRefused("plan-outdated", action=PIN_RESET)
        self._store_pin(member, work.pin_hash, "passphrase", member.member_id)
        return PinStored(member.member_id, member.name)

    def reset_pin(self, member_id: str, pin: str, *, passphrase: str) -> PinStored:
        """Set a member's PIN with the commission passphrase: the first PIN of all, or one forgotten."""
        plan = self.plan_pin_reset(member_id, pin)
        return self.record_pin_reset(work_pin_reset(plan, pin, passphrase))

    def sign_in(self, member_id: str, pin: str) -> Member:
        """Check a member's PIN and record the try, right or wrong; a refusal says how long to wait."""
        member = self._commission_member(member_id)
        check_pin_shape(pin)  # a scanned IIN or a slip of the finger is not counted against the member
        row = pin_in_force(self.store, member.member_id)
        if row is None:
            raise RuleRefused("pin-not-set", member=member.member_id)
        wrong, last_at = wrong_since_right(self.store, row["pin_id"])
        now = self.clock()
        wait = seconds_to_wait(wrong, parse_utc_text(last_at) if last_at else None, now)
        if wait:
            raise RuleRefused("pin-wait", member=member.member_id, seconds=wait)
        is_right = pin_matches(row["pin_hash"], pin)
        at = utc_text(now)
        with self._writing(keeps_facts=True):
            attempt = self._insert("pin_attempts", {"pin_id": row["pin_id"], "is_right": int(is_right), "at": at,
                                                    "device_id": self.device_id})
            if is_right:
                self._audit("member-signed-in", member.member_id, at, [("pin_attempts", *attempt)],
                            {"device_id": self.device_id})
            else:
                self._audit("member-pin-refused", member.member_id, at, [("pin_attempts", *attempt)],
                            {"device_id": self.device_id, "wrong_in_a_row": wrong + 1})
        if is_right:
            return member
        if wait_after(wrong + 1):
            raise RuleRefused("pin-wrong-wait", member=member.member_id, seconds=wait_after(wrong + 1))
        raise RuleRefused("pin-wrong", member=member.member_id, tries_left=tries_before_wait(wrong + 1))

    def auto_lock_minutes(self) -> int:
        """Idle minutes before the desk's screen locks itself."""
        stored = self.store.setting(AUTO_LOCK_SETTING)
        return int(stored) if stored else DEFAULT_AUTO_LOCK_MINUTES

    def set_auto_lock(self, minutes: int, *, actor: str | None) -> AutoLockSetting:
        """The chair sets the idle minutes before the screen locks."""
        chair = require_member(self.election(), actor, "configure-auto-lock")
        check_auto_lock_minutes(minutes)
        with self._writing(keeps_facts=True):
            self.store.set_setting(AUTO_LOCK_SETTING, str(minutes))
            self._audit("auto-lock-configured", chair.member_id, utc_text(self.clock()), [], {"minutes": minutes})
        return AutoLockSetting(minutes)

    def _commission_member(self, member_id: str) -> Member:
        member = self.election().member(member_id or "")
        if member is None:
            raise RuleRefused("actor-unknown", member=member_id)
        return member

    def _is_light_hash(self) -> bool:
        # The key cost of drills and tests lightens the PIN hash too; a real desk keeps the standard cost.
        return self.key_cost < DEFAULT_SCRYPT_N

    def _key_envelope(self) -> str:
        key_row = self.store.current_precinct_key()
        if key_row is None:
            raise RuleRefused("election-not-loaded")
        return str(key_row["encrypted_key"])

    def _store_pin(self, member: Member, pin_hash: str, method: str, set_by: str) -> None:
        at = utc_text(self.clock())
        with self._writing(keeps_facts=True):
            row = self._insert("member_pins", {"member_id": member.member_id, "pin_hash": pin_hash, "method": method,
                                               "set_at": at, "set_by": set_by})
            kind = "member-pin-set" if method == "chair" else "member-pin-reset"
            self._audit(kind, set_by, at, [("member_pins", *row)], {"member": member.member_id})

    def _wait_seconds(self, pin_id: int) -> int:
        wrong, last_at = wrong_since_right(self.store, pin_id)
        return seconds_to_wait(wrong, parse_utc_text(last_at) if last_at else None, self.clock())
