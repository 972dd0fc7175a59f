"""What every station use case shares: the store, the clock, the audit chain and cached facts."""

from __future__ import annotations

import json
import uuid
from typing import Any

from akimdesk.core import check_ins as rules
from akimdesk.core.election import Election, parse_election
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.timeline import parse_utc_text, to_local, utc_text
from akimdesk.recording import Clock, RecordKeeper
from akimdesk.signing.keys import DEFAULT_SCRYPT_N
from akimdesk.station.views import Voter
from akimdesk.storage.store import Store


class StationBase(RecordKeeper):
    """The shared state of one desk over one open store."""

    def __init__(self, store: Store, clock: Clock, *, key_cost: int = DEFAULT_SCRYPT_N) -> None:
        super().__init__(store, clock)
        self.key_cost = key_cost
        self._election: Election | None = None
        if store.is_writable and store.setting("device_id") is None:
            self._create_device()

    def _forget(self) -> None:
        super()._forget()
        self._election = None

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

    def state(self) -> str:
        """empty, setup, open or closed."""
        return self._known("state", lambda: rules.station_state(
            self.has_election(), self.store.station_events(), self.store.protocol_status()))

    def voter(self, iin: str) -> Voter:
        """The voter with this IIN, or a refusal."""
        row = self.store.voter_by_iin(self._current_list()["list_id"], clean_iin(iin))
        if row is None:
            raise RuleRefused("voter-not-on-list")
        return self._voter(row)

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

    def _ballots_received(self) -> int:
        def compute() -> int:
            opening = next((e for e in self.store.station_events() if e["state"] == "open"), None)
            return opening["ballots_received"] if opening else self.election().ballots_delivered

        return self._known("ballots_received", compute)

    def _ballots_left(self) -> int:
        return self._ballots_received() - self.store.ballots_outstanding()

    def _prior_ballot(self, check_in_id: int, at: str, device_id: str, member_id: str, mode: str) -> rules.PriorBallot:
        """The ballot a voter holds, as the desk shows it: local time and the issuing member's name."""
        member = self.election().member(member_id)
        return rules.PriorBallot(check_in_id, at, self._local_text(at), device_id, member_id,
                                 member.name if member else "", mode)

    def _voter(self, row: dict[str, Any]) -> Voter:
        ballot = None
        if row["last_kind"] == "issue":
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
