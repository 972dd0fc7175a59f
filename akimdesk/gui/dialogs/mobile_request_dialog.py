"""Records a voter's request to vote by the mobile box: why, and why it is accepted late if it is."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.action_dialog import ActionDialog, note_label, optional
from akimdesk.gui.qt import QComboBox, QLabel, QLineEdit
from akimdesk.station import Voter
from akimdesk.station.records import MobileRequestRecorded


class MobileRequestDialog(ActionDialog):
    """The reason (a usual one offered, any other typed) and, after the deadline, why it is still taken."""

    def __init__(self, desk: Desk, voter: Voter, parent=None) -> None:
        super().__init__(desk, parent)
        self._voter = voter
        self.voter_label = QLabel()
        self.voter_label.setWordWrap(True)
        self.voter_label.setStyleSheet("font-weight: bold;")
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("mobileReason")
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(["", ""])
        self.reason_combo.setCurrentIndex(-1)
        self.late_edit = QLineEdit()
        self.late_edit.setObjectName("mobileLateReason")
        self._captions = [QLabel(), QLabel()]
        for caption, field in zip(self._captions, (self.reason_combo, self.late_edit), strict=False):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.note = note_label()
        self._min_width = 580
        self._finish([self.voter_label], [self.reason_combo, self.late_edit], [self.note])

    def _submit(self) -> MobileRequestRecorded:
        return self._desk.station.request_mobile(
            self._voter.iin, actor=self._desk.actor, reason=self.reason_combo.currentText(),
            override_reason=optional(self.late_edit.text()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Request for the mobile box"))
        self.voter_label.setText(self._voter_line(self._voter))
        typed = self.reason_combo.currentText() if self.reason_combo.currentIndex() < 0 else None
        self.reason_combo.setItemText(0, self.tr("Cannot come for health reasons"))
        self.reason_combo.setItemText(1, self.tr("Caring for a sick person"))
        if typed is not None:
            self.reason_combo.setEditText(typed)
        reason_edit = self.reason_combo.lineEdit()
        if reason_edit is not None:  # the combo is made editable, so it has its line edit
            reason_edit.setPlaceholderText(self.tr("choose with Down or type the reason"))
        deadline = self._desk.station.election().mobile_request_deadline.strftime("%H:%M")
        self._captions[0].setText(self.tr("Reason"))
        self._captions[1].setText(self.tr("Why it is taken late"))
        self.late_edit.setPlaceholderText(self.tr("only after {deadline}").format(deadline=deadline))
        self.note.setText(self.tr(
            "Written requests are taken until {deadline} on election day; a later one only with the reason "
            "it is accepted. Two members then carry the box to the voter.").format(deadline=deadline))
        self.ok_button.setText(self.tr("Record the request"))
