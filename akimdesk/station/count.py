"""After closing: the tally sheet, control ratios, attendance, special opinions, finalising and amending."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from akimdesk.core import check_ins as rules
from akimdesk.core.bilingual import Bilingual
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.protocol import Amends, Opinion, Override, ProtocolData, RatioOutcome, protocol_data, quorum, ratio_outcome
from akimdesk.core.ratios import RatioResult, evaluate_ratios, hard_failures
from akimdesk.core.roles import require_member
from akimdesk.core.tally import LineState, LineStatus, TallyEntry, check_entry, final_values, sheet, visible_value
from akimdesk.core.template import ProtocolLine, ProtocolTemplate
from akimdesk.core.timeline import utc_text
from akimdesk.messages import render
from akimdesk.protocol_templates import load_template
from akimdesk.station.base import StationBase
from akimdesk.station.count_records import (
    Attendance,
    OpinionAdded,
    SheetLine,
    StationFigures,
    TallyEntered,
    TallySheet,
)

if TYPE_CHECKING:
    from akimdesk.station.views import TurnoutFigures


class CountActions(StationBase):
    """The count: entered twice, checked by the control ratios, finalised and signed."""

    if TYPE_CHECKING:
        # Provided by the station's reports, next to it in the Station class.
        def turnout(self, at: dt.time | None = None) -> TurnoutFigures: ...

    def protocol_template(self) -> ProtocolTemplate:
        """The protocol form the election package names."""
        template: ProtocolTemplate = self._known("template", lambda: load_template(self.election().template_id))
        return template

    def protocol_lines(self) -> tuple[ProtocolLine, ...]:
        """The numbered lines, candidates in ballot order."""
        return self.protocol_template().lines(self.election().candidates)

    def current_version(self) -> int | None:
        """The protocol version being counted or last finalised."""
        status = self.store.protocol_status()
        return None if status is None else int(status[0])

    def figures(self) -> StationFigures:
        """What the station's own records say: listed, ballots received, issued, mobile requests."""
        turnout = self.turnout()
        return StationFigures(
            voters_listed=turnout.listed, voters_added=turnout.added, ballots_received=self._ballots_received(),
            ballots_issued_station=turnout.issued_station, ballots_issued_mobile=turnout.issued_mobile,
            mobile_requests=self.store.mobile_request_count(),
        )

    def _prefills(self, version: int | None) -> dict[str, int]:
        if version is not None and version > 1:
            previous = self.stored_protocol(version - 1)
            return {line.key: line.value for line in previous.lines if line.value is not None}
        figures = self.figures().by_key()
        return {line.key: figures[line.derived_from] for line in self.protocol_lines() if line.derived_from}

    def stored_protocol(self, version: int) -> ProtocolData:
        """The data of a finalised protocol version, as it was signed."""
        row = self.store.protocol(version)
        if row is None:
            raise RuleRefused("protocol-version-unknown", version=version)
        return ProtocolData.from_json(json.loads(row["data"]))

    def _sheet(self, version: int | None = None) -> list[LineState]:
        version = version or self.current_version()
        entries = [] if version is None else [
            TallyEntry(r["line_key"], r["entry"], r["value"], r["member_id"], r["at"], r["reason"])
            for r in self.store.tally_entries(version)
        ]
        return sheet(self.protocol_lines(), entries, self._prefills(version))

    def set_tally(self, line_key: str, value: object, *, entry: int, actor: str | None,
                  reason: str | None = None) -> TallyEntered:
        """Enter one line's value as entry 1 or entry 2 (by another member)."""
        member = require_member(self.election(), actor, "enter-tally")
        rules.require_state(self.state(), ("closed", "counting"), "enter-tally")
        state = next((s for s in self._sheet() if s.line.key == line_key or s.line.number == line_key), None)
        if state is None:
            raise BadInput("tally-line-unknown", line=line_key)
        value = check_entry(state, entry, value, member.member_id, reason)
        at = utc_text(self.clock())
        with self._writing():
            version = self._start_count(member.member_id, at)
            row = self._insert("tally_entries", {
                "version": version, "line_key": state.line.key, "entry": entry, "value": value,
                "member_id": member.member_id, "at": at, "reason": reason.strip() if reason else None,
            })
            self._audit("tally-entered", member.member_id, at, [("tally_entries", *row)],
                        {"version": version, "line": state.line.key, "entry": entry, "value": value})
        updated = next(s for s in self._sheet() if s.line.key == state.line.key)
        return TallyEntered(state.line.number, state.line.key, entry, value, updated.status)

    def _start_count(self, member_id: str, at: str) -> int:
        version = self.current_version()
        if version is not None:
            return version
        row = self._insert("protocol_versions", {
            "version": 1, "template_id": self.election().template_id, "opened_at": at, "opened_by": member_id,
        })
        self._audit("count-started", member_id, at, [("protocol_versions", *row)], {"version": 1})
        return 1

    def tally_sheet(self, viewer: str | None = None) -> TallySheet:
        """The sheet as a member sees it (the other entry stays hidden until both exist), with ratios."""
        states = self._sheet()
        lines = tuple(
            SheetLine(
                number=s.line.number, key=s.line.key, label=Bilingual(s.line.label_kk, s.line.label_ru),
                is_withdrawn=s.line.is_withdrawn, derived_from=s.line.derived_from, prefill=s.prefill,
                entry_1=visible_value(s.entry_1, s.entry_2, viewer),
                entry_2=visible_value(s.entry_2, s.entry_1, viewer),
                entry_1_by=s.entry_1.member_id if s.entry_1 else None,
                entry_2_by=s.entry_2.member_id if s.entry_2 else None,
                status=s.status, value=s.value,
            )
            for s in states
        )
        return TallySheet(
            version=self.current_version(), lines=lines,
            mismatches=tuple(line.number for line in lines if line.status is LineStatus.MISMATCH),
            ratios=tuple(_worded(r) for r in self._ratios(states)),
        )

    def _ratios(self, states: Sequence[LineState]) -> list[RatioResult]:
        values = {s.line.key: s.value for s in states}
        return evaluate_ratios(self.protocol_template().ratios, self.protocol_lines(), values, self.figures().by_key())

    def record_present(self, member_ids: Sequence[str], *, actor: str | None) -> Attendance:
        """Record which members are present for the count and the protocol."""
        election = self.election()
        member = require_member(election, actor, "record-attendance")
        rules.require_state(self.state(), ("closed", "counting"), "record-attendance")
        for member_id in member_ids:
            if election.member(member_id) is None:
                raise RuleRefused("actor-unknown", member=member_id)
        present = [m.member_id for m in election.members if m.member_id in set(member_ids)]
        at = utc_text(self.clock())
        with self._writing():
            version = self._start_count(member.member_id, at)
            row = self._insert("attendance", {"version": version, "present": json.dumps(present),
                                              "at": at, "member_id": member.member_id})
            self._audit("attendance-recorded", member.member_id, at, [("attendance", *row)],
                        {"version": version, "present": present})
        needed, total = quorum(len(election.members))
        return Attendance(tuple(present), len(present), needed, total, len(present) >= needed)

    def add_opinion(self, text: str, *, actor: str | None) -> OpinionAdded:
        """Record a member's special opinion; it is marked on the protocol and kept with it."""
        member = require_member(self.election(), actor, "add-opinion")
        rules.require_state(self.state(), ("closed", "counting"), "add-opinion")
        if not text or not text.strip():
            raise RuleRefused("opinion-empty")
        at = utc_text(self.clock())
        with self._writing():
            version = self._start_count(member.member_id, at)
            opinion_id, digest = self._insert("opinions", {"version": version, "member_id": member.member_id,
                                                           "text": text.strip(), "at": at})
            self._audit("opinion-added", member.member_id, at, [("opinions", opinion_id, digest)],
                        {"version": version, "opinion_id": opinion_id})
        return OpinionAdded(opinion_id, member.member_id, version)

    def protocol_preview(self) -> ProtocolData:
        """The protocol data as it would be finalised now (lines not yet settled are left empty)."""
        return self._protocol_data(self._sheet(), strict=False, override_reason=None, at=None)

    def _protocol_data(self, states: Sequence[LineState], *, strict: bool, override_reason: str | None,
                       at: str | None) -> ProtocolData:
        election = self.election()
        version = self.current_version() or 1
        values: dict[str, int | None] = (
            dict(final_values(states)) if strict else {s.line.key: s.value for s in states})
        results = self._ratios(states)
        attendance = self.store.attendance(version)
        present = json.loads(attendance["present"]) if attendance else []
        opinions = self.store.opinions(version)
        version_row = self.store.protocol_version(version)
        amends = None
        if version > 1:
            previous = self.store.protocol(version - 1)
            if previous is None or version_row is None:
                raise RuleRefused("protocol-version-unknown", version=version - 1)
            amends = Amends(version - 1, previous["protocol_hash"], version_row["amend_reason"])
        package = self.store.current_package()
        if package is None:
            raise RuleRefused("election-not-loaded")
        return protocol_data(
            election=election, package_id=package["package_id"],
            template=self.protocol_template(), lines=self.protocol_lines(), values=values,
            figures=self.figures().by_key(), ratios=[_worded(r) for r in results],
            overrides=[Override(r.ratio_id, override_reason.strip())
                       for r in hard_failures(results)] if override_reason else [],
            present=present, opinions=[Opinion(o["member_id"], o["text"]) for o in opinions],
            version=version, amends=amends, finalised_at=at,
            finalised_at_local=self._local_text(at)[:16] if at else None, audit_head=self.audit_head(),
        )

    def check_finalise(self, override_reason: str | None = None) -> tuple[list[LineState], list[RatioResult]]:
        """Refuse finalising while lines are unsettled, the quorum is missing or a hard ratio fails."""
        states = self._sheet()
        final_values(states)
        election = self.election()
        attendance = self.store.attendance(self.current_version() or 0)
        present = json.loads(attendance["present"]) if attendance else []
        needed, total = quorum(len(election.members))
        if len(present) < needed:
            raise RuleRefused("quorum-missing", present=len(present), needed=needed, members=total)
        results = self._ratios(states)
        failures = hard_failures(results)
        if failures and not (override_reason and override_reason.strip()):
            first = failures[0]
            raise RuleRefused("ratio-blocks-finalising", ratio=first.ratio_id, explanation=first.message,
                              failed=", ".join(r.ratio_id for r in failures))
        return states, results


def _worded(result: RatioResult) -> RatioOutcome:
    """A ratio's result with its wording in Kazakh and Russian, as the protocol prints it."""
    params = dict(result.params)
    return ratio_outcome(result, Bilingual(render(result.code, params, "kk"), render(result.code, params, "ru")))
