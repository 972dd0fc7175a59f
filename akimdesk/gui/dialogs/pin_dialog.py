"""Members' PINs: the chair sets one, the commission passphrase sets one (first use, forgotten PIN), idle minutes."""

from __future__ import annotations

from typing import Any

from akimdesk.core.errors import AkimdeskError, BadInput
from akimdesk.core.pins import AUTO_LOCK_MINUTES_RANGE, LONGEST_PIN, SHORTEST_PIN
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.action_dialog import ERROR_STYLE, ActionDialog, member_combo, note_label
from akimdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRegularExpressionValidator,
    QSpinBox,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.gui.work import run_job
from akimdesk.station.members import PinResetWork, work_pin_reset


def pin_field(name: str) -> QLineEdit:
    """A masked field that takes digits only, up to the longest PIN."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(LONGEST_PIN)
    edit.setValidator(QRegularExpressionValidator(r"[0-9]*", edit))
    font = edit.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    edit.setFont(font)
    return edit


def typed_twice(first: QLineEdit, second: QLineEdit) -> str:
    """The new PIN when both fields hold the same; bad input otherwise."""
    if first.text() != second.text():
        raise BadInput("pin-mismatch")
    return first.text()


class SetPinDialog(ActionDialog):
    """The chair chooses a member and types their new PIN twice."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self.intro_label = note_label()
        self.member_caption = QLabel()
        self.member_box = member_combo(desk, None)
        self.member_box.setObjectName("pinMember")
        self.pin_caption = QLabel()
        self.pin_edit = pin_field("newPin")
        self.again_caption = QLabel()
        self.again_edit = pin_field("newPinAgain")
        self.form.addRow(self.member_caption, self.member_box)
        self.form.addRow(self.pin_caption, self.pin_edit)
        self.form.addRow(self.again_caption, self.again_edit)
        self._finish([self.intro_label], [self.member_box, self.pin_edit, self.again_edit])

    def _submit(self) -> Any:
        pin = typed_twice(self.pin_edit, self.again_edit)
        return self._desk.station.set_pin(self.member_box.currentData() or "", pin, actor=self._desk.actor)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set a member's PIN"))
        self.intro_label.setText(self.tr(
            "The chair sets the PIN each member signs in with ({shortest} to {longest} digits). Tell it to the "
            "member alone; their wrong tries start again from none.").format(shortest=SHORTEST_PIN, longest=LONGEST_PIN))
        self.member_caption.setText(self.tr("Member:"))
        self.pin_caption.setText(self.tr("New PIN:"))
        self.again_caption.setText(self.tr("The same PIN again:"))
        self.member_box.setAccessibleName(self.tr("Member"))
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.again_edit.setAccessibleName(self.tr("The same PIN again"))
        self.ok_button.setText(self.tr("Set the PIN"))


class AutoLockDialog(ActionDialog):
    """The chair sets how many idle minutes pass before the screen locks itself."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self.intro_label = note_label()
        self.minutes_caption = QLabel()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("autoLockMinutes")
        self.minutes_spin.setRange(*AUTO_LOCK_MINUTES_RANGE)
        self.minutes_spin.setValue(desk.station.auto_lock_minutes())
        self.form.addRow(self.minutes_caption, self.minutes_spin)
        self._finish([self.intro_label], [self.minutes_spin])

    def _submit(self) -> Any:
        return self._desk.station.set_auto_lock(self.minutes_spin.value(), actor=self._desk.actor)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Locking the screen"))
        self.intro_label.setText(self.tr(
            "When nobody uses the desk for this long, the screen locks and the next member signs in with "
            "their PIN."))
        self.minutes_caption.setText(self.tr("Lock after (minutes):"))
        self.minutes_spin.setAccessibleName(self.tr("Lock after (minutes)"))
        self.ok_button.setText(self.tr("Save"))


class PassphrasePinDialog(Retranslating, QDialog):
    """Sets a member's PIN with the commission passphrase: the chair's first PIN, or any PIN forgotten."""

    pin_reset = Signal(str)

    def __init__(self, desk: Desk, chosen: str | None, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._error: AkimdeskError | None = None
        self.intro_label = note_label()
        self.member_caption = QLabel()
        self.member_box = member_combo(desk, chosen)
        self.member_box.setObjectName("resetMember")
        self.passphrase_caption = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("resetPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_caption = QLabel()
        self.pin_edit = pin_field("resetPin")
        self.again_caption = QLabel()
        self.again_edit = pin_field("resetPinAgain")
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.member_caption, self.member_box)
        form.addRow(self.passphrase_caption, self.passphrase_edit)
        form.addRow(self.pin_caption, self.pin_edit)
        form.addRow(self.again_caption, self.again_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        (self.passphrase_edit if chosen else self.member_box).setFocus()

    @property
    def ok_button(self):
        """The button that sets the PIN (Enter presses it)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _on_buttons_accepted(self) -> None:
        member_id = self.member_box.currentData() or ""
        passphrase = self.passphrase_edit.text()
        try:
            pin = typed_twice(self.pin_edit, self.again_edit)
            plan = self._desk.station.plan_pin_reset(member_id, pin)
        except AkimdeskError as error:
            self._show_error(error)
            return
        # Stretching the passphrase and hashing the PIN take a moment: only that work runs off the interface
        # thread, and it reads no database.
        run_job(self._desk, self, self.tr("Checking the commission passphrase…"),
                lambda report: work_pin_reset(plan, pin, passphrase, report),
                self._on_reset_worked, self._show_error)

    def _on_reset_worked(self, work: PinResetWork) -> None:
        try:
            stored = self._desk.station.record_pin_reset(work)
        except AkimdeskError as error:
            self._show_error(error)
            return
        self.accept()
        self.pin_reset.emit(stored.member)

    def _show_error(self, error: AkimdeskError | None) -> None:
        self._error = error
        self.error_label.setText(self._desk.explain(error) if error else "")
        self.error_label.setVisible(error is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New PIN with the commission passphrase"))
        self.intro_label.setText(self.tr(
            "The commission passphrase (the one that signs the protocol) sets a new PIN for any member: the "
            "chair's first PIN, or a PIN forgotten or locked by wrong tries."))
        self.member_caption.setText(self.tr("Member:"))
        self.passphrase_caption.setText(self.tr("Commission passphrase:"))
        self.pin_caption.setText(self.tr("New PIN:"))
        self.again_caption.setText(self.tr("The same PIN again:"))
        self.member_box.setAccessibleName(self.tr("Member"))
        self.passphrase_edit.setAccessibleName(self.tr("Commission passphrase"))
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.again_edit.setAccessibleName(self.tr("The same PIN again"))
        self.ok_button.setText(self.tr("Set the PIN"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_error(self._error)
