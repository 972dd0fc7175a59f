"""What the station hands back from bundles, backups, restores and drive listings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class BundleExportOutcome:
    """A bundle written to the stick, read back and recorded: the stick may be removed."""

    file: str
    sequence: int
    protocol_version: int
    sha256: str
    bytes: int
    safe_to_remove: bool


@dataclass(frozen=True)
class BundleReport:
    """A bundle whose signature, certificate and every part verified."""

    verified: bool
    precinct: str
    sequence: int
    protocol_versions: tuple[int, ...]
    election_id: str
    audit_head: str | None
    sha256: str


@dataclass(frozen=True)
class BackupPlan:
    """A backup about to be taken: where it goes, its key, what its header names and the file to snapshot.

    Before the first backup there is no data key yet (`key` is None): the work makes one, proving the
    passphrase against the precinct key and sealing the new key under it (slow scrypt, off the interface)."""

    database: Path
    key: bytes | None
    key_envelope: dict[str, object]
    election_id: str
    precinct: str
    at: str
    path: Path
    precinct_key_envelope: dict[str, object] | None = None
    passphrase: str | None = field(default=None, repr=False)
    key_cost: int = 0


@dataclass(frozen=True)
class BackupWork:
    """A backup's file and encrypted bytes, written and read back, and what its record will say."""

    path: Path
    data: bytes
    audit_head: str | None
    at: str
    new_key: bytes | None = field(default=None, repr=False)
    new_key_envelope: dict[str, object] | None = None


@dataclass(frozen=True)
class BackupInfo:
    """A backup written, read back and recorded."""

    file: str
    audit_head: str | None
    sha256: str
    bytes: int
    every_minutes: int | None = None


@dataclass(frozen=True)
class RestoreWork:
    """A backup opened with the passphrase: its header facts and the database inside."""

    election_id: str
    audit_head: str | None
    sequence_floor: int
    database: bytes
    key: bytes = field(default=b"", repr=False)
    key_envelope: dict[str, object] | None = None


@dataclass(frozen=True)
class RestoreOutcome:
    """A spare laptop's new database, restored from a backup as a new desk."""

    database: str
    device_id: str
    state: str
    audit_head: str | None


@dataclass(frozen=True)
class DriveInfo:
    """A removable drive mounted now, as the export page and `akimdesk drives` show it."""

    label: str
    mount_point: str
    free_bytes: int
    total_bytes: int
