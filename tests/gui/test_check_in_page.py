"""The check-in page driven from the keyboard: find, card, issue, refusal, undo, and the focus."""

from __future__ import annotations

import pytest

from akimdesk.core.names import search_tokens
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.undo_check_in_dialog import UndoCheckInDialog
from akimdesk.gui.qt import QApplication, Qt
from tests.conftest import CHAIR, ISSUER, ISSUER_2
from tests.gui.conftest import type_text


def said(code: str, params: dict | None = None, language: str = "kk") -> str:
    """A catalogue message as the window words it (the desk leaves out command-line options)."""
    return Desk(station=None, clock=None, language=language).say(code, params)


@pytest.fixture
def page(make_window, open_station, clock):
    clock.set("09:15")
    window = make_window(open_station, actor=ISSUER)
    assert window.pages.currentWidget() is window.check_in_page
    return window.check_in_page


def press(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key)


def hand_over(qtbot, window, member_id: str) -> None:
    """Another member takes the desk: Ctrl+L locks it, arrows choose the member, the PIN signs them in."""
    station = window.check_in_page._desk.station
    station.set_pin(member_id, member_id[1:] * 4, actor=CHAIR)
    window.member_bar.lock_action.trigger()
    screen = window.lock.screen
    for _ in range(screen.member_list.count()):
        if screen.chosen_member() == member_id:
            break
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Down)
    qtbot.keyClicks(screen.pin_edit, member_id[1:] * 4)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert not window.lock.is_locked


def scan_and_issue(qtbot, page, iin: str) -> None:
    qtbot.keyClicks(page.search_edit, iin)
    press(qtbot, page.search_edit, Qt.Key.Key_Return)
    press(qtbot, page.search_edit, Qt.Key.Key_Return)


def test_scanned_iin_shows_the_card_then_enter_issues_the_ballot(page, open_station, voter_iins, qtbot):
    iin = voter_iins[3]
    qtbot.keyClicks(page.search_edit, iin)
    press(qtbot, page.search_edit, Qt.Key.Key_Return)
    voter = open_station.voter(iin)
    assert page.card.voter == voter
    assert page.card._values["name"].text() == voter.full_name
    assert page.card._values["ballot"].text() == "Бюллетень әлі берілмеген"
    assert open_station.voter(iin).ballot is None

    press(qtbot, page.search_edit, Qt.Key.Key_Return)

    ballot = open_station.voter(iin).ballot
    assert ballot is not None and ballot.member_id == ISSUER
    assert page.banner_label.text() == said(
        "done-checkin", {"voter_full_name": voter.full_name, "at_local": "2026-11-29 09:15:00", "ballots_left": 203},
        "kk")
    assert page.search_edit.text() == ""
    assert page.card._values["ballot"].text().startswith("29.11.2026 09:15 берілді, берген M4")
    assert QApplication.focusWidget() is page.search_edit


def test_a_second_ballot_is_refused_with_when_desk_and_member(page, open_station, voter_iins, clock, qtbot):
    iin = voter_iins[4]
    scan_and_issue(qtbot, page, iin)
    clock.set("10:40")
    hand_over(qtbot, page.window(), ISSUER_2)
    scan_and_issue(qtbot, page, iin)

    text = page.banner_label.text()
    assert text.startswith("Бұл сайлаушы бюллетеньді 29.11.2026 09:15 алған, берген M4")
    assert "Қасымов Дәулет Нұрланұлы" in text and open_station.device_id[:8] in text
    assert open_station.turnout().issued_station == 1
    assert QApplication.focusWidget() is page.search_edit


def test_undo_with_a_reason_gives_the_ballot_back(page, open_station, voter_iins, qtbot):
    iin = voter_iins[5]
    scan_and_issue(qtbot, page, iin)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(UndoCheckInDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.reason_edit, "қате сайлаушы")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert open_station.voter(iin).ballot is None
    assert open_station.turnout().issued_station == 0
    assert page.banner_label.text().startswith(open_station.voter(iin).full_name)
    assert page.card._values["ballot"].text() == "Бюллетень әлі берілмеген"
    assert QApplication.focusWidget() is page.search_edit


def test_undo_without_a_reason_asks_again_and_changes_nothing(page, open_station, voter_iins, qtbot):
    iin = voter_iins[6]
    scan_and_issue(qtbot, page, iin)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(UndoCheckInDialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not ok.isEnabled()  # a blank reason is asked for again
    assert open_station.voter(iin).ballot is not None
    type_text(dialog.reason_edit, "қате")
    assert ok.isEnabled()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and open_station.voter(iin).ballot is None


def test_kazakh_name_prefix_typed_letter_by_letter_finds_and_issues(page, open_station, qtbot):
    type_text(page.search_edit, "Құр")
    rows = page.model.rowCount()
    assert rows > 0
    names = [page.model.voter(row).full_name for row in range(rows)]
    assert all(any(t.startswith(search_tokens("Құр")[0]) for t in search_tokens(name)) for name in names)
    assert any(word.startswith("Құр") for name in names for word in name.split())

    press(qtbot, page.search_edit, Qt.Key.Key_Down)
    press(qtbot, page.search_edit, Qt.Key.Key_Down)
    chosen = page.model.voter(1) if rows > 1 else page.model.voter(0)
    assert page.card.voter == chosen
    press(qtbot, page.search_edit, Qt.Key.Key_Up)
    assert page.card.voter == page.model.voter(0)
    chosen = page.model.voter(0)
    press(qtbot, page.search_edit, Qt.Key.Key_Return)
    assert open_station.voter(chosen.iin).ballot is not None


def test_escape_clears_and_the_input_keeps_the_focus(page, voter_iins, qtbot):
    type_text(page.search_edit, "Ә")
    press(qtbot, page.search_edit, Qt.Key.Key_Down)
    assert page.card.voter is not None
    press(qtbot, page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == "" and page.model.rowCount() == 0 and page.card.voter is None
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.search_edit


def test_an_iin_not_on_the_list_is_explained(page, qtbot):
    qtbot.keyClicks(page.search_edit, "850315300128")
    press(qtbot, page.search_edit, Qt.Key.Key_Return)
    assert page.card.voter is None
    assert page.banner_label.text() == said("voter-not-on-list", {}, "kk")


def test_the_chair_may_not_issue_ballots(make_window, open_station, voter_iins, qtbot):
    window = make_window(open_station, actor=CHAIR)
    page = window.check_in_page
    scan_and_issue(qtbot, page, voter_iins[7])
    assert open_station.voter(voter_iins[7]).ballot is None
    assert page.banner_label.text() == said(
        "role-not-allowed", {"member": CHAIR, "role": "chair", "action": "issue-ballot"}, "kk")


def test_the_member_who_signs_in_is_who_acts(make_window, open_station, voter_iins, qtbot):
    window = make_window(open_station, actor=ISSUER)
    hand_over(qtbot, window, ISSUER_2)
    scan_and_issue(qtbot, window.check_in_page, voter_iins[8])
    assert open_station.voter(voter_iins[8]).ballot.member_id == ISSUER_2
    assert window.status_labels["turnout"].text() == "Қатысу: 0.50 %"


def test_the_last_voters_banner_goes_when_the_next_card_shows(page, open_station, voter_iins, qtbot):
    scan_and_issue(qtbot, page, voter_iins[20])
    assert page.banner.isVisible() and open_station.voter(voter_iins[20]).ballot is not None
    qtbot.keyClicks(page.search_edit, voter_iins[21])
    press(qtbot, page.search_edit, Qt.Key.Key_Return)
    assert page.card.voter == open_station.voter(voter_iins[21])
    assert not page.banner.isVisible()  # "ballot issued" was about the previous voter


@pytest.mark.parametrize("typed", ["85031530012", "8503153001288", "85031530012O"])
def test_a_number_that_is_not_an_iin_says_what_is_wrong(page, qtbot, typed):
    qtbot.keyClicks(page.search_edit, typed)
    press(qtbot, page.search_edit, Qt.Key.Key_Return)
    assert page.banner.isVisible() and page.banner_label.text() == said("iin-not-12-digits")
    assert page.card.voter is None
