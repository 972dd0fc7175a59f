"""The district's tables: bundle import outcomes, the race's candidates and lines, the precincts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core.aggregate import AGAINST_ALL, Flag, RaceSummary, SummedLine
from akimdesk.core.standing import StandingKind
from akimdesk.core.timeline import parse_utc_text, to_local
from akimdesk.district.records import ImportOutcome, ImportStatus
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.icons import WARNING, icon
from akimdesk.gui.qt import QAbstractTableModel, QBrush, QColor, QFont, QModelIndex, QPersistentModelIndex, Qt

GOOD, BAD, DOUBT = QColor("#0a4d20"), QColor("#a61b1b"), QColor("#7a5200")
GOOD_FILL, BAD_FILL, DOUBT_FILL = QColor("#e3f3e7"), QColor("#fde2e1"), QColor("#fff3d6")
# What each outcome of a bundle and each status of a precinct looks like.
OUTCOME_COLOURS = {ImportStatus.ACCEPTED: (GOOD, GOOD_FILL), ImportStatus.ALREADY_ACCEPTED: (GOOD, None),
                   ImportStatus.CONFLICT: (DOUBT, DOUBT_FILL), ImportStatus.REFUSED: (BAD, BAD_FILL)}
STATUS_COLOURS = {StandingKind.RECEIVED: (GOOD, None), StandingKind.AMENDED: (DOUBT, DOUBT_FILL),
                  StandingKind.MISSING: (BAD, BAD_FILL), StandingKind.CONFLICTING: (BAD, BAD_FILL)}
_MODEL_INDEX = QModelIndex()


class _Table(QAbstractTableModel):
    """Rows of plain values with headers from `headers()`; subclasses say what each cell shows."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Replace the shown rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        """The row shown at `number`."""
        return self._rows[number]

    def retranslate(self) -> None:
        """Ask the views to fetch headers and cells again in the new language."""
        self.beginResetModel()
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _MODEL_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _MODEL_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.cell(row, index.column())
            return "—" if value is None else str(value)
        return self.styled(row, index.column(), role)

    def styled(self, row: Any, column: int, role: int) -> Any:
        """Colour, font, alignment or tooltip of a cell; nothing by default."""
        return None


def _coloured(colours: tuple[QColor, QColor | None], role: int) -> Any:
    ink, fill = colours
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(ink)
    if role == Qt.ItemDataRole.BackgroundRole and fill is not None:
        return QBrush(fill)
    return None


class OutcomeTableModel(_Table):
    """Each imported bundle: its file, the precinct it came from, and accepted or why not."""

    def headers(self) -> tuple[str, ...]:
        return self.tr("File"), self.tr("Precinct"), self.tr("Result")

    def cell(self, row: ImportOutcome, column: int) -> Any:
        if column == 0:
            return Path(row.file).name
        if column == 1:
            return row.precinct
        return self.result_text(row)

    def result_text(self, row: ImportOutcome) -> str:
        """The outcome worded for the district: refusals carry the catalogue's reason."""
        status = row.status
        if status == ImportStatus.ACCEPTED:
            if row.supersedes:
                return self.tr("Accepted: protocol version {version} replaces version {old}").format(
                    version=row.protocol_version, old=row.supersedes)
            return self.tr("Accepted")
        if status == ImportStatus.ALREADY_ACCEPTED:
            return self.tr("Already accepted earlier (the same file): nothing changed")
        if status == ImportStatus.CONFLICT:
            return self.tr("Conflict: another bundle with sequence {sequence} was accepted earlier").format(
                sequence=row.sequence)
        return self.tr("Refused: {reason}").format(reason=self._desk.say(row.code or "", row.params))

    def styled(self, row: ImportOutcome, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.file if column == 0 else self.result_text(row) if column == 2 else None
        return _coloured(OUTCOME_COLOURS[row.status], role)


@dataclass(frozen=True)
class CandidateRow:
    """One candidate, or "against all", with the votes summed over the counted protocols."""

    position: int | None
    label: Mapping[str, str]
    votes: int
    is_leader: bool = False
    is_withdrawn: bool = False
    is_against_all: bool = False


def candidate_rows(summary: RaceSummary) -> list[CandidateRow]:
    """The candidates in ballot order, then the "against all" line, as the race summary gives them."""
    rows = [CandidateRow(position, c.label, c.votes, c.id == summary.leader, c.is_withdrawn)
            for position, c in enumerate(summary.candidates, start=1)]
    against = summary.line(AGAINST_ALL)
    if against is not None:
        rows.append(CandidateRow(None, against.label, against.total, is_against_all=True))
    return rows


class CandidateTableModel(_Table):
    """The race table: each candidate's votes over every counted precinct, the leader marked."""

    def headers(self) -> tuple[str, ...]:
        return "№", self.tr("Candidate"), self.tr("Votes"), self.tr("Note")

    def cell(self, row: CandidateRow, column: int) -> Any:
        if column == 0:
            return row.position or ""
        if column == 1:
            return self._desk.title(row.label)
        if column == 2:
            return row.votes
        if row.is_leader:
            return self.tr("most votes")
        return self.tr("withdrawn") if row.is_withdrawn else ""

    def styled(self, row: CandidateRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row.is_leader or row.is_withdrawn):
            font = QFont()
            font.setBold(row.is_leader)
            font.setStrikeOut(row.is_withdrawn and column == 1)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.is_leader:
            return QBrush(GOOD_FILL)
        return None


class LineTableModel(_Table):
    """Every protocol line summed over the counted precincts."""

    def headers(self) -> tuple[str, ...]:
        return "№", self.tr("Protocol line"), self.tr("Total")

    def cell(self, row: SummedLine, column: int) -> Any:
        return (row.number, self._desk.title(row.label), row.total)[column]

    def styled(self, row: SummedLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self._desk.title(row.label)
        return None


@dataclass(frozen=True)
class PrecinctRow:
    """One precinct of the race: where its bundles stand, and what the district must look at there."""

    number: str
    name: Mapping[str, str]
    status: StandingKind
    version: int | None
    sequence: int | None
    accepted_at: str | None
    flags: tuple[Flag, ...]


def precinct_rows(desk: DistrictDeskState, summary: RaceSummary) -> list[PrecinctRow]:
    """Every precinct of the race with the status the district service gives it, and its newest accepted bundle."""
    time_zone = desk.district.race(summary.election_id).time_zone
    newest = desk.district.newest_accepted(summary.election_id)
    rows = []
    for standing in desk.district.precinct_standings(summary):
        number, status, found = standing.precinct, standing.status, standing.flags
        bundle = newest.get(number)
        accepted_at = (to_local(parse_utc_text(bundle.accepted_at), time_zone).strftime("%d.%m.%Y %H:%M")
                       if bundle else None)
        rows.append(PrecinctRow(number, bundle.precinct_name if bundle else {}, status,
                                bundle.protocol_version if bundle else None, bundle.sequence if bundle else None,
                                accepted_at, found))
    return rows


class PrecinctTableModel(_Table):
    """Every precinct of the race with its status: received, amended, conflicting or missing."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Precinct"), self.tr("Name"), self.tr("Status"), self.tr("Protocol version"),
                self.tr("Bundle no."), self.tr("Accepted at"), self.tr("To review"))

    def status_text(self, status: StandingKind) -> str:
        """The precinct's status in words."""
        return {StandingKind.RECEIVED: self.tr("received"), StandingKind.AMENDED: self.tr("received, amended"),
                StandingKind.MISSING: self.tr("missing"), StandingKind.CONFLICTING: self.tr("conflicting")}[status]

    def cell(self, row: PrecinctRow, column: int) -> Any:
        if column == 2:
            return self.status_text(row.status)
        if column == 6:
            return "; ".join(self._desk.say(flag.code, flag.params) for flag in row.flags)
        return (row.number, self._desk.title(row.name) or None, None, row.version, row.sequence,
                row.accepted_at)[column]

    def styled(self, row: PrecinctRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and row.flags:
            return "\n".join(self._desk.say(flag.code, flag.params) for flag in row.flags)
        if role == Qt.ItemDataRole.DecorationRole and column == 6 and row.flags:
            return icon(WARNING)
        if column == 2 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(row.status != StandingKind.RECEIVED)
            return font
        return _coloured(STATUS_COLOURS[row.status], role) if column in (0, 2) else None
