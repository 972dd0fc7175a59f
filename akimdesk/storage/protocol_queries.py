"""The count and the protocol: versions, tally entries, attendance, opinions and the finalised protocol."""

from __future__ import annotations

from typing import Any

from akimdesk.storage.connection import StoreBase


class ProtocolQueries(StoreBase):
    """Reads the append-only rows of the count, one protocol version at a time."""

    def protocol_status(self) -> tuple[int, bool] | None:
        """The newest protocol version and whether it is finalised; None before the count."""
        row = self.fetch_one(
            "SELECT v.version AS version, p.version IS NOT NULL AS finalised FROM protocol_versions v"
            " LEFT JOIN protocols p ON p.version = v.version ORDER BY v.version DESC LIMIT 1"
        )
        return None if row is None else (row["version"], bool(row["finalised"]))

    def protocol_version(self, version: int) -> dict[str, Any] | None:
        """One protocol version's opening record."""
        return self.fetch_one("SELECT * FROM protocol_versions WHERE version = ?", [version])

    def tally_entries(self, version: int) -> list[dict[str, Any]]:
        """Every tally entry of a version, oldest first."""
        return self.fetch_all("SELECT * FROM tally_entries WHERE version = ? ORDER BY entry_id", [version])

    def attendance(self, version: int) -> dict[str, Any] | None:
        """The newest record of who is present for a version."""
        return self.fetch_one(
            "SELECT * FROM attendance WHERE version = ? ORDER BY attendance_id DESC LIMIT 1", [version]
        )

    def opinions(self, version: int) -> list[dict[str, Any]]:
        """Special opinions recorded with a version."""
        return self.fetch_all("SELECT * FROM opinions WHERE version = ? ORDER BY opinion_id", [version])

    def protocol(self, version: int) -> dict[str, Any] | None:
        """A finalised protocol."""
        return self.fetch_one("SELECT * FROM protocols WHERE version = ?", [version])
