"""Check-ins and what is derived from them: ballots issued, turnout counts, station openings and closings."""

from __future__ import annotations

from typing import Any

from akimdesk.storage.connection import StoreBase


class CheckInQueries(StoreBase):
    """Counts ballots and voters from the append-only check-in and station events."""

    def station_events(self) -> list[dict[str, Any]]:
        """Openings and closings, oldest first."""
        return self.fetch_all("SELECT * FROM station_events ORDER BY station_event_id")

    def ballots_outstanding(self) -> int:
        """Ballots held by voters now: issues less undos."""
        row = self.fetch_aggregate(
            "SELECT (SELECT count(*) FROM check_ins WHERE kind = 'issue')"
            " - (SELECT count(*) FROM check_ins WHERE kind = 'undo') AS n"
        )
        return int(row["n"])

    def next_device_seq(self, device_id: str) -> int:
        """The next sequence number of this desk."""
        row = self.fetch_aggregate(
            "SELECT coalesce(max(device_seq), 0) + 1 AS next FROM check_ins WHERE device_id = ?", [device_id]
        )
        return int(row["next"])

    def ballots_issued(self, until: str | None = None) -> dict[str, int]:
        """Voters holding a ballot (by mode) from the events up to `until` (UTC text), or all."""
        condition, params = ("WHERE at <= ?", [until]) if until else ("", [])
        rows = self.fetch_all(
            "SELECT c.mode AS mode, count(*) AS n FROM check_ins c WHERE c.kind = 'issue' AND c.check_in_id IN"
            f" (SELECT max(check_in_id) FROM check_ins {condition} GROUP BY voter_id) GROUP BY c.mode",
            params,
        )
        counts = {"station": 0, "mobile": 0}
        counts.update({r["mode"]: r["n"] for r in rows})
        return counts

    def voter_counts(self, list_id: int, until: str | None = None) -> dict[str, int]:
        """Listed voters and voters added on the day (up to `until`, or all)."""
        # Every imported row is a listed voter: the list's own row count says how many, without a scan.
        voter_list = self.fetch_one("SELECT row_count AS n FROM voter_lists WHERE list_id = ?", [list_id])
        if voter_list is None:
            raise LookupError(f"no voter list {list_id}")
        condition, params = ("AND added_at <= ?", [until]) if until else ("", [])
        added = self.fetch_aggregate(
            f"SELECT count(*) AS n FROM voters WHERE list_id = ? AND source_row IS NULL {condition}",
            [list_id, *params],
        )
        return {"listed": int(voter_list["n"]), "added": int(added["n"])}

    def day_counts(self) -> dict[str, int]:
        """Undone check-ins, absentee certificates and flagged IINs of the day."""
        row = self.fetch_aggregate(
            "SELECT (SELECT count(*) FROM check_ins WHERE kind = 'undo') AS undone,"
            " (SELECT count(*) FROM absentee_certificates) AS absentee,"
            " (SELECT count(*) FROM voters WHERE iin_problem IS NOT NULL"
            "  AND list_id = (SELECT max(list_id) FROM voter_lists)) AS flagged"
        )
        return {name: int(value) for name, value in row.items()}

    # absentee certificates and mobile requests
    def mobile_requests_of(self, voter_id: int) -> list[dict[str, Any]]:
        """Mobile-box requests of one voter."""
        return self.fetch_all("SELECT * FROM mobile_requests WHERE voter_id = ? ORDER BY request_id", [voter_id])

    def mobile_request_count(self) -> int:
        """Mobile-box requests recorded."""
        return self.count("mobile_requests")
