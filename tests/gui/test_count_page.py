"""The count page: two blind entries through the widgets, live control ratios, attendance, opinions, finalising."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from akimdesk.core.protocol import Opinion
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.gui.dialogs.count_reason_dialog import CountReasonDialog
from akimdesk.gui.dialogs.finalise_dialog import FinaliseDialog
from akimdesk.gui.main_window import PROTOCOL
from akimdesk.gui.pages.count_page import MEMBERS_TAB, SHEET_TAB
from akimdesk.gui.qt import QApplication, QDialogButtonBox, QFrame, Qt
from akimdesk.messages import render
from tests.conftest import BALANCED_COUNT, CHAIR, ISSUER, ISSUER_2, SECRETARY, enter_count
from tests.gui.conftest import type_text
from tests.gui.test_glyphs_and_screenshots import LANGUAGE_NAMES, missing_glyphs, visible_text
from tests.gui.test_languages import choose_language

PRESENT = ["M1", "M2", "M3", "M4", "M5", "M7"]
# The demo template's lines from 3, where the cursor starts, to the end (4 and 5 are filled from the records).
TYPED_ORDER = ["ballots_cancelled", "ballots_issued_station", "ballots_issued_mobile", "ballots_found_mobile",
               "ballots_found_station", "ballots_unofficial", "ballots_invalid", "ballots_valid", "votes_C1",
               "votes_C2", "votes_C3", "votes_against_all"]


def pin_of(member_id: str) -> str:
    return member_id[1:] * 4


@pytest.fixture
def station(closed_station):
    """The closed station with a PIN for every member, so that members can take turns at the desk."""
    for member in closed_station.election().members:
        closed_station.set_pin(member.member_id, pin_of(member.member_id), actor=CHAIR)
    return closed_station


def act_as(qtbot, window, member_id: str) -> None:
    """Hand the desk to another member: lock it (Ctrl+L), choose the member and type their PIN."""
    window.member_bar.lock_action.trigger()
    screen = window.lock.screen
    row = next(i for i in range(screen.member_list.count())
               if screen.member_list.item(i).data(Qt.ItemDataRole.UserRole) == member_id)
    rect = screen.member_list.visualItemRect(screen.member_list.item(row))
    qtbot.mouseClick(screen.member_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClicks(screen.pin_edit, pin_of(member_id))
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert window._desk.actor == member_id and not window.lock.is_locked


def type_count(qtbot, page, values: dict, key=Qt.Key.Key_Return) -> None:
    """From where the page puts the cursor, type each line and press Enter (or Tab); a prefilled line is passed."""
    page.setFocus()
    for line in TYPED_ORDER:
        field = QApplication.focusWidget()
        assert field is page.sheet_widget.field(line, page._entry), line
        if line in values:
            field.selectAll()
            qtbot.keyClicks(field, str(values[line]))
        qtbot.keyClick(field, key)


def status_text(page, key: str) -> str:
    return page.sheet_widget.status_label(key).text()


def open_tab(qtbot, page, tab: int) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert page.tabs.currentIndex() == tab


def record_attendance(qtbot, window, page, present) -> None:
    act_as(qtbot, window, SECRETARY)
    open_tab(qtbot, page, MEMBERS_TAB)
    for member_id, box in page.attendance_panel.boxes.items():
        if box.isChecked() != (member_id in present):
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.attendance_panel.record_button, Qt.MouseButton.LeftButton)


def open_finalise_dialog(qtbot, page) -> FinaliseDialog:
    qtbot.mouseClick(page.finalise_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FinaliseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_two_members_enter_the_count_blind_and_the_chair_finalises(make_window, station, qtbot):
    window = make_window(station, actor=ISSUER)
    page = window.count_page
    assert window.pages.currentWidget() is page
    assert page.sheet_widget.field("ballots_received", 1).placeholderText() == "204"
    type_count(qtbot, page, BALANCED_COUNT)
    assert page.entry_radios[1].isChecked()
    assert status_text(page, "votes_C1") == render("tally-status-waiting", {}, "kk")
    assert status_text(page, "ballots_received") == render("tally-status-prefilled", {}, "kk")

    assert str(BALANCED_COUNT["votes_against_all"]) in page.message_label.text()  # the member's own last value
    act_as(qtbot, window, ISSUER_2)
    # Another member made the first entry: the second is chosen, and the first entry's figures stay hidden,
    # the status line's message of the first member's last line included.
    assert page.entry_radios[2].isChecked()
    assert page.message_label.text() == ""
    first = page.sheet_widget.field("ballots_cancelled", 1)
    assert first.text() == "" and first.placeholderText() == "жасырын"
    type_count(qtbot, page, BALANCED_COUNT)
    assert first.text() == "197"
    for key in BALANCED_COUNT:
        assert status_text(page, key) == render("tally-status-agreed", {}, "kk"), key
    assert page.ratios_panel.outcome_of("H1") == "met"

    record_attendance(qtbot, window, page, PRESENT)
    act_as(qtbot, window, CHAIR)
    assert "#0a4d20" in page.readiness_label.styleSheet()  # ready: every line agreed, quorum present
    dialog = open_finalise_dialog(qtbot, page)
    assert not dialog.override_edit.isVisible()
    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=15_000)
    assert dialog.message_label.text() == render("passphrase-wrong", {}, "kk") and station.state() == "counting"
    # The wrong passphrase is selected: typing it again replaces it.
    assert dialog.passphrase_edit.hasSelectedText() and dialog.passphrase_edit.selectedText() == "not the passphrase"
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: station.state() == "finalised", timeout=15_000)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    protocol = station.store.protocol(1)
    assert protocol["protocol_hash"] in page.message_label.text()
    assert json.loads(protocol["data"])["lines"][2]["value"] == 197
    assert window.nav_list.item(PROTOCOL).flags() & Qt.ItemFlag.ItemIsEnabled
    assert page.sheet_widget.field("ballots_cancelled", 1).isReadOnly()
    assert not page.finalise_button.isVisible()


def test_a_mismatch_between_the_entries_is_highlighted_on_its_line(make_window, station, qtbot):
    window = make_window(station, actor=ISSUER)
    page = window.count_page
    type_count(qtbot, page, BALANCED_COUNT)
    act_as(qtbot, window, ISSUER_2)
    type_count(qtbot, page, dict(BALANCED_COUNT, votes_C1=4), key=Qt.Key.Key_Tab)
    assert status_text(page, "votes_C1") == render("tally-status-mismatch", {}, "kk")
    assert page.sheet_widget.row_status("votes_C1") == "mismatch"
    assert "#fde2e1" in page.sheet_widget.findChild(QFrame, "tallyRow_votes_C1").styleSheet()
    assert "#fde2e1" not in page.sheet_widget.findChild(QFrame, "tallyRow_votes_C2").styleSheet()
    assert (page.sheet_widget.field("votes_C1", 1).text(), page.sheet_widget.field("votes_C1", 2).text()) == ("3", "4")
    assert status_text(page, "votes_C2") == render("tally-status-agreed", {}, "kk")
    assert [k for k in BALANCED_COUNT if page.sheet_widget.row_status(k) == "mismatch"] == ["votes_C1"]
    assert page.readiness_label.text() == render("tally-mismatch", {"line": "11", "count": 1}, "kk")

    # The second member corrects their figure: the line agrees again.
    field = page.sheet_widget.field("votes_C1", 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert status_text(page, "votes_C1") == render("tally-status-agreed", {}, "kk")


def test_a_failing_control_ratio_blocks_finalising_and_an_override_reason_unblocks_it(
        make_window, station, qtbot):
    enter_count(station, dict(BALANCED_COUNT, ballots_cancelled=196))
    station.record_present(PRESENT, actor=SECRETARY)
    window = make_window(station, actor=CHAIR)
    page = window.count_page
    assert page.ratios_panel.outcome_of("H1") == "failed"
    dialog = open_finalise_dialog(qtbot, page)
    assert dialog.override_edit.isVisible() and "H1" in dialog.failing_label.text()

    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.text() != "", timeout=15_000)
    refusal = dialog.message_label.text()
    assert refusal.startswith("H1 бақылау арақатынасы орындалмады")
    assert "айырма 1" in refusal and "--override" not in refusal
    assert station.state() == "counting" and dialog.isVisible()

    type_text(dialog.override_edit, "бір бюллетень жыртылған")
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: station.state() == "finalised", timeout=15_000)
    data = json.loads(station.store.protocol(1)["data"])
    assert data["overrides"] == [{"ratio": "H1", "reason": "бір бюллетень жыртылған"}]


def test_the_ratio_panel_follows_a_corrected_value_from_fail_to_pass(make_window, station, qtbot):
    window = make_window(station, actor=ISSUER)
    page = window.count_page
    chip = lambda: page.ratios_panel.outcome_of("H1")  # noqa: E731
    assert chip() == "waiting"
    field = page.sheet_widget.field("ballots_cancelled", 1)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "196")
    # Live, before the value is even recorded: 204 received, 6 + 1 + 196 accounted for.
    assert chip() == "failed" and "айырма 1" in page.ratios_panel.text("H1").text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert chip() == "failed"
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "197")
    assert chip() == "met"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert chip() == "met" and "H1: 2 = 4 + 5 + 3 (204 = 204)" in page.ratios_panel.text("H1").text()


def test_only_digits_go_into_a_line(make_window, station, qtbot):
    window = make_window(station, actor=ISSUER)
    field = window.count_page.sheet_widget.field("votes_C1", 1)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "1a2-3")
    assert field.text() == "123"


def test_a_line_from_the_records_needs_a_reason_to_change(make_window, station, qtbot):
    window = make_window(station, actor=ISSUER)
    page = window.count_page
    field = page.sheet_widget.field("ballots_issued_station", 1)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    dialog = page.findChild(CountReasonDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.refusal_label.text().startswith("4-жол жазбалардан алынған (6)")
    assert "--reason" not in dialog.refusal_label.text()
    qtbot.keyClicks(dialog.reason_edit, "signature found later")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert station.store.rows("tally_entries", "entry_id")[-1]["reason"] == "signature found later"
    assert field.text() == "7"


def test_attendance_and_a_special_opinion_are_recorded(make_window, station, qtbot):
    window = make_window(station, actor=ISSUER)
    page = window.count_page
    record_attendance(qtbot, window, page, ["M1", "M2", "M3", "M4"])
    panel = page.attendance_panel
    assert panel.quorum_label.text() == "Қатысушы ретінде тіркелгені: 7 мүшенің 4. Кворум (үштен екісі): 5."
    assert "#a61b1b" in panel.quorum_label.styleSheet()
    record_attendance(qtbot, window, page, PRESENT)
    assert "6" in panel.quorum_label.text() and "#0a4d20" in panel.quorum_label.styleSheet()
    preview = station.protocol_preview()
    assert [m.member_id for m in preview.members if m.is_present] == PRESENT

    act_as(qtbot, window, ISSUER)
    qtbot.mouseClick(panel.boxes["M6"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    refusal = render("role-not-allowed", {"member": ISSUER, "role": "member", "action": "record-attendance"}, "kk")
    assert panel.message_label.text() == refusal
    assert [m.member_id for m in station.protocol_preview().members if m.is_present] == PRESENT

    act_as(qtbot, window, "M6")
    opinions = page.opinion_panel
    assert "M6 — Петров Сергей Иванович" in opinions.author_label.text()
    opinions.text_edit.setFocus()
    type_text(opinions.text_edit, "Жылжымалы жәшік кешігіп оралды.")
    qtbot.mouseClick(opinions.add_button, Qt.MouseButton.LeftButton)
    assert opinions.opinion_list.count() == 1
    listed = opinions.opinion_list.item(0).text()
    assert listed == "M6 — Петров Сергей Иванович: Жылжымалы жәшік кешігіп оралды."
    assert station.protocol_preview().opinions == (Opinion("M6", "Жылжымалы жәшік кешігіп оралды."),)


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory) -> Path:
    """AKIMDESK_SCREENSHOTS when set (to keep them), else a temporary folder."""
    kept = os.environ.get("AKIMDESK_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_character_of_the_count_has_a_glyph_and_is_photographed(
        make_window, station, app_font, screenshot_dir, qtbot, language):
    enter_count(station, dict(BALANCED_COUNT, ballots_cancelled=196), first=ISSUER, second=ISSUER_2)
    station.set_tally("votes_C1", 4, entry=2, actor=ISSUER_2)
    station.record_present(PRESENT, actor=SECRETARY)
    station.add_opinion("Жылжымалы жәшік кешігіп оралды.", actor="M6")
    window = make_window(station, actor=CHAIR)
    choose_language(window, LANGUAGE_NAMES[language])
    page = window.count_page
    shots = []
    open_tab(qtbot, page, SHEET_TAB)
    page.sheet_scroll.ensureWidgetVisible(page.sheet_widget.field("votes_against_all", 1))
    shots.append(("count_sheet", window))
    qtbot.wait(50)
    for name, widget in shots:
        assert missing_glyphs(visible_text(widget), app_font) == "", (name, language)
        assert widget.grab().save(str(screenshot_dir / f"{name}-{language}.png"))
    open_tab(qtbot, page, MEMBERS_TAB)
    qtbot.wait(50)
    assert missing_glyphs(visible_text(window), app_font) == "", language
    assert window.grab().save(str(screenshot_dir / f"count_members-{language}.png"))
    dialog = open_finalise_dialog(qtbot, page)
    qtbot.wait(50)
    assert missing_glyphs(visible_text(dialog), app_font) == "", language
    assert dialog.grab().save(str(screenshot_dir / f"count_finalise-{language}.png"))
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=15_000)
    assert missing_glyphs(visible_text(dialog), app_font) == "", language
    assert dialog.grab().save(str(screenshot_dir / f"count_finalise_refused-{language}.png"))
    dialog.reject()

    open_tab(qtbot, page, SHEET_TAB)
    field = page.sheet_widget.field("ballots_issued_station", 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    reason = page.findChild(CountReasonDialog)
    qtbot.wait(50)
    assert missing_glyphs(visible_text(reason), app_font) == "", language
    assert reason.grab().save(str(screenshot_dir / f"count_reason-{language}.png"))
    reason.reject()
    assert field.text() == ""
