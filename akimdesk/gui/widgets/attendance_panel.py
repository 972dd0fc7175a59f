"""Who of the commission is present for the count and the protocol, and whether that makes a quorum."""

from __future__ import annotations

from collections.abc import Sequence

from akimdesk.core.election import Member
from akimdesk.core.errors import AkimdeskError
from akimdesk.core.protocol import quorum
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import QCheckBox, QGroupBox, QLabel, QPushButton, Qt, QVBoxLayout, Signal
from akimdesk.gui.translations import Retranslating


class AttendancePanel(Retranslating, QGroupBox):
    """A tick per member; recording the ticks is one audited write by the chair, deputy or secretary."""

    attendance_recorded = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._members: tuple[Member, ...] = ()
        self._present: list[str] = []
        self._message: tuple[str, dict, bool] | AkimdeskError | None = None
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        self._boxes_layout = QVBoxLayout()
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setWordWrap(True)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordPresentButton")
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("attendanceMessage")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self._boxes_layout)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self.retranslate()

    def show_attendance(self, members: Sequence[Member], present: Sequence[str], *, editable: bool) -> None:
        """Tick the members recorded present; `editable` is False once the protocol is finalised."""
        # Ticks not yet recorded survive a refresh (e.g. choosing the secretary as acting member before recording).
        is_new = tuple(members) != self._members or list(present) != self._present
        if tuple(members) != self._members:
            for box in self.boxes.values():
                self._boxes_layout.removeWidget(box)
                box.deleteLater()
            self.boxes = {}
            for member in members:
                box = QCheckBox()
                box.setObjectName(f"present_{member.member_id}")
                self._boxes_layout.addWidget(box)
                self.boxes[member.member_id] = box
            self._members = tuple(members)
        self._present = list(present)
        for member_id, box in self.boxes.items():
            if is_new:
                box.setChecked(member_id in self._present)
            box.setEnabled(editable)
        self.record_button.setEnabled(editable)
        self._fill_texts()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Members present"))
        self.intro_label.setText(self.tr(
            "Tick every member present for the count and the signing of the protocol, then record the list. "
            "The chair, the deputy or the secretary records it."))
        self.record_button.setText(self.tr("Record who is present"))
        self._fill_texts()

    def _fill_texts(self) -> None:
        for member in self._members:
            self.boxes[member.member_id].setText(
                f"{member.member_id} — {member.name} ({self._desk.say('role-' + member.role)})")
        needed, total = quorum(len(self._members))
        count = len(self._present)
        self.quorum_label.setText(self.tr("Recorded present: {count} of {members}. Quorum (two thirds): {needed}.")
                                  .format(count=count, members=total, needed=needed))
        self.quorum_label.setStyleSheet("font-weight: bold; color: %s;" % ("#0a4d20" if count >= needed else "#a61b1b"))
        if isinstance(self._message, AkimdeskError):
            show_message(self.message_label, self._desk.explain(self._message), False)
        elif self._message is not None:
            code, params, is_success = self._message
            show_message(self.message_label, self._desk.say(code, params), is_success)
        else:
            self.message_label.clear()

    def _on_record_button_clicked(self) -> None:
        ticked = [member_id for member_id, box in self.boxes.items() if box.isChecked()]
        try:
            result = self._desk.station.record_present(ticked, actor=self._desk.actor)
        except AkimdeskError as error:
            self._message = error
            self._fill_texts()
            return
        self._message = ("done-protocol-present", {"count": result.count, "members": result.members,
                                                   "needed": result.needed}, True)
        self._present = list(result.present)
        self._fill_texts()
        self.attendance_recorded.emit()
