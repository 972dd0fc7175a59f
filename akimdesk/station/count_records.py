"""What the count and the protocol hand to the shells and the papers: frozen records, read by attribute."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum

from akimdesk.core.bilingual import Bilingual
from akimdesk.core.protocol import Override, RatioOutcome
from akimdesk.core.tally import LineStatus


@dataclass(frozen=True)
class SheetLine:
    """One line of the tally sheet as a member sees it (the other entry hidden until both exist)."""

    number: str
    key: str
    label: Bilingual
    is_withdrawn: bool
    derived_from: str | None
    prefill: int | None
    entry_1: int | None
    entry_2: int | None
    entry_1_by: str | None
    entry_2_by: str | None
    status: LineStatus
    value: int | None


@dataclass(frozen=True)
class TallySheet:
    """The sheet of the version being counted, with the control ratios on what is settled so far."""

    version: int | None
    lines: tuple[SheetLine, ...]
    mismatches: tuple[str, ...]
    ratios: tuple[RatioOutcome, ...]

    def line(self, key: str) -> SheetLine:
        """The line with this key (KeyError when the template has none)."""
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)


@dataclass(frozen=True)
class TallyEntered:
    """One entry recorded, and where its line stands now."""

    line: str
    key: str
    entry: int
    value: int
    status: LineStatus


@dataclass(frozen=True)
class Attendance:
    """The members present for the count, against the quorum."""

    present: tuple[str, ...]
    count: int
    needed: int
    members: int
    has_quorum: bool


@dataclass(frozen=True)
class OpinionAdded:
    """A special opinion recorded for a protocol version."""

    opinion_id: int
    member_id: str
    version: int


@dataclass(frozen=True)
class FinaliseOutcome:
    """A protocol finalised and signed."""

    version: int
    protocol_hash: str
    qr_text: str
    overrides: tuple[Override, ...]
    finalised_at_local: str | None


@dataclass(frozen=True)
class AmendOutcome:
    """A repeat protocol opened."""

    version: int
    replaces: int
    reason: str


@dataclass(frozen=True)
class ProtocolVersion:
    """One protocol version: why it was opened, and its hash once finalised."""

    version: int
    amend_reason: str | None
    protocol_hash: str | None
    finalised_at_local: str | None


class ProtocolPdfKind(StrEnum):
    """Which protocol PDF the service built."""

    SIGNED = "signed"
    COPIES = "copies"
    DRAFT = "draft"


@dataclass(frozen=True)
class SavedProtocol:
    """A protocol PDF written to a file and read back: which version, what kind, and the file's hash."""

    path: str
    kind: ProtocolPdfKind
    version: int
    file_sha256: str
    size: int


@dataclass(frozen=True)
class StationFigures:
    """What the station's own records say, which lines 1, 2, 4 and 5 start from and the ratios compare with."""

    voters_listed: int
    voters_added: int
    ballots_received: int
    ballots_issued_station: int
    ballots_issued_mobile: int
    mobile_requests: int

    def by_key(self) -> dict[str, int]:
        """The figures under the names a protocol template's lines and ratios use."""
        return {f.name: getattr(self, f.name) for f in fields(self)}
