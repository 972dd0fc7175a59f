"""The audit event catalogue and its SHA-256 hash chain."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.errors import VerificationFailed

GENESIS_HASH = "0" * 64

# Stable kebab-case ids: reports, bundles and the district read these, so never rename one.
EVENT_KINDS = frozenset(
    {
        "database-created",
        "election-loaded",
        "election-updated",
        "voter-list-imported",
        "voter-list-replaced",
        "voter-added",
        "absentee-issued",
        "station-opened",
        "station-closed",
        "ballot-issued",
        "check-in-undone",
        "mobile-requested",
        "count-started",
        "tally-entered",
        "attendance-recorded",
        "opinion-added",
        "protocol-finalised",
        "protocol-amended",
        "protocol-saved",
        "bundle-sequence-reserved",
        "bundle-exported",
        "backup-key-created",
        "backup-written",
        "backup-configured",
        "database-restored",
        "district-keys-created",
        "district-keys-restored",
        "race-registered",
        "packages-issued",
        "bundle-accepted",
        "bundle-conflict",
        "member-pin-set",
        "member-pin-reset",
        "member-signed-in",
        "member-pin-refused",
        "auto-lock-configured",
    }
)


@dataclass(frozen=True)
class AuditEvent:
    """One link of the chain: what happened, who did it, when, and the hashes that bind it."""

    seq: int
    kind: str
    actor: str
    at: str
    payload: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditCheck:
    """An audit chain checked: how many events, and the newest one's hash."""

    events: int
    head: str | None

    @classmethod
    def of(cls, last: AuditEvent | None) -> AuditCheck:
        """The check's outcome from the newest event of a chain found sound (None: an empty chain)."""
        return cls(0, None) if last is None else cls(last.seq, last.hash)


def event_hash(prev_hash: str, seq: int, kind: str, actor: str, at: str, payload: Mapping[str, Any]) -> str:
    """The hash of one event over its content and its predecessor's hash."""
    return sha256_hex(canonical_json([prev_hash, seq, kind, actor, at, dict(payload)]))


def next_event(
    prev: AuditEvent | None, kind: str, actor: str, at: str, payload: Mapping[str, Any]
) -> AuditEvent:
    """Build the event that follows `prev` (or starts the chain)."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown audit event kind {kind!r}")
    seq = 1 if prev is None else prev.seq + 1
    prev_hash = GENESIS_HASH if prev is None else prev.hash
    return AuditEvent(seq, kind, actor, at, dict(payload), prev_hash, event_hash(prev_hash, seq, kind, actor, at, payload))


def verify_chain(events: Iterable[AuditEvent], head: str | None = None) -> AuditEvent | None:
    """Check every link in order and, if given, that the chain reaches `head`; return the last event.

    Raises VerificationFailed naming the first bad event.
    """
    prev_hash, expected_seq, last = GENESIS_HASH, 1, None
    seen_head = head is None
    for event in events:
        if event.seq != expected_seq:
            raise VerificationFailed("audit-sequence-broken", seq=event.seq, expected=expected_seq)
        if event.prev_hash != prev_hash:
            raise VerificationFailed("audit-link-broken", seq=event.seq)
        if event.kind not in EVENT_KINDS:
            raise VerificationFailed("audit-kind-unknown", seq=event.seq, kind=event.kind)
        recomputed = event_hash(event.prev_hash, event.seq, event.kind, event.actor, event.at, event.payload)
        if recomputed != event.hash:
            raise VerificationFailed("audit-event-altered", seq=event.seq)
        if head is not None and event.hash == head:
            seen_head = True
        prev_hash, expected_seq, last = event.hash, expected_seq + 1, event
    if not seen_head:
        raise VerificationFailed("audit-head-missing", head=head, last_seq=0 if last is None else last.seq)
    return last
