"""Asks why a record is changed: what is at stake above, one line for the reason below; the service keeps it."""

from __future__ import annotations

from akimdesk.gui.qt import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, Signal
from akimdesk.gui.translations import Retranslating


class ReasonDialog(Retranslating, QDialog):
    """The subject, the question and the reason's line; OK hands the reason on as typed, the service judges it.

    While the line is blank the dialog keeps asking: OK waits for a reason, and Enter does not close it.

    A subclass sets the texts in `retranslate` (called once made and on every change of language).
    """

    reason_given = Signal(str)

    def __init__(self, reason_name: str, minimum_width: int, parent=None) -> None:
        super().__init__(parent)
        self.subject_label = QLabel()
        self.subject_label.setWordWrap(True)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName(reason_name)
        # The question above the field names it for a screen reader.
        self.prompt_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(minimum_width)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self._on_reason_edit_text_changed("")

    def accept(self) -> None:
        """Close and hand the reason on, as typed; the service judges it. A blank line is asked for again."""
        if not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
            return
        super().accept()
        self.reason_given.emit(self.reason_edit.text())

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def retranslate(self) -> None:
        """Set every visible text again in the interface language."""
        raise NotImplementedError

    def _name_buttons(self, ok_text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
