"""The banner under the search field: what the last action did, green, or why it was refused, red."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from akimdesk.gui.desk import Desk
from akimdesk.gui.icons import BALLOT_ISSUED, WARNING, icon
from akimdesk.gui.qt import QFrame, QHBoxLayout, QLabel, Qt

BANNER_STYLES = {
    True: "#checkInBanner { background: #dff3e4; border: 1px solid #7cc08f; } QLabel { color: #0a4d20; }",
    False: "#checkInBanner { background: #fde2e1; border: 2px solid #d33a32; } "
           "QLabel { color: #7a1010; font-weight: bold; }",
}


class CheckInBanner(QFrame):
    """One message at a time, worded again in the new language when the interface language changes."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._message: tuple[Callable[[], str], bool] | None = None
        self.setObjectName("checkInBanner")
        self.icon_label = QLabel()
        self.label = QLabel()
        self.label.setObjectName("checkInBannerText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def say(self, code: str, params: dict[str, Any], is_success: bool,
            said: tuple[str, dict[str, Any]] | None = None) -> None:
        """A catalogue message, after what was done just before it (`said`, also a catalogue message) if any."""
        def text() -> str:
            before = self._desk.say(*said) + " " if said else ""
            return before + self._desk.say(code, params)

        self.show_text(text, is_success)

    def show_text(self, text: Callable[[], str] | None, is_success: bool = True) -> None:
        """Show the message `text` words in the present language, or hide the banner."""
        self._message = None if text is None else (text, is_success)
        self.reword()

    def reword(self) -> None:
        """Word the message again (after a language change)."""
        if self._message is None:
            self.hide()
            return
        text, is_success = self._message
        self.label.setText(text())
        self.icon_label.setPixmap(icon(BALLOT_ISSUED if is_success else WARNING).pixmap(24, 24))
        self.setStyleSheet(BANNER_STYLES[is_success])
        self.show()
