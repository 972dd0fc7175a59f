"""The whole day in one window, driven through the widgets: from the district's package on a stick to the
exported bundle that verifies.

An empty database; the package and the voter list as the district and the akimat hand them over; members who
sign in with their PINs; voters checked in by the scanner, by name, added on the day and by the mobile box;
closing, the count entered twice, the signed protocol, the bundle on the stick. The station's service is read
only to check what the widgets did.
"""

from __future__ import annotations

import json

import pytest

from akimdesk.bundle import usb
from akimdesk.bundle.format import read_bundle
from akimdesk.demo import DEMO_MEMBERS, DEMO_PASSPHRASE, DEMO_PINS
from akimdesk.gui.dialogs.add_voter_dialog import AddVoterDialog
from akimdesk.gui.dialogs.issue_details_dialog import IssueDetailsDialog
from akimdesk.gui.dialogs.mobile_request_dialog import MobileRequestDialog
from akimdesk.gui.dialogs.pin_dialog import PassphrasePinDialog, SetPinDialog
from akimdesk.gui.dialogs.undo_check_in_dialog import UndoCheckInDialog
from akimdesk.gui.main_window import CHECK_IN, COUNT, PROTOCOL, SETUP, STATION
from akimdesk.gui.pages.count_page import MEMBERS_TAB, SHEET_TAB
from akimdesk.gui.printing import count_pages
from akimdesk.gui.qt import QApplication, Qt, QTimer
from tests.conftest import CHAIR, ISSUER, ISSUER_2
from tests.gui.conftest import type_text
from tests.gui.test_check_in_extras import NOT_LISTED, back_in_search, find, focus_window, key, shortcut, typed
from tests.gui.test_check_in_page import said, scan_and_issue
from tests.gui.test_closing_and_turnout import cells, open_close_dialog
from tests.gui.test_count_page import open_finalise_dialog, open_tab, type_count
from tests.gui.test_export_page import (
    JOB_TIMEOUT_MS,
    STICK_BYTES,
    choose_file,
    click,
    open_export_page,
    wait_for_result,
)
from tests.gui.test_lock import choose, type_pin
from tests.gui.test_setup_page import answer_file_dialog, type_fingerprint, wait_for_message

CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = {member_id: name for member_id, name, _ in DEMO_MEMBERS}
PACKAGE_FILE = "package-demo-p1001.json"


def go_to(qtbot, window, row: int):
    """Ctrl+1..6 from wherever the keyboard is (once background work has let go of the input)."""
    qtbot.waitUntil(lambda: not window._desk.busy and focus_window() is window, timeout=JOB_TIMEOUT_MS)
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    assert window.pages.currentIndex() == row
    return window.pages.currentWidget()


def sign_in(qtbot, window, member_id: str) -> None:
    """The desk changes hands: Ctrl+L, the member chosen with the arrow keys, their PIN and Enter."""
    qtbot.waitUntil(lambda: focus_window() is window)  # a dialog just closed gives the keyboard back
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    screen = window.lock.screen
    assert window.lock.is_locked and not window.pages.isVisible()
    assert window.member_bar.member_label.text() == "ешкім (құлыпталған)"
    choose(qtbot, screen, member_id)
    type_pin(qtbot, screen, DEMO_PINS[member_id])
    assert not window.lock.is_locked and window.pages.isVisible()
    assert window.member_bar.member_label.text().startswith(f"{member_id} — {NAMES[member_id]} (")


def status(window) -> tuple[str, str, str]:
    """The status bar's state, turnout and ballots left."""
    labels = window.status_labels
    return labels["state"].text(), labels["turnout"].text(), labels["ballots"].text()


def banner(page) -> str:
    return page.banner_label.text()


def is_red(page) -> bool:
    return "#fde2e1" in page.banner.styleSheet()


@pytest.fixture
def stick(tmp_path, monkeypatch, demo_package) -> usb.FolderDrive:
    """The district's stick: the signed package at its top, the only removable drive the laptop sees."""
    drive = usb.FolderDrive(tmp_path / "AKIM_STICK", capacity_bytes=STICK_BYTES, label="AKIM_STICK")
    (drive.mount_point / PACKAGE_FILE).write_bytes(demo_package.package)
    monkeypatch.setattr(usb, "list_removable_drives", lambda: [drive])
    return drive


def load_the_package(qtbot, window, station, demo_package) -> None:
    """The chair loads the package from the stick: fingerprint typed from the paper act, the passphrases."""
    page = window.setup_page
    form = page.package_form
    assert window.pages.currentIndex() == SETUP and not window.lock.is_locked
    qtbot.mouseClick(form.refresh_button, Qt.MouseButton.LeftButton)
    assert [form.usb_list.item(i).text() for i in range(form.usb_list.count())] == [f"AKIM_STICK: {PACKAGE_FILE}"]
    form.usb_list.setFocus()
    qtbot.keyClick(form.usb_list, Qt.Key.Key_Down)
    assert form.summary_label.text().startswith(f"{PACKAGE_FILE}: [DEMO] ДЕМО — Ақсай")
    type_fingerprint(qtbot, form, demo_package.fingerprint)
    assert form.fingerprint.match_label.text() == "Пакеттегі саусақ ізіне сәйкес келеді."
    assert form.member_combo.currentData() == CHAIR
    qtbot.keyClicks(form.one_time_edit, demo_package.one_time_passphrase)
    qtbot.keyClicks(form.new_passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClicks(form.repeat_passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClick(form.repeat_passphrase_edit, Qt.Key.Key_Return)
    message = wait_for_message(qtbot, form.message_label)

    assert station.state() == "setup" and station.election().precinct_number == "1001"
    assert message.startswith(said("done-election-load", {"package_version": 1,
                                                          "election_id": demo_package.election_id}))
    assert "#0a4d20" in form.message_label.styleSheet()
    assert window.windowTitle() == "akimdesk — №1001 учаске [DEMO]"
    assert page.import_button.isEnabled() and window.pages.currentIndex() == SETUP


def import_the_voter_list(qtbot, window, station, voter_csv, monkeypatch) -> None:
    """The akimat's list (a CSV file) is imported in the background; the status bar shows the ballots."""
    page = window.setup_page
    answer_file_dialog(monkeypatch, voter_csv)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    message = wait_for_message(qtbot, page.import_message_label)
    assert message == said("done-voters-import", {"imported": 200, "flagged": 0})
    assert page.list_status_label.text() == "Импортталған тізімдегі сайлаушылар саны: 200."
    assert station.status().voter_list.rows == 200
    assert status(window) == (f"Күйі: {said('state-setup')}", "Қатысу: 0.00 %", "Қалған бюллетень: 204")


def chair_sets_the_first_pin(qtbot, window, station) -> None:
    """Nobody has a PIN yet: the chair locks the desk (Ctrl+L) and sets their own with the commission passphrase."""
    qtbot.waitUntil(lambda: focus_window() is window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    screen = window.lock.screen
    assert window.lock.is_locked and screen.first_use_label.isVisible()
    assert screen.forgot_button.text() == "Төрағаның PIN-кодын комиссияның құпия сөз тіркесімен орнату…"
    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(PassphrasePinDialog)
    assert dialog.isVisible() and dialog.member_box.currentData() == CHAIR
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClicks(dialog.pin_edit, DEMO_PINS[CHAIR])
    qtbot.keyClicks(dialog.again_edit, DEMO_PINS[CHAIR])
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert screen.message_label.text() == f"{CHAIR} үшін жаңа PIN-код орнатылды: кіру үшін оны теріңіз."
    assert not screen.first_use_label.isVisible() and screen.chosen_member() == CHAIR
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.pin_edit)
    type_pin(qtbot, screen, DEMO_PINS[CHAIR])
    assert not window.lock.is_locked
    assert window.member_bar.member_label.text() == f"{CHAIR} — {NAMES[CHAIR]} (төраға)"
    assert station.has_pins()


def chair_sets_a_members_pin(qtbot, window, member_id: str) -> None:
    """The chair's "PINs" menu in the toolbar, "Set a member's PIN…": the member, the PIN twice."""
    bar = window.member_bar
    assert bar.pins_button.isEnabled()
    menu = bar.pins_menu

    def choose_the_first_item() -> None:  # the menu is open (it holds the button's click until it closes)
        assert menu.isVisible() and menu.actions()[0] is bar.set_pin_action
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose_the_first_item)
    qtbot.mouseClick(bar.pins_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SetPinDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Мүшенің PIN-кодын орнату"
    dialog.member_box.setFocus()
    type_text(dialog.member_box, member_id)  # a combo box jumps to the member whose line starts so
    assert dialog.member_box.currentData() == member_id
    qtbot.keyClicks(dialog.pin_edit, DEMO_PINS[member_id])
    qtbot.keyClicks(dialog.again_edit, DEMO_PINS[member_id])
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == said("done-member-pin-set",
                                                       {"member": member_id, "name": NAMES[member_id]})


def chair_opens_the_station(qtbot, window, station, clock) -> None:
    """Election day, 07:30: the chair takes the desk and opens the station; check-in is shown."""
    clock.set("07:30")
    sign_in(qtbot, window, CHAIR)
    page = go_to(qtbot, window, STATION)
    assert page.member_label.text() == f"{CHAIR} — {NAMES[CHAIR]} (төраға)"
    assert page.ballots_spin.value() == 204  # as the package says the district delivered
    assert page.laptop_time_label.text() == "07:30"
    # The ballots counted, then Tab to the time on the chair's watch: its hour is selected, ready to be typed over.
    page.ballots_spin.setFocus()
    qtbot.keyClick(page.ballots_spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(page.ballots_spin, "204")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.watch_time_edit
    assert page.watch_time_edit.lineEdit().selectedText() == page.watch_time_edit.text()[:2]
    qtbot.keyClicks(page.watch_time_edit, "07:30")
    assert page.watch_time_edit.text() == "07:30"
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert station.state() == "open"
    assert page.message_label.text().startswith("Учаске ашылды. Алынған бюллетень: 204. Ноутбук уақыты: ")
    assert "07:30" in page.message_label.text()
    assert window.pages.currentWidget() is window.check_in_page
    assert QApplication.focusWidget() is window.check_in_page.search_edit
    assert status(window) == ("Күйі: ашық", "Қатысу: 0.00 %", "Қалған бюллетень: 204")


def scanner_check_ins(qtbot, window, station, voter_iins, clock) -> None:
    """09:00: five voters by the scanner (digits and Enter, Enter again issues); the fifth was the wrong one."""
    page = window.check_in_page
    clock.set("09:00")
    for number, iin in enumerate(voter_iins[:5], start=1):
        voter = station.voter(iin)
        scan_and_issue(qtbot, page, iin)
        assert banner(page) == said("done-checkin", {"voter_full_name": voter.full_name,
                                                     "at_local": "2026-11-29 09:00:00", "ballots_left": 204 - number})
        assert page.card.voter.iin == iin and page.search_edit.text() == ""
        assert window.status_labels["ballots"].text() == f"Қалған бюллетень: {204 - number}"
    assert window.status_labels["turnout"].text() == "Қатысу: 2.50 %"

    clock.set("09:05")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Z, CTRL)
    dialog = page.findChild(UndoCheckInDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.reason_edit, "басқа сайлаушының ЖСН-і сканерленді")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    undone = station.voter(voter_iins[4])
    assert undone.ballot is None
    assert banner(page).startswith(undone.full_name) and not is_red(page)
    assert page.card._values["ballot"].text() == "Бюллетень әлі берілмеген"
    assert status(window)[1:] == ("Қатысу: 2.00 %", "Қалған бюллетень: 200")


def name_search_check_in(qtbot, window, station, voter_iins, clock) -> None:
    """09:20: a voter without a scannable card: the first letters of the name, the arrows, Enter."""
    page = window.check_in_page
    clock.set("09:20")
    voter = station.voter(voter_iins[5])
    surname, given = voter.full_name.split()[:2]
    type_text(page.search_edit, f"{surname} {given[:3]}")
    found = [page.model.voter(row).iin for row in range(page.model.rowCount())]
    assert voter.iin in found
    for _ in range(found.index(voter.iin) + 1):
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.card.voter.iin == voter.iin
    assert page.card._values["name"].text() == voter.full_name
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert station.voter(voter.iin).ballot.member_id == ISSUER
    assert banner(page) == said("done-checkin", {"voter_full_name": voter.full_name,
                                                 "at_local": "2026-11-29 09:20:00", "ballots_left": 199})
    assert status(window)[1:] == ("Қатысу: 2.50 %", "Қалған бюллетень: 199")


def a_second_ballot_is_refused(qtbot, window, station, voter_iins, clock) -> None:
    """09:30: the first voter comes back; the card and the red banner say when and from whom."""
    page = window.check_in_page
    clock.set("09:30")
    scan_and_issue(qtbot, page, voter_iins[0])
    text = banner(page)
    assert text.startswith(f"Бұл сайлаушы бюллетеньді 29.11.2026 09:00 алған, берген {ISSUER} {NAMES[ISSUER]}")
    assert station.device_id[:8] in text and is_red(page)
    assert page.card._values["ballot"].text().startswith(f"29.11.2026 09:00 берілді, берген {ISSUER}")
    assert station.turnout().issued_station == 5
    assert status(window)[1:] == ("Қатысу: 2.50 %", "Қалған бюллетень: 199")


def add_on_voter(qtbot, window, station, clock) -> None:
    """10:15: a voter with a court decision who is not on the list is added (Ctrl+N) and gets the ballot."""
    page = window.check_in_page
    clock.set("10:15")
    find(qtbot, page, NOT_LISTED)
    assert banner(page) == said("voter-not-on-list") and is_red(page)
    dialog = shortcut(qtbot, page, Qt.Key.Key_N)
    assert isinstance(dialog, AddVoterDialog)
    assert dialog.iin_edit.text() == NOT_LISTED and dialog.birth_edit.text() == "15.03.1985"
    key(qtbot, Qt.Key.Key_Tab)
    typed("Нұрланова")
    key(qtbot, Qt.Key.Key_Tab)
    typed("Әсел")
    for _ in range(3):  # no patronymic; the birth date is read from the IIN
        key(qtbot, Qt.Key.Key_Tab)
    typed("Ақсай, Абай 5")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.reason_combo.currentText() == "Сот шешімі"
    key(qtbot, Qt.Key.Key_Tab)
    typed("Ақсай аудандық соты, № 2-145, 20.11.2026")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    typed("041234567")
    key(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    added = station.voter(NOT_LISTED)
    assert added.added_reason == "court-decision" and added.ballot.member_id == ISSUER
    assert banner(page) == (said("done-voters-add", {"voter_full_name": "Нұрланова Әсел"}) + " " + said(
        "done-checkin", {"voter_full_name": "Нұрланова Әсел", "at_local": "2026-11-29 10:15:00", "ballots_left": 198}))
    assert page.card._values["added"].text() == "сайлау күні, сот шешімімен"
    assert back_in_search(qtbot, page)
    assert status(window)[1:] == ("Қатысу: 2.99 %", "Қалған бюллетень: 198")  # 6 of 201 listed


def mobile_box(qtbot, window, station, voter_iins, clock) -> None:
    """10:30 a relative asks for the mobile box (Ctrl+M); 11:00 the box brings the ballot (Ctrl+D)."""
    page = window.check_in_page
    iin = voter_iins[10]
    clock.set("10:30")
    find(qtbot, page, iin)
    dialog = shortcut(qtbot, page, Qt.Key.Key_M)
    assert isinstance(dialog, MobileRequestDialog)
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.reason_combo.currentText() == "Денсаулығына байланысты келе алмайды"
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert banner(page) == said("done-mobile-request", {"at": "29.11.2026 10:30"})
    assert page.card._values["mobile"].text() == "өтініш 29.11.2026 10:30: Денсаулығына байланысты келе алмайды"

    clock.set("11:00")
    assert back_in_search(qtbot, page)
    find(qtbot, page, iin)
    dialog = shortcut(qtbot, page, Qt.Key.Key_D)
    assert isinstance(dialog, IssueDetailsDialog)
    assert dialog.request_label.text().startswith("Жылжымалы жәшікке өтініш, 29.11.2026 10:30")
    assert QApplication.focusWidget() is dialog.document_edit
    key(qtbot, Qt.Key.Key_Tab)  # past the helper's name
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    assert dialog.mobile_check.isChecked()
    key(qtbot, Qt.Key.Key_Tab)
    typed("M6")
    key(qtbot, Qt.Key.Key_Tab)
    typed("M7")
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    ballot = station.voter(iin).ballot
    assert ballot.mode == "mobile" and ballot.member_id == ISSUER
    assert page.card._values["ballot"].text().endswith("жылжымалы жәшік")
    assert back_in_search(qtbot, page)
    assert status(window)[1:] == ("Қатысу: 3.48 %", "Қалған бюллетень: 197")  # 7 of 201


def chair_closes_the_station(qtbot, window, station, clock) -> None:
    """20:00: the chair closes the station; the figures and the reporting hours are as the day went."""
    clock.set("20:00")
    sign_in(qtbot, window, CHAIR)
    page = go_to(qtbot, window, STATION)
    assert page.close_intro_label.text().startswith("Дауыс беру сағат 20:00 дейін жалғасады.")
    dialog = open_close_dialog(qtbot, page)
    assert dialog.figures_label.text() == (
        "Берілген бюллетень: учаскеде 6, жылжымалы жәшікпен 1. Қалған бюллетень: 197.")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.confirm_check
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible() and station.state() == "closed"
    assert page.message_label.text() == said(
        "done-close", {"state": "closed", "issued_station": 6, "issued_mobile": 1})
    assert status(window) == ("Күйі: жабық", "Қатысу: 3.48 %", "Қалған бюллетень: 197")
    facts = page._fact_values
    assert [facts[k].text() for k in ("listed", "issued_station", "issued_mobile", "turnout", "ballots_left")] == [
        "201", "6", "1", "3.48 %", "197"]
    # The reporting hours as the day went: five at 10:00 of the 200 listed; by 12:00 the added voter and the box.
    assert cells(page, 0) == ["10:00", "200", "5", "2.50 %"]
    assert cells(page, 1) == ["12:00", "201", "7", "3.48 %"]
    assert cells(page, 5) == ["20:00", "201", "7", "3.48 %"]
    assert not window.nav_list.item(CHECK_IN).flags() & Qt.ItemFlag.ItemIsEnabled


def the_count(station) -> dict[str, int]:
    """What the commission counts, from the station's records: the unused ballots are cancelled, every issued
    ballot is found in its box, one is invalid and the valid ones are the votes."""
    figures = station.figures()
    issued = figures.ballots_issued_station + figures.ballots_issued_mobile
    votes = {"votes_C1": 3, "votes_C2": 2, "votes_C3": 0, "votes_against_all": 1}
    count = {
        "ballots_cancelled": figures.ballots_received - issued,
        "ballots_found_mobile": figures.ballots_issued_mobile,
        "ballots_found_station": figures.ballots_issued_station,
        "ballots_unofficial": 0, "ballots_invalid": issued - sum(votes.values()), "ballots_valid": sum(votes.values()),
        **votes,
    }
    assert (figures.ballots_received, issued, count["ballots_cancelled"], count["ballots_invalid"]) == (
        204, 7, 197, 1)
    return count


def two_members_enter_the_count(qtbot, window, station, clock) -> dict[str, int]:
    """Two members in turn type every line, the second without seeing the first; the lines agree."""
    clock.set("20:40")
    count = the_count(station)
    sign_in(qtbot, window, ISSUER)
    page = go_to(qtbot, window, COUNT)
    open_tab(qtbot, page, SHEET_TAB)
    sheet = page.sheet_widget
    assert sheet.field("voters_listed", 1).placeholderText() == "201"
    assert sheet.field("ballots_received", 1).placeholderText() == "204"
    type_count(qtbot, page, count)
    assert page.entry_radios[1].isChecked()
    assert sheet.status_label("votes_C1").text() == said("tally-status-waiting")

    sign_in(qtbot, window, ISSUER_2)
    assert page.entry_radios[2].isChecked()
    first = sheet.field("ballots_cancelled", 1)
    assert first.text() == "" and first.placeholderText() == "жасырын"  # the first entry stays hidden
    type_count(qtbot, page, count)
    assert first.text() == str(count["ballots_cancelled"])
    for line in count:
        assert sheet.status_label(line).text() == said("tally-status-agreed"), line
    for ratio in ("H1", "H2", "H3", "H4", "H5"):
        assert page.ratios_panel.outcome_of(ratio) == "met", ratio
    return count


def chair_records_the_members_and_finalises(qtbot, window, station, clock) -> None:
    """The chair ticks the members present, records them, and signs the protocol with the passphrase."""
    clock.set("21:10")
    sign_in(qtbot, window, CHAIR)
    page = go_to(qtbot, window, COUNT)
    open_tab(qtbot, page, MEMBERS_TAB)
    panel = page.attendance_panel
    for box in panel.boxes.values():
        if not box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.quorum_label.text() == "Қатысушы ретінде тіркелгені: 7 мүшенің 7. Кворум (үштен екісі): 5."
    assert "#0a4d20" in page.readiness_label.styleSheet()  # every line agreed, the quorum present

    dialog = open_finalise_dialog(qtbot, page)
    assert not dialog.override_edit.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: station.state() == "finalised" and not dialog.isVisible(), timeout=15_000)
    protocol = station.store.protocol(1)
    assert page.message_label.text() == said("done-protocol-finalise", {
        "version": 1, "finalised_at_local": "2026-11-29 21:10", "protocol_hash": protocol["protocol_hash"]})
    assert status(window)[0] == "Күйі: хаттама бекітілді"
    assert window.nav_list.item(PROTOCOL).flags() & Qt.ItemFlag.ItemIsEnabled


def the_signed_protocol_is_shown(qtbot, window, station, count) -> None:
    """Ctrl+5: the signed original, page by page, with the figures of the count."""
    page = go_to(qtbot, window, PROTOCOL)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0 and page.render_job is None, timeout=JOB_TIMEOUT_MS)
    pdf, kind = station.protocol_pdf()
    assert kind == "signed" and page.shown_kind() == "signed"
    assert page.preview.page_count() == count_pages(pdf)
    assert all(not label.pixmap().isNull() for label in page.preview.page_labels)
    assert page.state_label.text().startswith("1-нұсқаның қол қойылған түпнұсқасы")
    assert page.paper_box.save_button.isEnabled() and page.paper_box.print_button.isEnabled()
    verified = station.verify_protocol(pdf)
    lines = verified.data.values
    assert {k: lines[k] for k in count} == count
    assert (lines["voters_listed"], lines["ballots_issued_station"], lines["ballots_issued_mobile"]) == (201, 6, 1)


def export_to_the_stick(qtbot, window, station, stick, district, monkeypatch, clock) -> None:
    """The chair writes the bundle to the stick: safe to remove, and it verifies; the audit log checks."""
    clock.set("21:30")
    page = open_export_page(qtbot, window)
    assert "AKIM_STICK" in page.picker.drive_combo.currentText()
    assert page.member_label.text() == f"{CHAIR} — {NAMES[CHAIR]} (төраға)"
    qtbot.keyClicks(page.passphrase_edit, DEMO_PASSPHRASE)
    click(qtbot, page.export_button)
    wait_for_result(qtbot, page)

    assert page.banner.is_success()
    assert page.banner.headline_label.text() == "USB флешканы алуға болады"
    bundles = sorted(stick.mount_point.glob("*.akb"))
    assert len(bundles) == 1
    assert sorted(p.name for p in stick.mount_point.iterdir()) == sorted([PACKAGE_FILE, bundles[0].name])
    data = bundles[0].read_bytes()
    assert page.banner.detail_label.text().startswith(said(
        "done-bundle-export", {"file": bundles[0].name, "bytes": len(data), "sequence": 1}))
    assert page.passphrase_edit.text() == ""

    # The bundle on the stick verifies against the district's certificate and carries the day as it went.
    bundle = read_bundle(data, district[1])
    manifest = bundle.manifest
    assert (manifest["precinct"], manifest["sequence"], manifest["protocol_versions"]) == ("1001", 1, [1])
    assert manifest["latest_protocol"]["protocol_hash"] == station.store.protocol(1)["protocol_hash"]
    final = bundle.json_part("turnout.json")["final"]
    assert (final["listed"], final["issued_station"], final["issued_mobile"]) == (201, 6, 1)
    assert bundle.parts["protocol/v1.pdf"] == station.protocol_pdf()[0]
    audit = json.loads(bundle.parts["audit.json"])
    assert audit["head"] == manifest["audit_head"] == audit["events"][-1]["hash"]

    # The same file, chosen on the page's own check, verifies there too.
    choose_file(monkeypatch, bundles[0])
    click(qtbot, page.verify_button)
    wait_for_result(qtbot, page)
    assert page.banner.is_success()
    assert page.banner.detail_label.text() == said(
        "done-bundle-verify", {"precinct": "1001", "sequence": 1, "protocol_versions": "1"})

    # The audit log holds every step, by whom it was done, and its chain and rows check.
    checked = station.verify_audit()
    assert checked.head == station.audit_head() and checked.events == len(audit["events"]) + 1
    events = list(station.store.audit_events())
    assert (events[-1].kind, events[-1].actor) == ("bundle-exported", CHAIR)
    steps = [e.kind for e in events if e.kind not in ("member-signed-in", "ballot-issued", "tally-entered")]
    assert steps == [
        "database-created", "election-loaded", "voter-list-imported", "member-pin-reset", "member-pin-set",
        "member-pin-set", "station-opened", "check-in-undone", "voter-added", "mobile-requested", "station-closed",
        "count-started", "attendance-recorded", "protocol-finalised", "bundle-sequence-reserved", "bundle-exported"]
    assert [e.actor for e in events if e.kind == "member-signed-in"] == [
        CHAIR, ISSUER, CHAIR, ISSUER, CHAIR, ISSUER, ISSUER_2, CHAIR]
    assert [e.actor for e in events if e.kind == "ballot-issued"] == [ISSUER] * 8
    tallies = [e.actor for e in events if e.kind == "tally-entered"]
    assert tallies == [ISSUER] * 10 + [ISSUER_2] * 10


def test_the_whole_day_from_the_package_on_a_stick_to_the_verified_bundle(
        make_window, empty_station, demo_package, voter_csv, voter_iins, district, stick, clock, monkeypatch,
        qtbot):
    station = empty_station
    window = make_window(station)
    assert status(window)[0] == f"Күйі: {said('state-empty')}"

    # The day before the election, 10:00: the package, the voter list, the members' PINs.
    load_the_package(qtbot, window, station, demo_package)
    import_the_voter_list(qtbot, window, station, voter_csv, monkeypatch)
    chair_sets_the_first_pin(qtbot, window, station)
    for member_id in (ISSUER, ISSUER_2):
        chair_sets_a_members_pin(qtbot, window, member_id)
    sign_in(qtbot, window, ISSUER)
    assert window.station_page.member_label.text() == f"{ISSUER} — {NAMES[ISSUER]} (мүше)"

    # Election day.
    chair_opens_the_station(qtbot, window, station, clock)
    sign_in(qtbot, window, ISSUER)
    assert window.pages.currentIndex() == CHECK_IN
    scanner_check_ins(qtbot, window, station, voter_iins, clock)
    name_search_check_in(qtbot, window, station, voter_iins, clock)
    a_second_ballot_is_refused(qtbot, window, station, voter_iins, clock)
    add_on_voter(qtbot, window, station, clock)
    mobile_box(qtbot, window, station, voter_iins, clock)
    chair_closes_the_station(qtbot, window, station, clock)

    # The count, the protocol, the bundle for the district.
    count = two_members_enter_the_count(qtbot, window, station, clock)
    chair_records_the_members_and_finalises(qtbot, window, station, clock)
    the_signed_protocol_is_shown(qtbot, window, station, count)
    export_to_the_stick(qtbot, window, station, stick, district, monkeypatch, clock)
