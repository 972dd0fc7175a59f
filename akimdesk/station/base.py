"""What every station use case shares: the store, the clock, the audit chain and cached facts."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from akimdesk.core import check_ins as rules
from akimdesk.core.check_ins import BallotMode, CheckInKind, StationState
from akimdesk.core.election import Election, parse_election
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.timeline import local_moment, parse_utc_text, to_local, utc_text
from akimdesk.recording import Clock, DrillClock, RecordKeeper
from akimdesk.signing.keys import DEFAULT_SCRYPT_N
from akimdesk.station.views import TurnoutFigures, Voter
from akimdesk.storage.store import Store

__all__ = ["Clock", "StationBase", "clean_iin"]


class StationBase(RecordKeeper):
    """The shared state of one desk over one open store, and the queries every use case may ask."""

    def __init__(self, store: Store, clock: Clock, *, key_cost: int = DEFAULT_SCRYPT_N) -> None:
        super().__init__(store, clock)
        self.key_cost = key_cost
        self._election: Election | None = None
        if store.is_writable and store.setting("device_id") is None:
            self._create_device()

    def _forget(self) -> None:
        super()._forget()
        self._election = None

    def _check_clock(self) -> None:
        # A pinned clock back-dates every record: it serves drills and tests, never a real election.
        if isinstance(self.clock, DrillClock) and self.has_election() and not self.election().is_demo:
            raise RuleRefused("drill-clock-real-election")

    @property
    def device_id(self) -> str:
        """This laptop's random desk id."""
        return self._known("device_id", lambda: self.store.setting("device_id") or "")

    def election(self) -> Election:
        """The loaded election, or a refusal when none is loaded."""
        if self._election is None:
            row = self.store.current_package()
            if row is None:
                raise RuleRefused("election-not-loaded")
            self._election = parse_election(json.loads(row["content"]))
        return self._election

    def has_election(self) -> bool:
        """Whether a package has been loaded."""
        return self._known("has_election", self.store.has_package)

    def state(self) -> StationState:
        """empty, setup, open, closed, counting or finalised."""
        return self._known("state", lambda: rules.station_state(
            self.has_election(), self.store.station_events(), self.store.protocol_status()))

    def voter(self, iin: str) -> Voter:
        """The voter with this IIN, or a refusal."""
        row = self.store.voter_by_iin(self._list_id(), clean_iin(iin))
        if row is None:
            raise RuleRefused("voter-not-on-list")
        return self._voter(row)

    def turnout(self, at: dt.time | None = None) -> TurnoutFigures:
        """Turnout now, or at a local time of election day, computed from the events."""
        election = self.election()
        list_id = self._list_id()
        until: str | None = None
        label: str | None = None
        if at is not None:
            moment = local_moment(election.date, at, election.time_zone)
            if moment > self.clock():
                raise RuleRefused("turnout-time-future", at=at.strftime("%H:%M"))
            until, label = utc_text(moment), at.strftime("%H:%M")
        if until is None:
            # Kept until a write that is more than a check-in (adding a voter forgets it).
            voters = self._known("voter_counts", lambda: self.store.voter_counts(list_id))
        else:
            voters = self.store.voter_counts(list_id, until)
        issued = self.store.ballots_issued(until)
        return TurnoutFigures(label, voters["listed"] + voters["added"], voters["added"],
                              issued["station"], issued["mobile"])

    def reporting_turnout(self) -> list[TurnoutFigures]:
        """Turnout at each reporting hour already passed."""
        election = self.election()
        now = self.clock()
        return [
            self.turnout(hour) for hour in election.reporting_hours
            if local_moment(election.date, hour, election.time_zone) <= now
        ]

    def _create_device(self) -> None:
        device_id = uuid.uuid4().hex
        at = utc_text(self.clock())
        with self._writing():
            self.store.set_setting("device_id", device_id)
            self._audit("database-created", "system", at, [], {"device_id": device_id})

    def _local_text(self, stored_at: str) -> str:
        """A stored UTC time as the commission reads it: local date and time."""
        moment = to_local(parse_utc_text(stored_at), self.election().time_zone)
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    def _current_list(self) -> dict[str, Any]:
        current = self._known("list", self.store.current_list)
        if current is None:
            raise RuleRefused("voter-list-missing")
        return current

    def _list_id(self) -> int:
        """The id of the voter list in force, or a refusal when none is imported."""
        return int(self._current_list()["list_id"])

    def _ballots_received(self) -> int:
        def compute() -> int:
            opening = next((e for e in self.store.station_events() if e["state"] == StationState.OPEN), None)
            return int(opening["ballots_received"]) if opening else self.election().ballots_delivered

        return self._known("ballots_received", compute)

    def _ballots_left(self) -> int:
        return self._ballots_received() - self.store.ballots_outstanding()

    def _prior_ballot(
        self, check_in_id: int, at: str, device_id: str, member_id: str, mode: str
    ) -> rules.PriorBallot:
        """The ballot a voter holds, as the desk shows it: local time and the issuing member's name."""
        member = self.election().member(member_id)
        return rules.PriorBallot(check_in_id, at, self._local_text(at), device_id, member_id,
                                 member.name if member else "", BallotMode(mode))

    def _voter(self, row: dict[str, Any]) -> Voter:
        ballot = None
        if row["last_kind"] == CheckInKind.ISSUE:
            ballot = self._prior_ballot(row["last_check_in_id"], row["last_at"], row["last_device_id"],
                                        row["last_member_id"], row["last_mode"])
        return Voter(
            voter_id=row["voter_id"], iin=row["iin"], surname=row["surname"],
            given_name=row["given_name"], patronymic=row["patronymic"], birth_date=row["birth_date"],
            address=row["address"], book=row["book"], iin_problem=row["iin_problem"],
            added_reason=row["added_reason"], ballot=ballot,
            has_absentee_certificate=row["absentee_certificate_id"] is not None,
        )


def clean_iin(text: str) -> str:
    """An IIN as typed or scanned, without spaces; bad input if it is not 12 digits."""
    iin = "".join(text.split())
    if not (len(iin) == 12 and iin.isdigit()):
        raise BadInput("iin-not-12-digits")
    return iin
