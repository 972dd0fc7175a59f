"""Asks the chair why a repeat protocol is opened; stays open with the refusal when the service says no."""

from __future__ import annotations

from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating


class AmendProtocolDialog(Retranslating, QDialog):
    """The reason for the repeat protocol; the page hands it to the service and closes the dialog on success."""

    reason_given = Signal(str)

    def __init__(self, version: int, parent=None) -> None:
        super().__init__(parent)
        self._version = version
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("amendReason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        self.prompt_label.setBuddy(self.reason_edit)
        self.message_label = QLabel()
        self.message_label.setObjectName("amendMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def show_refusal(self, text: str) -> None:
        """Keep the dialog open and say why the service refused."""
        show_message(self.message_label, text, False)
        self.message_label.show()
        self.reason_edit.setFocus()
        self._fit_height()

    def _on_buttons_accepted(self) -> None:
        # Handed on as typed: the service judges the reason and the chair's role.
        self.reason_given.emit(self.reason_edit.toPlainText())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Repeat protocol"))
        self.intro_label.setText(self.tr(
            "A repeat protocol (version {next}) is opened when the count must be corrected after signing. "
            "Version {version} stays exactly as it was signed and can still be viewed and printed. Version {next} "
            "is counted, checked and signed by the commission again.").format(
                version=self._version, next=self._version + 1))
        self.prompt_label.setText(self.tr("Reason for the repeat protocol (printed on it and kept in the record):"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the repeat protocol"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open version {next}").format(
            next=self._version + 1))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fit_height()

    def _fit_height(self) -> None:
        # Wrapped labels only know their height once their width is known: fit the height to the text.
        width = self.width() if self.isVisible() else self.minimumWidth()
        self.resize(width, self.heightForWidth(width))
