"""The count."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import Page, title_label
from akimdesk.gui.qt import QVBoxLayout


class CountPage(Page):
    """The count."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self.title_label = title_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Count")

    def retranslate(self) -> None:
        self.title_label.setText(self.nav_title())

    def unavailable_reason(self) -> str:
        if self._desk.station.state() in ("closed", "counting", "finalised"):
            return ""
        return self.tr("The count starts when the station is closed.")
