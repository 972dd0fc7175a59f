"""Small widgets the district pages share: a file or folder field, a passphrase field, the fingerprint grid."""

from __future__ import annotations

from collections.abc import Callable

from akimdesk.core.fingerprint import FINGERPRINT_GROUPS, GROUPS_PER_ROW, fingerprint_groups
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QEvent,
    QFileDialog,
    QFont,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QWidget,
    Signal,
)
from akimdesk.gui.translations import Retranslating

OPEN_FILE, FOLDER, SAVE_FILE = "open-file", "folder", "save-file"


class PathField(Retranslating, QWidget):
    """A path typed in or chosen with the system's file dialog."""

    changed = Signal()

    def __init__(self, mode: str, name: str, file_filter: str = "", parent=None) -> None:
        super().__init__(parent)
        self._mode = mode
        self._filter = file_filter
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.textChanged.connect(self.changed)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName(f"{name}Choose")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)
        self.retranslate()

    def text(self) -> str:
        """The path as typed, without surrounding spaces."""
        return self.edit.text().strip()

    def set_accessible_name(self, name: str) -> None:
        """Name the input for screen readers (the caption beside it says the same)."""
        self.edit.setAccessibleName(name)

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))

    def _on_choose_button_clicked(self) -> None:
        start = self.text()
        if self._mode == FOLDER:
            chosen = QFileDialog.getExistingDirectory(self, self.edit.accessibleName(), start)
        elif self._mode == SAVE_FILE:
            chosen, _ = QFileDialog.getSaveFileName(self, self.edit.accessibleName(), start, self._filter)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.edit.accessibleName(), start, self._filter)
        if chosen:
            self.edit.setText(chosen)


def passphrase_edit(name: str) -> QLineEdit:
    """A field whose typing is not shown."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


class FingerprintGrid(QWidget):
    """The district certificate's fingerprint in the groups of four the handover act prints, row by row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cells: list[QLabel] = []
        self.fingerprint = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        font.setBold(True)
        for index in range(FINGERPRINT_GROUPS):
            cell = QLabel()
            cell.setFont(font)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(cell, index // GROUPS_PER_ROW, index % GROUPS_PER_ROW)
            self._cells.append(cell)
        grid.setColumnStretch(GROUPS_PER_ROW, 1)
        self.setObjectName("fingerprintGrid")

    def set_fingerprint(self, fingerprint: str) -> None:
        """Show `fingerprint` (64 hex characters), or nothing."""
        self.fingerprint = fingerprint
        groups = fingerprint_groups(fingerprint) if fingerprint else []
        for index, cell in enumerate(self._cells):
            cell.setText(groups[index] if index < len(groups) else "")

    def text(self) -> str:
        """The groups as shown, separated by spaces."""
        return " ".join(cell.text() for cell in self._cells if cell.text())


class MessageLabel(QLabel):
    """A result or refusal under a form, worded again whenever the interface language changes."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._words: Callable[[], str] | None = None
        self.is_success = False

    def say(self, words: Callable[[], str], is_success: bool) -> None:
        """Show what `words()` returns now and after every language change: green when done, red when refused."""
        self._words = words
        self.is_success = is_success
        self._reword()

    def forget(self) -> None:
        """Show nothing."""
        self._words = None
        self.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._reword()
        super().changeEvent(event)

    def _reword(self) -> None:
        if self._words is not None:
            show_message(self, self._words(), self.is_success)
