"""Finalising the protocol: the commission passphrase unlocks the precinct key; a failing ratio needs a reason."""

from __future__ import annotations

from collections.abc import Sequence

from akimdesk.core.ratios import RatioResult
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating


class FinaliseDialog(Retranslating, QDialog):
    """Asks the passphrase (and the override reason when a mandatory ratio fails); stays open on a refusal."""

    finalise_requested = Signal(str, str)

    def __init__(self, desk: Desk, failing: Sequence[RatioResult], parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._failing = list(failing)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.actor_label = QLabel()
        self.actor_label.setObjectName("finaliseActor")
        self.actor_label.setWordWrap(True)
        self.passphrase_caption = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("finalisePassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.failing_label = QLabel()
        self.failing_label.setObjectName("finaliseFailing")
        self.failing_label.setWordWrap(True)
        self.failing_label.setStyleSheet("color: #a61b1b;")
        self.override_caption = QLabel()
        self.override_caption.setWordWrap(True)
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("overrideReason")
        self.message_label = QLabel()
        self.message_label.setObjectName("finaliseMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.finalise_button = QPushButton()
        self.finalise_button.setObjectName("finaliseConfirmButton")
        self.finalise_button.setDefault(True)
        self.finalise_button.clicked.connect(self._on_finalise_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.passphrase_caption, self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.actor_label)
        layout.addLayout(form)
        layout.addWidget(self.failing_label)
        layout.addWidget(self.override_caption)
        layout.addWidget(self.override_edit)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        for widget in (self.failing_label, self.override_caption, self.override_edit):
            widget.setVisible(bool(self._failing))
        self.setMinimumWidth(560)
        self.retranslate()

    def show_refusal(self, text: str, *, retype_passphrase: bool = False) -> None:
        """Show why the service refused; the fields stay as typed so the commission can correct them.

        A wrong passphrase is selected, so that typing it again replaces it."""
        self.set_busy(False)
        show_message(self.message_label, text, False)
        self.message_label.show()
        if retype_passphrase:
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the protocol is being signed, the buttons wait."""
        self.finalise_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Finalise and sign the protocol"))
        self.intro_label.setText(self.tr(
            "The protocol is signed with the precinct key, which the commission passphrase unlocks. Once signed "
            "it cannot be changed: a correction is made as a repeat protocol."))
        member = self._desk.station.election().member(self._desk.actor or "")
        self.actor_label.setText(self.tr("Signing as: {member}").format(
            member=f"{member.member_id} — {member.name} ({self._desk.say('role-' + member.role)})" if member
            else "—"))
        self.passphrase_caption.setText(self.tr("Commission passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Commission passphrase"))
        self.failing_label.setText(self.tr("Mandatory control ratios not met:") + "\n"
                                   + "\n".join(self._desk.say(r.code, dict(r.params)) for r in self._failing))
        self.override_caption.setText(self.tr(
            "The commission's reason for finalising all the same (printed on the protocol):"))
        self.override_edit.setAccessibleName(self.tr("Reason for finalising although a ratio is not met"))
        self.finalise_button.setText(self.tr("Finalise and sign"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _on_finalise_button_clicked(self) -> None:
        self.message_label.clear()
        self.message_label.hide()
        self.set_busy(True)
        self.finalise_requested.emit(self.passphrase_edit.text(), self.override_edit.text())
