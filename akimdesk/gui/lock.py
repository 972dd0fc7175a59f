"""The desk's lock: the pages stay hidden until a member signs in with their PIN, and hide again when idle.

A PIN names who acts at the shared screen; the commission passphrase still signs. The lock sits between the
window and its pages: locking hides them behind the lock screen and forgets who acted, so nothing can be done in
anyone's name until the next member signs in.
"""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.pin_dialog import PassphrasePinDialog
from akimdesk.gui.pages.base import TITLE_STYLE, show_message
from akimdesk.gui.qt import (
    QApplication,
    QDialog,
    QEvent,
    QGridLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QObject,
    QPalette,
    QPushButton,
    QRegularExpressionValidator,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    application,
)
from akimdesk.gui.translations import Retranslating

# Input that shows someone is at the desk; anything else (timers, repaints) leaves the idle clock running.
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
# Keys that, while the desk is locked, must never reach a page behind the lock screen.
_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod}
# Keys typed in the PIN field that move through the member list instead.
_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
# Longer than any PIN, so that an IIN a scanner types here is refused whole instead of counted as a wrong PIN.
_PIN_FIELD_LENGTH = 12


class LockScreen(Retranslating, QWidget):
    """The members, one PIN field and the passphrase way back in; the keyboard alone signs a member in."""

    signed_in = Signal(str)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._dialog: PassphrasePinDialog | None = None
        self._has_pins = True
        self.title_label = QLabel()
        self.title_label.setObjectName("lockTitle")
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.first_use_label = QLabel()
        self.first_use_label.setObjectName("lockFirstUse")
        self.first_use_label.setWordWrap(True)
        self.first_use_label.setStyleSheet("color: #6b4b00; font-weight: bold;")
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.member_list = QListWidget()
        self.member_list.setObjectName("lockMembers")
        self.member_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.member_list.setFont(big)
        self.member_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.member_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.member_list.itemClicked.connect(self._on_member_list_item_clicked)
        self.member_list.itemDoubleClicked.connect(self._on_member_list_item_clicked)
        self.pin_label = QLabel()
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("lockPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(_PIN_FIELD_LENGTH)
        self.pin_edit.setValidator(QRegularExpressionValidator(r"[0-9]*", self.pin_edit))
        pin_font = self.font()
        pin_font.setPointSizeF(pin_font.pointSizeF() * 2.2)
        self.pin_edit.setFont(pin_font)
        self.pin_edit.installEventFilter(self)
        self.pin_edit.returnPressed.connect(self._on_pin_edit_return_pressed)
        self.pin_label.setBuddy(self.pin_edit)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.clicked.connect(self._on_pin_edit_return_pressed)
        self.message_label = QLabel()
        self.message_label.setObjectName("lockMessage")
        self.message_label.setWordWrap(True)
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgotPinButton")
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)

        form = QVBoxLayout()
        form.addWidget(self.title_label)
        form.addWidget(self.hint_label)
        form.addWidget(self.first_use_label)
        form.addWidget(self.member_list)
        form.addWidget(self.pin_label)
        form.addWidget(self.pin_edit)
        form.addWidget(self.unlock_button)
        form.addWidget(self.message_label)
        form.addSpacing(12)
        form.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.panel = QWidget()
        self.panel.setLayout(form)
        layout = QGridLayout(self)
        layout.addWidget(self.panel, 0, 0, Qt.AlignmentFlag.AlignCenter)
        self.setFocusProxy(self.pin_edit)
        self.retranslate()

    def show_members(self, preferred: str | None) -> None:
        """List the commission afresh, with `preferred` (else the first member with a PIN) chosen."""
        members = self._desk.station.member_sign_ins() if self._desk.station.has_election() else []
        self._has_pins = any(m.has_pin for m in members)
        self.member_list.clear()
        for member in members:
            text = f"{member.member_id} — {member.name} ({self._desk.say('role-' + member.role)})"
            if not member.has_pin:
                text += "  · " + self.tr("no PIN yet")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.member_id)
            if not member.has_pin:
                item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            self.member_list.addItem(item)
        self._fit_members()
        ids = [m.member_id for m in members]
        if preferred not in ids:
            with_pin = [m.member_id for m in members if m.has_pin]
            chair = next((m.member_id for m in members if m.role == "chair"), None)
            preferred = with_pin[0] if with_pin else chair
        if preferred in ids:
            self.member_list.setCurrentRow(ids.index(preferred))
        self._retranslate_first_use()

    def _fit_members(self) -> None:
        # Every name whole and every member in sight, without scrolling; a very long name is cut at the end.
        rows = max(self.member_list.count(), 1)
        frame = 2 * self.member_list.frameWidth()
        row_height = self.member_list.sizeHintForRow(0) if self.member_list.count() else 30
        self.member_list.setFixedHeight(rows * row_height + frame + 4)
        widest = self.member_list.sizeHintForColumn(0) if self.member_list.count() else 0
        self.panel.setFixedWidth(min(max(widest + frame + 24, 640), 1000))

    def chosen_member(self) -> str | None:
        """The id of the member chosen in the list."""
        item = self.member_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def clear(self) -> None:
        """Forget the typed PIN and the last message."""
        self.pin_edit.clear()
        self.message_label.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.pin_edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in _LIST_KEYS):
            QApplication.sendEvent(self.member_list, event)
            return True
        return False

    def retranslate(self) -> None:
        """Set every text again in the interface language."""
        self.title_label.setText(self.tr("The desk is locked"))
        self.hint_label.setText(self.tr(
            "Choose your name with the Up and Down arrow keys, type your PIN and press Enter. The PIN names who "
            "acts; the protocol is still signed with the commission passphrase."))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.member_list.setAccessibleName(self.tr("Commission members"))
        self.unlock_button.setText(self.tr("Sign in (Enter)"))
        if self._desk.station.has_election() and self.member_list.count():
            self.show_members(self.chosen_member())
        else:
            self._retranslate_first_use()

    def _retranslate_first_use(self) -> None:
        self.first_use_label.setText(self.tr(
            "No member has a PIN yet. The chair sets their own PIN with the commission passphrase, then the "
            "PINs of the other members."))
        self.first_use_label.setVisible(not self._has_pins)
        self.forgot_button.setText(self.tr("Forgot the PIN? Set a new one with the commission passphrase…")
                                   if self._has_pins else self.tr("Set the chair's PIN with the commission passphrase…"))

    def _on_member_list_item_clicked(self, _item: QListWidgetItem) -> None:
        self.message_label.clear()
        self.pin_edit.setFocus()

    def _on_pin_edit_return_pressed(self) -> None:
        member_id = self.chosen_member()
        if member_id is None:
            return
        try:
            self._desk.station.sign_in(member_id, self.pin_edit.text())
        except AkimdeskError as error:
            self.pin_edit.clear()
            show_message(self.message_label, self._desk.explain(error), False)
            self.pin_edit.setFocus()
            return
        self.clear()
        self.signed_in.emit(member_id)

    def _on_forgot_button_clicked(self) -> None:
        chosen = self.chosen_member()
        if not self._has_pins:
            chosen = next((m.member_id for m in self._desk.station.election().members if m.role == "chair"), chosen)
        self._dialog = PassphrasePinDialog(self._desk, chosen, self)
        self._dialog.pin_reset.connect(self._on_dialog_pin_reset)
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        self.activateWindow()
        self.pin_edit.setFocus()

    def _on_dialog_pin_reset(self, member_id: str) -> None:
        self.show_members(member_id)
        self.pin_edit.clear()
        show_message(self.message_label, self.tr("The new PIN of {member} is set: type it to sign in.").format(
            member=member_id), True)


class DeskLock(QObject):
    """Puts the lock screen in front of the window's pages and takes it away when a member signs in."""

    locked = Signal()
    signed_in = Signal(str)

    def __init__(self, window: QMainWindow, desk: Desk) -> None:
        super().__init__(window)
        self._window = window
        self._desk = desk
        self._last_member: str | None = desk.actor
        self._idle_minutes = 0
        self._idle_limit_ms: int | None = None
        self.screen = LockScreen(desk)
        self.screen.signed_in.connect(self._on_screen_signed_in)
        self.stack = QStackedWidget()
        self.stack.setObjectName("lockStack")
        pages = window.takeCentralWidget()
        if pages is None:
            raise ValueError("the desk lock needs a window that already shows its pages")
        self._pages = pages
        self.stack.addWidget(pages)
        self.stack.addWidget(self.screen)
        window.setCentralWidget(self.stack)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        application().installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        """Whether the lock screen hides the pages."""
        return self.stack.currentWidget() is self.screen

    @property
    def idle_limit_ms(self) -> int:
        """Idle time before the screen locks: the station's minutes unless set here (drills, tests)."""
        return self._idle_limit_ms or self._idle_minutes * 60_000

    @idle_limit_ms.setter
    def idle_limit_ms(self, value: int | None) -> None:
        self._idle_limit_ms = value
        self._restart_idle_timer()

    def refresh(self) -> None:
        """Follow the station: lock when nobody is signed in to a loaded election; read the idle minutes."""
        station = self._desk.station
        if not station.has_election():
            self.stack.setCurrentIndex(0)
            self.idle_timer.stop()
            return
        minutes, self._idle_minutes = self._idle_minutes, station.auto_lock_minutes()
        if self._desk.actor is None and not self.is_locked:
            self.lock(close_dialogs=False)
        elif not self.is_locked and (minutes != self._idle_minutes or not self.idle_timer.isActive()):
            self._restart_idle_timer()

    def lock(self, *, close_dialogs: bool = True) -> None:
        """Hide the pages and forget who acts; open dialogs close with them (their work is not done)."""
        if not self._desk.station.has_election():
            return
        if self.is_locked:
            self.screen.pin_edit.setFocus()
            return
        self.idle_timer.stop()
        if close_dialogs:
            self._close_dialogs()
        self._last_member = self._desk.actor or self._last_member
        self._desk.actor = None
        self.screen.clear()
        self.screen.show_members(self._last_member)
        self.stack.setCurrentWidget(self.screen)
        self.screen.pin_edit.setFocus()
        self.locked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY and self.idle_timer.isActive():
            self.idle_timer.start()
        if event.type() in _KEYS and self.is_locked and isinstance(watched, QWidget) and self._pages.isAncestorOf(watched):
            # A window that was not in front when it locked gives the keyboard back to the widget that had it, behind
            # the lock screen: what is typed there belongs in the PIN field (it once landed in the opening form).
            self.screen.pin_edit.setFocus()
            if event.type() != QEvent.Type.InputMethod:
                QApplication.sendEvent(self.screen.pin_edit, event)
            return True
        return False

    def _restart_idle_timer(self) -> None:
        if self.is_locked or self._desk.actor is None or not self.idle_limit_ms:
            return
        self.idle_timer.start(self.idle_limit_ms)

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._belongs_to_window(widget):
                widget.reject()

    def _belongs_to_window(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def _on_idle_timer_timeout(self) -> None:
        # Locking closes the open dialogs; a job still running records into one of them: lock once it is done.
        if self._desk.busy:
            self.idle_timer.start(1000)
            return
        self.lock()

    def _on_screen_signed_in(self, member_id: str) -> None:
        self._desk.actor = member_id
        self._last_member = member_id
        self.stack.setCurrentIndex(0)
        self._restart_idle_timer()
        self.signed_in.emit(member_id)
