"""The outcome of a write to the stick in large letters: safe to remove it, or why nothing was written."""

from __future__ import annotations

from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import QEvent, QFrame, QLabel, QSizePolicy, Qt, QVBoxLayout

BANNER_STYLES = {
    True: "#driveResult { background: #dff3e4; border: 2px solid #3f9a5a; border-radius: 4px; } "
          "QLabel { color: #0a4d20; }",
    False: "#driveResult { background: #fde2e1; border: 2px solid #d33a32; border-radius: 4px; } "
           "QLabel { color: #7a1010; }",
}
HEADLINE_SCALE = 1.7

# What was done: the export, a verification, a backup, or a restore.
EXPORT, VERIFY, BACKUP, RESTORE = "export", "verify", "backup", "restore"


class ResultBanner(QFrame):
    """A headline (large) and the service's own wording of what happened, kept across language changes."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._shown: tuple[str, bool, str, dict[str, Any]] | None = None
        self.setObjectName("driveResult")
        self.headline_label = QLabel()
        self.headline_label.setObjectName("resultHeadline")
        self.headline_label.setWordWrap(True)
        font = self.headline_label.font()
        font.setPointSizeF(font.pointSizeF() * HEADLINE_SCALE)
        font.setBold(True)
        self.headline_label.setFont(font)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("resultDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long file path cannot wrap; it must not widen the page either.
        self.detail_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.detail_label)
        self.hide()

    def show_done(self, action: str, code: str, params: dict[str, Any]) -> None:
        """A success: the headline for `action` and the catalogue message `code`."""
        self._shown = (action, True, code, dict(params))
        self._fill()

    def show_refusal(self, action: str, error: AkimdeskError) -> None:
        """A refusal or failure as the service worded it."""
        self._shown = (action, False, error.code, dict(error.params))
        self._fill()

    def clear(self) -> None:
        """Hide the last outcome (a new action is starting)."""
        self._shown = None
        self.hide()

    def is_success(self) -> bool | None:
        """Whether the outcome shown is a success; None when nothing is shown."""
        return None if self._shown is None else self._shown[1]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def _headline(self, action: str, is_success: bool) -> str:
        if is_success:
            return {
                EXPORT: self.tr("Safe to remove the USB stick"),
                VERIFY: self.tr("The bundle is intact and signed"),
                BACKUP: self.tr("Backup written and read back"),
                RESTORE: self.tr("The station is restored on this laptop"),
            }[action]
        return {
            EXPORT: self.tr("The bundle was not exported"),
            VERIFY: self.tr("The bundle did not pass the check"),
            BACKUP: self.tr("No backup was written"),
            RESTORE: self.tr("Nothing was restored"),
        }[action]

    def _fill(self) -> None:
        if self._shown is None:
            return
        action, is_success, code, params = self._shown
        self.headline_label.setText(self._headline(action, is_success))
        detail = self._desk.say(code, params)
        if action == EXPORT and is_success:
            detail += "\n" + self.tr("Read back from the stick and compared: SHA-256 {sha256}").format(
                sha256=params.get("sha256", ""))
        self.detail_label.setText(detail)
        self.setStyleSheet(BANNER_STYLES[is_success])
        self.show()
