"""The district commission's window: keys, packages and acts, bundles in, the race, precincts, the summary."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

import pypdfium2
import pytest

from akimdesk.bundle.format import read_bundle
from akimdesk.bundle.usb import FolderDrive
from akimdesk.core.errors import AkimdeskError
from akimdesk.demo import write_demo_voter_list
from akimdesk.district import DistrictDesk
from akimdesk.district.records import IssuedPackage, PackagesIssued
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.window import IMPORT, KEYS, PACKAGES, PRECINCTS, RACE, REPORT, DistrictWindow
from akimdesk.gui.qt import QApplication, QEvent, QFileDialog, Qt, QTimer
from akimdesk.messages import render
from akimdesk.reports.district_pdf import fingerprint_groups
from akimdesk.reports.words import number_words
from akimdesk.signing.keys import certificate_fingerprint
from tests.conftest import ELECTION_DATE, TEST_KEY_COST
from tests.gui.conftest import type_text
from tests.gui.test_glyphs_and_screenshots import missing_glyphs, visible_text
from tests.gui.test_languages import choose_language
from tests.test_district import (
    COMMISSION,
    DISTRICT_PASSPHRASE,
    SHARED_ROW,
    election_document,
    export,
    precinct_day,
    precincts_document,
    rival_protocols,
)

DISTRICT_NAME = "Ақсай аудандық аумақтық сайлау комиссиясы"
HANDOVER_COST = 2**10
SCREENSHOTS = Path("/tmp")


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.fixture
def make_district(tmp_path, clock):
    """Open a district database (closed at the end)."""
    opened = []

    def make(name: str = "district.db") -> DistrictDesk:
        district = DistrictDesk.open(tmp_path / name, clock, key_cost=TEST_KEY_COST)
        opened.append(district)
        return district

    yield make
    for district in opened:
        district.store.close()


@pytest.fixture
def make_district_window(qapp, translations, clock):
    """A shown district window over a district database; gone before the database is closed."""
    windows = []

    def make(district: DistrictDesk) -> DistrictWindow:
        desk = DistrictDeskState(district, clock, language=translations.language, handover_cost=HANDOVER_COST)
        window = DistrictWindow(desk, translations)
        windows.append(window)
        window.show()
        window.activateWindow()
        qapp.processEvents()
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_work(qtbot, window: DistrictWindow) -> None:
    """Until the background job started by the last action has reported on the interface thread."""
    qtbot.waitUntil(lambda: window._desk.busy == 0, timeout=120_000)
    QApplication.processEvents()


def enabled(window: DistrictWindow, row: int) -> bool:
    return bool(window.nav_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)


def table(view) -> list[list[str]]:
    model = view.model()
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_district_is_initialised_backed_up_and_restored_through_the_widgets(
        make_district, make_district_window, qtbot, tmp_path, monkeypatch, app_font):
    district = make_district()
    window = make_district_window(district)
    for language, name in (("ru", "Русский"), ("kk", "Қазақша")):
        choose_language(window, name)
        shoot(window, KEYS, "keys-init", language, app_font, qtbot)
    page = window.keys_page
    assert window.pages.currentWidget() is page
    assert not page.init_box.isHidden() and page.keys_box.isHidden()
    assert [enabled(window, row) for row in range(6)] == [True, False, False, False, False, False]
    assert window.nav_reason_label.text() == "Пакеттер аудан кілттері жасалғаннан кейін шығарылады."
    assert window.status_labels["database"].text() == f"Аудан дерекқоры: {tmp_path / 'district.db'}"

    type_text(page.name_edit, DISTRICT_NAME)
    qtbot.keyClicks(page.new_passphrase_edit, DISTRICT_PASSPHRASE)
    qtbot.keyClicks(page.repeat_passphrase_edit, DISTRICT_PASSPHRASE + "!")
    click(qtbot, page.init_button)
    assert page.message_label.text() == "Екі құпия сөз тіркесі әртүрлі: бір құпия сөз тіркесін екі рет теріңіз."
    assert not window._desk.is_initialised()

    page.repeat_passphrase_edit.clear()
    qtbot.keyClicks(page.repeat_passphrase_edit, DISTRICT_PASSPHRASE)
    click(qtbot, page.init_button)
    wait_for_work(qtbot, window)

    fingerprint = certificate_fingerprint(district.signing_certificate())
    assert page.message_label.text() == render("done-district-init", {"fingerprint": fingerprint}, "kk")
    assert page.fingerprint_grid.text() == " ".join(fingerprint_groups(fingerprint))
    assert page.district_name_label.text() == DISTRICT_NAME and page.init_box.isHidden()
    assert window.status_labels["district"].text() == DISTRICT_NAME
    assert enabled(window, PACKAGES) and not enabled(window, IMPORT)
    assert window.nav_reason_label.text() == render("district-race-unknown", {}, "kk")
    assert page.new_passphrase_edit.text() == ""

    backup = tmp_path / "keys.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(backup), ""))
    click(qtbot, page.backup_button)
    wait_for_work(qtbot, window)
    assert page.message_label.text() == render("done-district-key-backup", {"file": str(backup)}, "kk")
    assert json.loads(backup.read_text(encoding="utf-8"))["keys"]["name"] == DISTRICT_NAME

    spare = make_district("spare.db")
    other = make_district_window(spare)
    restore = other.keys_page
    qtbot.keyClicks(restore.backup_file_field.edit, str(backup))
    qtbot.keyClicks(restore.restore_passphrase_edit, "not the district passphrase")
    click(qtbot, restore.restore_button)
    wait_for_work(qtbot, other)
    assert restore.message_label.text() == render("passphrase-wrong", {}, "kk")
    assert not other._desk.is_initialised() and not restore.restore_box.isHidden()

    restore.restore_passphrase_edit.clear()
    qtbot.keyClicks(restore.restore_passphrase_edit, DISTRICT_PASSPHRASE)
    click(qtbot, restore.restore_button)
    wait_for_work(qtbot, other)
    assert restore.message_label.text() == render("done-district-key-restore", {"fingerprint": fingerprint}, "kk")
    assert restore.fingerprint_grid.text() == page.fingerprint_grid.text()
    assert restore.restore_box.isHidden() and enabled(other, PACKAGES)


def write_inputs(folder: Path) -> dict[str, Path]:
    """The election file, a precincts file of three precincts and their voter lists (one voter on two lists)."""
    folder.mkdir()
    election = folder / "election.json"
    election.write_text(json.dumps(election_document(), ensure_ascii=False), encoding="utf-8")
    precincts = folder / "precincts.json"
    precincts.write_text(json.dumps(precincts_document(("1001", "1002", "1003")), ensure_ascii=False),
                         encoding="utf-8")
    voters = folder / "voters"
    voters.mkdir()
    for seed, number in enumerate(("1001", "1002", "1003")):
        path = voters / f"{number}.csv"
        write_demo_voter_list(path, 40, ELECTION_DATE, seed=seed)
        if number != "1003":
            with path.open("a", encoding="utf-8") as handle:
                handle.write(SHARED_ROW)
    return {"election": election, "precincts": precincts, "voters": voters, "packages": folder / "packages",
            "acts": folder / "acts"}


def issue_through_the_page(qtbot, window: DistrictWindow, inputs: dict[str, Path]) -> None:
    page = window.packages_page
    for key, field in page.fields.items():
        field.edit.clear()
        qtbot.keyClicks(field.edit, str(inputs[key]))
    page.passphrase_edit.clear()
    qtbot.keyClicks(page.passphrase_edit, DISTRICT_PASSPHRASE)
    click(qtbot, page.issue_button)
    wait_for_work(qtbot, window)


def shoot(window: DistrictWindow, row: int, name: str, language: str, app_font, qtbot) -> None:
    window._go_to(row)
    qtbot.wait(50)
    assert missing_glyphs(visible_text(window), app_font) == "", (name, language)
    path = SCREENSHOTS / f"district_{name}_{language}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 5_000


def test_packages_then_bundles_in_the_race_the_precincts_and_the_summary(
        make_district, make_district_window, qtbot, tmp_path, clock, monkeypatch, app_font):
    district = make_district()
    district.init(DISTRICT_NAME, DISTRICT_PASSPHRASE)
    fingerprint = certificate_fingerprint(district.signing_certificate())
    inputs = write_inputs(tmp_path / "inputs")
    window = make_district_window(district)
    assert window.pages.currentWidget() is window.packages_page
    packages = window.packages_page

    # The acts (which carry the one-time passphrases) may not travel in the packages' folder.
    issue_through_the_page(qtbot, window, {**inputs, "acts": inputs["packages"]})
    assert packages.message_label.text() == render("acts-folder-unsafe", {"folder": str(inputs["packages"])}, "kk")
    assert not inputs["packages"].exists() and not enabled(window, IMPORT)

    issue_through_the_page(qtbot, window, inputs)
    assert fingerprint in packages.message_label.text()
    assert packages.fingerprint_grid.text() == " ".join(fingerprint_groups(fingerprint))
    rows = [[packages.issued_table.item(r, c).text() for c in range(3)]
            for r in range(packages.issued_table.rowCount())]
    assert [r[0] for r in rows] == ["1001", "1002", "1003"]
    assert all(Path(r[2]).parent == inputs["acts"] and Path(r[2]).exists() for r in rows)
    act = pdf_text(Path(rows[0][2]))
    assert re.search(r"[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}", act)
    assert "".join(fingerprint_groups(fingerprint)) in re.sub(r"\s", "", act).lower()
    assert all(enabled(window, row) for row in range(6))

    window._go_to(PRECINCTS)
    precincts = window.precincts_page
    missing = "түскен жоқ"
    assert [r[2] for r in table(precincts.precincts_view)] == [missing] * 3

    issued = PackagesIssued("", fingerprint, tuple(
        IssuedPackage(n, str(next(inputs["packages"].glob(f"package-*-p{n}.json"))), str(inputs["acts"] / f"act-p{n}.pdf"))
        for n in ("1001", "1002")))
    station = precinct_day(tmp_path, clock, issued, "1001")
    first = export(station, tmp_path, "stick1")
    second = export(precinct_day(tmp_path, clock, issued, "1002", checkins=8), tmp_path, "stick2")
    tampered = bytearray(second)
    tampered[len(tampered) // 2] ^= 0x04
    with pytest.raises(AkimdeskError) as refusal:
        read_bundle(bytes(tampered), district.signing_certificate())
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    files = []
    for name, data in (("p1001.akb", first), ("p1002.akb", second), ("p1002-copy.akb", bytes(tampered))):
        (bundles / name).write_bytes(data)
        files.append(str(bundles / name))

    window._go_to(IMPORT)
    intake = window.import_page
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (files, ""))
    click(qtbot, intake.files_button)
    assert intake.message_label.text() == "Алдымен аудан құпия сөз тіркесін теріңіз."
    qtbot.keyClicks(intake.passphrase_edit, DISTRICT_PASSPHRASE)
    click(qtbot, intake.files_button)
    wait_for_work(qtbot, window)
    outcomes = table(intake.outcomes_view)
    assert [r[:2] for r in outcomes] == [["p1001.akb", "1001"], ["p1002.akb", "1002"], ["p1002-copy.akb", "—"]]
    assert outcomes[0][2] == outcomes[1][2] == "Қабылданды"
    reason = render(refusal.value.code, refusal.value.params, "kk")
    assert outcomes[2][2] == f"Қабылданбады: {reason}"
    assert intake.message_label.text().startswith(render("done-district-import", {"accepted": 2}, "kk"))

    window._go_to(RACE)
    race = window.race_page
    candidates = table(race.candidates_view)
    assert [(r[0], r[2]) for r in candidates] == [("1", "4"), ("2", "6"), ("3", "0"), ("", "2")]
    assert candidates[1][3] == "ең көп дауыс" and race.fact_values["leader"].text().endswith("(6)")
    flags = [race.flags_list.item(i).text() for i in range(race.flags_list.count())]
    assert render("precinct-missing", {"precinct": "1003"}, "kk") in flags
    assert any(text.startswith(render("voter-in-several-precincts", {}, "kk").split("{")[0]) and "1001, 1002" in text
               for text in flags)
    lines = {r[0]: r[2] for r in table(race.lines_view)}
    assert (lines["1"], lines["3"], lines["4"], lines["7"], lines["10"]) == ("82", "106", "14", "14", "12")
    assert window.status_labels["race"].text() == "Саналған учаскелер: 2, барлығы: 3"

    window._go_to(PRECINCTS)
    statuses = {r[0]: r[2] for r in table(precincts.precincts_view)}
    assert statuses == {"1001": "қабылданды", "1002": "қабылданды", "1003": missing}
    assert precincts.counts_label.text().endswith("түспегені: 1")

    window._go_to(REPORT)
    report = window.report_page
    summary = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(summary), ""))
    click(qtbot, report.summary_button)
    wait_for_work(qtbot, window)
    assert report.summary_message.text() == render("done-district-report", {"out": str(summary)}, "kk")
    text = pdf_text(summary)
    for expected in ("1001", "1002", "1003", number_words(14, "kk"), number_words(12, "ru"),
                     number_words(106, "kk"), number_words(82, "ru")):
        assert expected in text, expected
    click(qtbot, report.verify_button)
    wait_for_work(qtbot, window)
    assert report.audit_message.text() == render("done-district-verify", asdict(district.verify_audit()), "kk")

    for language, name in (("kk", "Қазақша"), ("ru", "Русский")):
        choose_language(window, name)
        for row, page in ((PACKAGES, "packages"), (IMPORT, "import"), (RACE, "race"), (PRECINCTS, "precincts"),
                          (REPORT, "report"), (KEYS, "keys")):
            shoot(window, row, page, language, app_font, qtbot)
    assert window.nav_list.item(RACE).text() == "4. Итоги выборов"
    assert table(intake.outcomes_view)[2][2] == "Отклонён: " + render(refusal.value.code, refusal.value.params, "ru")
    assert {r[0]: r[2] for r in table(precincts.precincts_view)}["1003"] == "не поступил"
    assert render("precinct-missing", {"precinct": "1003"}, "ru") in [
        race.flags_list.item(i).text() for i in range(race.flags_list.count())]
    assert report.summary_message.text() == render("done-district-report", {"out": str(summary)}, "ru")

    # The same bundles again, found on the sticks they came on: accepted before, so nothing changes.
    monkeypatch.setattr("akimdesk.bundle.usb.list_removable_drives",
                        lambda: [FolderDrive(tmp_path / "stick1"), FolderDrive(tmp_path / "stick2")])
    window._go_to(IMPORT)
    click(qtbot, intake.sticks_button)
    wait_for_work(qtbot, window)
    assert [(r[1], r[2]) for r in table(intake.outcomes_view)] == [
        ("1001", "Уже принят ранее (тот же файл): ничего не изменилось"),
        ("1002", "Уже принят ранее (тот же файл): ничего не изменилось")]
    assert intake.message_label.text() == render("done-district-import", {"accepted": 0}, "ru")
    assert [r[2] for r in table(race.candidates_view)] == ["4", "6", "0", "2"]

    # Precinct 1001 recounts and sends a repeat protocol: it replaces version 1 and the precinct shows amended.
    station.amend_protocol(actor="M1", reason="recount")
    for entry, member in ((1, "M4"), (2, "M5")):
        station.set_tally("votes_C1", 1, entry=entry, actor=member, reason="recount")
        station.set_tally("votes_against_all", 2, entry=entry, actor=member, reason="recount")
    station.record_present(["M1", "M2", "M3", "M4", "M5"], actor="M3")
    station.finalise_protocol(actor="M1", passphrase=COMMISSION)
    (bundles / "p1001-v2.akb").write_bytes(export(station, tmp_path, "stick3"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(bundles / "p1001-v2.akb")], ""))
    click(qtbot, intake.files_button)
    wait_for_work(qtbot, window)
    assert table(intake.outcomes_view)[0][2] == "Принят: версия протокола 2 заменяет версию 1"
    assert [r[2] for r in table(race.candidates_view)] == ["3", "6", "0", "3"]
    assert {r[0]: r[2] for r in table(precincts.precincts_view)}["1001"] == "принят, протокол исправлен"
    assert render("precinct-amended", {"precinct": "1001", "version": 2}, "ru") in [
        race.flags_list.item(i).text() for i in range(race.flags_list.count())]


def test_bare_district_flag_opens_the_district_window_on_its_database(tmp_path, monkeypatch, catalogues):
    from akimdesk.cli import main

    catalogues.switch("en")
    database = tmp_path / "the-district.db"
    monkeypatch.setenv("AKIMDESK_DISTRICT_DB", str(database))
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    monkeypatch.setattr(sys, "argv", ["akimdesk", "--district"])
    seen = []

    def look_and_close() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DistrictWindow) and w.isVisible())
        seen.append((window.windowTitle(), window.status_labels["database"].toolTip(),
                     window.pages.currentWidget() is window.keys_page))
        window.close()

    QTimer.singleShot(300, look_and_close)
    assert main() == 0
    assert seen == [("akimdesk — district election commission", str(database), True)]
    assert not any(isinstance(w, DistrictWindow) for w in QApplication.topLevelWidgets())


def test_a_conflicting_precinct_is_left_out_alike_on_the_pages_and_on_the_summary(
        make_district, make_district_window, qtbot, tmp_path, clock, monkeypatch):
    district = make_district()
    district.init(DISTRICT_NAME, DISTRICT_PASSPHRASE)
    inputs = write_inputs(tmp_path / "inputs")
    issued = district.issue_packages(
        election_document(), precincts_document(("1001", "1002", "1003")),
        {path.stem: path for path in inputs["voters"].glob("*.csv")}, out_dir=inputs["packages"],
        acts_dir=inputs["acts"], passphrase=DISTRICT_PASSPHRASE, actor="district", handover_cost=HANDOVER_COST)
    # Precinct 1001 sends two different protocols that both claim version 1; 1002 counts 8 ballots; 1003 is silent.
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    contents = (*rival_protocols(tmp_path, clock, issued, "1001"),
                export(precinct_day(tmp_path, clock, issued, "1002", checkins=8), tmp_path, "stick-1002"))
    files = []
    for name, data in zip(("p1001-laptop.akb", "p1001-spare.akb", "p1002.akb"), contents, strict=False):
        (bundles / name).write_bytes(data)
        files.append(str(bundles / name))

    window = make_district_window(district)
    window._go_to(IMPORT)
    intake = window.import_page
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (files, ""))
    qtbot.keyClicks(intake.passphrase_edit, DISTRICT_PASSPHRASE)
    click(qtbot, intake.files_button)
    wait_for_work(qtbot, window)
    assert [(r[0], r[2]) for r in table(intake.outcomes_view)] == [
        ("p1001-laptop.akb", "Қабылданды"), ("p1001-spare.akb", "Қабылданды"), ("p1002.akb", "Қабылданды")]

    conflict = render("precinct-version-conflict", {"precinct": "1001", "version": 1}, "kk")
    window._go_to(PRECINCTS)
    precincts = window.precincts_page
    rows = {r[0]: r for r in table(precincts.precincts_view)}
    assert {number: row[2] for number, row in rows.items()} == {
        "1001": "нұсқалар қайшы", "1002": "қабылданды", "1003": "түскен жоқ"}
    assert rows["1001"][6] == conflict
    assert precincts.counts_label.text().endswith("нұсқалары қайшы: 1; түспегені: 1")

    # Only precinct 1002 is summed: 1001 waits for the district commission, and it is not called missing.
    window._go_to(RACE)
    race = window.race_page
    assert [(r[0], r[2]) for r in table(race.candidates_view)] == [("1", "2"), ("2", "4"), ("3", "0"), ("", "1")]
    assert {r[0]: r[2] for r in table(race.lines_view)}["1"] == "41"
    assert race.fact_values["reported"].text() == "1, барлығы 3; түспегендер: 1003"
    flags = [race.flags_list.item(i).text() for i in range(race.flags_list.count())]
    assert conflict in flags and render("precinct-missing", {"precinct": "1003"}, "kk") in flags
    assert render("precinct-missing", {"precinct": "1001"}, "kk") not in flags
    assert window.status_labels["race"].text() == "Саналған учаскелер: 1, барлығы: 3"

    window._go_to(REPORT)
    report = window.report_page
    summary = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(summary), ""))
    click(qtbot, report.summary_button)
    wait_for_work(qtbot, window)
    text = " ".join(pdf_text(summary).split())
    for language in ("kk", "ru"):
        assert render("pdf-status-conflict", None, language) in text
        assert render("pdf-conflicts-not-counted", {"precincts": "1001"}, language) in text
        assert render("precinct-version-conflict", {"precinct": "1001", "version": 1}, language) in text
    assert render("pdf-precinct-counts", {"total": 3, "accepted": 1, "missing": 1, "conflict": 1}, "kk") in text
    assert f'{number_words(41, "kk")} {number_words(41, "ru")}' in text
    assert number_words(82, "ru") not in text  # the voters listed, had 1001 been counted

    choose_language(window, "Русский")
    assert {r[0]: r[2] for r in table(precincts.precincts_view)}["1001"] == "расхождение версий"


def test_opening_the_district_window_loads_no_paper_or_pdf_signing_library():
    # The fingerprint grid groups the fingerprint with the core's rule, so reportlab loads only for a paper.
    import os
    import subprocess

    probe = ("import sys, akimdesk.gui.app, akimdesk.gui.district.window; "
             "print(sorted(m for m in ('pyhanko', 'reportlab') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.strip()
    assert loaded == "[]"
