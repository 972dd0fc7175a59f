"""Export to the district."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import Page, title_label
from akimdesk.gui.qt import QVBoxLayout


class ExportPage(Page):
    """Export to the district."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self.title_label = title_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Export")

    def retranslate(self) -> None:
        self.title_label.setText(self.nav_title())

    def unavailable_reason(self) -> str:
        if self._desk.station.has_election():
            return ""
        return self.tr("Backups and the bundle for the district need a loaded election.")
