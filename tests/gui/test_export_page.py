"""The export page: the bundle on a (folder-backed) USB stick, backups, and restoring on an empty laptop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from akimdesk.bundle.format import read_bundle
from akimdesk.bundle.usb import FolderDrive
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.gui.dialogs.restore_dialog import SET_ASIDE_SUFFIX, RestoreDialog
from akimdesk.gui.main_window import EXPORT
from akimdesk.gui.qt import QFileDialog, Qt
from akimdesk.messages import render
from akimdesk.station.exports import read_backup
from tests.conftest import BALANCED_COUNT, CHAIR, SECRETARY, enter_count
from tests.gui.test_glyphs_and_screenshots import missing_glyphs, visible_text
from tests.gui.test_languages import choose_language

PRESENT = ["M1", "M2", "M3", "M4", "M5", "M7"]
STICK_BYTES = 2_000_000_000
JOB_TIMEOUT_MS = 30_000


@pytest.fixture
def finalised_station(closed_station, clock):
    """The count entered twice, attendance recorded, the protocol signed by the chair at 23:00."""
    enter_count(closed_station, BALANCED_COUNT)
    closed_station.record_present(PRESENT, actor=SECRETARY)
    clock.set("23:00")
    closed_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    return closed_station


@pytest.fixture
def stick(tmp_path, monkeypatch) -> FolderDrive:
    """A 2 GB stick backed by a folder, the only removable drive the laptop sees."""
    drive = FolderDrive(tmp_path / "AKIM_STICK", capacity_bytes=STICK_BYTES, label="AKIM_STICK")
    monkeypatch.setattr("akimdesk.bundle.usb.list_removable_drives", lambda: [drive])
    return drive


@pytest.fixture
def close_later():
    """Stations the window opened itself (after a restore), closed once the window is gone."""
    stations = []
    yield stations
    for station in stations:
        station.store.close()


def open_export_page(qtbot, window):
    item = window.nav_list.item(EXPORT)
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    # Another page may be rendering in the background: its job ends before the page is changed.
    qtbot.waitUntil(lambda: not window._desk.busy, timeout=JOB_TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.export_page
    return window.export_page


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_result(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.banner.isVisible() and not page._desk.busy, timeout=JOB_TIMEOUT_MS)


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def test_export_to_the_stick_says_safe_to_remove_and_the_bundle_verifies(
        make_window, finalised_station, stick, district, qtbot, monkeypatch):
    window = make_window(finalised_station, actor=SECRETARY)
    page = open_export_page(qtbot, window)
    assert "AKIM_STICK" in page.picker.drive_combo.currentText()
    assert page.picker.space_label.text() == "Бос орын: 2.0 ГБ / 2.0 ГБ"
    assert page.member_label.text().startswith("M3 — ")

    qtbot.keyClicks(page.passphrase_edit, DEMO_PASSPHRASE)
    click(qtbot, page.export_button)
    wait_for_result(qtbot, page)

    assert page.banner.headline_label.text() == "USB флешканы алуға болады"
    files = sorted(stick.mount_point.iterdir())
    assert [f.suffix for f in files] == [".akb"]  # nothing half-written beside it
    data = files[0].read_bytes()
    manifest = read_bundle(data, district[1]).manifest
    assert (manifest["precinct"], manifest["sequence"], manifest["protocol_versions"]) == ("1001", 1, [1])
    assert page.banner.detail_label.text().startswith(render(
        "done-bundle-export", {"file": files[0].name, "bytes": len(data), "sequence": 1}, "kk"))
    event = finalised_station.store.last_audit_event()
    assert (event.kind, event.actor) == ("bundle-exported", SECRETARY)
    assert page.passphrase_edit.text() == ""

    choose_file(monkeypatch, files[0])
    click(qtbot, page.verify_button)
    wait_for_result(qtbot, page)
    assert page.banner.is_success()
    assert page.banner.detail_label.text() == render(
        "done-bundle-verify", {"precinct": "1001", "sequence": 1, "protocol_versions": "1"}, "kk")

    altered = stick.mount_point / "altered.akb"
    altered.write_bytes(data[:-1] + bytes([data[-1] ^ 0x01]))
    choose_file(monkeypatch, altered)
    click(qtbot, page.verify_button)
    qtbot.waitUntil(lambda: page.banner.is_success() is False, timeout=JOB_TIMEOUT_MS)
    assert page.banner.headline_label.text() == "Пакет тексеруден өтпеді"
    assert page.banner.detail_label.text() == render("bundle-signature-invalid", {}, "kk")


def test_export_before_the_protocol_is_finalised_is_refused_in_the_catalogue_words(
        make_window, closed_station, stick, qtbot):
    window = make_window(closed_station, actor=SECRETARY)
    page = open_export_page(qtbot, window)
    qtbot.keyClicks(page.passphrase_edit, DEMO_PASSPHRASE)
    click(qtbot, page.export_button)
    wait_for_result(qtbot, page)
    assert page.banner.headline_label.text() == "Пакет жазылмады"
    assert page.banner.detail_label.text() == render("protocol-not-finalised", {}, "kk")
    assert list(stick.mount_point.iterdir()) == []
    assert closed_station.store.count("exports") == 0


def test_backup_now_writes_a_backup_and_the_page_shows_when(make_window, finalised_station, stick, qtbot,
                                                            monkeypatch, tmp_path):
    window = make_window(finalised_station, actor=SECRETARY)
    box = open_export_page(qtbot, window).backup_box
    assert box.last_backup_label.text() == "Сақтық көшірме әлі жасалмаған."
    assert box.passphrase_edit.isVisible()

    qtbot.keyClicks(box.passphrase_edit, DEMO_PASSPHRASE)
    click(qtbot, box.backup_button)
    wait_for_result(qtbot, window.export_page)

    backups = list(stick.mount_point.glob("*.akbak"))
    assert len(backups) == 1
    header, _ = read_backup(backups[0].read_bytes(), DEMO_PASSPHRASE)
    event = finalised_station.store.last_audit_event()
    assert (event.kind, event.actor) == ("backup-written", SECRETARY)
    assert header.precinct == "1001" and header.audit_head == event.payload["audit_head"]
    assert box.last_backup_label.text() == "Соңғы сақтық көшірме: 29.11.2026 23:00"
    assert window.export_page.banner.headline_label.text() == "Сақтық көшірме жазылып, қайта оқылды"
    assert not box.passphrase_edit.isVisible()  # the next backups need no passphrase

    # The automatic backups: a folder chosen in the dialog and an interval typed in.
    auto = tmp_path / "auto-backups"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(auto))
    click(qtbot, box.folder_button)
    assert box.folder_edit.text() == str(auto)
    box.minutes_spin.setFocus()
    qtbot.keyClick(box.minutes_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.minutes_spin, "15")
    click(qtbot, box.save_button)
    assert finalised_station.store.setting("backup_folder") == str(auto)
    assert finalised_station.store.setting("backup_minutes") == "15"
    assert box.settings_label.text() == f"Автоматты сақтық көшірме әр 15 минут сайын {auto} ішіне жазылады."


def test_without_a_detected_stick_a_folder_is_chosen_instead(make_window, finalised_station, qtbot, monkeypatch,
                                                             tmp_path):
    monkeypatch.setattr("akimdesk.bundle.usb.list_removable_drives", lambda: [])
    window = make_window(finalised_station, actor=CHAIR)
    page = open_export_page(qtbot, window)
    assert page.picker.space_label.text().startswith("USB флешка табылмады.")
    assert not page.export_button.isEnabled() and not page.backup_box.backup_button.isEnabled()

    folder = tmp_path / "laptop-folder"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    click(qtbot, page.picker.folder_button)
    assert page.picker.drive_combo.currentText() == f"{folder} қалтасы"
    qtbot.keyClicks(page.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_for_result(qtbot, page)
    assert page.banner.is_success()
    assert [f.suffix for f in folder.iterdir()] == [".akb"]


def test_a_spare_laptop_restores_the_backup_into_its_empty_database(
        close_later, make_window, make_station, finalised_station, stick, qtbot, tmp_path):
    finalised_station.backup(stick.mount_point, actor=SECRETARY, passphrase=DEMO_PASSPHRASE)
    lost_device = finalised_station.device_id
    spare_path = tmp_path / "spare" / "akimdesk.db"
    window = make_window(make_station(spare_path))
    page = open_export_page(qtbot, window)
    assert page.title_label.text() == "Жіберу және сақтық көшірмелер"
    assert not page.export_box.isEnabled() and not page.backup_box.isEnabled()
    assert page.election_reason_label.isVisible()
    assert page.restore_reason_label.isHidden()

    click(qtbot, page.restore_button)
    dialog = page.findChild(RestoreDialog)
    assert dialog.isVisible() and dialog.backup_list.count() == 1
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase at all")
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: dialog.message_label.text() != "", timeout=JOB_TIMEOUT_MS)
    assert dialog.message_label.text() == render("passphrase-wrong", {}, "kk")
    assert not window._desk.station.has_election()

    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: dialog.isHidden() and not window._desk.busy, timeout=JOB_TIMEOUT_MS)
    restored = window._desk.station
    close_later.append(restored)

    assert window.windowTitle() == "akimdesk — №1001 учаске [DEMO]"
    assert window.status_labels["state"].text() == "Күйі: хаттама бекітілді"
    assert window.station_page._fact_values["election"].text().startswith("[DEMO] ДЕМО — Ақсай")
    assert page.banner.headline_label.text() == "Учаске осы ноутбукте қалпына келтірілді"
    assert page.banner.detail_label.text() == render("done-restore", {
        "database": str(spare_path), "device_id": restored.device_id, "state": "хаттама бекітілді"}, "kk")
    assert restored.store.path == spare_path and restored.device_id != lost_device
    assert restored.verify_audit().events > 10
    assert Path(f"{spare_path}{SET_ASIDE_SUFFIX}").exists()  # the empty database is set aside, not deleted
    assert sorted(p.name for p in spare_path.parent.iterdir() if "restoring" in p.name) == []
    assert page.export_box.isEnabled() and not page.restore_button.isEnabled()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_export_page_and_restore_dialog_in_each_language(
        make_window, make_station, finalised_station, stick, app_font, qtbot, tmp_path, language):
    folder = Path(os.environ.get("AKIMDESK_SCREENSHOTS") or tmp_path)
    window = make_window(finalised_station, actor=SECRETARY)
    choose_language(window, {"kk": "Қазақша", "ru": "Русский"}[language])
    page = open_export_page(qtbot, window)
    qtbot.keyClicks(page.passphrase_edit, DEMO_PASSPHRASE)
    click(qtbot, page.export_button)
    wait_for_result(qtbot, page)
    assert page.banner.headline_label.text() == {"kk": "USB флешканы алуға болады",
                                                 "ru": "USB-флешку можно извлечь"}[language]
    qtbot.wait(100)
    assert missing_glyphs(visible_text(window), app_font) == ""
    assert window.grab().save(str(folder / f"export_done_{language}.png"))
    finalised_station.backup(stick.mount_point, actor=SECRETARY, passphrase=DEMO_PASSPHRASE)

    spare = make_window(make_station(tmp_path / "spare.db"))
    choose_language(spare, {"kk": "Қазақша", "ru": "Русский"}[language])
    spare_page = open_export_page(qtbot, spare)
    qtbot.wait(100)
    assert missing_glyphs(visible_text(spare), app_font) == ""
    assert spare.grab().save(str(folder / f"export_empty_{language}.png"))
    click(qtbot, spare_page.restore_button)
    dialog = spare_page.findChild(RestoreDialog)
    assert dialog.backup_list.count() == 1
    qtbot.keyClicks(dialog.passphrase_edit, DEMO_PASSPHRASE)
    qtbot.wait(100)
    assert missing_glyphs(visible_text(dialog), app_font) == ""
    assert dialog.grab().save(str(folder / f"export_restore_{language}.png"))
    dialog.reject()
