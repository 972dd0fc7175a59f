"""The voters imported with an IIN that failed the checks, for the chair to compare with their documents."""

from __future__ import annotations

from akimdesk.gui.desk import Desk, show_date
from akimdesk.gui.qt import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem
from akimdesk.station import Voter


class FlaggedVoterTable(QTableWidget):
    """IIN, name, birth date, address and what is wrong with the IIN, one voter a row."""

    COLUMN_COUNT = 5

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(0, self.COLUMN_COUNT, parent)
        self._desk = desk
        self._voters: list[Voter] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def show_voters(self, voters: list[Voter]) -> None:
        """Show these voters (an empty list empties the table)."""
        self._voters = list(voters)
        self._fill()

    def retranslate(self) -> None:
        """Headers and problems again in the interface language."""
        self.setHorizontalHeaderLabels(
            [self.tr("IIN"), self.tr("Name"), self.tr("Born"), self.tr("Address"), self.tr("Problem")])
        self.setAccessibleName(self.tr("Voters whose IIN failed the checks"))
        self._fill()

    def _fill(self) -> None:
        self.setRowCount(len(self._voters))
        for row, voter in enumerate(self._voters):
            problem = self._desk.say(voter.iin_problem) if voter.iin_problem else ""
            for column, text in enumerate((voter.iin, voter.full_name, show_date(voter.birth_date), voter.address,
                                           problem)):
                self.setItem(row, column, QTableWidgetItem(text))
