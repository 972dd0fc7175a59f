"""What the district keeps: its keys, its races, the bundles it accepted and the conflicts it recorded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class KeyOrigin(StrEnum):
    """How the district's keys came into this database."""

    CREATED = "created"
    RESTORED = "restored"


@dataclass(frozen=True)
class SealedKeys:
    """The district's name, certificates and private keys (sealed under the district passphrase, as JSON text)."""

    name: str
    signing_certificate_pem: str
    signing_key: str
    encryption_certificate_pem: str
    encryption_key: str


@dataclass(frozen=True)
class DistrictKeys:
    """The district's newest key record."""

    key_seq: int
    sealed: SealedKeys
    origin: KeyOrigin
    created_at: str

    @property
    def name(self) -> str:
        """The district commission's name."""
        return self.sealed.name


@dataclass(frozen=True)
class Race:
    """The newest record of a race: its election definition and the precincts expected to report."""

    race_seq: int
    election_id: str
    definition: Mapping[str, Any]
    precincts: tuple[str, ...]
    registered_at: str

    @property
    def time_zone(self) -> str:
        """The election's IANA time zone."""
        return str(self.definition["election"]["time_zone"])

    @property
    def is_demo(self) -> bool:
        """Whether the race belongs to a demo election."""
        return bool(self.definition["election"].get("is_demo"))

    @property
    def election_title(self) -> Mapping[str, str]:
        """The election's title in Kazakh and Russian."""
        return dict(self.definition["election"]["title"])

    @property
    def election_date(self) -> str:
        """The election day (ISO date)."""
        return str(self.definition["election"]["date"])

    @property
    def title(self) -> Mapping[str, str]:
        """The race's title in Kazakh and Russian."""
        return dict(self.definition["race"]["title"])


@dataclass(frozen=True)
class AcceptedBundle:
    """One bundle the district accepted from a precinct, with what it recounted from the raw events."""

    bundle_id: int
    election_id: str
    precinct: str
    sequence: int
    protocol_version: int
    file_sha256: str
    manifest: Mapping[str, Any]
    protocol_data: Mapping[str, Any]
    raw_figures: Mapping[str, int]
    ballot_iin_hashes: frozenset[str]
    accepted_at: str
    accepted_by: str

    @property
    def protocol_hash(self) -> str | None:
        """The hash of the protocol the bundle carries, as its manifest names it."""
        latest = self.manifest.get("latest_protocol") or {}
        digest = latest.get("protocol_hash")
        return None if digest is None else str(digest)

    @property
    def precinct_name(self) -> Mapping[str, str]:
        """The precinct's name in Kazakh and Russian, from its protocol."""
        return dict((self.protocol_data.get("precinct") or {}).get("name") or {})


@dataclass(frozen=True)
class BundleConflict:
    """A bundle refused because another one with the same bundle number was accepted from the precinct."""

    conflict_id: int
    election_id: str
    precinct: str
    sequence: int
    file_sha256: str
    accepted_sha256: str
    at: str
    actor: str


@dataclass(frozen=True)
class AcceptedMark:
    """What the record step of an import re-checks: a bundle the district held from a precinct."""

    sequence: int
    protocol_version: int
    file_sha256: str
