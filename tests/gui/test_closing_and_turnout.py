"""The station page at the end of the day: the chair closes the station; turnout at the reporting hours."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from akimdesk.gui.dialogs.close_station_dialog import CloseStationDialog
from akimdesk.gui.main_window import CHECK_IN, STATION
from akimdesk.gui.qt import QApplication, Qt
from tests.conftest import CHAIR, ISSUER
from tests.gui.conftest import type_text
from tests.gui.test_check_in_page import said
from tests.gui.test_glyphs_and_screenshots import LANGUAGE_NAMES, missing_glyphs, visible_text
from tests.gui.test_languages import choose_language

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, key_code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key_code, modifier)


def station_page_by_keyboard(qtbot, window):
    """Ctrl+2 from wherever the keyboard is: the station page, its next step focused."""
    key(qtbot, Qt.Key.Key_2, CTRL)
    page = window.station_page
    assert window.pages.currentWidget() is page
    return page


def open_close_dialog(qtbot, page) -> CloseStationDialog:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.close_button)
    key(qtbot, Qt.Key.Key_Space)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CloseStationDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.early_edit)
    return dialog


def test_the_chair_closes_the_station_and_check_in_ends(make_window, open_station, voter_iins, clock, qtbot):
    clock.set("09:00")
    for iin in voter_iins[:3]:
        open_station.check_in(iin, actor=ISSUER)
    clock.set("20:00")
    window = make_window(open_station, actor=CHAIR)
    page = station_page_by_keyboard(qtbot, window)
    assert page.close_intro_label.text().startswith("Дауыс беру сағат 20:00 дейін жалғасады.")
    dialog = open_close_dialog(qtbot, page)
    assert dialog.figures_label.text() == (
        "Берілген бюллетень: учаскеде 3, жылжымалы жәшікпен 0. Қалған бюллетень: 201.")

    key(qtbot, Qt.Key.Key_Return)  # not yet confirmed: nothing happens
    assert dialog.isVisible() and open_station.state() == "open"
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.confirm_check
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert open_station.state() == "closed"
    assert page.message_label.text() == said(
        "done-close", {"state": "closed", "issued_station": 3, "issued_mobile": 0}, "kk")
    check_in = window.nav_list.item(CHECK_IN)
    assert not check_in.flags() & Qt.ItemFlag.ItemIsEnabled
    assert check_in.toolTip() == "Учаске жабық: бюллетень беру аяқталды."
    assert window.status_labels["state"].text() == "Күйі: жабық"
    assert page.close_box.isHidden()


def test_closing_before_the_hour_needs_the_reason(make_window, open_station, clock, qtbot):
    clock.set("18:40")
    window = make_window(open_station, actor=CHAIR)
    page = station_page_by_keyboard(qtbot, window)
    dialog = open_close_dialog(qtbot, page)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and open_station.state() == "open"
    assert dialog.error_label.text() == said("close-before-hour", {"hour": "20:00"}, "kk")

    key(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.early_edit
    type_text(dialog.early_edit, "барлық сайлаушы дауыс берді")
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible() and open_station.state() == "closed"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_only_the_chair_closes_and_esc_changes_nothing(make_window, open_station, clock, qtbot):
    clock.set("20:05")
    window = make_window(open_station, actor=ISSUER)
    page = station_page_by_keyboard(qtbot, window)
    dialog = open_close_dialog(qtbot, page)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.error_label.text() == said(
        "role-not-allowed", {"member": ISSUER, "role": "member", "action": "close-station"}, "kk")
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and open_station.state() == "open"
    assert window.nav_list.item(CHECK_IN).flags() & Qt.ItemFlag.ItemIsEnabled


def cells(page, row: int) -> list[str]:
    table = page.turnout_box.table
    return [table.item(row, column).text() for column in range(table.columnCount())]


@pytest.fixture
def day(open_station, voter_iins, clock):
    """Four ballots by 10:00; by 12:00 two more, a mobile-box ballot and a voter added on the day."""
    clock.set("09:30")
    for iin in voter_iins[:4]:
        open_station.check_in(iin, actor=ISSUER)
    open_station.request_mobile(voter_iins[10], actor=ISSUER, reason="ill at home")
    clock.set("11:00")
    for iin in voter_iins[4:6]:
        open_station.check_in(iin, actor=ISSUER)
    open_station.check_in(voter_iins[10], actor=ISSUER, mobile=True, carriers=("M6", "M7"))
    open_station.add_voter(actor=ISSUER, iin="850315300128", surname="Нұрланова", given_name="Әсел",
                           birth_date=dt.date(1985, 3, 15), address="Ақсай, Абай 5", reason="court-decision",
                           detail="№ 2-145")
    clock.set("12:30")
    return open_station


def test_the_turnout_table_shows_each_reporting_hour_and_now(make_window, day, voter_iins, clock, qtbot):
    window = make_window(day, actor=ISSUER)
    page = station_page_by_keyboard(qtbot, window)
    hours = [h.strftime("%H:%M") for h in day.election().reporting_hours]
    assert hours == ["10:00", "12:00", "14:00", "16:00", "18:00", "20:00"]
    assert cells(page, 0) == ["10:00", "200", "4", "2.00 %"]
    assert cells(page, 1) == ["12:00", "201", "7", "3.48 %"]  # the added voter counts as listed
    assert cells(page, 2) == ["14:00", "—", "—", "—"]
    assert cells(page, 6) == ["қазір, 12:30", "201", "7", "3.48 %"]
    at_ten = day.turnout(dt.time(10, 0))  # what `akimdesk turnout --at 10:00` prints
    assert cells(page, 0)[1:] == [str(at_ten.listed), str(at_ten.issued), f"{at_ten.percent:.2f} %"]

    # A ballot issued at the desk shows in the present row at once.
    key(qtbot, Qt.Key.Key_3, CTRL)
    search = window.check_in_page.search_edit
    qtbot.keyClicks(search, voter_iins[7])
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_2, CTRL)
    assert cells(page, 6) == ["қазір, 12:30", "201", "8", "3.98 %"]
    assert cells(page, 1) == ["12:00", "201", "7", "3.48 %"]  # a reporting hour keeps its figure

    # When the next reporting hour comes, its row fills in while the page is shown.
    clock.set("14:02")
    qtbot.waitUntil(lambda: cells(page, 2) == ["14:00", "201", "8", "3.98 %"], timeout=3000)
    assert cells(page, 6)[0] == "қазір, 14:02"


def test_no_turnout_table_before_the_station_opens(make_window, setup_station, clock, qtbot):
    clock.set("07:10")
    window = make_window(setup_station, actor=CHAIR)
    assert window.pages.currentWidget() is window.station_page
    assert window.station_page.turnout_box.isHidden() and window.station_page.close_box.isHidden()


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory) -> Path:
    """AKIMDESK_SCREENSHOTS when set (to keep them), else a temporary folder."""
    kept = os.environ.get("AKIMDESK_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_station_page_and_the_closing_form_have_every_glyph(
        make_window, day, app_font, screenshot_dir, qtbot, language):
    window = make_window(day, actor=CHAIR)
    choose_language(window, LANGUAGE_NAMES[language])
    window.nav_list.setCurrentRow(STATION)
    qtbot.wait(50)
    assert missing_glyphs(visible_text(window), app_font) == ""
    assert window.grab().save(str(screenshot_dir / f"checkin_station-open-{language}.png"))
    qtbot.keyClick(window.station_page.close_button, Qt.Key.Key_Space)
    dialog = QApplication.activeModalWidget()
    qtbot.wait(50)
    assert missing_glyphs(visible_text(dialog), app_font) == ""
    assert dialog.grab().save(str(screenshot_dir / f"checkin_close-dialog-{language}.png"))
    dialog.reject()
