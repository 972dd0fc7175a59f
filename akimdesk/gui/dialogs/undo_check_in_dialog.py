"""Asks why a ballot issue is being undone; the service records the reason with the undo."""

from __future__ import annotations

from akimdesk.gui.qt import QDialog, QDialogButtonBox, QEvent, QLabel, QLineEdit, QVBoxLayout, Signal
from akimdesk.station import Voter


class UndoCheckInDialog(QDialog):
    """One line for the reason, with the voter named above it."""

    reason_given = Signal(str)

    def __init__(self, voter: Voter, parent=None) -> None:
        super().__init__(parent)
        self._voter = voter
        self.voter_label = QLabel()
        self.voter_label.setWordWrap(True)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("undoReason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.voter_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
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
        self.setWindowTitle(self.tr("Undo the ballot issue"))
        self.voter_label.setText(self.tr("Voter: {name}, IIN {iin}").format(name=self._voter.full_name,
                                                                           iin=self._voter.iin))
        self.prompt_label.setText(self.tr("Why is the issue being undone? The reason is kept in the record."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Undo the issue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
