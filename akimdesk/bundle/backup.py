"""The encrypted backup file: its format, sealing a snapshot into it and opening it; no database is touched.

Layout (format "akimdesk-backup", version 1)::

    file   = magic header_size header ciphertext
    magic  = "AKIMDESK-BACKUP" LF                    (16 bytes)
    header = canonical JSON of BACKUP_HEADER_FIELDS (4-byte big-endian size before it)
    ciphertext = AES-256-GCM of the SQLite file under the backup data key, with magic, size and header
                 as associated data; the data key travels in the header sealed under the commission passphrase.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import VerificationFailed

BACKUP_MAGIC = b"AKIMDESK-BACKUP\n"
BACKUP_FORMAT = "akimdesk-backup"
BACKUP_FORMAT_VERSION = 1
BACKUP_HEADER_FIELDS = (
    "format", "format_version", "election_id", "precinct", "created_at", "audit_head", "sequence_floor", "key",
    "nonce",
)


@dataclass(frozen=True)
class BackupHeader:
    """What a backup file says about itself in clear (the key inside is sealed)."""

    election_id: str
    precinct: str
    created_at: str
    audit_head: str | None
    sequence_floor: int


def seal_backup_bytes(header: BackupHeader, database: bytes, key: bytes, key_envelope: Mapping[str, Any]) -> bytes:
    """The backup file's bytes: the header in clear and the database encrypted under `key`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    fields = {
        "format": BACKUP_FORMAT, "format_version": BACKUP_FORMAT_VERSION, "election_id": header.election_id,
        "precinct": header.precinct, "created_at": header.created_at, "audit_head": header.audit_head,
        "sequence_floor": header.sequence_floor, "key": dict(key_envelope), "nonce": nonce.hex(),
    }
    header_bytes = canonical_json(fields)
    prefix = BACKUP_MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
    return prefix + AESGCM(key).encrypt(nonce, database, prefix)


def open_backup_bytes(data: bytes, passphrase: str) -> tuple[BackupHeader, bytes]:
    """Open a backup file with the commission passphrase: its header and the database bytes (slow: scrypt)."""
    header, database, _, _ = open_backup_with_key(data, passphrase)
    return header, database


def open_backup_with_key(data: bytes, passphrase: str) -> tuple[BackupHeader, bytes, bytes, dict[str, Any]]:
    """Like open_backup_bytes, and also the backup's data key and its sealed envelope."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from akimdesk.signing.passphrase_envelope import open_with_passphrase

    start = len(BACKUP_MAGIC) + 4
    if not data.startswith(BACKUP_MAGIC) or len(data) < start:
        raise VerificationFailed("backup-unreadable")
    size = int.from_bytes(data[len(BACKUP_MAGIC):start], "big")
    try:
        fields = json.loads(data[start:start + size].decode("utf-8"))
        if not isinstance(fields, dict):
            raise ValueError
        # Files of the first release carry the format name and version too; anything else is not ours.
        if fields.get("format") != BACKUP_FORMAT:
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise VerificationFailed("backup-unreadable") from None
    if fields.get("format_version") != BACKUP_FORMAT_VERSION:
        raise VerificationFailed("backup-version-unsupported", version=str(fields.get("format_version")))
    try:
        header = BackupHeader(
            election_id=str(fields["election_id"]), precinct=str(fields["precinct"]),
            created_at=str(fields["created_at"]), audit_head=fields["audit_head"],
            sequence_floor=int(fields["sequence_floor"]),
        )
        nonce = bytes.fromhex(fields["nonce"])
        key = open_with_passphrase(fields["key"], passphrase)
    except (ValueError, KeyError, TypeError):
        raise VerificationFailed("backup-unreadable") from None
    prefix = data[:start + size]
    try:
        return header, AESGCM(key).decrypt(nonce, data[start + size:], prefix), key, dict(fields["key"])
    except (InvalidTag, ValueError):
        raise VerificationFailed("backup-altered") from None
