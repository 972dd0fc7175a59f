"""Why a voter list was refused: one line per problem, naming the file, row and field."""

from __future__ import annotations

from akimdesk.core.errors import Problem
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class ImportProblemTable(QTableWidget):
    """The problems of a refused list, worded from the catalogue in the interface language."""

    COLUMN_COUNT = 4

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(0, self.COLUMN_COUNT, parent)
        self._desk = desk
        self._problems: list[Problem] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        # One line a problem, so thousands of them stay quick to show; the whole text is in the tooltip.
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show these problems (an empty list empties the table)."""
        self._problems = list(problems)
        self._fill()

    def retranslate(self) -> None:
        """Headers, field names and problems again in the interface language."""
        self.setHorizontalHeaderLabels([self.tr("File"), self.tr("Row"), self.tr("Field"), self.tr("Problem")])
        self.setAccessibleName(self.tr("Problems found in the voter list"))
        self._fill()

    def _field_name(self, field: str | None) -> str:
        names = {
            "iin": self.tr("IIN"), "surname": self.tr("Surname"), "given_name": self.tr("Given name"),
            "patronymic": self.tr("Patronymic"), "birth_date": self.tr("Birth date"),
            "address": self.tr("Address"), "book": self.tr("Book"),
        }
        return names.get(field or "", field or "—")

    def _fill(self) -> None:
        self.setRowCount(len(self._problems))
        for row, problem in enumerate(self._problems):
            cells = (problem.file, "—" if problem.row is None else str(problem.row), self._field_name(problem.field),
                     self._desk.say(problem.code, problem.params))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
