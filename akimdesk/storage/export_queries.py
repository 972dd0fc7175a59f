"""What bundles and backups read: export sequence numbers, named columns of whole tables, and database snapshots."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from akimdesk.storage.connection import StoreBase

_NAME = re.compile(r"[a-z_][a-z0-9_]*")


class ExportQueries(StoreBase):
    """Reads the rows and copies that leave the station on a bundle or a backup."""

    def last_export_sequence(self) -> int:
        """The highest bundle sequence number used or reserved by this station (or set as the floor on restore)."""
        row = self.fetch_one("SELECT coalesce(max(sequence), 0) AS n FROM exports")
        floor = int(self.setting("sequence_floor") or 0)
        return max(int(row["n"]) if row else 0, floor)

    def is_sequence_exported(self, sequence: int) -> bool:
        """Whether a bundle with this sequence number has been recorded as exported."""
        return self.fetch_one("SELECT 1 AS used FROM exports WHERE sequence = ?", [sequence]) is not None

    def last_backup_at(self) -> str | None:
        """When the newest backup was written (UTC text), or None."""
        row = self.fetch_one("SELECT max(at) AS at FROM backups")
        return None if row is None else row["at"]

    def snapshot(self) -> bytes:
        """A consistent copy of the whole database file, taken with SQLite's backup API."""
        return _copy_database(self.db.conn)

    def export_rows(self, table: str, columns: Sequence[str], *, where: str = "") -> list[tuple[Any, ...]]:
        """The named columns of every row of `table` in key order, as tuples (a bundle part names its fields)."""
        for name in (table, *columns):
            if not _NAME.fullmatch(name):
                raise ValueError(f"not a column name: {name!r}")
        condition = {"": "", "issued": " WHERE kind = 'issue'", "added": " WHERE source_row IS NULL"}[where]
        cursor = self.db.execute(f"SELECT {', '.join(columns)} FROM {table}{condition} ORDER BY rowid")
        return [tuple(row) for row in cursor.fetchall()]

    def added_voter_ids(self) -> list[int]:
        """Ids of the voters added on the day."""
        return [r["voter_id"] for r in self.fetch_all("SELECT voter_id FROM voters WHERE source_row IS NULL")]

    def voter_records(self, voter_ids: Sequence[int], columns: Sequence[str]) -> list[tuple[Any, ...]]:
        """The named columns of the voters with the given ids, in id order."""
        if not voter_ids:
            return []
        for name in columns:
            if not _NAME.fullmatch(name):
                raise ValueError(f"not a column name: {name!r}")
        marks = ", ".join("?" for _ in voter_ids)
        cursor = self.db.execute(
            f"SELECT {', '.join(columns)} FROM voters WHERE voter_id IN ({marks}) ORDER BY voter_id", list(voter_ids))
        return [tuple(row) for row in cursor.fetchall()]


@dataclass(frozen=True)
class DatabaseSnapshot:
    """A copy of the database with the audit head and bundle floor of the same moment."""

    database: bytes
    audit_head: str | None
    sequence_floor: int


def read_snapshot(path: Path) -> DatabaseSnapshot:
    """A consistent snapshot through a read-only connection of its own, opened and closed on the calling thread.

    One read transaction gives the copy, the audit head and the bundle floor of one moment while the station
    goes on writing on its own connection (WAL)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("BEGIN")
        reader = ExportQueries(Database(conn), Path(path), None)
        last = reader.fetch_one("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1")
        snapshot = DatabaseSnapshot(_copy_database(conn), None if last is None else last["hash"],
                                    reader.last_export_sequence())
        conn.execute("COMMIT")
        return snapshot
    finally:
        conn.close()


def _copy_database(conn: sqlite3.Connection) -> bytes:
    handle, temporary = tempfile.mkstemp(suffix=".db")
    os.close(handle)
    try:
        target = sqlite3.connect(temporary)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        with open(temporary, "rb") as copy:
            return copy.read()
    finally:
        os.unlink(temporary)
