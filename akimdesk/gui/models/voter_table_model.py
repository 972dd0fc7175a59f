"""The search results of the check-in page: voters as the service found them."""

from __future__ import annotations

from typing import Any

from akimdesk.gui.desk import show_date, show_moment
from akimdesk.gui.icons import ABSENTEE, BALLOT_ISSUED, icon
from akimdesk.gui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from akimdesk.station import Voter

_MARK_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)


class VoterTableModel(QAbstractTableModel):
    """Found voters: ballot mark, IIN, full name, birth date and address (the card shows the rest)."""

    COLUMN_COUNT = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._voters: list[Voter] = []
        # The shown texts, made once per result list: views ask for them many times while laying out.
        self._cells: list[tuple[str, ...]] = []

    def set_voters(self, voters: list[Voter]) -> None:
        """Replace the shown voters."""
        self.beginResetModel()
        self._voters = list(voters)
        self._cells = [self._row_cells(v) for v in self._voters]
        self.endResetModel()

    def voter(self, row: int) -> Voter | None:
        """The voter on `row`, if there is one."""
        return self._voters[row] if 0 <= row < len(self._voters) else None

    def replace_voter(self, voter: Voter) -> None:
        """Show a voter's new ballot status where they are listed."""
        for row, shown in enumerate(self._voters):
            if shown.voter_id == voter.voter_id:
                self._voters[row] = voter
                self._cells[row] = self._row_cells(voter)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def retranslate(self) -> None:
        """Ask the views to fetch the headers again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._voters)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            return self._cells[index.row()][column - 1] if column > 0 and index.row() < len(self._cells) else None
        if role not in _MARK_ROLES or index.column() != 0:
            return None
        voter = self.voter(index.row())
        if voter is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            if voter.ballot is not None:
                return icon(BALLOT_ISSUED)
            return icon(ABSENTEE) if voter.has_absentee_certificate else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            if voter.ballot is not None:
                return self.tr("Ballot issued at {time}").format(time=show_moment(voter.ballot.at_local))
            if voter.has_absentee_certificate:
                return self.tr("Absentee certificate issued")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        # The mark column shows an icon, not a word, so the width goes to the names.
        if role == Qt.ItemDataRole.DisplayRole and section > 0:
            return (self.tr("IIN"), self.tr("Name"), self.tr("Born"), self.tr("Address"))[section - 1]
        if role == Qt.ItemDataRole.DecorationRole and section == 0:
            return icon(BALLOT_ISSUED)
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return self.tr("Ballot")
        return None

    @staticmethod
    def _row_cells(voter: Voter) -> tuple[str, ...]:
        return (voter.iin, voter.full_name, show_date(voter.birth_date), voter.address)
