"""Asks why a line taken from the station's records is entered with another value; the service keeps the reason."""

from __future__ import annotations

from akimdesk.gui.qt import QDialog, QDialogButtonBox, QEvent, QLabel, QLineEdit, QVBoxLayout, Signal


class CountReasonDialog(QDialog):
    """The service's refusal above, one line for the reason below."""

    reason_given = Signal(str)

    def __init__(self, refusal: str, line_number: str, value: int, parent=None) -> None:
        super().__init__(parent)
        self._line_number = line_number
        self._value = value
        self.refusal_label = QLabel(refusal)
        self.refusal_label.setObjectName("countReasonRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet("color: #6b4b00; font-weight: bold;")
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("countReason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._retranslate()

    def accept(self) -> None:
        """Close and hand the reason on, as typed; the service judges it."""
        super().accept()
        self.reason_given.emit(self.reason_edit.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Line {number}: a value other than the records").format(number=self._line_number))
        self.prompt_label.setText(self.tr(
            "Why does the commission enter {value} on line {number}? The reason is kept with the entry.").format(
            value=self._value, number=self._line_number))
        self.reason_edit.setAccessibleName(self.tr("Reason for the different value"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enter the value"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
