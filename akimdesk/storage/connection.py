"""Opening the station's SQLite file safely, and the row helpers every query builds on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
from sqlite_utils import Database

from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed
from akimdesk.core.message import Message
from akimdesk.storage.migrations import LATEST_VERSION, migrations, schema_version


class StoreBase:
    """One open database connection, with the writer lock when the store may write."""

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
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def fetch_aggregate(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any]:
        """The one row an aggregate query (count, max...) always returns."""
        row = self.fetch_one(sql, params)
        if row is None:
            raise LookupError(f"an aggregate query returned no row: {sql}")
        return row

    def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Every row of a query as dicts."""
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

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
        if cursor.lastrowid is None:
            raise LookupError(f"no key for the row inserted into {table}")
        return cursor.lastrowid

    def rows(self, table: str, key: str) -> list[dict[str, Any]]:
        """Every row of an audited event table, in key order."""
        return self.fetch_all(f"SELECT * FROM {table} ORDER BY {key}")

    def count(self, table: str) -> int:
        """Rows in a table."""
        return int(self.fetch_aggregate(f"SELECT count(*) AS n FROM {table}")["n"])

    # settings
    def setting(self, key: str) -> str | None:
        """A per-database setting such as the device id."""
        row = self.fetch_one("SELECT value FROM settings WHERE key = ?", [key])
        return None if row is None else row["value"]

    def set_setting(self, key: str, value: str) -> None:
        """Store a per-database setting."""
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])


def open_database(path: Path, *, writable: bool, kind: str) -> tuple[Database, filelock.BaseFileLock | None]:
    """Open (and for a writer, lock, create or upgrade) the database at `path`; see `open_store`."""
    schema, latest = _schemas()[kind]
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
    return db, lock


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
            conn = sqlite3.connect(str(path), isolation_level=None)
        else:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error:
        raise VerificationFailed("database-damaged", file=str(path), reason=Message("database-reason-unreadable")) from None
    return conn


def _check_integrity(db: Database, path: Path) -> None:
    try:
        result = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError:
        raise VerificationFailed("database-damaged", file=str(path), reason=Message("database-reason-unreadable")) from None
    if result != ["ok"]:
        raise VerificationFailed("database-damaged", file=str(path), reason=Message("database-reason-pages-damaged"))
