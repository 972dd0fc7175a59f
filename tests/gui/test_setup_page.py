"""The Setup page: the district's package from a file or a stick, the voter list, and the flagged IINs."""

from __future__ import annotations

from pathlib import Path

import pytest

from akimdesk.bundle import usb
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.gui.main_window import SETUP, STATION
from akimdesk.gui.qt import QApplication, QFileDialog, Qt
from akimdesk.messages import render
from tests.conftest import CHAIR, package_update
from tests.gui.test_languages import choose_language

HEADER = "ИИН,Фамилия,Имя,Отчество,Дата рождения,Адрес\n"
GOOD = "850315300128,Нұрланова,Әсел,Маратқызы,15.03.1985,Абай 1\n"


@pytest.fixture
def package_file(tmp_path, demo_package) -> Path:
    path = tmp_path / "package-demo-p1001.json"
    path.write_bytes(demo_package.package)
    return path


def answer_file_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_fingerprint(qtbot, form, fingerprint: str) -> None:
    for row, edit in enumerate(form.fingerprint.act_edits):
        part = fingerprint[row * 16:(row + 1) * 16]
        qtbot.keyClicks(edit, " ".join(part[i:i + 4] for i in range(0, 16, 4)))


def fill_and_load(qtbot, form, fingerprint: str, one_time: str, new: str, again: str | None = None) -> None:
    type_fingerprint(qtbot, form, fingerprint)
    qtbot.keyClicks(form.one_time_edit, one_time)
    qtbot.keyClicks(form.new_passphrase_edit, new)
    qtbot.keyClicks(form.repeat_passphrase_edit, new if again is None else again)
    click(qtbot, form.load_button)


def wait_for_message(qtbot, label) -> str:
    qtbot.waitUntil(lambda: label.text() != "", timeout=10_000)
    return label.text()


def test_chair_loads_the_package_from_a_file(make_window, empty_station, demo_package, package_file, monkeypatch,
                                             qtbot):
    window = make_window(empty_station)
    page = window.setup_page
    form = page.package_form
    assert window.pages.currentWidget() is page
    assert page.import_reason_label.text() == "Алдымен сайлау пакетін жүктеңіз."
    assert not page.import_button.isEnabled()

    answer_file_dialog(monkeypatch, package_file)
    click(qtbot, form.choose_file_button)
    shown = "".join(label.text() for label in form.fingerprint.package_rows).replace(" ", "")
    assert shown == demo_package.fingerprint
    assert "№1001 сайлау учаскесі (ДЕМО)" in form.summary_label.text()
    assert form.one_time_edit.echoMode() == form.one_time_edit.EchoMode.Password

    fill_and_load(qtbot, form, demo_package.fingerprint, demo_package.one_time_passphrase, DEMO_PASSPHRASE)
    message = wait_for_message(qtbot, form.message_label)

    assert empty_station.has_election() and empty_station.state() == "setup"
    assert message.startswith(render("done-election-load", {"package_version": 1,
                                                            "election_id": demo_package.election_id}, "kk"))
    assert "ДЕМО — Ақсай ауылдық округі әкімінің сайлауы, №1001 сайлау учаскесі (ДЕМО)." in message
    assert "#0a4d20" in form.message_label.styleSheet()
    assert window.member_bar.member_label.text().startswith(f"{CHAIR} — ")  # the chair who loaded stays signed in
    assert page.import_button.isEnabled() and page.import_reason_label.isHidden()
    assert form.form_widget.isHidden() and not form.loaded_widget.isHidden()
    assert [e.text() for e in (form.one_time_edit, form.new_passphrase_edit)] == ["", ""]


@pytest.mark.parametrize("wrong", ["fingerprint", "one-time passphrase"])
def test_a_wrong_fingerprint_or_passphrase_is_refused_and_nothing_loads(
        make_window, empty_station, demo_package, package_file, monkeypatch, qtbot, wrong):
    window = make_window(empty_station)
    form = window.setup_page.package_form
    answer_file_dialog(monkeypatch, package_file)
    click(qtbot, form.choose_file_button)
    fingerprint = "0" * 64 if wrong == "fingerprint" else demo_package.fingerprint
    one_time = "AAAAA-BBBBB-CCCCC-DDDDD" if wrong != "fingerprint" else demo_package.one_time_passphrase
    fill_and_load(qtbot, form, fingerprint, one_time, DEMO_PASSPHRASE)
    message = wait_for_message(qtbot, form.message_label)

    code = "package-fingerprint-mismatch" if wrong == "fingerprint" else "passphrase-wrong"
    assert message == render(code, {}, "kk")
    assert "#a61b1b" in form.message_label.styleSheet()
    assert not empty_station.has_election() and empty_station.store.count("packages") == 0
    if wrong == "fingerprint":
        assert form.fingerprint.match_label.text() == (
            "Пакетке сәйкес келмейді: оны жүктемеңіз, аумақтық комиссияға хабарласыңыз.")
    assert form.load_button.isEnabled()


def test_new_passphrases_that_differ_are_caught_before_loading(make_window, empty_station, demo_package,
                                                               package_file, monkeypatch, qtbot):
    window = make_window(empty_station)
    form = window.setup_page.package_form
    answer_file_dialog(monkeypatch, package_file)
    click(qtbot, form.choose_file_button)
    type_fingerprint(qtbot, form, demo_package.fingerprint)
    assert form.fingerprint.match_label.text() == "Пакеттегі саусақ ізіне сәйкес келеді."
    fill_and_load(qtbot, form, "", demo_package.one_time_passphrase, DEMO_PASSPHRASE, DEMO_PASSPHRASE + "x")

    assert form.message_label.text() == "Жаңа құпия сөз тіркесі мен оның қайталауы сәйкес келмейді."
    assert QApplication.focusWidget() is form.repeat_passphrase_edit
    assert not empty_station.has_election()


def test_package_loads_from_a_usb_stick_with_the_keyboard(make_window, empty_station, demo_package, tmp_path,
                                                          monkeypatch, qtbot):
    stick = usb.FolderDrive(tmp_path / "stick", label="STICK")
    (stick.mount_point / "package-demo-p1001.json").write_bytes(demo_package.package)
    (stick.mount_point / "notes.txt").write_text("not a package")
    (stick.mount_point / ".package-demo-p1001.json.part").write_bytes(b"half written")
    monkeypatch.setattr(usb, "list_removable_drives", lambda: [stick])
    window = make_window(empty_station)
    form = window.setup_page.package_form
    click(qtbot, form.refresh_button)
    assert [form.usb_list.item(i).text() for i in range(form.usb_list.count())] == ["STICK: package-demo-p1001.json"]

    form.usb_list.setFocus()
    qtbot.keyClick(form.usb_list, Qt.Key.Key_Down)
    assert "package-demo-p1001.json" in form.summary_label.text()
    type_fingerprint(qtbot, form, demo_package.fingerprint)
    qtbot.keyClicks(form.one_time_edit, demo_package.one_time_passphrase)
    qtbot.keyClicks(form.new_passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClicks(form.repeat_passphrase_edit, DEMO_PASSPHRASE)
    qtbot.keyClick(form.repeat_passphrase_edit, Qt.Key.Key_Return)
    wait_for_message(qtbot, form.message_label)

    assert empty_station.has_election()
    assert empty_station.election().precinct_number == "1001"


def test_no_stick_says_how_to_find_one(make_window, empty_station, monkeypatch, qtbot):
    monkeypatch.setattr(usb, "list_removable_drives", lambda: [])
    window = make_window(empty_station)
    form = window.setup_page.package_form
    click(qtbot, form.refresh_button)
    assert form.usb_list.isHidden()
    assert form.usb_empty_label.text() == (
        "USB флешкада пакет файлы жоқ. Флешканы салып, «Жаңарту» батырмасын басыңыз.")


def test_focus_follows_the_form(make_window, empty_station, package_file, monkeypatch, qtbot):
    window = make_window(empty_station)
    form = window.setup_page.package_form
    answer_file_dialog(monkeypatch, package_file)
    click(qtbot, form.choose_file_button)
    rows = form.fingerprint.act_edits
    rows[0].setFocus()
    chain = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    assert chain == [*rows, form.member_combo, form.one_time_edit, form.new_passphrase_edit,
                     form.repeat_passphrase_edit, form.load_button]


def test_a_newer_package_version_goes_through_the_same_form(make_window, loaded_station, demo_package, district,
                                                            tmp_path, monkeypatch, qtbot):
    newer = tmp_path / "package-demo-p1001-v2.json"
    newer.write_bytes(package_update(demo_package, district, lambda c: c.update(ballots_delivered=300)))
    window = make_window(loaded_station, actor=CHAIR)
    page = window.setup_page
    form = page.package_form
    assert window.pages.currentWidget() is page  # a package but no voter list yet
    assert "1" in form.loaded_label.text() and form.form_widget.isHidden()

    click(qtbot, form.update_button)
    assert form.one_time_edit.isHidden() and form.new_passphrase_edit.isHidden()
    answer_file_dialog(monkeypatch, newer)
    click(qtbot, form.choose_file_button)
    type_fingerprint(qtbot, form, demo_package.fingerprint)
    click(qtbot, form.load_button)
    message = wait_for_message(qtbot, form.message_label)

    assert loaded_station.election().package_version == 2
    assert loaded_station.election().ballots_delivered == 300
    assert message.startswith(render("done-election-load", {"package_version": 2,
                                                            "election_id": demo_package.election_id}, "kk"))
    assert form.form_widget.isHidden()


def test_voter_list_imports_in_the_background_and_shows_the_count(make_window, loaded_station, voter_csv,
                                                                  monkeypatch, qtbot):
    window = make_window(loaded_station, actor=CHAIR)
    page = window.setup_page
    answer_file_dialog(monkeypatch, voter_csv)
    click(qtbot, page.import_button)
    message = wait_for_message(qtbot, page.import_message_label)

    assert message == render("done-voters-import", {"imported": 200, "flagged": 0}, "kk")
    assert loaded_station.status().voter_list.rows == 200
    assert "200" in page.list_status_label.text()
    assert page.flagged_label.text() == "Тізімдегі барлық ЖСН тексеруден өтті."
    assert page.flagged_table.isHidden()
    assert window.status_labels["ballots"].text() == "Қалған бюллетень: 204"


def test_a_refused_list_shows_every_problem_and_imports_nothing(make_window, loaded_station, tmp_path,
                                                                monkeypatch, qtbot):
    bad = tmp_path / "list.csv"
    bad.write_text(HEADER + GOOD + "95020340078,Ким,Ольга,,03.02.1995,Абай 2\n"
                   "950203400780,,Ольга,,03.02.1995,Абай 3\n", encoding="utf-8")
    window = make_window(loaded_station, actor=CHAIR)
    page = window.setup_page
    answer_file_dialog(monkeypatch, bad)
    click(qtbot, page.import_button)
    message = wait_for_message(qtbot, page.import_message_label)

    table = page.problem_table
    rows = lambda: [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]  # noqa: E731
    assert rows() == [("list.csv", "3", "ЖСН", render("iin-not-12-digits", {}, "kk")),
                      ("list.csv", "4", "Тегі", render("value-empty", {}, "kk"))]
    assert "list.csv" in message and "#a61b1b" in page.import_message_label.styleSheet()
    assert loaded_station.status().voter_list is None
    assert page.list_status_label.text() == "Сайлаушылар тізімі әлі импортталған жоқ."

    choose_language(window, "Русский")
    assert rows()[1] == ("list.csv", "4", "Фамилия", render("value-empty", {}, "ru"))
    assert table.horizontalHeaderItem(2).text() == "Поле"


def test_flagged_iins_are_listed_after_import_and_when_the_window_reopens(make_window, loaded_station, tmp_path,
                                                                          monkeypatch, qtbot):
    flagged = tmp_path / "flagged.csv"
    flagged.write_text(HEADER + GOOD + "850315300127,Ким,Ольга,,15.03.1985,Абай 2\n", encoding="utf-8")
    window = make_window(loaded_station, actor=CHAIR)
    page = window.setup_page
    answer_file_dialog(monkeypatch, flagged)
    click(qtbot, page.import_button)
    wait_for_message(qtbot, page.import_message_label)

    expected = [("850315300127", "Ким Ольга", "15.03.1985", "Абай 2", render("iin-check-digit", {}, "kk"))]
    table = page.flagged_table
    assert [tuple(table.item(0, c).text() for c in range(5))] == expected and table.rowCount() == 1
    assert not table.isHidden()

    again = make_window(loaded_station, actor=CHAIR).setup_page.flagged_table
    assert again.rowCount() == 1 and again.item(0, 0).text() == "850315300127"


def test_import_is_not_offered_once_the_station_is_open(make_window, open_station, qtbot):
    window = make_window(open_station, actor=CHAIR)
    window.nav_list.setCurrentRow(SETUP)
    page = window.setup_page
    assert window.pages.currentWidget() is page
    assert not page.import_button.isEnabled()
    assert page.import_reason_label.text() == (
        "Сайлаушылар тізімін учаске ашылғанға дейін ғана импорттауға немесе ауыстыруға болады.")
    assert not page.package_form.update_button.isHidden()


def test_a_station_with_its_voter_list_still_opens_on_the_station_page(make_window, setup_station):
    window = make_window(setup_station, actor=CHAIR)
    assert window.nav_list.currentRow() == STATION


def test_a_package_with_a_sealed_voter_list_brings_the_list_in(make_window, empty_station, clock, tmp_path,
                                                               monkeypatch, qtbot):
    from akimdesk.demo import write_demo_voter_list
    from akimdesk.district import DistrictDesk
    from tests.conftest import ELECTION_DATE, TEST_KEY_COST
    from tests.test_district import DISTRICT_PASSPHRASE, act_secrets, election_document, precincts_document

    district = DistrictDesk.open(tmp_path / "district.db", clock, key_cost=TEST_KEY_COST)
    district.init("Демо аумақтық сайлау комиссиясы", DISTRICT_PASSPHRASE)
    voters = tmp_path / "1001.csv"
    write_demo_voter_list(voters, 40, ELECTION_DATE)
    issued = district.issue_packages(election_document(), precincts_document(("1001",)), {"1001": voters},
                                     out_dir=tmp_path / "out", acts_dir=tmp_path / "acts",
                                     passphrase=DISTRICT_PASSPHRASE, actor="district", handover_cost=2**10)
    district.store.close()
    entry = issued.issued[0]

    window = make_window(empty_station)
    page = window.setup_page
    form = page.package_form
    answer_file_dialog(monkeypatch, Path(entry.package))
    click(qtbot, form.choose_file_button)
    fill_and_load(qtbot, form, issued.fingerprint, act_secrets(entry.act), "our commission passphrase")
    message = wait_for_message(qtbot, form.message_label)

    assert message.endswith("Пакетке мөрленген сайлаушылар тізімі жүктелді: 40 сайлаушы.")
    assert page.list_status_label.text() == "Импортталған тізімдегі сайлаушылар саны: 40."
    assert page.import_button.text() == "Сайлаушылар тізімін ауыстыру…"
    assert window.nav_list.currentRow() == SETUP
