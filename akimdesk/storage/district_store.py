"""The district's SQLite file: every query of the district desk, and `open_district_store`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from akimdesk.core.audit import AuditEvent
from akimdesk.core.district_records import (
    AcceptedBundle,
    AcceptedMark,
    BundleConflict,
    DistrictKeys,
    KeyOrigin,
    Race,
    SealedKeys,
)
from akimdesk.storage.audit_queries import AuditQueries
from akimdesk.storage.connection import open_database

if TYPE_CHECKING:
    from akimdesk.storage.store import Store

__all__ = ["DistrictStore", "open_district_store"]


class DistrictStore(AuditQueries):
    """One open district database; a writable store holds the file's writer lock."""

    # keys
    def newest_keys(self) -> DistrictKeys | None:
        """The district's newest key record, or None before the keys are made."""
        row = self.fetch_one("SELECT * FROM district_keys ORDER BY key_seq DESC LIMIT 1")
        if row is None:
            return None
        sealed = SealedKeys(row["name"], row["signing_certificate_pem"], row["signing_key"],
                            row["encryption_certificate_pem"], row["encryption_key"])
        return DistrictKeys(row["key_seq"], sealed, KeyOrigin(row["origin"]), row["created_at"])

    def has_keys(self) -> bool:
        """Whether any key record exists."""
        return self.fetch_one("SELECT 1 AS x FROM district_keys LIMIT 1") is not None

    @staticmethod
    def key_row(sealed: SealedKeys, origin: KeyOrigin, at: str) -> dict[str, Any]:
        """The key record's row, ready for the audited insert."""
        return {"name": sealed.name, "signing_certificate_pem": sealed.signing_certificate_pem,
                "signing_key": sealed.signing_key, "encryption_certificate_pem": sealed.encryption_certificate_pem,
                "encryption_key": sealed.encryption_key, "origin": str(origin), "created_at": at}

    # races
    def newest_race(self, election_id: str | None = None) -> Race | None:
        """The newest record of a race (of the newest race when none is named)."""
        if election_id is None:
            row = self.fetch_one("SELECT * FROM races ORDER BY race_seq DESC LIMIT 1")
        else:
            row = self.fetch_one("SELECT * FROM races WHERE election_id = ? ORDER BY race_seq DESC LIMIT 1",
                                 [election_id])
        if row is None:
            return None
        return Race(row["race_seq"], row["election_id"], json.loads(row["definition"]),
                    tuple(json.loads(row["precincts"])), row["registered_at"])

    def races(self) -> tuple[Race, ...]:
        """The newest record of every race."""
        rows = self.fetch_all("SELECT election_id FROM races GROUP BY election_id ORDER BY max(race_seq)")
        found = (self.newest_race(row["election_id"]) for row in rows)
        return tuple(race for race in found if race is not None)

    # bundles and conflicts
    def accepted_bundles(self, election_id: str) -> tuple[AcceptedBundle, ...]:
        """Every accepted bundle of a race, oldest first."""
        rows = self.fetch_all("SELECT * FROM bundles WHERE election_id = ? ORDER BY bundle_id", [election_id])
        return tuple(_accepted(row) for row in rows)

    def accepted_marks(self, election_id: str) -> dict[str, tuple[AcceptedMark, ...]]:
        """Per precinct, the bundles accepted from it (number, protocol version, file hash), oldest first."""
        marks: dict[str, list[AcceptedMark]] = {}
        for row in self.fetch_all("SELECT precinct, sequence, protocol_version, file_sha256 FROM bundles"
                                  " WHERE election_id = ? ORDER BY bundle_id", [election_id]):
            marks.setdefault(row["precinct"], []).append(
                AcceptedMark(row["sequence"], row["protocol_version"], row["file_sha256"]))
        return {precinct: tuple(found) for precinct, found in marks.items()}

    def conflicts(self, election_id: str) -> tuple[BundleConflict, ...]:
        """Bundles refused because another with the same number was already accepted, oldest first."""
        rows = self.fetch_all("SELECT * FROM conflicts WHERE election_id = ? ORDER BY conflict_id", [election_id])
        return tuple(BundleConflict(r["conflict_id"], r["election_id"], r["precinct"], r["sequence"],
                                    r["file_sha256"], r["accepted_sha256"], r["at"], r["actor"]) for r in rows)

    def verify_audit(self, head: str | None = None) -> AuditEvent | None:
        """Verify the district's audit chain and that every recorded row matches its event; the newest event."""
        from akimdesk.storage.audit_rows import DISTRICT_AUDITED_TABLES, verify_store

        # The check reads the audit events and the audited tables only, which every store has alike.
        return verify_store(cast("Store", self), head, tables=DISTRICT_AUDITED_TABLES)


def open_district_store(path: Path, *, writable: bool) -> DistrictStore:
    """Open (and for a writer, create or upgrade) the district database at `path`; a station's file is refused."""
    path = Path(path)
    db, lock = open_database(path, writable=writable, kind="district")
    return DistrictStore(db, path, lock)


def _accepted(row: dict[str, Any]) -> AcceptedBundle:
    return AcceptedBundle(
        bundle_id=row["bundle_id"], election_id=row["election_id"], precinct=row["precinct"],
        sequence=row["sequence"], protocol_version=row["protocol_version"], file_sha256=row["file_sha256"],
        manifest=json.loads(row["manifest"]), protocol_data=json.loads(row["protocol_data"]),
        raw_figures=json.loads(row["raw_figures"]), ballot_iin_hashes=frozenset(json.loads(row["ballot_iin_hashes"])),
        accepted_at=row["accepted_at"], accepted_by=row["accepted_by"],
    )
