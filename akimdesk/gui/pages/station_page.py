"""The station page: what is loaded, where the day stands, turnout at the reporting hours, opening and closing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk, show_date
from akimdesk.gui.dialogs.close_station_dialog import CloseStationDialog
from akimdesk.gui.dialogs.demo_election_dialog import DemoElectionDialog
from akimdesk.gui.pages.base import Page, show_message, title_label
from akimdesk.gui.pages.turnout_table import TurnoutTableWidget
from akimdesk.gui.qt import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    Qt,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    Signal,
)
from akimdesk.station.records import StationClosed, StationStatus

WATCH_TIME_STALE_S = 15 * 60
FACTS = ("election", "date", "precinct", "state", "voter_list", "listed", "issued_station", "issued_mobile",
         "turnout", "ballots_left")


class StationPage(Page):
    """The station's status and turnout; the opening form while it is set up, the closing while it is open."""

    station_opened = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._status: StationStatus | None = None
        self._message: tuple[str, dict[str, Any], bool] | None = None
        self._demo_dialog: DemoElectionDialog | None = None
        self._close_dialog: CloseStationDialog | None = None
        self.title_label = title_label()

        self.facts_box = QGroupBox()
        self._fact_values = {key: QLabel() for key in FACTS}
        self._fact_captions = {key: QLabel() for key in FACTS}
        facts = QFormLayout(self.facts_box)
        for key in FACTS:
            self._fact_values[key].setWordWrap(True)
            self._fact_values[key].setObjectName(f"fact_{key}")
            facts.addRow(self._fact_captions[key], self._fact_values[key])

        self.empty_box = QGroupBox()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        empty = QVBoxLayout(self.empty_box)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.open_box = QGroupBox()
        self.open_intro_label = QLabel()
        self.open_intro_label.setWordWrap(True)
        self.ballots_spin = QSpinBox()
        self.ballots_spin.setObjectName("ballotsReceived")
        self.ballots_spin.setRange(0, 1_000_000)
        self.ballots_spin.setMaximumWidth(160)
        self.watch_time_edit = QTimeEdit()
        self.watch_time_edit.setObjectName("watchTime")
        self.watch_time_edit.setDisplayFormat("HH:mm")
        self.watch_time_edit.setMaximumWidth(160)
        self.laptop_time_label = QLabel()
        self.member_label = QLabel()
        self.member_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openStationButton")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self._open_captions = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for caption, field in zip(self._open_captions,
                                  (self.ballots_spin, self.laptop_time_label, self.watch_time_edit, self.member_label), strict=False):
            form.addRow(caption, field)
        opening = QVBoxLayout(self.open_box)
        opening.addWidget(self.open_intro_label)
        opening.addLayout(form)
        opening.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.close_box = QGroupBox()
        self.close_intro_label = QLabel()
        self.close_intro_label.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeStationButton")
        self.close_button.setAutoDefault(True)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        closing = QVBoxLayout(self.close_box)
        closing.addWidget(self.close_intro_label)
        closing.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.turnout_box = TurnoutTableWidget(desk)
        self.message_label = QLabel()
        self.message_label.setObjectName("stationMessage")
        self.message_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.facts_box, 3)
        top.addWidget(self.turnout_box, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(top)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.open_box)
        layout.addWidget(self.close_box)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self._was_setup = False
        self._watch_filled_at: dt.datetime | None = None
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Station")

    def refresh(self) -> None:
        """Read the station's status again and show it."""
        self._status = self._desk.station.status()
        state = self._status.state
        self.empty_box.setVisible(state == "empty")
        self.open_box.setVisible(state == "setup")
        self.close_box.setVisible(state == "open")
        # The field the page gives the keyboard to when it is shown: the step the chair takes next.
        # No proxy (None) in the other states; PySide's stub forgets that Qt takes None here.
        self.setFocusProxy({"setup": self.ballots_spin, "open": self.close_button,  # type: ignore[arg-type]
                            "empty": self.demo_button}.get(state))
        self.turnout_box.setVisible(state not in ("empty", "setup") and self._status.voter_list is not None)
        if not self.turnout_box.isHidden():
            self.turnout_box.request_refresh()
        if state == "setup" and not self._was_setup:
            # Filled once when the form appears, so the chair's own corrections are not overwritten.
            self.ballots_spin.setValue(self._desk.station.election().ballots_delivered)
            self._fill_watch_time()
        self._was_setup = state == "setup"
        self._fill()

    def _fill_watch_time(self) -> None:
        now = self._desk.local_now()
        self.watch_time_edit.setTime(QTime(now.hour, now.minute))
        self._watch_filled_at = now

    def tick(self) -> None:
        """Keep the laptop time beside the opening form and the turnout of the present minute current."""
        # A form left open for a while (overnight) shows the time of its first showing: fill it again, unless
        # the chair is typing in it.
        filled_at = self._watch_filled_at
        if (self._was_setup and filled_at is not None and not self.watch_time_edit.hasFocus()
                and abs((self._desk.local_now() - filled_at).total_seconds()) > WATCH_TIME_STALE_S):
            self._fill_watch_time()
        if not self.open_box.isHidden():
            self.laptop_time_label.setText(self._desk.local_now().strftime("%H:%M"))
        self.turnout_box.refresh_each_minute()

    def retranslate(self) -> None:
        self.ballots_spin.setAccessibleName(self.tr("Ballots received"))
        self.watch_time_edit.setAccessibleName(self.tr("Time on your watch"))
        self.title_label.setText(self.tr("Station"))
        self.facts_box.setTitle(self.tr("Election and turnout"))
        captions = {
            "election": self.tr("Election"), "date": self.tr("Election day"), "precinct": self.tr("Precinct"),
            "state": self.tr("State"), "voter_list": self.tr("Voter list"), "listed": self.tr("Voters listed"),
            "issued_station": self.tr("Ballots issued at the station"),
            "issued_mobile": self.tr("Ballots issued by the mobile box"), "turnout": self.tr("Turnout"),
            "ballots_left": self.tr("Ballots left"),
        }
        for key, text in captions.items():
            self._fact_captions[key].setText(text)
        self.empty_box.setTitle(self.tr("No election loaded"))
        self.empty_label.setText(self.tr(
            "This database holds no election yet. The district's signed package is loaded on the Setup page, "
            "the first step in the navigation. For training, start the demo election."))
        self.demo_button.setText(self.tr("Start the demo election…"))
        self.open_box.setTitle(self.tr("Open the station"))
        self.open_intro_label.setText(self.tr(
            "The chair opens the station after counting the ballots received and showing the empty boxes "
            "sealed. Compare the laptop's time with your watch."))
        for caption, text in zip(self._open_captions, (
                self.tr("Ballots received"), self.tr("Laptop time"), self.tr("Time on your watch"),
                self.tr("Acting member")), strict=False):
            caption.setText(text)
        self.open_button.setText(self.tr("Open the station"))
        self.close_box.setTitle(self.tr("Close the station"))
        self.close_button.setText(self.tr("Close the station…"))
        self._fill()

    def _fill(self) -> None:
        status = self._status
        if status is None:
            return
        values = dict.fromkeys(FACTS, "—")
        values["state"] = self._desk.say(f"state-{status.state}")
        if status.title is not None and status.date is not None:
            election = self._desk.station.election()
            kazakh = self._desk.language == "kk"
            title = status.title.kk if kazakh else status.title.ru
            values["election"] = ("[DEMO] " if status.is_demo else "") + title
            values["date"] = show_date(status.date)
            values["precinct"] = election.precinct_name_kk if kazakh else election.precinct_name_ru
            values["ballots_left"] = str(status.ballots_left)
            if status.voter_list is not None:
                values["voter_list"] = self.tr("{rows} voters imported").format(rows=status.voter_list.rows)
                figures = self._desk.station.turnout()
                values.update(listed=str(figures.listed), issued_station=str(figures.issued_station),
                              issued_mobile=str(figures.issued_mobile), turnout=f"{figures.percent:.2f} %")
            self.laptop_time_label.setText(self._desk.local_now().strftime("%H:%M"))
            self.member_label.setText(self._member_text())
            self.close_intro_label.setText(self.tr(
                "Voting lasts until {hour}. Then the chair closes the station: check-in ends and the count "
                "begins. Acting: {member}.").format(hour=election.polls_close.strftime("%H:%M"),
                                                     member=self._member_text()))
        for key, value in values.items():
            self._fact_values[key].setText(value)
        self._show_message()

    def _member_text(self) -> str:
        member = self._desk.station.election().member(self._desk.actor or "")
        if member is None:
            return self.tr("choose the acting member in the toolbar")
        return f"{member.member_id} — {member.name} ({self._desk.say('role-' + member.role)})"

    def _on_open_button_clicked(self) -> None:
        watch = self.watch_time_edit.time()
        try:
            result = self._desk.station.open_station(
                actor=self._desk.actor, ballots_received=self.ballots_spin.value(),
                confirmed_time=dt.time(watch.hour(), watch.minute()))
        except AkimdeskError as error:
            self._message = (error.code, error.params, False)
            self._show_message()
            return
        self._message = ("done-open", dataclasses.asdict(result), True)
        self.records_changed.emit()
        self.station_opened.emit()

    def _on_close_button_clicked(self) -> None:
        self._close_dialog = CloseStationDialog(self._desk, self)
        self._close_dialog.succeeded.connect(self._on_close_dialog_succeeded)
        self._close_dialog.finished.connect(self._on_close_dialog_finished)
        self._close_dialog.open()

    def _on_close_dialog_succeeded(self, result: StationClosed) -> None:
        self._message = ("done-close", dataclasses.asdict(result), True)
        self.records_changed.emit()

    def _on_close_dialog_finished(self, _result: int) -> None:
        if self._close_dialog is not None:
            self._close_dialog.deleteLater()
        self._close_dialog = None
        self.activateWindow()
        self.setFocus()

    def _on_demo_button_clicked(self) -> None:
        self._demo_dialog = DemoElectionDialog(self._desk, self)
        self._demo_dialog.demo_loaded.connect(self.records_changed)
        self._demo_dialog.open()

    def _show_message(self) -> None:
        if self._message is None:
            self.message_label.clear()
            return
        code, params, is_success = self._message
        show_message(self.message_label, self._desk.say(code, params), is_success)
