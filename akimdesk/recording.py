"""What every service that writes shares: one store, the clock, audited transactions, cached facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from akimdesk.core.audit import AuditEvent, next_event
from akimdesk.storage.audit_queries import AuditQueries
from akimdesk.storage.audit_rows import row_digest_of
from akimdesk.storage.store import Store

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class DrillClock:
    """A clock pinned to one moment (AKIMDESK_NOW) for drills and tests: only a demo election accepts it."""

    moment: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.moment
T = TypeVar("T")


class AuditedWriter:
    """A service over one store with an audit chain, whose every write is one transaction with one audit event."""

    def __init__(self, store: AuditQueries, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        # The writer holds the file's only write lock, so facts it read stay true until it writes.
        self._cache: dict[str, Any] = {}

    def audit_head(self) -> str | None:
        """The hash of the newest audit event: print it on reports."""
        last = self._last_audit_event()
        return None if last is None else last.hash

    def _known(self, key: str, compute: Callable[[], T]) -> T:
        if not self.store.is_writable:
            return compute()
        if key not in self._cache:
            self._cache[key] = compute()
        return cast(T, self._cache[key])

    def _forget(self) -> None:
        """Drop cached facts after a write that may change them."""
        self._cache.clear()

    @contextmanager
    def _writing(self, *, keeps_facts: bool = False) -> Iterator[None]:
        """One transaction; cached facts are dropped after it unless it only appends."""
        self._check_clock()
        try:
            with self.store.transaction():
                yield
        except BaseException:
            self._forget()
            raise
        if not keeps_facts:
            self._forget()

    def _check_clock(self) -> None:
        """Refuse a write whose clock may not be used here (a service with a rule overrides this)."""

    def _last_audit_event(self) -> AuditEvent | None:
        return self._known("audit_last", self.store.last_audit_event)

    def _insert(self, table: str, row: dict[str, Any]) -> tuple[int, str]:
        """Insert an audited row; return its id and the digest of the row as stored."""
        row_id = self.store.insert(table, row)
        columns = self.store.columns(table)
        stored = {column: row.get(column) for column in columns}
        stored[columns[0]] = row_id
        return row_id, row_digest_of(stored)

    def _audit(self, kind: str, actor: str, at: str, rows: list[tuple[str, int, str]], payload: dict[str, Any]) -> None:
        recorded = [{"table": table, "row_id": row_id, "row_sha256": digest} for table, row_id, digest in rows]
        event = next_event(self._last_audit_event(), kind, actor, at, {**payload, "rows": recorded})
        self.store.append_audit_event(event)
        self._cache["audit_last"] = event


class RecordKeeper(AuditedWriter):
    """The station's service over its store."""

    store: Store

    def __init__(self, store: Store, clock: Clock) -> None:
        super().__init__(store, clock)
