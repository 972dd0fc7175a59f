"""Numbered schema migrations of the district's database (a separate file from any station's)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from akimdesk.storage.migrations import SETTINGS_AND_AUDIT_TABLES, _append_only, _execute_statements

district_migrations = Migrations("akimdesk-district")
DISTRICT_LATEST_VERSION = 1


@district_migrations(name="0001_district")
def m0001_district(db: Database) -> None:
    """Create the district schema: its keys, races, issued packages, accepted bundles, conflicts, audit chain."""
    _execute_statements(
        db,
        """
        CREATE TABLE district_keys (
            key_seq INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            signing_certificate_pem TEXT NOT NULL,
            signing_key TEXT NOT NULL CHECK (json_valid(signing_key)),
            encryption_certificate_pem TEXT NOT NULL,
            encryption_key TEXT NOT NULL CHECK (json_valid(encryption_key)),
            origin TEXT NOT NULL CHECK (origin IN ('created', 'restored')),
            created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE races (
            race_seq INTEGER PRIMARY KEY,
            election_id TEXT NOT NULL CHECK (length(election_id) = 64),
            definition TEXT NOT NULL CHECK (json_valid(definition)),
            precincts TEXT NOT NULL CHECK (json_valid(precincts)),
            registered_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE issued_packages (
            package_seq INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL UNIQUE CHECK (length(package_id) = 64),
            election_id TEXT NOT NULL,
            precinct TEXT NOT NULL,
            package_version INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            certificate_pem TEXT NOT NULL,
            issued_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE bundles (
            bundle_id INTEGER PRIMARY KEY,
            election_id TEXT NOT NULL,
            precinct TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            protocol_version INTEGER NOT NULL CHECK (protocol_version >= 1),
            file_sha256 TEXT NOT NULL UNIQUE CHECK (length(file_sha256) = 64),
            manifest TEXT NOT NULL CHECK (json_valid(manifest)),
            protocol_data TEXT NOT NULL CHECK (json_valid(protocol_data)),
            raw_figures TEXT NOT NULL CHECK (json_valid(raw_figures)),
            ballot_iin_hashes TEXT NOT NULL CHECK (json_valid(ballot_iin_hashes)),
            accepted_at TEXT NOT NULL,
            accepted_by TEXT NOT NULL,
            UNIQUE (election_id, precinct, sequence)
        ) STRICT;

        CREATE TABLE conflicts (
            conflict_id INTEGER PRIMARY KEY,
            election_id TEXT NOT NULL,
            precinct TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            file_sha256 TEXT NOT NULL,
            accepted_sha256 TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL
        ) STRICT;
        """
        + SETTINGS_AND_AUDIT_TABLES,
    )
    _append_only(db, ("district_keys", "races", "issued_packages", "bundles", "conflicts", "audit_events"))
    db.execute("PRAGMA user_version = 1")
