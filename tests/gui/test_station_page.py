"""The Station page: status, the chair's opening form, and the demo election for an empty database."""

from __future__ import annotations

import datetime as dt

from akimdesk.gui.main_window import CHECK_IN, STATION
from akimdesk.gui.qt import QApplication, Qt
from tests.conftest import CHAIR, ELECTION_DATE, ISSUER
from tests.gui.test_check_in_page import said


def open_with_keyboard(qtbot, window, ballots: str, watch: str) -> None:
    page = window.station_page
    page.ballots_spin.setFocus()
    qtbot.keyClick(page.ballots_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.ballots_spin, ballots)
    # Tab into the time field selects its hour; typing then fills hour and minutes.
    qtbot.keyClick(page.ballots_spin, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.watch_time_edit
    qtbot.keyClicks(page.watch_time_edit, watch)
    assert page.watch_time_edit.time().toString("HH:mm") == watch
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)


def test_chair_opens_the_station_and_check_in_becomes_available(make_window, setup_station, clock, qtbot):
    clock.set("07:30")
    window = make_window(setup_station, actor=CHAIR)
    assert window.nav_list.currentRow() == STATION
    # Before opening, the check-in page only records absentee certificates and mobile-box requests.
    check_in = window.check_in_page
    assert check_in.issue_button.isHidden() and not check_in.absentee_button.isHidden()
    assert check_in.notice_label.text().startswith("Учаске әлі ашылмаған")

    open_with_keyboard(qtbot, window, "204", "07:32")

    assert setup_station.state() == "open"
    assert setup_station.status().ballots_left == 204
    assert window.nav_list.item(CHECK_IN).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not check_in.issue_button.isHidden() and check_in.absentee_button.isHidden()
    assert check_in.notice_label.isHidden()
    assert window.pages.currentWidget() is window.check_in_page
    assert window.status_labels["state"].text() == "Күйі: ашық"
    assert window.status_labels["ballots"].text() == "Қалған бюллетень: 204"
    assert QApplication.focusWidget() is window.check_in_page.search_edit


def test_a_member_who_is_not_the_chair_is_refused_in_their_language(make_window, setup_station, clock, qtbot):
    clock.set("07:30")
    window = make_window(setup_station, actor=ISSUER)
    open_with_keyboard(qtbot, window, "204", "07:30")
    assert setup_station.state() == "setup"
    expected = said("role-not-allowed", {"member": ISSUER, "role": "member", "action": "open-station"}, "kk")
    assert window.station_page.message_label.text() == expected


def test_a_watch_far_from_the_laptop_clock_is_refused(make_window, setup_station, clock, qtbot):
    clock.set("07:30")
    window = make_window(setup_station, actor=CHAIR)
    open_with_keyboard(qtbot, window, "204", "08:15")
    assert setup_station.state() == "setup"
    assert window.station_page.message_label.text() == said("laptop-clock-differs", {"laptop": "07:30"}, "kk")


def test_status_shows_election_precinct_state_and_turnout(make_window, open_station, voter_iins):
    open_station.check_in(voter_iins[0], actor=ISSUER)
    window = make_window(open_station, actor=ISSUER)
    window._go_to(0)
    facts = window.station_page._fact_values
    assert facts["election"].text().startswith("[DEMO] ДЕМО — Ақсай")
    assert facts["precinct"].text() == "№1001 сайлау учаскесі (ДЕМО)"
    assert facts["state"].text() == "ашық"
    assert (facts["listed"].text(), facts["issued_station"].text(), facts["turnout"].text()) == ("200", "1", "0.50 %")
    assert window.status_labels["turnout"].text() == "Қатысу: 0.50 %"
    assert window.station_page.open_box.isHidden()


def test_an_empty_database_offers_the_demo_election(make_window, empty_station, clock, qtbot):
    from akimdesk.gui.dialogs.demo_election_dialog import DemoElectionDialog

    clock.set("07:00", clock.now.date())
    window = make_window(empty_station)
    page = window.station_page
    assert not page.empty_box.isHidden() and page.open_box.isHidden()
    # The real package is loaded on the Setup page; the demo stays one key away here.
    assert "«Дайындық» бетінде жүктеледі" in page.empty_label.text()
    assert "akimdesk election load" not in page.empty_label.text()
    assert not window.lock.is_locked

    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DemoElectionDialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert empty_station.state() == "setup"
    details = dialog.details_label.text()
    assert "M1  Жақсылықова Айгүл Серікқызы — төраға" in details
    assert "demo-commission-passphrase" in details
    assert page.empty_box.isHidden() and not page.open_box.isHidden()
    assert window.lock.is_locked and window.lock.screen.member_list.count() == 7  # who acts signs in
    assert window.windowTitle() == "akimdesk — №1001 учаске [DEMO]"


def test_the_watch_time_of_a_form_left_open_overnight_is_filled_again(make_window, setup_station, clock, qtbot):
    clock.set("22:10", ELECTION_DATE - dt.timedelta(days=1))
    window = make_window(setup_station, actor=CHAIR)
    page = window.station_page
    assert page.watch_time_edit.time().toString("HH:mm") == "22:10"
    clock.set("07:20")
    window.clock_timer.timeout.emit()
    assert page.watch_time_edit.time().toString("HH:mm") == "07:20"
    open_with_keyboard(qtbot, window, "204", "07:21")
    assert setup_station.state() == "open"
