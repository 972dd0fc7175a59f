"""The station's SQLite file: opening it safely, and every query the service needs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
from sqlite_utils import Database

from akimdesk.core.audit import AuditEvent
from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed
from akimdesk.storage.migrations import LATEST_VERSION, migrations, schema_version

VOTER_COLUMNS = (
    "voter_id", "list_id", "source_row", "iin", "surname", "given_name", "patronymic",
    "birth_date", "address", "book", "iin_problem", "added_reason", "added_detail",
    "added_at", "added_by",
)


class Store:
    """One open station database; a writable store holds the file's writer lock."""

    def __init__(self, db: Database, path: Path, lock: filelock.BaseFileLock | None) -> None:
        self.db = db
        self.path = path
        self._lock = lock
        self._columns: dict[str, tuple[str, ...]] = {}

    @property
    def is_writable(self) -> bool:
        """Whether this store holds the writer lock."""
        return self._lock is not None

    def close(self) -> None:
        """Close the connection and release the writer lock."""
        self.db.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One durable transaction: all of it is written, or none of it."""
        if not self.is_writable:
            raise RuleRefused("database-read-only", file=str(self.path))
        with self.db.atomic():
            yield

    def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        """The first row of a query as a dict, or None."""
        cursor = self.db.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row))

    def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Every row of a query as dicts."""
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def columns(self, table: str) -> tuple[str, ...]:
        """The column names of a table."""
        if table not in self._columns:
            self._columns[table] = tuple(r[1] for r in self.db.execute(f"PRAGMA table_info({table})"))
        return self._columns[table]

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row; return its key."""
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        return cursor.lastrowid

    # settings
    def setting(self, key: str) -> str | None:
        """A per-database setting such as the device id."""
        row = self.fetch_one("SELECT value FROM settings WHERE key = ?", [key])
        return None if row is None else row["value"]

    def set_setting(self, key: str, value: str) -> None:
        """Store a per-database setting."""
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])

    # audit chain
    def last_audit_event(self) -> AuditEvent | None:
        """The newest event of the chain."""
        row = self.fetch_one("SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1")
        return None if row is None else _audit_event(row)

    def append_audit_event(self, event: AuditEvent) -> None:
        """Add one event to the chain."""
        self.insert(
            "audit_events",
            {
                "seq": event.seq, "kind": event.kind, "actor": event.actor, "at": event.at,
                "payload": json.dumps(event.payload, sort_keys=True, ensure_ascii=False),
                "prev_hash": event.prev_hash, "hash": event.hash,
            },
        )

    def audit_events(self) -> Iterator[AuditEvent]:
        """Every event in the order of the table (as stored, not as claimed)."""
        cursor = self.db.execute("SELECT * FROM audit_events ORDER BY rowid")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield _audit_event(dict(zip(names, row)))

    # election package and key
    def current_package(self) -> dict[str, Any] | None:
        """The newest loaded package row."""
        return self.fetch_one("SELECT * FROM packages ORDER BY package_seq DESC LIMIT 1")

    def has_package(self) -> bool:
        """Whether any package has been loaded."""
        return self.fetch_one("SELECT 1 AS loaded FROM packages LIMIT 1") is not None

    def current_precinct_key(self) -> dict[str, Any] | None:
        """The precinct's certificate and its key, encrypted under the commission passphrase."""
        return self.fetch_one("SELECT * FROM precinct_keys ORDER BY key_seq DESC LIMIT 1")

    # voter lists
    def current_list(self) -> dict[str, Any] | None:
        """The voter list in force (the newest import)."""
        return self.fetch_one("SELECT * FROM voter_lists ORDER BY list_id DESC LIMIT 1")

    def insert_voters(self, rows: Iterable[tuple], tokens: Iterable[tuple[str, int, int]]) -> None:
        """Bulk-insert list rows (in VOTER_COLUMNS order) and their name tokens."""
        marks = ", ".join("?" for _ in VOTER_COLUMNS)
        self.db.conn.executemany(
            f"INSERT INTO voters ({', '.join(VOTER_COLUMNS)}, search_name) VALUES ({marks}, ?)", rows
        )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO voter_name_tokens (token, voter_id, position) VALUES (?, ?, ?)", tokens
        )

    def next_voter_id(self) -> int:
        """The id the next inserted voter will get."""
        row = self.fetch_one("SELECT coalesce(max(voter_id), 0) + 1 AS next FROM voters")
        return row["next"]

    def optimize(self) -> None:
        """Refresh the query planner's statistics after a bulk change."""
        self.db.execute("ANALYZE")

    def drop_name_tokens(self, list_id: int) -> None:
        """Forget the search index of a replaced list (the rows themselves stay)."""
        self.db.execute(
            "DELETE FROM voter_name_tokens WHERE voter_id IN (SELECT voter_id FROM voters WHERE list_id = ?)",
            [list_id],
        )

    def voter_by_iin(self, list_id: int, iin: str) -> dict[str, Any] | None:
        """The voter with this IIN on the list, with where their ballot stands."""
        return self.fetch_one(_VOTER_WITH_STATUS + " WHERE v.list_id = ? AND v.iin = ?", [list_id, iin])

    def voter_by_id(self, voter_id: int) -> dict[str, Any] | None:
        """One voter, with where their ballot stands."""
        return self.fetch_one(_VOTER_WITH_STATUS + " WHERE v.voter_id = ?", [voter_id])

    def voters_by_ids(self, voter_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Several voters with their ballot status, in the order given."""
        if not voter_ids:
            return []
        marks = ", ".join("?" for _ in voter_ids)
        rows = self.fetch_all(_VOTER_WITH_STATUS + f" WHERE v.voter_id IN ({marks})", list(voter_ids))
        by_id = {row["voter_id"]: row for row in rows}
        return [by_id[i] for i in voter_ids if i in by_id]

    def voter_ids_by_tokens(self, list_id: int, tokens: Sequence[str], limit: int) -> list[int]:
        """Voters each of whose query tokens prefixes a different word of the name, in token order."""
        joins, where, params = [], [], []
        for i, token in enumerate(tokens):
            alias = f"t{i}"
            if i:
                distinct = " AND ".join(f"{alias}.position <> t{j}.position" for j in range(i))
                joins.append(
                    f"JOIN voter_name_tokens {alias} ON {alias}.voter_id = t0.voter_id AND {distinct}"
                )
            where.append(f"{alias}.token >= ? AND {alias}.token < ?")
            params += [token, token + "\uffff"]
        # Walk the token index in order and stop once enough voters are found: no sort, no full scan.
        cursor = self.db.execute(
            "SELECT t0.voter_id FROM voter_name_tokens t0 " + " ".join(joins)
            + " WHERE " + " AND ".join(where) + " ORDER BY t0.token, t0.voter_id",
            params,
        )
        found: dict[int, None] = {}
        for (voter_id,) in cursor:
            found[voter_id] = None
            if len(found) >= limit:
                break
        cursor.close()
        return list(found)

    def flagged_voters(self, list_id: int) -> list[dict[str, Any]]:
        """Voters whose IIN failed the checksum or date rules."""
        return self.fetch_all(
            _VOTER_WITH_STATUS + " WHERE v.list_id = ? AND v.iin_problem IS NOT NULL ORDER BY v.voter_id", [list_id]
        )

    def list_rows(self, list_id: int) -> Iterator[tuple]:
        """The imported rows of a list (not the voters added on the day), in order."""
        return self.db.execute(
            f"SELECT {', '.join(VOTER_COLUMNS)} FROM voters WHERE list_id = ? AND source_row IS NOT NULL"
            " ORDER BY voter_id",
            [list_id],
        )

    # station states
    def station_events(self) -> list[dict[str, Any]]:
        """Openings and closings, oldest first."""
        return self.fetch_all("SELECT * FROM station_events ORDER BY station_event_id")

    # check-ins
    def ballots_outstanding(self) -> int:
        """Ballots held by voters now: issues less undos."""
        row = self.fetch_one(
            "SELECT (SELECT count(*) FROM check_ins WHERE kind = 'issue')"
            " - (SELECT count(*) FROM check_ins WHERE kind = 'undo') AS n"
        )
        return row["n"]

    def next_device_seq(self, device_id: str) -> int:
        """The next sequence number of this desk."""
        row = self.fetch_one(
            "SELECT coalesce(max(device_seq), 0) + 1 AS next FROM check_ins WHERE device_id = ?", [device_id]
        )
        return row["next"]

    def rows(self, table: str, key: str) -> list[dict[str, Any]]:
        """Every row of an audited event table, in key order."""
        return self.fetch_all(f"SELECT * FROM {table} ORDER BY {key}")

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
        listed = self.fetch_one("SELECT row_count AS n FROM voter_lists WHERE list_id = ?", [list_id])["n"]
        condition, params = ("AND added_at <= ?", [until]) if until else ("", [])
        added = self.fetch_one(
            f"SELECT count(*) AS n FROM voters WHERE list_id = ? AND source_row IS NULL {condition}",
            [list_id, *params],
        )["n"]
        return {"listed": listed, "added": added}

    # absentee certificates and mobile requests
    def mobile_requests_of(self, voter_id: int) -> list[dict[str, Any]]:
        """Mobile-box requests of one voter."""
        return self.fetch_all("SELECT * FROM mobile_requests WHERE voter_id = ? ORDER BY request_id", [voter_id])

    # the count and the protocol
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

    def voters_for_paper(self, list_id: int) -> list[dict[str, Any]]:
        """Every voter of the list with their status."""
        return self.fetch_all(_VOTER_WITH_STATUS + " WHERE v.list_id = ?", [list_id])

    def day_counts(self) -> dict[str, int]:
        """Undone check-ins, absentee certificates and flagged IINs of the day."""
        return self.fetch_one(
            "SELECT (SELECT count(*) FROM check_ins WHERE kind = 'undo') AS undone,"
            " (SELECT count(*) FROM absentee_certificates) AS absentee,"
            " (SELECT count(*) FROM voters WHERE iin_problem IS NOT NULL"
            "  AND list_id = (SELECT max(list_id) FROM voter_lists)) AS flagged"
        )

    def mobile_request_count(self) -> int:
        """Mobile-box requests recorded."""
        return self.count("mobile_requests")

    # exports and backups
    def last_export_sequence(self) -> int:
        """The highest bundle sequence number used by this station (or set as the floor on restore)."""
        row = self.fetch_one("SELECT coalesce(max(sequence), 0) AS n FROM exports")
        floor = int(self.setting("sequence_floor") or 0)
        return max(row["n"], floor)

    def snapshot(self) -> bytes:
        """A consistent copy of the whole database file, taken with SQLite's backup API."""
        import os
        import tempfile

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

    def count(self, table: str) -> int:
        """Rows in a table."""
        return self.fetch_one(f"SELECT count(*) AS n FROM {table}")["n"]


# A voter row with the newest check-in (issue or undo) and any absentee certificate.
_VOTER_WITH_STATUS = (
    "SELECT v.*, c.check_in_id AS last_check_in_id, c.kind AS last_kind, c.at AS last_at,"
    " c.device_id AS last_device_id, c.member_id AS last_member_id, c.mode AS last_mode,"
    " a.certificate_id AS absentee_certificate_id"
    " FROM voters v"
    " LEFT JOIN check_ins c ON c.check_in_id ="
    " (SELECT max(check_in_id) FROM check_ins WHERE voter_id = v.voter_id)"
    " LEFT JOIN absentee_certificates a ON a.voter_id = v.voter_id"
)


def _audit_event(row: dict[str, Any]) -> AuditEvent:
    return AuditEvent(
        seq=row["seq"], kind=row["kind"], actor=row["actor"], at=row["at"],
        payload=json.loads(row["payload"]), prev_hash=row["prev_hash"], hash=row["hash"],
    )


def open_store(path: Path, *, writable: bool, kind: str = "station") -> Store:
    """Open (and for a writer, create or upgrade) the database at `path`.

    A writer takes an operating-system lock beside the file, so a second writer is refused;
    readers need no lock. The file is integrity-checked before use. `kind` is "station" or
    "district": each has its own schema, and a file of the other kind is refused.
    """
    schema, latest = _schemas()[kind]
    path = Path(path)
    lock = None
    if writable:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = filelock.FileLock(str(path) + ".lock", timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise RuleRefused("database-in-use", file=str(path)) from None
    try:
        conn = _connect(path, writable)
        db = Database(conn, strict=True)
        _check_integrity(db, path)
        _check_kind(db, path, schema.name)
        if writable:
            db.execute("PRAGMA journal_mode = WAL")
            schema.apply(db)
        elif schema_version(db) != latest:
            raise BadInput("database-version", file=str(path), found=schema_version(db), expected=latest)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Store(db, path, lock)


def _schemas() -> dict[str, tuple[Any, int]]:
    from akimdesk.storage.district_migrations import DISTRICT_LATEST_VERSION, district_migrations

    return {"station": (migrations, LATEST_VERSION), "district": (district_migrations, DISTRICT_LATEST_VERSION)}


def _check_kind(db: Database, path: Path, expected_set: str) -> None:
    # A district database opened as a station (or the other way) would get the wrong tables.
    if not db["_sqlite_migrations"].exists():
        if db.table_names():
            raise BadInput("database-other-kind", file=str(path))
        return
    sets = {row[0] for row in db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations")}
    if sets - {expected_set}:
        raise BadInput("database-other-kind", file=str(path))


def _connect(path: Path, writable: bool) -> sqlite3.Connection:
    if not writable and not path.exists():
        raise BadInput("database-missing", file=str(path))
    try:
        if writable:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as exc:
        raise VerificationFailed("database-damaged", file=str(path), reason=str(exc)) from None
    return conn


def _check_integrity(db: Database, path: Path) -> None:
    try:
        result = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise VerificationFailed("database-damaged", file=str(path), reason=str(exc)) from None
    if result != ["ok"]:
        raise VerificationFailed("database-damaged", file=str(path), reason="; ".join(result[:3]))
