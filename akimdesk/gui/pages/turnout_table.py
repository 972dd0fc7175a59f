"""Turnout at the election's reporting hours and at this moment, as the service computes it from the events."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.station import TurnoutFigures

NOT_YET = "—"


class TurnoutTableWidget(Retranslating, QGroupBox):
    """One row per reporting hour (a dash until the hour has come) and a last row for now."""

    COLUMN_COUNT = 4

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._shown_minute = ""
        self._is_stale = True
        self.table = QTableWidget(0, self.COLUMN_COUNT)
        self.table.setObjectName("turnoutTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note_label)
        self.retranslate()

    def request_refresh(self) -> None:
        """Read the figures again now if they are seen, else when the table is next shown.

        The window refreshes every page after each ballot; hidden, the table waits rather than slow the desk.
        """
        if self.isVisible():
            self.refresh()
        else:
            self._is_stale = True

    def refresh(self) -> None:
        """Read the figures again: every reporting hour passed so far, and the present one."""
        self._is_stale = False
        station = self._desk.station
        passed = {figures.at_local: figures for figures in station.reporting_turnout()}
        hours = [hour.strftime("%H:%M") for hour in station.election().reporting_hours]
        now = self._desk.local_now().strftime("%H:%M")
        self._shown_minute = now
        self.table.setRowCount(len(hours) + 1)
        for row, hour in enumerate(hours):
            self._fill_row(row, hour, passed.get(hour))
        self._fill_row(len(hours), self.tr("now, {time}").format(time=now), station.turnout(), is_bold=True)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def refresh_each_minute(self) -> None:
        """Keep the present row and the hours that pass current while the page is shown."""
        if self.isVisible() and self._desk.local_now().strftime("%H:%M") != self._shown_minute:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._is_stale:
            self.refresh()

    def _fill_row(self, row: int, label: str, figures: TurnoutFigures | None, is_bold: bool = False) -> None:
        cells = [label, NOT_YET, NOT_YET, NOT_YET]
        if figures is not None:
            cells[1:] = [str(figures.listed), str(figures.issued), f"{figures.percent:.2f} %"]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if is_bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Turnout at the reporting hours"))
        self.setTitle(self.tr("Turnout at the reporting hours"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Listed"), self.tr("Issued"), self.tr("Turnout")])
        self.note_label.setText(self.tr(
            "Listed: voters on the list, with those added on the day. Issued: ballots at the station and by "
            "the mobile box. A dash: the hour has not come yet."))
        if self._shown_minute and self.table.rowCount():
            self.request_refresh()
