"""The desk's lock: members sign in with their PIN, wrong PINs wait, Ctrl+L and idle time lock, the passphrase helps."""

from __future__ import annotations

import datetime as dt

import pytest

from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.gui.dialogs.pin_dialog import PassphrasePinDialog, SetPinDialog
from akimdesk.gui.qt import QApplication, Qt
from akimdesk.messages import render
from tests.conftest import CHAIR, ISSUER, ISSUER_2
from tests.gui.conftest import type_text


def choose(qtbot, screen, member_id: str) -> None:
    """Move through the member list with the arrow keys typed in the PIN field."""
    ids = [screen.member_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(screen.member_list.count())]
    steps = ids.index(member_id) - screen.member_list.currentRow()
    for _ in range(abs(steps)):
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert screen.chosen_member() == member_id


def type_pin(qtbot, screen, pin: str) -> None:
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)


@pytest.fixture
def pins(open_station, clock):
    """Election day, 09:00: the chair and two members have PINs."""
    clock.set("09:00")
    for member_id, pin in ((CHAIR, "1111"), (ISSUER, "4444"), (ISSUER_2, "5555")):
        open_station.set_pin(member_id, pin, actor=CHAIR)
    return open_station


def test_the_right_pin_signs_the_member_in_and_names_who_acts(make_window, pins, voter_iins, qtbot):
    window = make_window(pins)
    screen = window.lock.screen
    assert window.lock.is_locked and not window.pages.isVisible() and screen.isVisible()
    assert window.member_bar.member_label.text() == "ешкім (құлыпталған)"
    assert QApplication.focusWidget() is screen.pin_edit

    choose(qtbot, screen, ISSUER)
    type_pin(qtbot, screen, "4444")

    assert not window.lock.is_locked and window.pages.isVisible() and not screen.isVisible()
    assert window.member_bar.member_label.text() == "M4 — Қасымов Дәулет Нұрланұлы (мүше)"
    page = window.check_in_page
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, voter_iins[3])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert pins.voter(voter_iins[3]).ballot.member_id == ISSUER
    assert screen.pin_edit.text() == ""


def test_a_wrong_pin_is_refused_with_the_catalogue_message_and_the_wait(make_window, pins, clock, qtbot):
    window = make_window(pins)
    screen = window.lock.screen
    choose(qtbot, screen, ISSUER_2)
    type_pin(qtbot, screen, "1234")
    assert screen.message_label.text() == render("pin-wrong", {"member": ISSUER_2, "tries_left": 4}, "kk")
    assert window.lock.is_locked and screen.pin_edit.text() == ""
    for _ in range(4):
        type_pin(qtbot, screen, "1234")
    assert screen.message_label.text() == render("pin-wrong-wait", {"member": ISSUER_2, "seconds": 30}, "kk")
    assert "30 с күтіңіз" in screen.message_label.text()

    clock.now += dt.timedelta(seconds=10)
    type_pin(qtbot, screen, "5555")
    assert screen.message_label.text() == render("pin-wait", {"member": ISSUER_2, "seconds": 20}, "kk")
    assert window.lock.is_locked

    qtbot.keyClicks(screen.pin_edit, "850315300128")  # a scanner typing an IIN here costs nothing
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert screen.message_label.text() == render("pin-malformed", {"shortest": 4, "longest": 8}, "kk")

    clock.now += dt.timedelta(seconds=20)
    type_pin(qtbot, screen, "5555")
    assert not window.lock.is_locked and window.member_bar.member_label.text().startswith("M5 — ")


def test_ctrl_l_locks_the_desk_from_anywhere_and_hides_the_pages(make_window, pins, qtbot):
    window = make_window(pins, actor=ISSUER)
    page = window.check_in_page
    assert not window.lock.is_locked and QApplication.focusWidget() is page.search_edit
    type_text(page.search_edit, "нұр")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    screen = window.lock.screen
    assert window.lock.is_locked and not page.isVisible() and screen.isVisible()
    assert QApplication.focusWidget() is screen.pin_edit
    assert screen.chosen_member() == ISSUER  # the member who locked comes back with a PIN alone
    assert window.member_bar.member_label.text() == "ешкім (құлыпталған)"
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked
    type_pin(qtbot, screen, "4444")
    assert not window.lock.is_locked and QApplication.focusWidget() is page.search_edit


def test_the_desk_locks_itself_when_idle_and_closes_what_was_open(make_window, pins, qtbot):
    window = make_window(pins, actor=CHAIR)
    page = window.check_in_page
    window.lock.idle_limit_ms = 1000
    for _ in range(8):  # someone keeps working longer than the idle limit: no lock
        qtbot.wait(200)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_A)
    assert not window.lock.is_locked

    window.member_bar.set_pin_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetPinDialog) and w.isVisible())
    qtbot.waitUntil(lambda: window.lock.is_locked, timeout=5000)
    assert not dialog.isVisible() and not page.isVisible()
    assert window.member_bar.member_label.text() == "ешкім (құлыпталған)"
    assert not window.member_bar.pins_button.isEnabled()


def test_the_chair_sets_a_members_pin_and_that_member_signs_in(make_window, pins, qtbot):
    window = make_window(pins, actor=ISSUER)
    window.member_bar.set_pin_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetPinDialog) and w.isVisible())
    dialog.member_box.setCurrentIndex(dialog.member_box.findData("M7"))
    qtbot.keyClicks(dialog.pin_edit, "7777")
    qtbot.keyClicks(dialog.again_edit, "7777")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == render(
        "role-not-allowed", {"member": ISSUER, "role": "member", "action": "set-pin"}, "kk")
    dialog.reject()

    qtbot.keyClick(window.check_in_page.search_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    choose(qtbot, window.lock.screen, CHAIR)
    type_pin(qtbot, window.lock.screen, "1111")
    window.member_bar.set_pin_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SetPinDialog) and w.isVisible())
    dialog.member_box.setCurrentIndex(dialog.member_box.findData("M7"))
    qtbot.keyClicks(dialog.pin_edit, "7777")
    qtbot.keyClicks(dialog.again_edit, "7778")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == render("pin-mismatch", {}, "kk") and dialog.isVisible()
    dialog.again_edit.clear()
    qtbot.keyClicks(dialog.again_edit, "7777")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == render(
        "done-member-pin-set", {"member": "M7", "name": "Үсенов Жандос Маратұлы"}, "kk")

    qtbot.keyClick(window.check_in_page.search_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    choose(qtbot, window.lock.screen, "M7")
    type_pin(qtbot, window.lock.screen, "7777")
    assert window.member_bar.member_label.text().startswith("M7 — Үсенов Жандос Маратұлы")


def test_first_use_the_chair_sets_their_pin_with_the_commission_passphrase(make_window, open_station, qtbot):
    window = make_window(open_station)
    screen = window.lock.screen
    assert window.lock.is_locked and screen.first_use_label.isVisible()
    assert screen.forgot_button.text() == "Төрағаның PIN-кодын комиссияның құпия сөз тіркесімен орнату…"
    type_pin(qtbot, screen, "1111")
    assert screen.message_label.text() == render("pin-not-set", {"member": CHAIR}, "kk")

    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(PassphrasePinDialog)
    assert dialog.isVisible() and dialog.member_box.currentData() == CHAIR
    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
    qtbot.keyClicks(dialog.pin_edit, "2580")
    qtbot.keyClicks(dialog.again_edit, "2580")
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.error_label.text() == render("passphrase-wrong", {}, "kk")
    assert not open_station.has_pins()

    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert screen.message_label.text() == "M1 үшін жаңа PIN-код орнатылды: кіру үшін оны теріңіз."
    assert not screen.first_use_label.isVisible() and screen.chosen_member() == CHAIR
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.pin_edit)
    type_pin(qtbot, screen, "2580")
    assert not window.lock.is_locked and window.member_bar.member_label.text().startswith("M1 — ")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_lock_screen_in_kazakh_and_russian(make_window, pins, translations, qtbot, language):
    translations.switch(language)
    window = make_window(pins)
    screen = window.lock.screen
    choose(qtbot, screen, ISSUER)
    type_pin(qtbot, screen, "0000")
    titles = {"kk": "Үстел құлыпталған", "ru": "Стол заблокирован"}
    assert screen.title_label.text() == titles[language]
    assert screen.message_label.text() == render("pin-wrong", {"member": ISSUER, "tries_left": 4}, language)
    window.grab().save(f"/tmp/lock_{language}.png")


def test_keys_that_reach_a_page_behind_the_lock_go_to_the_pin_field(make_window, setup_station, clock, qtbot):
    # A window that was not in front when it locked hands the keyboard back to the widget that had it, behind
    # the lock screen: the chair's PIN once landed in the opening form ("111306" ballots received).
    clock.set("06:45")
    setup_station.set_pin(CHAIR, "1111", actor=CHAIR)
    window = make_window(setup_station, actor=CHAIR)
    spin = window.station_page.ballots_spin
    received = spin.value()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.is_locked
    qtbot.keyClicks(spin, "1111")  # delivered to the hidden field, as to a stale keyboard focus
    assert spin.value() == received and window.lock.screen.pin_edit.text() == "1111"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not window.lock.is_locked and window._desk.actor == CHAIR
    assert spin.value() == received
