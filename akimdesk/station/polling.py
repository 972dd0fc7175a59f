"""Election day: opening, check-in, added voters, absentee certificates, mobile box, closing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from akimdesk.core import check_ins as rules
from akimdesk.core.check_ins import BallotMode, CheckInKind, StationState
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.iin import iin_problem
from akimdesk.core.names import search_tokens, tidy_name
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import to_local, utc_text
from akimdesk.core.voters import voting_age_cutoff
from akimdesk.station.base import StationBase, clean_iin
from akimdesk.station.records import MobileRequestRecorded, StationClosed, StationOpened
from akimdesk.station.setup import name_tokens
from akimdesk.station.views import CheckInResult, Voter


class PollingActions(StationBase):
    """What the commission records on election day."""

    def open_station(
        self, *, actor: str | None, ballots_received: int, confirmed_time: dt.time | None = None
    ) -> StationOpened:
        """Record the opening: ballots received, boxes shown empty and sealed, the laptop's time."""
        election = self.election()
        member = require_member(election, actor, "open-station")
        rules.require_state(self.state(), (StationState.SETUP,), "open-station")
        self._current_list()
        if ballots_received < 0:
            raise BadInput("ballots-negative")
        now = self.clock()
        local_now = to_local(now, election.time_zone)
        if confirmed_time is not None:
            shown = dt.datetime.combine(local_now.date(), confirmed_time, tzinfo=local_now.tzinfo)
            if abs((shown - local_now).total_seconds()) > 10 * 60:
                raise RuleRefused("laptop-clock-differs", laptop=local_now.strftime("%H:%M"))
        at = utc_text(now)
        laptop_time = local_now.isoformat(timespec="seconds")
        with self._writing():
            row = self._insert("station_events", {
                "state": "open", "at": at, "member_id": member.member_id,
                "ballots_received": ballots_received, "laptop_time_confirmed": laptop_time, "boxes_sealed": 1,
            })
            self._audit("station-opened", member.member_id, at, [("station_events", *row)],
                        {"ballots_received": ballots_received, "laptop_time": laptop_time})
        return StationOpened(StationState.OPEN, ballots_received, local_now.strftime("%Y-%m-%d %H:%M:%S"))

    def close_station(self, *, actor: str | None, override_reason: str | None = None) -> StationClosed:
        """Close the station; before the closing hour only with a recorded reason."""
        election = self.election()
        member = require_member(election, actor, "close-station")
        rules.require_state(self.state(), ("open",), "close-station")
        now = self.clock()
        rules.check_close_time(to_local(now, election.time_zone), election.date,
                               election.polls_close, override_reason)
        at = utc_text(now)
        issued = self.store.ballots_issued()
        with self._writing():
            row = self._insert("station_events", {
                "state": "closed", "at": at, "member_id": member.member_id, "override_reason": override_reason,
            })
            self._audit("station-closed", member.member_id, at, [("station_events", *row)],
                        {"override_reason": override_reason, "issued_station": issued["station"],
                         "issued_mobile": issued["mobile"]})
        return StationClosed(StationState.CLOSED, issued["station"], issued["mobile"])

    def check_in(
        self,
        iin: str,
        *,
        actor: str | None,
        mobile: bool = False,
        carriers: tuple[str, ...] = (),
        document_type: str | None = None,
        document_number: str | None = None,
        helper_name: str | None = None,
    ) -> CheckInResult:
        """Issue a ballot to a voter, at the station or by the mobile box."""
        iin = clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "issue-ballot")
        rules.require_state(self.state(), ("open",), "check-in")
        voter = self.voter(iin)
        rules.check_document(document_type, document_number)
        rules.check_helper(helper_name, [m.name for m in election.members])
        if mobile:
            rules.check_mobile_ballot(
                has_request=bool(self.store.mobile_requests_of(voter.voter_id)),
                carriers=carriers, member_ids=[m.member_id for m in election.members],
            )
        ballots_left = self._ballots_left()
        rules.check_ballot_allowed(prior=voter.ballot, has_absentee_certificate=voter.has_absentee_certificate,
                                   ballots_left=ballots_left)
        return self._record_check_in(voter, member.member_id, ballots_left - 1, {
            "kind": CheckInKind.ISSUE, "mode": BallotMode.MOBILE if mobile else BallotMode.STATION,
            "document_type": document_type, "document_number": document_number and document_number.strip(),
            "helper_name": helper_name and tidy_name(helper_name),
            "carrier_1": carriers[0] if mobile else None, "carrier_2": carriers[1] if mobile else None,
        })

    def undo_check_in(self, iin: str, *, actor: str | None, reason: str) -> CheckInResult:
        """Undo a mistaken check-in with a reason; both events stay."""
        iin = clean_iin(iin)
        member = require_member(self.election(), actor, "undo-check-in")
        rules.require_state(self.state(), ("open",), "undo-check-in")
        if not reason or not reason.strip():
            raise RuleRefused("undo-reason-needed")
        voter = self.voter(iin)
        if voter.ballot is None:
            raise RuleRefused("no-ballot-to-undo")
        return self._record_check_in(voter, member.member_id, self._ballots_left() + 1, {
            "kind": CheckInKind.UNDO, "undoes": voter.ballot.check_in_id, "reason": reason.strip(),
        })

    def _record_check_in(
        self, voter: Voter, member_id: str, ballots_left: int, fields: dict[str, Any]
    ) -> CheckInResult:
        device_id = self.device_id
        at = utc_text(self.clock())
        with self._writing(keeps_facts=True):
            seq = self._known("device_seq", lambda: self.store.next_device_seq(device_id))
            row = {"device_id": device_id, "device_seq": seq, "voter_id": voter.voter_id,
                   "at": at, "member_id": member_id, **fields}
            check_in_id, digest = self._insert("check_ins", row)
            self._cache["device_seq"] = seq + 1
            payload = {"voter_id": voter.voter_id, "device_id": device_id, "device_seq": seq}
            if fields["kind"] == CheckInKind.ISSUE:
                payload["mode"] = fields["mode"]
            kind = "ballot-issued" if fields["kind"] == CheckInKind.ISSUE else "check-in-undone"
            self._audit(kind, member_id, at, [("check_ins", check_in_id, digest)], payload)
        ballot = None
        if fields["kind"] == CheckInKind.ISSUE:
            ballot = self._prior_ballot(check_in_id, at, device_id, member_id, fields["mode"])
        return CheckInResult(check_in_id, dataclasses.replace(voter, ballot=ballot), CheckInKind(fields["kind"]),
                             ballot.mode if ballot else None, at, ballot.at_local if ballot else self._local_text(at), device_id,
                             seq, ballots_left)

    def add_voter(
        self,
        *,
        actor: str | None,
        iin: str,
        surname: str,
        given_name: str,
        patronymic: str = "",
        birth_date: dt.date,
        address: str,
        reason: str,
        detail: str | None = None,
    ) -> Voter:
        """Add a voter who is not on the list, with the reason (absentee certificate, court decision...)."""
        iin = clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "add-voter")
        rules.require_state(self.state(), ("open",), "add-voter")
        problem = iin_problem(iin)
        if problem:
            raise RuleRefused(problem)
        names = [tidy_name(surname), tidy_name(given_name), tidy_name(patronymic)]
        if not names[0] or not names[1]:
            raise RuleRefused("added-name-empty")
        if not address.strip():
            raise RuleRefused("added-address-empty")
        if birth_date > voting_age_cutoff(election.date) or birth_date.year < 1900:
            raise RuleRefused("added-birth-date-impossible")
        rules.check_added_reason(reason, detail)
        list_id = self._list_id()
        if self.store.voter_by_iin(list_id, iin) is not None:
            raise RuleRefused("voter-already-listed")
        now = utc_text(self.clock())
        with self._writing():
            voter_id, digest = self._insert("voters", {
                "list_id": list_id, "source_row": None, "iin": iin,
                "surname": names[0], "given_name": names[1], "patronymic": names[2],
                "birth_date": birth_date.isoformat(), "address": " ".join(address.split()), "book": "",
                "iin_problem": None, "search_name": " ".join(search_tokens(" ".join(names))),
                "added_reason": reason, "added_detail": detail and detail.strip(),
                "added_at": now, "added_by": member.member_id,
            })
            self.store.insert_voters([], name_tokens(voter_id, names))
            self._audit("voter-added", member.member_id, now, [("voters", voter_id, digest)],
                        {"voter_id": voter_id, "reason": reason})
        return self.voter(iin)

    def issue_absentee(self, iin: str, *, actor: str | None, number: str) -> Voter:
        """Record an absentee certificate issued before the day: that voter gets no ballot here."""
        iin = clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "issue-absentee")
        rules.require_state(self.state(), ("setup",), "issue-absentee")
        now = self.clock()
        rules.check_absentee_deadline(to_local(now, election.time_zone), election.date, election.absentee_deadline)
        if not number or not number.strip():
            raise RuleRefused("absentee-number-empty")
        voter = self.voter(iin)
        if voter.has_absentee_certificate:
            raise RuleRefused("absentee-already-issued")
        at = utc_text(now)
        with self._writing():
            row = self._insert("absentee_certificates", {
                "voter_id": voter.voter_id, "number": number.strip(), "issued_at": at,
                "member_id": member.member_id,
            })
            self._audit("absentee-issued", member.member_id, at, [("absentee_certificates", *row)],
                        {"voter_id": voter.voter_id})
        return dataclasses.replace(voter, has_absentee_certificate=True)

    def request_mobile(
        self, iin: str, *, actor: str | None, reason: str, override_reason: str | None = None
    ) -> MobileRequestRecorded:
        """Record a written request to vote by the mobile box."""
        iin = clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "request-mobile")
        rules.require_state(self.state(), ("setup", "open"), "request-mobile")
        if not reason or not reason.strip():
            raise RuleRefused("mobile-reason-needed")
        now = self.clock()
        rules.check_mobile_deadline(to_local(now, election.time_zone), election.date,
                                    election.mobile_request_deadline, override_reason)
        voter = self.voter(iin)
        if self.store.mobile_requests_of(voter.voter_id):
            raise RuleRefused("mobile-already-requested")
        at = utc_text(now)
        with self._writing():
            request_id, digest = self._insert("mobile_requests", {
                "voter_id": voter.voter_id, "at": at, "reason": reason.strip(),
                "member_id": member.member_id, "override_reason": override_reason,
            })
            self._audit("mobile-requested", member.member_id, at, [("mobile_requests", request_id, digest)],
                        {"voter_id": voter.voter_id, "late": override_reason is not None})
        return MobileRequestRecorded(request_id, voter.voter_id, at)
