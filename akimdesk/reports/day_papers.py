"""What the day's papers print: the data the station hands to the turnout, statistics and voter-list builders.

Plain frozen records with no reportlab, so the service can build them without loading the paper machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from akimdesk.core.bilingual import Bilingual


@dataclass(frozen=True)
class PaperHeader:
    """The election and precinct a day paper belongs to."""

    election_type: str
    election_date: str
    election_title: Bilingual
    race_title: Bilingual
    precinct_number: str
    precinct_name: Bilingual
    precinct_address: Bilingual
    election_id: str
    is_demo: bool
    template_id: str


@dataclass(frozen=True)
class TurnoutLine:
    """One row of the turnout report: a reporting hour (HH:MM) or now."""

    at_local: str
    listed: int
    added: int
    issued_station: int
    issued_mobile: int
    percent: float

    @property
    def issued(self) -> int:
        """Ballots held by voters at that moment."""
        return self.issued_station + self.issued_mobile


@dataclass(frozen=True)
class TurnoutPaper:
    """Turnout at each reporting hour passed, and now."""

    header: PaperHeader
    lines: tuple[TurnoutLine, ...]
    now: TurnoutLine
    audit_head: str
    printed_at_local: str


@dataclass(frozen=True)
class StatsFigure:
    """One figure of the statistics sheet with its printed label."""

    code: str
    label: Bilingual
    value: int | float


@dataclass(frozen=True)
class StatsPaper:
    """The statistics sheet of election day."""

    header: PaperHeader
    figures: tuple[StatsFigure, ...]
    audit_head: str
    printed_at_local: str


class VoterMark(StrEnum):
    """What the paper list marks beside a voter."""

    NONE = ""
    ISSUED = "issued"
    MOBILE = "mobile"
    ABSENTEE = "absentee"
    ADDED = "added"


@dataclass(frozen=True)
class VoterListLine:
    """One voter on the paper list."""

    n: int
    iin: str
    full_name: str
    birth_date: str
    address: str
    book: str
    mark: VoterMark
    mark_at_local: str


@dataclass(frozen=True)
class VoterListPaper:
    """The voter list with check-in marks, as a paper fallback."""

    header: PaperHeader
    voters: tuple[VoterListLine, ...]
    audit_head: str
    printed_at_local: str
