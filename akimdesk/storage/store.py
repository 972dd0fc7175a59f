"""The station's SQLite file: opening it safely, and every query the service needs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
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

    def _insert(self, table: str, row: dict[str, Any]) -> int:
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
        self._insert(
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

    def insert_package(self, row: dict[str, Any]) -> int:
        """Record a loaded package."""
        return self._insert("packages", row)

    def current_precinct_key(self) -> dict[str, Any] | None:
        """The precinct's certificate and its key, encrypted under the commission passphrase."""
        return self.fetch_one("SELECT * FROM precinct_keys ORDER BY key_seq DESC LIMIT 1")

    def insert_precinct_key(self, row: dict[str, Any]) -> int:
        """Store the precinct key envelope."""
        return self._insert("precinct_keys", row)

    # voter lists
    def current_list(self) -> dict[str, Any] | None:
        """The voter list in force (the newest import)."""
        return self.fetch_one("SELECT * FROM voter_lists ORDER BY list_id DESC LIMIT 1")

    def insert_voter_list(self, row: dict[str, Any]) -> int:
        """Record an imported list."""
        return self._insert("voter_lists", row)

    def insert_voters(self, rows: Sequence[tuple], tokens: Sequence[tuple[str, int, int]]) -> None:
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

    def drop_name_tokens(self, list_id: int) -> None:
        """Forget the search index of a replaced list (the rows themselves stay)."""
        self.db.execute(
            "DELETE FROM voter_name_tokens WHERE voter_id IN (SELECT voter_id FROM voters WHERE list_id = ?)",
            [list_id],
        )

    def voter_by_iin(self, list_id: int, iin: str) -> dict[str, Any] | None:
        """The voter with this IIN on the list, if any."""
        return self.fetch_one("SELECT * FROM voters WHERE list_id = ? AND iin = ?", [list_id, iin])

    def voter_by_id(self, voter_id: int) -> dict[str, Any] | None:
        """One voter row."""
        return self.fetch_one("SELECT * FROM voters WHERE voter_id = ?", [voter_id])

    def find_voters_by_tokens(self, list_id: int, tokens: Sequence[str], limit: int) -> list[dict[str, Any]]:
        """Voters each of whose query tokens prefixes a different word of the name."""
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
        sql = (
            "SELECT DISTINCT v.* FROM voter_name_tokens t0 " + " ".join(joins)
            + " JOIN voters v ON v.voter_id = t0.voter_id"
            + " WHERE " + " AND ".join(where) + " AND v.list_id = ?"
            + " ORDER BY t0.token, v.voter_id LIMIT ?"
        )
        return self.fetch_all(sql, params + [list_id, limit])

    def flagged_voters(self, list_id: int) -> list[dict[str, Any]]:
        """Voters whose IIN failed the checksum or date rules."""
        return self.fetch_all(
            "SELECT * FROM voters WHERE list_id = ? AND iin_problem IS NOT NULL ORDER BY voter_id", [list_id]
        )

    def list_rows(self, list_id: int) -> Iterator[tuple]:
        """The imported rows of a list (not the voters added on the day), in order."""
        return self.db.execute(
            f"SELECT {', '.join(VOTER_COLUMNS)} FROM voters WHERE list_id = ? AND source_row IS NOT NULL"
            " ORDER BY voter_id",
            [list_id],
        )

    def voters_added(self) -> list[dict[str, Any]]:
        """Every voter added on the day."""
        return self.fetch_all(f"SELECT {', '.join(VOTER_COLUMNS)} FROM voters WHERE source_row IS NULL ORDER BY voter_id")

    def insert_added_voter(self, row: dict[str, Any]) -> int:
        """Add a voter who was not on the list."""
        return self._insert("voters", row)

    # station states
    def station_events(self) -> list[dict[str, Any]]:
        """Openings and closings, oldest first."""
        return self.fetch_all("SELECT * FROM station_events ORDER BY station_event_id")

    def insert_station_event(self, row: dict[str, Any]) -> int:
        """Record an opening or closing."""
        return self._insert("station_events", row)

    # check-ins
    def last_check_in(self, voter_id: int) -> dict[str, Any] | None:
        """The newest check-in or undo of a voter."""
        return self.fetch_one(
            "SELECT * FROM check_ins WHERE voter_id = ? ORDER BY check_in_id DESC LIMIT 1", [voter_id]
        )

    def next_device_seq(self, device_id: str) -> int:
        """The next sequence number of this desk."""
        row = self.fetch_one(
            "SELECT coalesce(max(device_seq), 0) + 1 AS next FROM check_ins WHERE device_id = ?", [device_id]
        )
        return row["next"]

    def insert_check_in(self, row: dict[str, Any]) -> int:
        """Append a check-in or undo event."""
        return self._insert("check_ins", row)

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
        listed = self.fetch_one(
            "SELECT count(*) AS n FROM voters WHERE list_id = ? AND source_row IS NOT NULL", [list_id]
        )["n"]
        condition, params = ("AND added_at <= ?", [until]) if until else ("", [])
        added = self.fetch_one(
            f"SELECT count(*) AS n FROM voters WHERE list_id = ? AND source_row IS NULL {condition}",
            [list_id, *params],
        )["n"]
        return {"listed": listed, "added": added}

    # absentee certificates and mobile requests
    def absentee_certificate(self, voter_id: int) -> dict[str, Any] | None:
        """The absentee certificate issued to a voter, if any."""
        return self.fetch_one("SELECT * FROM absentee_certificates WHERE voter_id = ?", [voter_id])

    def insert_absentee_certificate(self, row: dict[str, Any]) -> int:
        """Record an absentee certificate issued before the day."""
        return self._insert("absentee_certificates", row)

    def mobile_requests_of(self, voter_id: int) -> list[dict[str, Any]]:
        """Mobile-box requests of one voter."""
        return self.fetch_all("SELECT * FROM mobile_requests WHERE voter_id = ? ORDER BY request_id", [voter_id])

    def insert_mobile_request(self, row: dict[str, Any]) -> int:
        """Record a mobile-box request."""
        return self._insert("mobile_requests", row)

    def count(self, table: str) -> int:
        """Rows in a table."""
        return self.fetch_one(f"SELECT count(*) AS n FROM {table}")["n"]


def _audit_event(row: dict[str, Any]) -> AuditEvent:
    return AuditEvent(
        seq=row["seq"], kind=row["kind"], actor=row["actor"], at=row["at"],
        payload=json.loads(row["payload"]), prev_hash=row["prev_hash"], hash=row["hash"],
    )


def open_store(path: Path, *, writable: bool) -> Store:
    """Open (and for a writer, create or upgrade) the database at `path`.

    A writer takes an operating-system lock beside the file, so a second writer is refused;
    readers need no lock. The file is integrity-checked before use.
    """
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
        if writable:
            db.execute("PRAGMA journal_mode = WAL")
            migrations.apply(db)
        elif schema_version(db) != LATEST_VERSION:
            raise BadInput("database-version", file=str(path), found=schema_version(db), expected=LATEST_VERSION)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Store(db, path, lock)


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
