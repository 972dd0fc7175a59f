"""Records an absentee certificate issued before the day: the voter then gets no ballot at this station."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.action_dialog import ActionDialog, note_label
from akimdesk.gui.qt import QLabel, QLineEdit
from akimdesk.station import Voter


class AbsenteeDialog(ActionDialog):
    """The voter named above, the certificate's number in one field."""

    def __init__(self, desk: Desk, voter: Voter, parent=None) -> None:
        super().__init__(desk, parent)
        self._voter = voter
        self.voter_label = QLabel()
        self.voter_label.setWordWrap(True)
        self.voter_label.setStyleSheet("font-weight: bold;")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("absenteeNumber")
        self.number_caption = QLabel()
        self.number_caption.setBuddy(self.number_edit)
        self.form.addRow(self.number_caption, self.number_edit)
        self.note = note_label()
        self._finish([self.voter_label], [self.number_edit], [self.note])

    def _submit(self) -> Voter:
        return self._desk.station.issue_absentee(self._voter.iin, actor=self._desk.actor,
                                                 number=self.number_edit.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Absentee certificate"))
        self.voter_label.setText(self._voter_line(self._voter))
        self.number_caption.setText(self.tr("Certificate number"))
        deadline = self._desk.station.election().absentee_deadline.strftime("%H:%M")
        self.note.setText(self.tr(
            "Certificates are issued until {deadline} on the day before the election. A voter who holds one "
            "cannot get a ballot at this station.").format(deadline=deadline))
        self.ok_button.setText(self.tr("Record the certificate"))
