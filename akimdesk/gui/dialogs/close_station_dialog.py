"""The chair's closing of the station: the day's figures, the reason when it is early, and a confirmation."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.action_dialog import ActionDialog, note_label, optional
from akimdesk.gui.qt import QCheckBox, QLabel, QLineEdit
from akimdesk.station.records import StationClosed


class CloseStationDialog(ActionDialog):
    """Closing ends check-in for good, so the button waits for the chair's tick."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("closeFigures")
        self.figures_label.setWordWrap(True)
        self.figures_label.setStyleSheet("font-weight: bold;")
        self.time_label = note_label()
        self.early_edit = QLineEdit()
        self.early_edit.setObjectName("closeEarlyReason")
        self.early_caption = QLabel()
        self.early_caption.setBuddy(self.early_edit)
        self.form.addRow(self.early_caption, self.early_edit)
        self.confirm_check = QCheckBox()
        self.confirm_check.setObjectName("closeConfirm")
        self.confirm_check.toggled.connect(self._on_confirm_check_toggled)
        self.form.addRow(self.confirm_check)
        self._finish([self.figures_label, self.time_label], [self.early_edit, self.confirm_check])
        self.ok_button.setEnabled(False)

    def _submit(self) -> StationClosed:
        return self._desk.station.close_station(actor=self._desk.actor,
                                                override_reason=optional(self.early_edit.text()))

    def _on_confirm_check_toggled(self, checked: bool) -> None:
        self.ok_button.setEnabled(checked)

    def retranslate(self) -> None:
        station = self._desk.station
        figures = station.turnout()
        election = station.election()
        hour = election.polls_close.strftime("%H:%M")
        self.setWindowTitle(self.tr("Close the station"))
        self.figures_label.setText(self.tr(
            "Ballots issued: {station} at the station, {mobile} by the mobile box. Ballots left: {left}.").format(
                station=figures.issued_station, mobile=figures.issued_mobile, left=station.status().ballots_left))
        self.time_label.setText(self.tr("Voting lasts until {hour}; the laptop's time is {now}.").format(
            hour=hour, now=self._desk.local_now().strftime("%H:%M")))
        self.early_caption.setText(self.tr("Reason for closing early"))
        self.early_edit.setPlaceholderText(self.tr("only before {hour}").format(hour=hour))
        self.confirm_check.setText(self.tr("Check-in ends for good when the station is closed"))
        self.ok_button.setText(self.tr("Close the station"))
