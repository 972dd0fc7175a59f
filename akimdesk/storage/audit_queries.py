"""The audit chain's rows: the newest event, appending one, and reading them all back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from akimdesk.core.audit import AuditEvent
from akimdesk.storage.connection import StoreBase


class AuditQueries(StoreBase):
    """Reads and appends the events of the SHA-256 audit chain."""

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
            yield _audit_event(dict(zip(names, row, strict=True)))


def _audit_event(row: dict[str, Any]) -> AuditEvent:
    return AuditEvent(
        seq=row["seq"], kind=row["kind"], actor=row["actor"], at=row["at"],
        payload=json.loads(row["payload"]), prev_hash=row["prev_hash"], hash=row["hash"],
    )
