"""What the desk reads: status, voter search, mobile requests, and the audit check."""

from __future__ import annotations

from akimdesk.core.audit import AuditCheck
from akimdesk.core.iin import looks_like_iin
from akimdesk.core.names import search_tokens
from akimdesk.station.base import StationBase
from akimdesk.station.records import ElectionTitle, MobileRequest, StationStatus, VoterListInfo
from akimdesk.station.views import Voter
from akimdesk.storage.audit_rows import verify_store

SEARCH_LIMIT = 50


class Reports(StationBase):
    """Read-only use cases; they work beside a running desk."""

    def status(self) -> StationStatus:
        """What the status bar shows: state, election, counts, desk and audit head."""
        state, device_id, database, head = self.state(), self.device_id, str(self.store.path), self.audit_head()
        if not self.has_election():
            return StationStatus(state, device_id, database, head)
        election = self.election()
        current = self.store.current_list()
        return StationStatus(
            state, device_id, database, head,
            election_id=election.election_id, is_demo=election.is_demo,
            title=ElectionTitle(election.title_kk, election.title_ru),
            date=election.date.isoformat(), precinct=election.precinct_number,
            package_version=election.package_version,
            voter_list=None if current is None else VoterListInfo(current["list_id"], current["row_count"]),
            ballots_left=self._ballots_left(), last_backup=self.store.last_backup_at(),
        )

    def find_voters(self, text: str, limit: int = SEARCH_LIMIT) -> list[Voter]:
        """Find by exact IIN (digits) or by name prefixes in any order."""
        list_id = self._list_id()
        if looks_like_iin(text):
            row = self.store.voter_by_iin(list_id, "".join(text.split()))
            return [] if row is None else [self._voter(row)]
        tokens = search_tokens(text)[:4]
        if not tokens:
            return []
        voter_ids = self.store.voter_ids_by_tokens(list_id, tokens, limit)
        return [self._voter(row) for row in self.store.voters_by_ids(voter_ids)]

    def flagged_voters(self) -> list[Voter]:
        """Voters whose IIN failed the checksum or date rules, for the chair to review."""
        return [self._voter(row) for row in self.store.flagged_voters(self._list_id())]

    def mobile_request(self, iin: str) -> MobileRequest | None:
        """A voter's mobile-box request as the desk shows it (local time, reason, member), or None."""
        requests = self.store.mobile_requests_of(self.voter(iin).voter_id)
        if not requests:
            return None
        row = requests[0]
        return MobileRequest(self._local_text(row["at"]), row["reason"], row["member_id"],
                             row["override_reason"] is not None)

    def verify_audit(self, head: str | None = None) -> AuditCheck:
        """Check the audit chain and that every recorded row matches its event."""
        last = verify_store(self.store, head)
        return AuditCheck.of(last)
