"""What the main window asks of every page: a title, whether it can be used now (and why not), a refresh."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import QLabel, QWidget, Signal
from akimdesk.gui.translations import Retranslating

TITLE_STYLE = "font-size: 16pt; font-weight: bold;"
MESSAGE_STYLES = {True: "color: #0a4d20; font-weight: bold;", False: "color: #a61b1b; font-weight: bold;"}


class Page(Retranslating, QWidget):
    """One step of the day in the navigation; the window shows it only when `unavailable_reason` is empty."""

    records_changed = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk

    def nav_title(self) -> str:
        """The page's name in the navigation, in the interface language."""
        raise NotImplementedError

    def unavailable_reason(self) -> str:
        """Why the page cannot be used in the station's present state; empty when it can."""
        return ""

    def refresh(self) -> None:
        """Read the station again after a change made anywhere in the window."""

    def tick(self) -> None:
        """Called every second by the window's clock (never while background work holds the database)."""

    def retranslate(self) -> None:
        """Set every visible text again in the interface language."""


def title_label() -> QLabel:
    """The large heading at the top of a page."""
    label = QLabel()
    label.setStyleSheet(TITLE_STYLE)
    return label


def show_message(label: QLabel, text: str, is_success: bool) -> None:
    """A result or refusal under a form: green when done, red when refused."""
    label.setText(text)
    label.setStyleSheet(MESSAGE_STYLES[is_success])
