"""Every precinct of the race: received, amended, conflicting or missing, with what to review there."""

from __future__ import annotations

from akimdesk.core.standing import StandingKind
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.models import PrecinctTableModel, precinct_rows
from akimdesk.gui.district.page import DistrictPage
from akimdesk.gui.pages.base import title_label
from akimdesk.gui.qt import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout


class PrecinctsPage(DistrictPage):
    """The precinct list; a missing or conflicting precinct stands out in red."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(desk, parent)
        self.title_label = title_label()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("precinctCounts")
        self.counts_label.setWordWrap(True)
        self.model = PrecinctTableModel(desk, self)
        self.precincts_view = QTableView()
        self.precincts_view.setObjectName("precinctsTable")
        self.precincts_view.setModel(self.model)
        self.precincts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.precincts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.precincts_view.setWordWrap(True)
        self.precincts_view.verticalHeader().hide()
        header = self.precincts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Wrapped cells need their rows measured again once the columns have their final widths.
        header.sectionResized.connect(lambda *_: self.precincts_view.resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.precincts_view, 1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Precincts")

    def unavailable_reason(self) -> str:
        if not self._desk.is_initialised() or self._desk.race() is None:
            return self._desk.say("district-race-unknown")
        return ""

    def refresh(self) -> None:
        """Read the precincts' bundles again."""
        summary = self._desk.summary()
        self.model.set_rows([] if summary is None else precinct_rows(self._desk, summary))
        self._fill()

    def row_of(self, number: str) -> int:
        """The table row showing precinct `number`, or -1."""
        return next((i for i in range(self.model.rowCount()) if self.model.row(i).number == number), -1)

    def retranslate(self) -> None:
        self.precincts_view.setAccessibleName(self.tr("Precincts"))
        self.title_label.setText(self.tr("Precincts"))
        self.model.retranslate()
        self._fill()

    def _fill(self) -> None:
        rows = [self.model.row(i) for i in range(self.model.rowCount())]
        counts = {str(status): sum(r.status == status for r in rows) for status in StandingKind}
        self.counts_label.setText(self.tr(
            "Precincts: {total}; received: {received} (amended: {amended}); conflicting: {conflicting}; "
            "missing: {missing}").format(total=len(rows), received=counts["received"] + counts["amended"],
                                         amended=counts["amended"], conflicting=counts["conflicting"],
                                         missing=counts["missing"]))
        self.precincts_view.resizeRowsToContents()
