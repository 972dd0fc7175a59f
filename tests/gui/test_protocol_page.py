"""The Protocol page: the signed original page by page, printing, saving, the repeat protocol, verifying a PDF."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from akimdesk.core.errors import AkimdeskError
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.gui.main_window import PROTOCOL
from akimdesk.gui.printing import count_pages, new_printer, print_pdf
from akimdesk.gui.qt import QFileDialog, QLineEdit, QPrinter, QSpinBox, Qt
from akimdesk.messages import render
from tests.conftest import BALANCED_COUNT, CHAIR, ISSUER, SECRETARY, enter_count
from tests.gui.conftest import type_text
from tests.gui.test_glyphs_and_screenshots import missing_glyphs, visible_text
from tests.gui.test_languages import choose_language

PRESENT = ["M1", "M2", "M3", "M4", "M5", "M7"]
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}


@pytest.fixture
def finalised_station(closed_station, clock):
    """The count entered twice and agreed, six members present, the protocol signed by the chair at 23:10."""
    enter_count(closed_station, BALANCED_COUNT)
    closed_station.record_present(PRESENT, actor=SECRETARY)
    clock.set("23:10")
    closed_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    return closed_station


def shown_page(make_window, station, qtbot, actor=CHAIR):
    """The window on the Protocol page once its pages are on screen."""
    window = make_window(station, actor=actor)
    page = window.protocol_page
    qtbot.waitUntil(lambda: page.preview.page_count() > 0 and page.render_job is None, timeout=10_000)
    return window, page


def dark_share(image) -> float:
    """The share of pixels that are clearly not white paper."""
    gray = image.convert("L")
    histogram = gray.histogram()
    return sum(histogram[:128]) / (gray.width * gray.height)


def test_finalised_station_shows_the_signed_original_page_by_page(make_window, finalised_station, qtbot):
    window, page = shown_page(make_window, finalised_station, qtbot)
    pdf, kind = finalised_station.protocol_pdf()
    assert kind == "signed"
    assert window.pages.currentWidget() is page
    assert page.preview.page_count() == count_pages(pdf) == 2
    assert page.shown_kind() == "signed"
    assert page.state_label.text().startswith("1-нұсқаның қол қойылған түпнұсқасы")
    # Fitted to the width: every page is as wide as the scroll area leaves room for.
    room = page.preview.viewport().width()
    for label in page.preview.page_labels:
        assert room - 40 <= label.width() <= room
        assert label.height() > label.width()  # portrait A4
    assert page.paper_box.save_button.isEnabled() and page.paper_box.print_button.isEnabled()
    assert page.version_combo.count() == 1 and not page.version_combo.isEnabled()

    # At 100 % an A4 page is its paper width on a 96 dpi screen: 8.27 in.
    page.zoom_combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.zoom_combo, Qt.Key.Key_Down)
    assert page.zoom_combo.currentText() == "100%"
    assert abs(page.preview.page_labels[0].width() - 8.27 * 96) < 4


def test_while_counting_the_page_shows_the_unsigned_draft(make_window, closed_station, qtbot):
    enter_count(closed_station, BALANCED_COUNT)
    window = make_window(closed_station, actor=CHAIR)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.protocol_page
    assert window.pages.currentIndex() == PROTOCOL
    qtbot.waitUntil(lambda: page.preview.page_count() > 0 and page.render_job is None, timeout=10_000)
    draft, kind = closed_station.protocol_pdf()
    assert kind == "draft" and page.shown_kind() == "draft"
    assert page.preview.page_count() == count_pages(draft)
    assert page.state_label.text().startswith("1-нұсқаның жобасы: қол қойылмаған")
    assert page.paper_box.print_button.isEnabled() and not page.paper_box.save_button.isEnabled()
    assert not page.amend_button.isEnabled()


def test_printing_paints_every_page_and_keeps_the_qr_readable(make_window, finalised_station, qtbot, tmp_path):
    pdf, _ = finalised_station.protocol_pdf()
    printer = new_printer(pdf)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(printer, pdf)

    printed = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == count_pages(pdf)
    first = printed[0].render(scale=150 / 72).to_pil()
    assert 0.01 < dark_share(first) < 0.5
    codes = [code.text for code in zxingcpp.read_barcodes(first, formats=zxingcpp.BarcodeFormat.QRCode)]
    assert codes == [finalised_station.store.protocol(1)["qr_text"]]


def test_print_button_prints_the_numbered_copies_chosen(make_window, finalised_station, qtbot, tmp_path):
    window, page = shown_page(make_window, finalised_station, qtbot)
    page.paper_box.copies_spin.setValue(3)
    qtbot.mouseClick(page.paper_box.print_button, Qt.MouseButton.LeftButton)
    dialog = page.paper_box.print_dialog
    assert dialog is not None and dialog.isVisible()
    # The print dialog offers the copies chosen on the page; the member settles on two and prints to a file.
    copies_spin = dialog.findChild(QSpinBox, "copies")
    assert copies_spin.value() == 3
    copies_spin.setValue(2)
    file_edit = dialog.findChild(QLineEdit, "filename")
    file_edit.selectAll()
    qtbot.keyClicks(file_edit, str(tmp_path / "copies.pdf"))
    qtbot.keyClick(file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.paper_box.print_job is None, timeout=20_000)

    copies, _ = finalised_station.protocol_pdf(copies=2)
    assert count_pages((tmp_path / "copies.pdf").read_bytes()) == count_pages(copies) == 4
    assert page.paper_box.copies_spin.value() == 2
    assert page.message_label.text() == "Хаттама басып шығаруға жіберілді."


def test_save_writes_the_signed_original_that_verifies(make_window, finalised_station, qtbot, tmp_path, monkeypatch):
    window, page = shown_page(make_window, finalised_station, qtbot)
    offered = []
    target = tmp_path / "saved.pdf"

    def choose(parent, caption, start, filters):
        offered.append(Path(start).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(page.paper_box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.paper_box.save_job is None and page.message_label.text() != "", timeout=10_000)

    assert offered == ["protocol-1001-v1.pdf"]
    verified = finalised_station.verify_protocol(target.read_bytes())
    assert verified.precinct == "1001" and verified.data.version == 1
    assert str(target) in page.message_label.text()
    # The service recorded who saved which file, with the file's hash.
    event = finalised_station.store.last_audit_event()
    assert event.kind == "protocol-saved" and event.actor == window._desk.actor
    assert event.payload["file_sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()


def test_chair_opens_a_repeat_protocol_and_both_versions_stay_viewable(make_window, finalised_station, qtbot):
    window, page = shown_page(make_window, finalised_station, qtbot)
    original, _ = finalised_station.protocol_pdf(version=1)
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    assert dialog.isVisible()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message_label.text() == render("amend-reason-needed", {}, "kk")
    assert finalised_station.current_version() == 1

    type_text(dialog.reason_edit, "2-жәшік қайта саналды")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.amend_dialog is None
    assert finalised_station.current_version() == 2
    qtbot.waitUntil(lambda: page.shown_version() == 2 and page.render_job is None, timeout=10_000)
    assert page.shown_kind() == "draft"
    assert [page.version_combo.itemData(i) for i in range(page.version_combo.count())] == [1, 2]
    assert page.version_combo.isEnabled()
    assert page.message_label.text() == render("done-protocol-amend", {"version": 2, "replaces": 1}, "kk")
    assert "2-жәшік қайта саналды" in page.state_label.text()
    assert not page.paper_box.save_button.isEnabled()

    page.version_combo.setFocus()
    qtbot.keyClick(page.version_combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: page.shown_version() == 1 and page.render_job is None, timeout=10_000)
    assert page.shown_kind() == "signed" and page.paper_box.save_button.isEnabled()
    assert page.preview.page_count() == count_pages(original)
    assert finalised_station.protocol_pdf(version=1)[0] == original


def test_a_member_who_is_not_the_chair_cannot_open_a_repeat_protocol(make_window, finalised_station, qtbot):
    window, page = shown_page(make_window, finalised_station, qtbot, actor=ISSUER)
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    type_text(dialog.reason_edit, "қайта санау")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    expected = render("role-not-allowed", {"member": ISSUER, "role": "member", "action": "amend-protocol"}, "kk")
    assert dialog.message_label.text() == expected
    assert finalised_station.current_version() == 1


def verify_in_dialog(page, qtbot, monkeypatch, path: Path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(path), "")))
    qtbot.mouseClick(page.verify_dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_dialog.job is None, timeout=10_000)
    return page.verify_dialog


def test_verify_dialog_tells_a_good_file_from_one_with_a_changed_byte(
        make_window, finalised_station, qtbot, tmp_path, monkeypatch):
    window, page = shown_page(make_window, finalised_station, qtbot)
    pdf, _ = finalised_station.protocol_pdf()
    good = tmp_path / "good.pdf"
    good.write_bytes(pdf)
    changed = bytearray(pdf)
    changed[len(pdf) // 3] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(changed))
    with pytest.raises(AkimdeskError) as refused:
        finalised_station.verify_protocol(bytes(changed))

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_dialog.isVisible()
    dialog = verify_in_dialog(page, qtbot, monkeypatch, good)
    verified = finalised_station.verify_protocol(pdf)
    assert dialog.result_label.text().startswith("ЖАРАМДЫ.")
    assert render("done-protocol-verify", {"precinct": "1001", "version": 1,
                                           "protocol_hash": verified.protocol_hash}, "kk") in dialog.result_label.text()
    assert dialog.fact_values["precinct"].text() == "1001 — №1001 сайлау учаскесі (ДЕМО)"
    assert "1001" in dialog.fact_values["signer"].text()
    assert dialog.qr_values["hash"].text() == verified.protocol_hash
    table = dialog.lines_table
    assert [int(table.item(row, 2).text()) for row in range(table.rowCount())] == [
        line.value for line in verified.data.lines]

    dialog = verify_in_dialog(page, qtbot, monkeypatch, bad)
    assert dialog.result_label.text() == "ЖАРАМСЫЗ: " + render(refused.value.code, refused.value.params, "kk")
    assert not dialog.qr_box.isVisible()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_page_and_dialogs_are_worded_in_each_language(make_window, finalised_station, qtbot, tmp_path,
                                                       monkeypatch, app_font, language):
    window, page = shown_page(make_window, finalised_station, qtbot)
    choose_language(window, LANGUAGE_NAMES[language])
    words = {"kk": ("Басып шығару…", "Хаттама PDF файлын тексеру"),
             "ru": ("Печать…", "Проверка PDF протокола")}[language]
    assert page.paper_box.print_button.text() == words[0]
    folder = Path(os.environ.get("AKIMDESK_SCREENSHOTS", tmp_path))
    window.resize(1180, 760)
    qtbot.wait(100)
    assert missing_glyphs(visible_text(window), app_font) == ""
    assert window.grab().save(str(folder / f"protocol_{language}_page.png"))

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    pdf, _ = finalised_station.protocol_pdf()
    (tmp_path / "p.pdf").write_bytes(pdf)
    dialog = verify_in_dialog(page, qtbot, monkeypatch, tmp_path / "p.pdf")
    assert dialog.windowTitle() == words[1]
    qtbot.wait(100)
    assert missing_glyphs(visible_text(dialog), app_font) == ""
    assert dialog.grab().save(str(folder / f"protocol_{language}_verify.png"))
    dialog.reject()

    changed = bytearray(pdf)
    changed[len(pdf) // 2] ^= 0x01
    (tmp_path / "changed.pdf").write_bytes(bytes(changed))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    dialog = verify_in_dialog(page, qtbot, monkeypatch, tmp_path / "changed.pdf")
    qtbot.wait(100)
    assert dialog.grab().save(str(folder / f"protocol_{language}_verify_changed.png"))
    dialog.reject()

    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    type_text(dialog.reason_edit, "қайта санау" if language == "kk" else "пересчёт")
    qtbot.wait(100)
    assert missing_glyphs(visible_text(dialog), app_font) == ""
    assert dialog.grab().save(str(folder / f"protocol_{language}_amend.png"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown_version() == 2 and page.render_job is None, timeout=10_000)
    draft = {"kk": "2-нұсқа: жоба", "ru": "Версия 2: проект"}[language]
    assert page.version_combo.currentText() == draft
    qtbot.wait(100)
    assert window.grab().save(str(folder / f"protocol_{language}_draft.png"))
