"""The check-in page's result table: the voters found, laid out without measuring every cell, chosen by keyboard."""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.iin import IIN_LENGTH
from akimdesk.gui.models.voter_table_model import VoterTableModel
from akimdesk.gui.qt import QAbstractItemView, QHeaderView, QItemSelectionModel, Qt, QTableView
from akimdesk.station import SEARCH_LIMIT, Station, Voter


class CheckInResultsView(QTableView):
    """The found voters, one row chosen; it never takes the focus (the search field keeps it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.voter_model = VoterTableModel(self)
        self.setModel(self.voter_model)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Names are what the member reads first: they take their full width; the address gets the rest.
        # Fixed widths where the text has a fixed shape (mark, IIN, date), so a new result list costs no measuring
        # of every cell; only the names are measured.
        header.setMinimumSectionSize(32)
        # A heading longer than its column's cells ("Дата рождения") takes two lines, not the address's room.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.fit_fixed_columns()

    def search(self, station: Station, text: str) -> bool:
        """Show the voters the service finds for `text`, True when it was asked; a refusal empties the list.

        Nothing yet, or the first digits of a scanned or typed IIN, asks nothing: no name has digits.
        """
        digits = "".join(text.split())
        if not digits or (digits.isdigit() and len(digits) < IIN_LENGTH):
            if self.voter_model.rowCount():
                self.voter_model.set_voters([])
            return False
        try:
            self.voter_model.set_voters(station.find_voters(text, limit=SEARCH_LIMIT))
        except AkimdeskError:
            self.voter_model.set_voters([])
            raise
        return True

    def selected_voter(self) -> Voter | None:
        """The voter on the chosen row, if any."""
        index = self.selectionModel().currentIndex()
        return self.voter_model.voter(index.row()) if index.isValid() else None

    def show_found(self, voter: Voter) -> None:
        """Show the one voter found and choose them."""
        self.voter_model.set_voters([voter])
        self.select_row(0)

    def move_selection(self, step: int) -> None:
        """Choose the row `step` rows down (up when negative), the first when none is chosen."""
        rows = self.voter_model.rowCount()
        if rows == 0:
            return
        current = self.selectionModel().currentIndex()
        row = 0 if not current.isValid() else max(0, min(rows - 1, current.row() + step))
        self.select_row(row)

    def select_row(self, row: int) -> None:
        """Choose `row` and scroll it into view."""
        index = self.voter_model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def retranslate(self) -> None:
        """The headings in the interface language, and the columns fitted to them."""
        self.setAccessibleName(self.tr("Voters found"))
        self.voter_model.retranslate()
        self.fit_fixed_columns()

    def fit_fixed_columns(self) -> None:
        """Size the mark, IIN and date columns for their cells' shape and their heading's longest word."""
        metrics = self.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        header = self.horizontalHeader()
        heading_metrics = header.fontMetrics()
        wraps = False
        for column, sample in ((1, "0" * IIN_LENGTH), (3, "00.00.0000")):
            # The cells' fixed shape, or the heading's longest word in the interface language.
            heading = str(self.voter_model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest_word = max((heading_metrics.horizontalAdvance(word) for word in heading.split()), default=0)
            width = max(metrics.horizontalAdvance(sample), longest_word) + padding
            wraps = wraps or heading_metrics.horizontalAdvance(heading) + padding > width
            header.resizeSection(column, width)
        header.resizeSection(0, 36)
        header.setMinimumHeight(2 * heading_metrics.height() + padding // 2 if wraps else 0)
