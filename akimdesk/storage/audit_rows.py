"""Binding stored rows to their audit events, and checking the binding."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from akimdesk.core.audit import AuditEvent, verify_chain
from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.errors import VerificationFailed
from akimdesk.storage.store import Store

# Each audited table and its key; every row must be named by exactly one event.
AUDITED_TABLES = {
    "packages": "package_seq",
    "precinct_keys": "key_seq",
    "voter_lists": "list_id",
    "station_events": "station_event_id",
    "check_ins": "check_in_id",
    "absentee_certificates": "certificate_id",
    "mobile_requests": "request_id",
    "voters": "voter_id",
    "protocol_versions": "version",
    "tally_entries": "entry_id",
    "attendance": "attendance_id",
    "opinions": "opinion_id",
    "protocols": "version",
    "exports": "export_id",
    "backups": "backup_id",
    "member_pins": "pin_id",
    "pin_attempts": "attempt_id",
}


DISTRICT_AUDITED_TABLES = {
    "district_keys": "key_seq",
    "races": "race_seq",
    "issued_packages": "package_seq",
    "bundles": "bundle_id",
    "conflicts": "conflict_id",
}


class RowsDigest:
    """A running SHA-256 over list rows, one canonical JSON line each."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, record: Iterable[Any]) -> None:
        """Add one row's values, in column order."""
        self._hash.update(canonical_json(list(record)) + b"\n")

    def hexdigest(self) -> str:
        """The digest so far."""
        return self._hash.hexdigest()


def row_digest_of(row: dict[str, Any]) -> str:
    """The SHA-256 of one row's columns and values (bytes as hex)."""
    plain = {k: (v.hex() if isinstance(v, bytes) else v) for k, v in row.items()}
    return sha256_hex(canonical_json(plain))


def verify_store(store: Store, head: str | None = None, tables: dict[str, str] = AUDITED_TABLES) -> AuditEvent | None:
    """Verify the chain, then that rows and events match one to one; name the first bad event."""
    events = list(store.audit_events())
    last = verify_chain(events, head)
    recorded: dict[tuple[str, int], tuple[int, str]] = {}
    list_events: dict[int, int] = {}
    for event in events:
        for item in event.payload.get("rows", []):
            recorded[(item["table"], item["row_id"])] = (event.seq, item["row_sha256"])
        if event.kind in ("voter-list-imported", "voter-list-replaced"):
            list_events[event.payload["list_id"]] = event.seq
    for table, key in tables.items():
        condition = " WHERE source_row IS NULL" if table == "voters" else ""
        for row in store.fetch_all(f"SELECT * FROM {table}{condition} ORDER BY {key}"):
            found = recorded.pop((table, row[key]), None)
            if found is None:
                raise VerificationFailed("audit-row-unrecorded", table=table, row_id=row[key])
            seq, digest = found
            if row_digest_of(row) != digest:
                raise VerificationFailed("audit-row-mismatch", seq=seq, table=table, row_id=row[key])
    if recorded:
        (table, row_id), (seq, _) = min(recorded.items(), key=lambda item: item[1][0])
        raise VerificationFailed("audit-row-missing", seq=seq, table=table, row_id=row_id)
    for voter_list in store.rows("voter_lists", "list_id") if "voter_lists" in tables else []:
        list_digest = RowsDigest()
        for record in store.list_rows(voter_list["list_id"]):
            list_digest.add(record)
        if list_digest.hexdigest() != voter_list["rows_digest"]:
            seq = list_events.get(voter_list["list_id"], 0)
            raise VerificationFailed("audit-list-rows-mismatch", seq=seq, list_id=voter_list["list_id"])
    return last
