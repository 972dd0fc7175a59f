"""Around the hot path, keyboard only: add-on voters, absentee certificates, mobile box, document and helper."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from akimdesk.gui.dialogs.absentee_dialog import AbsenteeDialog
from akimdesk.gui.dialogs.add_voter_dialog import AddVoterDialog
from akimdesk.gui.dialogs.issue_details_dialog import IssueDetailsDialog
from akimdesk.gui.dialogs.mobile_request_dialog import MobileRequestDialog
from akimdesk.gui.main_window import CHECK_IN, STATION
from akimdesk.gui.qt import QApplication, QCheckBox, QDialog, Qt, QWidget
from tests.conftest import CHAIR, ISSUER
from tests.gui.conftest import type_text
from tests.gui.test_check_in_page import said
from tests.gui.test_glyphs_and_screenshots import LANGUAGE_NAMES, missing_glyphs, visible_text
from tests.gui.test_languages import choose_language

NOT_LISTED = "850315300128"  # a valid IIN (born 15.03.1985) that is not on the demo list
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(make_window, open_station, clock):
    clock.set("09:15")
    window = make_window(open_station, actor=ISSUER)
    assert window.pages.currentWidget() is window.check_in_page
    return window.check_in_page


def key(qtbot, key_code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a member would."""
    qtbot.keyClick(QApplication.focusWidget(), key_code, modifier)


def typed(text: str) -> None:
    """Type into the focused field, Kazakh letters included."""
    type_text(QApplication.focusWidget(), text)


def find(qtbot, page, iin: str) -> None:
    """Scan an IIN and press Enter: the voter's card is shown."""
    qtbot.keyClicks(page.search_edit, iin)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)


def shortcut(qtbot, page, letter):
    """Press Ctrl+letter in the search field; return the dialog it opened."""
    qtbot.keyClick(page.search_edit, letter, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: focus_window() is dialog)
    return dialog


def focus_window():
    """The window the keyboard goes to (a dialog is activated a moment after it opens)."""
    widget = QApplication.focusWidget()
    return widget.window() if widget is not None else None


def back_in_search(qtbot, page) -> bool:
    """Wait for the keyboard to come back to the search field; True when it has."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_edit)
    return True


def test_an_add_on_voter_is_added_gets_the_ballot_and_is_found(page, open_station, qtbot):
    find(qtbot, page, NOT_LISTED)
    assert page.banner_label.text() == said("voter-not-on-list", {}, "kk")

    dialog = shortcut(qtbot, page, Qt.Key.Key_N)
    assert isinstance(dialog, AddVoterDialog)
    assert dialog.iin_edit.text() == NOT_LISTED and QApplication.focusWidget() is dialog.iin_edit
    assert dialog.birth_edit.text() == "15.03.1985"  # read from the IIN
    key(qtbot, Qt.Key.Key_Tab)
    typed("Нұрланова")
    key(qtbot, Qt.Key.Key_Tab)
    typed("Әсел")
    for _ in range(3):  # patronymic (none) and the birth date already filled
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
    voter = open_station.voter(NOT_LISTED)
    assert voter.added_reason == "court-decision" and voter.ballot is not None
    assert page.banner_label.text() == (
        said("done-voters-add", {"voter_full_name": "Нұрланова Әсел"}, "kk") + " "
        + said("done-checkin", {"voter_full_name": "Нұрланова Әсел", "at_local": "2026-11-29 09:15:00",
                                  "ballots_left": 203}, "kk"))
    assert page.card.voter.full_name == "Нұрланова Әсел"
    assert page.card._values["added"].text() == "сайлау күні, сот шешімімен"
    window = page.window()
    assert window.status_labels["ballots"].text() == "Қалған бюллетень: 203"
    row = open_station.store.rows("check_ins", "check_in_id")[-1]
    assert (row["document_type"], row["document_number"]) == ("id-card", "041234567")
    assert back_in_search(qtbot, page)
    window.nav_list.setCurrentRow(STATION)
    assert window.station_page._fact_values["listed"].text() == "201"

    type_text(page.search_edit, "Нұрланова Ә")
    assert NOT_LISTED in [page.model.voter(r).iin for r in range(page.model.rowCount())]


def test_a_refused_add_on_voter_stays_in_the_form_and_esc_leaves_it(page, open_station, qtbot):
    dialog = shortcut(qtbot, page, Qt.Key.Key_N)
    typed(NOT_LISTED)
    key(qtbot, Qt.Key.Key_Tab)
    typed("Нұрланова")
    key(qtbot, Qt.Key.Key_Tab)
    typed("Әсел")
    key(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.error_label.text() == said("added-address-empty", {}, "kk")
    assert open_station.turnout().added == 0
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert back_in_search(qtbot, page)
    assert open_station.turnout().added == 0


def test_an_absentee_certificate_blocks_a_later_check_in(make_window, setup_station, voter_iins, clock, qtbot):
    iin = voter_iins[20]
    window = make_window(setup_station, actor=ISSUER)
    window.nav_list.setCurrentRow(CHECK_IN)  # before opening the page records certificates and requests
    page = window.check_in_page
    find(qtbot, page, iin)
    dialog = shortcut(qtbot, page, Qt.Key.Key_A)
    assert isinstance(dialog, AbsenteeDialog)
    assert dialog.note.text().startswith("Куәліктер сайлау алдындағы күні сағат 18:00 дейін")
    typed("№ 004512")
    key(qtbot, Qt.Key.Key_Return)

    voter = setup_station.voter(iin)
    assert voter.has_absentee_certificate
    assert page.banner_label.text() == said("done-absentee-issue", {"voter_full_name": voter.full_name}, "kk")
    assert page.card._values["ballot"].text() == "Есептен шығару куәлігі берілген: бұл учаскеде бюллетень берілмейді"
    assert back_in_search(qtbot, page)

    clock.set("07:30")
    setup_station.open_station(actor=CHAIR, ballots_received=204)
    window.refresh()  # as the window does after any write
    find(qtbot, page, iin)
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Есептен шығару куәлігі берілген"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.banner_label.text() == said("voter-has-absentee-certificate", {}, "kk")
    assert setup_station.voter(iin).ballot is None


def test_absentee_certificates_end_when_the_station_opens(page, qtbot, voter_iins):
    find(qtbot, page, voter_iins[21])
    assert page.absentee_button.isHidden() and not page.mobile_button.isHidden()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_A, CTRL)
    assert QApplication.activeModalWidget() is None
    assert page.search_edit.text() == voter_iins[21]  # the field's own select-all is not what Ctrl+A does here


def test_a_mobile_request_shows_on_the_card_then_the_box_brings_the_ballot(page, open_station, voter_iins, qtbot):
    iin = voter_iins[30]
    find(qtbot, page, iin)
    dialog = shortcut(qtbot, page, Qt.Key.Key_M)
    assert isinstance(dialog, MobileRequestDialog)
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.reason_combo.currentText() == "Денсаулығына байланысты келе алмайды"
    key(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert page.banner_label.text() == said("done-mobile-request", {"at": "29.11.2026 09:15"}, "kk")
    assert page.card._values["mobile"].text() == "өтініш 29.11.2026 09:15: Денсаулығына байланысты келе алмайды"

    dialog = shortcut(qtbot, page, Qt.Key.Key_D)
    assert isinstance(dialog, IssueDetailsDialog)
    assert dialog.request_label.text().startswith("Жылжымалы жәшікке өтініш, 29.11.2026 09:15")
    key(qtbot, Qt.Key.Key_Tab)  # past the helper's name
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    typed("M6")  # a combo box jumps to the item that starts with what is typed
    key(qtbot, Qt.Key.Key_Tab)
    typed("M7")
    key(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    ballot = open_station.voter(iin).ballot
    assert ballot.mode == "mobile"
    assert page.card._values["ballot"].text().endswith("жылжымалы жәшік")
    assert open_station.turnout().issued_mobile == 1
    row = open_station.store.rows("check_ins", "check_in_id")[-1]
    assert (row["carrier_1"], row["carrier_2"]) == ("M6", "M7")

    # The same two members carry the box to the next voter: the form remembers them.
    open_station.request_mobile(voter_iins[31], actor=ISSUER, reason="ill")
    find(qtbot, page, voter_iins[31])
    dialog = shortcut(qtbot, page, Qt.Key.Key_D)
    assert [c.currentData() for c in dialog.carrier_combos] == ["M6", "M7"]
    key(qtbot, Qt.Key.Key_Escape)
    # The station page, read when it is shown, counts the mobile box's ballot.
    page.window().nav_list.setCurrentRow(STATION)
    assert page.window().station_page._fact_values["issued_mobile"].text() == "1"


def test_a_late_mobile_request_needs_the_reason_it_is_taken(page, open_station, voter_iins, clock, qtbot):
    clock.set("12:30")
    find(qtbot, page, voter_iins[32])
    dialog = shortcut(qtbot, page, Qt.Key.Key_M)
    typed("аяғы сынған")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == said("mobile-deadline-passed", {"deadline": "12:00"}, "kk")
    key(qtbot, Qt.Key.Key_Tab)
    typed("дәрігердің анықтамасы 12:10-да келді")
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert open_station.mobile_request(voter_iins[32]).is_late


def test_document_and_helper_are_recorded_and_a_member_may_not_help(page, open_station, voter_iins, qtbot):
    iin = voter_iins[40]
    find(qtbot, page, iin)
    dialog = shortcut(qtbot, page, Qt.Key.Key_D)
    assert QApplication.focusWidget() is dialog.document_edit
    typed("N1234567")
    key(qtbot, Qt.Key.Key_Tab)
    typed("Қасымов Дәулет Нұрланұлы")  # M4, a member of the commission
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and open_station.voter(iin).ballot is None
    assert dialog.error_label.text() == said("helper-is-member", {"helper": "Қасымов Дәулет Нұрланұлы"}, "kk")

    dialog.helper_edit.selectAll()
    typed("Бекова Сара")
    dialog.document_combo.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert dialog.document_combo.currentText() == "Төлқұжат"
    key(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    row = open_station.store.rows("check_ins", "check_in_id")[-1]
    assert (row["document_type"], row["document_number"], row["helper_name"], row["mode"]) == (
        "passport", "N1234567", "Бекова Сара", "station")
    assert page.banner_label.text().startswith(said("done-checkin", {
        "voter_full_name": open_station.voter(iin).full_name, "at_local": "2026-11-29 09:15:00",
        "ballots_left": 203}, "kk"))
    assert back_in_search(qtbot, page)


def test_the_plain_path_stays_one_key_after_the_card(page, open_station, voter_iins, qtbot):
    find(qtbot, page, voter_iins[41])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert open_station.voter(voter_iins[41]).ballot.mode == "station"
    assert QApplication.activeModalWidget() is None


def test_a_voter_action_without_a_voter_asks_for_one(page, qtbot):
    for letter in (Qt.Key.Key_D, Qt.Key.Key_M):
        qtbot.keyClick(page.search_edit, letter, CTRL)
        assert QApplication.activeModalWidget() is None
        assert page.banner_label.text() == (
            "Алдымен сайлаушыны таңдаңыз: ЖСН-ді сканерлеңіз не аты-жөнін жазып, Enter басыңыз.")


def test_buttons_show_their_shortcuts(page):
    texts = [b.text() for b in (page.details_button, page.add_button, page.mobile_button, page.undo_button)]
    assert [t[t.rindex("(") + 1:-1] for t in texts] == ["Ctrl+D", "Ctrl+N", "Ctrl+M", "Ctrl+Z"]


FORMS = {
    Qt.Key.Key_N: ["addedIin", "addedSurname", "addedGivenName", "addedPatronymic", "addedBirthDate",
                   "addedAddress", "addedReason", "addedDetail", "documentType", "documentNumber"],
    Qt.Key.Key_M: ["mobileReason", "mobileLateReason"],
    Qt.Key.Key_D: ["documentType", "documentNumber", "helperName", "mobileBox", "carrier1", "carrier2"],
}


@pytest.mark.parametrize("letter", list(FORMS), ids=["add-voter", "mobile-request", "document-helper"])
def test_each_dialog_tabs_through_its_form_in_order_and_esc_returns_to_the_search(
        page, voter_iins, qtbot, letter):
    find(qtbot, page, voter_iins[50])
    dialog = shortcut(qtbot, page, letter)
    dialog.findChild(QWidget, FORMS[letter][0]).setFocus()
    seen = []
    for _ in FORMS[letter]:
        widget = QApplication.focusWidget()
        seen.append(widget.objectName() or widget.parent().objectName())
        if isinstance(widget, QCheckBox):
            key(qtbot, Qt.Key.Key_Space)  # the carriers are asked for only with the mobile box
        key(qtbot, Qt.Key.Key_Tab)
    assert seen == FORMS[letter]
    assert QApplication.focusWidget() is dialog.ok_button
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert back_in_search(qtbot, page)
    assert page.card.voter is not None  # the member goes on with the same voter


def test_absentee_dialog_esc_returns_to_the_search(make_window, setup_station, voter_iins, qtbot):
    window = make_window(setup_station, actor=ISSUER)
    window.nav_list.setCurrentRow(CHECK_IN)
    page = window.check_in_page
    find(qtbot, page, voter_iins[22])
    dialog = shortcut(qtbot, page, Qt.Key.Key_A)
    assert QApplication.focusWidget() is dialog.number_edit
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ok_button
    key(qtbot, Qt.Key.Key_Escape)
    assert back_in_search(qtbot, page)
    assert not setup_station.voter(voter_iins[22]).has_absentee_certificate


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory) -> Path:
    """AKIMDESK_SCREENSHOTS when set (to keep them), else a temporary folder."""
    kept = os.environ.get("AKIMDESK_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def look(widget, name: str, language: str, app_font, folder: Path) -> None:
    """Every character drawn by the app's font, and a picture to look at."""
    assert missing_glyphs(visible_text(widget), app_font) == "", (name, language)
    assert widget.grab().save(str(folder / f"checkin_{name}-{language}.png"))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_check_in_dialogs_have_every_glyph(
        make_window, open_station, voter_iins, clock, app_font, screenshot_dir, qtbot, language):
    clock.set("09:15")
    open_station.request_mobile(voter_iins[60], actor=ISSUER, reason="Денсаулығына байланысты келе алмайды")
    window = make_window(open_station, actor=ISSUER)
    choose_language(window, LANGUAGE_NAMES[language])
    page = window.check_in_page
    find(qtbot, page, voter_iins[60])
    qtbot.wait(50)
    look(window, "page", language, app_font, screenshot_dir)
    for name, letter in (("details", Qt.Key.Key_D), ("mobile", Qt.Key.Key_M), ("add-voter", Qt.Key.Key_N)):
        dialog = shortcut(qtbot, page, letter)
        if name == "details":  # by the mobile box with no carriers chosen: the refusal shows in the form
            for step in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Return):
                key(qtbot, step)
            assert dialog.error_label.text() == said("mobile-carriers-needed", {}, language)
        qtbot.wait(50)
        look(dialog, name, language, app_font, screenshot_dir)
        key(qtbot, Qt.Key.Key_Escape)
        assert back_in_search(qtbot, page)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_page_before_opening_and_the_absentee_form_have_every_glyph(
        make_window, setup_station, voter_iins, app_font, screenshot_dir, qtbot, language):
    window = make_window(setup_station, actor=ISSUER)
    choose_language(window, LANGUAGE_NAMES[language])
    window.nav_list.setCurrentRow(CHECK_IN)
    page = window.check_in_page
    find(qtbot, page, voter_iins[61])
    qtbot.wait(50)
    look(window, "page-before-opening", language, app_font, screenshot_dir)
    dialog = shortcut(qtbot, page, Qt.Key.Key_A)
    look(dialog, "absentee", language, app_font, screenshot_dir)
    key(qtbot, Qt.Key.Key_Escape)
