"""The data of the district's papers: the summary of the race and a precinct's handover act."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from akimdesk.core.bilingual import Bilingual


class PaperStatus(StrEnum):
    """A precinct's standing in the summary paper's words: an amended protocol is accepted, its flag says so."""

    ACCEPTED = "accepted"
    CONFLICT = "conflict"
    MISSING = "missing"




@dataclass(frozen=True)
class PaperFlag:
    """A flag for the district commission, worded in both languages."""

    code: str
    text: Bilingual


@dataclass(frozen=True)
class PaperLine:
    """A protocol line summed over the counted precincts."""

    key: str
    number: str
    label: Mapping[str, str]
    total: int | None


@dataclass(frozen=True)
class PaperCandidate:
    """A candidate with the votes over the counted precincts."""

    id: str
    label: Mapping[str, str]
    votes: int | None
    is_withdrawn: bool
    is_leader: bool


@dataclass(frozen=True)
class PaperTurnout:
    """Listed voters, ballots issued and the percentage (None when nobody is listed)."""

    listed: int
    issued: int
    percent: Decimal | None


@dataclass(frozen=True)
class PaperPrecinct:
    """One precinct's row: its status, newest accepted protocol and flags."""

    number: str
    name: Mapping[str, str]
    status: PaperStatus
    version: int | None
    sequence: int | None
    protocol_hash: str | None
    flags: tuple[PaperFlag, ...]


@dataclass(frozen=True)
class SummaryPaper:
    """Everything the district's summary paper prints."""

    district_name: str
    election_title: Mapping[str, str]
    election_date: str
    race_title: Mapping[str, str]
    election_id: str
    is_demo: bool
    lines: tuple[PaperLine, ...]
    candidates: tuple[PaperCandidate, ...]
    turnout: PaperTurnout
    precincts: tuple[PaperPrecinct, ...]
    flags: tuple[PaperFlag, ...]
    audit_head: str
    printed_at_local: str


@dataclass(frozen=True)
class HandoverAct:
    """Everything a precinct's handover act prints; the passphrase is printed on it only."""

    district_name: str
    election: Mapping[str, object]
    race: Mapping[str, object]
    precinct: Mapping[str, object]
    one_time_passphrase: str
    fingerprint: str
    package_file: str
    package_id: str
    election_id: str
    issued_at_local: str
    is_demo: bool
