"""What the desk reads: status, voter search, turnout, and the audit check."""

from __future__ import annotations

import datetime as dt
from typing import Any

from akimdesk.core.errors import RuleRefused
from akimdesk.core.iin import looks_like_iin
from akimdesk.core.names import search_tokens
from akimdesk.core.timeline import local_moment, utc_text
from akimdesk.station.base import StationBase
from akimdesk.station.views import TurnoutFigures, Voter
from akimdesk.storage.audit_rows import verify_store

SEARCH_LIMIT = 50


class Reports(StationBase):
    """Read-only use cases; they work beside a running desk."""

    def status(self) -> dict[str, Any]:
        """What the status bar shows: state, election, counts, desk and audit head."""
        info: dict[str, Any] = {"state": self.state(), "device_id": self.device_id,
                                "database": str(self.store.path), "audit_head": self.audit_head()}
        if self.has_election():
            election = self.election()
            current = self.store.current_list()
            info.update(
                election_id=election.election_id, is_demo=election.is_demo,
                title={"kk": election.title_kk, "ru": election.title_ru},
                date=election.date.isoformat(), precinct=election.precinct_number,
                package_version=election.package_version,
                voter_list=None if current is None else {"list_id": current["list_id"], "rows": current["row_count"]},
                ballots_left=self._ballots_left(),
                last_backup=self.store.fetch_one("SELECT max(at) AS at FROM backups")["at"],
            )
        return info

    def find_voters(self, text: str, limit: int = SEARCH_LIMIT) -> list[Voter]:
        """Find by exact IIN (digits) or by name prefixes in any order."""
        current = self._current_list()
        if looks_like_iin(text):
            row = self.store.voter_by_iin(current["list_id"], "".join(text.split()))
            return [] if row is None else [self._voter(row)]
        tokens = search_tokens(text)[:4]
        if not tokens:
            return []
        voter_ids = self.store.voter_ids_by_tokens(current["list_id"], tokens, limit)
        return [self._voter(row) for row in self.store.voters_by_ids(voter_ids)]

    def flagged_voters(self) -> list[Voter]:
        """Voters whose IIN failed the checksum or date rules, for the chair to review."""
        return [self._voter(row) for row in self.store.flagged_voters(self._current_list()["list_id"])]

    def mobile_request(self, iin: str) -> dict[str, Any] | None:
        """A voter's mobile-box request as the desk shows it (local time, reason, member), or None."""
        requests = self.store.mobile_requests_of(self.voter(iin).voter_id)
        if not requests:
            return None
        row = requests[0]
        return {"at_local": self._local_text(row["at"]), "reason": row["reason"], "member_id": row["member_id"],
                "is_late": row["override_reason"] is not None}

    def turnout(self, at: dt.time | None = None) -> TurnoutFigures:
        """Turnout now, or at a local time of election day, computed from the events."""
        election = self.election()
        list_id = self._current_list()["list_id"]
        until = label = None
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

    def verify_audit(self, head: str | None = None) -> dict[str, Any]:
        """Check the audit chain and that every recorded row matches its event."""
        last = verify_store(self.store, head)
        return {"events": 0 if last is None else last.seq, "head": None if last is None else last.hash}
