"""What the district desk hands to its window, its command line and its papers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from akimdesk.core.district_records import KeyOrigin


@dataclass(frozen=True)
class KeysInfo:
    """The district's name and the fingerprint of its root certificate, as every act prints it."""

    name: str
    fingerprint: str


@dataclass(frozen=True)
class KeysOutcome:
    """The keys made by `init` or taken from a key backup."""

    name: str
    fingerprint: str
    origin: KeyOrigin


@dataclass(frozen=True)
class KeyBackupSaved:
    """The key backup written to a file."""

    file: str


class ImportStatus(StrEnum):
    """What became of one bundle."""

    ACCEPTED = "accepted"
    ALREADY_ACCEPTED = "already-accepted"
    CONFLICT = "conflict"
    REFUSED = "refused"


TROUBLED = frozenset({ImportStatus.REFUSED, ImportStatus.CONFLICT})


@dataclass(frozen=True)
class ImportOutcome:
    """One bundle's outcome: accepted (perhaps replacing an older protocol), a no-op, a conflict, or refused."""

    file: str
    status: ImportStatus
    precinct: str | None = None
    sequence: int | None = None
    protocol_version: int | None = None
    supersedes: int | None = None
    code: str | None = None
    params: Mapping[str, Any] | None = None

    @property
    def is_troubled(self) -> bool:
        """Whether the district must look at this bundle (refused, or in conflict)."""
        return self.status in TROUBLED


@dataclass(frozen=True)
class BundleCheck:
    """A bundle verified without importing it: the precinct and election it names, its number and protocol."""

    file: str
    election_id: str
    precinct: str
    sequence: int
    protocol_version: int
    protocol_hash: str
    file_sha256: str


@dataclass(frozen=True)
class IssuedPackage:
    """One precinct's package file and its handover act."""

    precinct: str
    package: str
    act: str


@dataclass(frozen=True)
class PackagesIssued:
    """The packages and acts written for one race, and the fingerprint every act prints."""

    election_id: str
    fingerprint: str
    issued: tuple[IssuedPackage, ...]


@dataclass(frozen=True)
class SummarySaved:
    """The summary paper written to a file."""

    out: str
    bytes: int
