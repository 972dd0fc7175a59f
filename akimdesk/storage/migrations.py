"""Numbered schema migrations; each one is a step from the schema before it."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("akimdesk")

# Every database, station or district, keeps its settings and its audit chain the same way.
SETTINGS_AND_AUDIT_TABLES = """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE audit_events (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
        ) STRICT;
"""

_APPEND_ONLY = (
    "packages",
    "precinct_keys",
    "voter_lists",
    "voters",
    "station_events",
    "check_ins",
    "absentee_certificates",
    "mobile_requests",
    "audit_events",
)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    """Create the station schema: package, voter lists, events and the audit chain."""
    _execute_statements(
        db,
        """
        CREATE TABLE packages (
            package_seq INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL UNIQUE CHECK (length(package_id) = 64),
            election_id TEXT NOT NULL CHECK (length(election_id) = 64),
            package_version INTEGER NOT NULL CHECK (package_version >= 1),
            content TEXT NOT NULL CHECK (json_valid(content)),
            signature BLOB NOT NULL,
            loaded_at TEXT NOT NULL,
            loaded_by TEXT NOT NULL
        ) STRICT;

        CREATE TABLE precinct_keys (
            key_seq INTEGER PRIMARY KEY,
            certificate_pem TEXT NOT NULL,
            encrypted_key TEXT NOT NULL CHECK (json_valid(encrypted_key)),
            created_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE voter_lists (
            list_id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            row_count INTEGER NOT NULL CHECK (row_count >= 0),
            rows_digest TEXT NOT NULL CHECK (length(rows_digest) = 64),
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        ) STRICT;

        CREATE TABLE voters (
            voter_id INTEGER PRIMARY KEY,
            list_id INTEGER NOT NULL REFERENCES voter_lists(list_id),
            source_row INTEGER CHECK (source_row IS NULL OR source_row >= 1),
            iin TEXT NOT NULL CHECK (length(iin) = 12 AND iin NOT GLOB '*[^0-9]*'),
            surname TEXT NOT NULL CHECK (surname <> ''),
            given_name TEXT NOT NULL CHECK (given_name <> ''),
            patronymic TEXT NOT NULL,
            birth_date TEXT NOT NULL CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            address TEXT NOT NULL,
            book TEXT NOT NULL,
            iin_problem TEXT,
            search_name TEXT NOT NULL,
            added_reason TEXT CHECK (added_reason IN
                ('absentee-certificate', 'address-certificate', 'court-decision', 'other')),
            added_detail TEXT,
            added_at TEXT,
            added_by TEXT,
            CHECK ((source_row IS NULL) = (added_reason IS NOT NULL)),
            UNIQUE (list_id, iin)
        ) STRICT;

        CREATE TABLE voter_name_tokens (
            token TEXT NOT NULL,
            voter_id INTEGER NOT NULL REFERENCES voters(voter_id),
            position INTEGER NOT NULL CHECK (position >= 0),
            PRIMARY KEY (token, voter_id, position)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX voter_name_tokens_voter ON voter_name_tokens(voter_id);

        CREATE TABLE station_events (
            station_event_id INTEGER PRIMARY KEY,
            state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
            at TEXT NOT NULL,
            member_id TEXT NOT NULL,
            ballots_received INTEGER CHECK (ballots_received IS NULL OR ballots_received >= 0),
            laptop_time_confirmed TEXT,
            boxes_sealed INTEGER CHECK (boxes_sealed IN (0, 1)),
            override_reason TEXT,
            CHECK (state <> 'open' OR (ballots_received IS NOT NULL AND boxes_sealed = 1))
        ) STRICT;

        CREATE TABLE check_ins (
            check_in_id INTEGER PRIMARY KEY,
            device_id TEXT NOT NULL,
            device_seq INTEGER NOT NULL CHECK (device_seq >= 1),
            kind TEXT NOT NULL CHECK (kind IN ('issue', 'undo')),
            voter_id INTEGER NOT NULL REFERENCES voters(voter_id),
            at TEXT NOT NULL,
            member_id TEXT NOT NULL,
            mode TEXT CHECK (mode IN ('station', 'mobile')),
            document_type TEXT,
            document_number TEXT,
            helper_name TEXT,
            carrier_1 TEXT,
            carrier_2 TEXT,
            undoes INTEGER REFERENCES check_ins(check_in_id),
            reason TEXT,
            CHECK ((kind = 'issue' AND mode IS NOT NULL AND undoes IS NULL)
                OR (kind = 'undo' AND mode IS NULL AND undoes IS NOT NULL AND reason <> '')),
            CHECK (mode IS NOT 'mobile' OR (carrier_1 IS NOT NULL AND carrier_2 IS NOT NULL
                AND carrier_1 <> carrier_2)),
            UNIQUE (device_id, device_seq)
        ) STRICT;
        CREATE INDEX check_ins_voter ON check_ins(voter_id, check_in_id);
        CREATE INDEX check_ins_kind ON check_ins(kind);

        CREATE TABLE absentee_certificates (
            certificate_id INTEGER PRIMARY KEY,
            voter_id INTEGER NOT NULL UNIQUE REFERENCES voters(voter_id),
            number TEXT NOT NULL CHECK (number <> ''),
            issued_at TEXT NOT NULL,
            member_id TEXT NOT NULL
        ) STRICT;

        CREATE TABLE mobile_requests (
            request_id INTEGER PRIMARY KEY,
            voter_id INTEGER NOT NULL REFERENCES voters(voter_id),
            at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason <> ''),
            member_id TEXT NOT NULL,
            override_reason TEXT
        ) STRICT;
        CREATE INDEX mobile_requests_voter ON mobile_requests(voter_id);
        """
        + SETTINGS_AND_AUDIT_TABLES,
    )
    _append_only(db, _APPEND_ONLY)
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_count_and_protocol")
def m0002_count_and_protocol(db: Database) -> None:
    """Add the count: protocol versions, tally entries, attendance, special opinions, finalised protocols."""
    _execute_statements(
        db,
        """
        CREATE TABLE protocol_versions (
            version INTEGER PRIMARY KEY CHECK (version >= 1),
            template_id TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            amend_reason TEXT,
            CHECK ((version = 1) = (amend_reason IS NULL))
        ) STRICT;

        CREATE TABLE tally_entries (
            entry_id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL REFERENCES protocol_versions(version),
            line_key TEXT NOT NULL CHECK (line_key <> ''),
            entry INTEGER NOT NULL CHECK (entry IN (1, 2)),
            value INTEGER NOT NULL CHECK (value >= 0),
            member_id TEXT NOT NULL,
            at TEXT NOT NULL,
            reason TEXT
        ) STRICT;
        CREATE INDEX tally_entries_version ON tally_entries(version, line_key, entry);

        CREATE TABLE attendance (
            attendance_id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL REFERENCES protocol_versions(version),
            present TEXT NOT NULL CHECK (json_valid(present)),
            at TEXT NOT NULL,
            member_id TEXT NOT NULL
        ) STRICT;

        CREATE TABLE opinions (
            opinion_id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL REFERENCES protocol_versions(version),
            member_id TEXT NOT NULL,
            text TEXT NOT NULL CHECK (text <> ''),
            at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE protocols (
            version INTEGER PRIMARY KEY REFERENCES protocol_versions(version),
            data TEXT NOT NULL CHECK (json_valid(data)),
            protocol_hash TEXT NOT NULL CHECK (length(protocol_hash) = 64),
            qr_text TEXT NOT NULL CHECK (qr_text <> ''),
            signed_pdf BLOB NOT NULL,
            finalised_at TEXT NOT NULL,
            finalised_by TEXT NOT NULL
        ) STRICT;
        """,
    )
    _append_only(db, ("protocol_versions", "tally_entries", "attendance", "opinions", "protocols"))
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_exports_and_backups")
def m0003_exports_and_backups(db: Database) -> None:
    """Add the record of exported bundles and written backups."""
    _execute_statements(
        db,
        """
        CREATE TABLE exports (
            export_id INTEGER PRIMARY KEY,
            sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
            device_id TEXT NOT NULL,
            protocol_version INTEGER NOT NULL REFERENCES protocols(version),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            at TEXT NOT NULL,
            member_id TEXT NOT NULL
        ) STRICT;

        CREATE TABLE backups (
            backup_id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            audit_head TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL
        ) STRICT;
        """,
    )
    _append_only(db, ("exports", "backups"))
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_member_pins")
def m0004_member_pins(db: Database) -> None:
    """Add members' PINs (Argon2id hashes, newest per member in force) and every sign-in attempt."""
    _execute_statements(
        db,
        """
        CREATE TABLE member_pins (
            pin_id INTEGER PRIMARY KEY,
            member_id TEXT NOT NULL CHECK (member_id <> ''),
            pin_hash TEXT NOT NULL CHECK (pin_hash LIKE '$argon2id$%'),
            method TEXT NOT NULL CHECK (method IN ('chair', 'passphrase')),
            set_at TEXT NOT NULL,
            set_by TEXT NOT NULL
        ) STRICT;
        CREATE INDEX member_pins_member ON member_pins(member_id, pin_id);

        CREATE TABLE pin_attempts (
            attempt_id INTEGER PRIMARY KEY,
            pin_id INTEGER NOT NULL REFERENCES member_pins(pin_id),
            is_right INTEGER NOT NULL CHECK (is_right IN (0, 1)),
            at TEXT NOT NULL,
            device_id TEXT NOT NULL
        ) STRICT;
        CREATE INDEX pin_attempts_pin ON pin_attempts(pin_id, is_right, attempt_id);
        """,
    )
    _append_only(db, ("member_pins", "pin_attempts"))
    db.execute("PRAGMA user_version = 4")


def _append_only(db: Database, tables: tuple[str, ...]) -> None:
    for table in tables:
        for action in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}'); END"
            )


def schema_version(db: Database) -> int:
    """The number of the newest applied migration (0 for an empty file)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


LATEST_VERSION = 4


def _execute_statements(db: Database, script: str) -> None:
    # executescript() would COMMIT the migration's transaction half-way: run one at a time.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)
