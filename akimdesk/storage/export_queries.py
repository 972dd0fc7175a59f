"""What bundles and backups read: export sequence numbers, whole tables, added voters and database snapshots."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Sequence
from typing import Any

from akimdesk.storage.connection import StoreBase
from akimdesk.storage.voter_queries import VOTER_COLUMNS


class ExportQueries(StoreBase):
    """Reads the rows and copies that leave the station on a bundle or a backup."""

    def last_export_sequence(self) -> int:
        """The highest bundle sequence number used by this station (or set as the floor on restore)."""
        row = self.fetch_one("SELECT coalesce(max(sequence), 0) AS n FROM exports")
        floor = int(self.setting("sequence_floor") or 0)
        return max(row["n"], floor)

    def last_backup_at(self) -> str | None:
        """When the newest backup was written (UTC text), or None before the first."""
        row = self.fetch_one("SELECT max(at) AS at FROM backups")
        return None if row is None else row["at"]

    def snapshot(self) -> bytes:
        """A consistent copy of the whole database file, taken with SQLite's backup API."""
        handle, temporary = tempfile.mkstemp(suffix=".db")
        os.close(handle)
        try:
            target = sqlite3.connect(temporary)
            try:
                self.db.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            with open(temporary, "rb") as copy:
                return copy.read()
        finally:
            os.unlink(temporary)

    def all_rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of a table in key order, for export."""
        return self.fetch_all(f"SELECT * FROM {table} ORDER BY rowid")

    def added_voter_ids(self) -> list[int]:
        """Ids of the voters added on the day."""
        return [r["voter_id"] for r in self.fetch_all("SELECT voter_id FROM voters WHERE source_row IS NULL")]

    def voter_records(self, voter_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Voter rows (no status) for the given ids."""
        if not voter_ids:
            return []
        marks = ", ".join("?" for _ in voter_ids)
        return self.fetch_all(
            f"SELECT {', '.join(VOTER_COLUMNS)} FROM voters WHERE voter_id IN ({marks}) ORDER BY voter_id",
            list(voter_ids),
        )
