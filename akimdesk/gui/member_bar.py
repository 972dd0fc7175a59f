"""The toolbar's member area: who is signed in, "Switch member / Lock" (Ctrl+L), and the chair's PIN settings."""

from __future__ import annotations

import dataclasses

from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.action_dialog import ActionDialog
from akimdesk.gui.dialogs.pin_dialog import AutoLockDialog, SetPinDialog
from akimdesk.gui.lock import DeskLock
from akimdesk.gui.qt import (
    QAction,
    QDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QToolButton,
    QWidget,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.station.records import AutoLockSetting, PinStored


class MemberBar(Retranslating, QWidget):
    """Names the signed-in member; locking and the PIN settings are one key or click away."""

    records_changed = Signal()

    def __init__(self, desk: Desk, lock: DeskLock, window: QMainWindow) -> None:
        super().__init__(window)
        self._desk = desk
        self._lock = lock
        self._window = window
        self._dialog: QDialog | None = None
        self.caption_label = QLabel()
        self.member_label = QLabel()
        self.member_label.setObjectName("signedInMember")
        self.member_label.setStyleSheet("font-weight: bold;")
        self.lock_action = QAction(window)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self._on_lock_action_triggered)
        window.addAction(self.lock_action)  # Ctrl+L works wherever the focus is in the window
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setDefaultAction(self.lock_action)
        self.set_pin_action = QAction(self)
        self.set_pin_action.setObjectName("setPinAction")
        self.set_pin_action.triggered.connect(self._on_set_pin_action_triggered)
        self.auto_lock_action = QAction(self)
        self.auto_lock_action.setObjectName("autoLockAction")
        self.auto_lock_action.triggered.connect(self._on_auto_lock_action_triggered)
        self.pins_menu = QMenu(self)
        self.pins_menu.addAction(self.set_pin_action)
        self.pins_menu.addAction(self.auto_lock_action)
        self.pins_button = QToolButton()
        self.pins_button.setObjectName("pinsButton")
        self.pins_button.setMenu(self.pins_menu)
        self.pins_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.member_label)
        layout.addSpacing(12)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.pins_button)
        lock.locked.connect(self.refresh)
        lock.signed_in.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        """Name the signed-in member; without an election there is nobody to sign in."""
        station = self._desk.station
        member = station.election().member(self._desk.actor or "") if station.has_election() else None
        if member is not None:
            role = self._desk.say(f"role-{member.role}")
            self.member_label.setText(f"{member.member_id} — {member.name} ({role})")
        else:
            self.member_label.setText(self.tr("nobody (locked)") if self._lock.is_locked else "—")
        self.lock_action.setEnabled(station.has_election())
        self.pins_button.setEnabled(member is not None)

    def retranslate(self) -> None:
        """Set every text again in the interface language."""
        self.caption_label.setText(self.tr("Signed in:"))
        self.lock_action.setText(self.tr("Switch member / Lock"))
        self.lock_action.setToolTip(self.tr("Hide the pages until a member signs in with their PIN (Ctrl+L)"))
        self.pins_button.setText(self.tr("PINs"))
        self.set_pin_action.setText(self.tr("Set a member's PIN…"))
        self.auto_lock_action.setText(self.tr("Lock the screen after…"))
        self.refresh()

    def _on_lock_action_triggered(self) -> None:
        self._lock.lock()

    def _on_set_pin_action_triggered(self) -> None:
        self._open(SetPinDialog(self._desk, self._window), "done-member-pin-set")

    def _on_auto_lock_action_triggered(self) -> None:
        self._open(AutoLockDialog(self._desk, self._window), "done-member-autolock")

    def _open(self, dialog: ActionDialog, done_code: str) -> None:
        self._dialog = dialog
        dialog.succeeded.connect(lambda result: self._on_dialog_succeeded(done_code, result))
        dialog.open()

    def _on_dialog_succeeded(self, done_code: str, result: PinStored | AutoLockSetting) -> None:
        self.records_changed.emit()
        self._window.statusBar().showMessage(self._desk.say(done_code, dataclasses.asdict(result)), 10_000)
