"""Tests for reading voter-list files: encodings, delimiters, XLSX and unreadable input."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from akimdesk.core.errors import BadInput, InputRejected
from akimdesk.core.iin import make_iin
from akimdesk.voter_files import load_voter_list, read_voter_file, read_voter_table

ELECTION = date(2026, 11, 29)
TODAY = date(2026, 11, 1)
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
HEADER_RU = ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Адрес", "Книга"]
HEADER_KK = ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Туған күні", "Мекенжайы", "Кітап"]
KAZAKH_LETTERS = "әғқңөұүһі"


def _people(names):
    people = []
    for serial, (surname, given, patronymic, birth, sex, address) in enumerate(names, start=40):
        iin = None
        while iin is None:
            iin, serial = make_iin(birth, sex, serial), serial + 1
        people.append([iin, surname, given, patronymic, birth, address, str(1 + serial % 3)])
    return people


RUSSIAN = _people([
    ("Иванов", "Сергей", "Петрович", date(1961, 4, 12), "male", "г. Алматы, ул. Абая, д. 10, кв. 5"),
    ("Ким", "Елена", "", date(1978, 11, 3), "female", "г. Алматы; ул. Абая, д. 10, кв. 7"),
    ("Жуков", "Артём", "Олегович", date(2005, 5, 18), "male", 'г. Алматы, ул. "Абая", д. 12'),
    ("Шмидт", "Андрей", "Иванович", date(1949, 9, 21), "male", "г. Алматы, ул. Абая, д. 14"),
])
KAZAKH = _people([
    ("Әлібеков", "Нұрлан", "Серікұлы", date(1963, 8, 19), "male", "Алматы қ., Жамбыл к-сі, 12-үй"),
    ("Ғабдуллина", "Іңкәр", "Қайратқызы", date(2004, 2, 29), "female", "Алматы қ., Жамбыл к-сі, 14"),
    ("Жаһанов", "Шаһмардан", "Ұланұлы", date(1958, 12, 25), "male", "Алматы қ., Жамбыл к-сі, 16"),
    ("Өтегенов", "Үміт", "Ерғалиұлы", date(1999, 9, 1), "male", "Алматы қ.,\tЖамбыл к-сі, 18"),
])


def _as_text(people):
    return [[f"{c:%d.%m.%Y}" if isinstance(c, date) else c for c in person] for person in people]


def write_csv(path, header, people, *, encoding="utf-8", delimiter=",", bom=False,
              newline="\r\n"):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(_as_text(people))
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def load(path):
    return load_voter_list(path, election_date=ELECTION, today=TODAY)


def expected_rows(people, first_row=2):
    return [(number, cells) for number, cells in enumerate(_as_text(people), start=first_row)]


# Good shapes


CSV_SHAPES = {
    "utf8-comma": dict(),
    "utf8-bom-comma": dict(bom=True),
    "utf8-semicolon-lf": dict(delimiter=";", newline="\n"),
    "utf8-tab": dict(delimiter="\t"),
    "utf16-tab": dict(encoding="utf-16", delimiter="\t"),
}


@pytest.mark.parametrize("shape", sorted(CSV_SHAPES))
@pytest.mark.parametrize(("header", "people"), [(HEADER_KK, KAZAKH), (HEADER_RU, RUSSIAN)])
def test_unicode_csv_shapes_read_fully(tmp_path, shape, header, people):
    path = write_csv(tmp_path / "list.csv", header, people, **CSV_SHAPES[shape])
    assert read_voter_file(path) == (header, expected_rows(people))
    voters = load(path)
    assert [v.iin for v in voters] == [p[0] for p in people]
    assert [v.surname for v in voters] == [p[1] for p in people]
    assert [v.birth_date for v in voters] == [p[4] for p in people]
    assert all(v.iin_problem is None for v in voters)


def test_kazakh_letters_survive(tmp_path):
    path = write_csv(tmp_path / "kk.csv", HEADER_KK, KAZAKH, bom=True)
    text = " ".join(f"{v.surname} {v.given_name} {v.patronymic} {v.address}" for v in load(path))
    assert set(KAZAKH_LETTERS) <= set(text.lower())


def test_windows_1251_with_semicolons(tmp_path):
    path = write_csv(tmp_path / "ru.csv", HEADER_RU, RUSSIAN, encoding="cp1251", delimiter=";")
    assert read_voter_file(path) == (HEADER_RU, expected_rows(RUSSIAN))
    reference = write_csv(tmp_path / "ref.csv", HEADER_RU, RUSSIAN)
    assert load(path) == load(reference)


def test_all_shapes_give_identical_voters(tmp_path):
    paths = [write_csv(tmp_path / f"{name}.csv", HEADER_RU, RUSSIAN, **options)
             for name, options in CSV_SHAPES.items()]
    paths.append(write_csv(tmp_path / "cp1251.csv", HEADER_RU, RUSSIAN, encoding="cp1251",
                           delimiter=";"))
    paths.append(write_xlsx(tmp_path / "list.xlsx", [HEADER_RU, *RUSSIAN]))
    results = [load(path) for path in paths]
    assert all(result == results[0] for result in results)
    assert len(results[0]) == len(RUSSIAN)


def test_xlsx_with_date_cells_and_integer_iins(tmp_path):
    rows = [[int(p[0]), *p[1:4], datetime(p[4].year, p[4].month, p[4].day), *p[5:]] for p in KAZAKH]
    assert KAZAKH[1][0].startswith("0")
    path = write_xlsx(tmp_path / "kk.xlsx", [HEADER_KK, *rows])
    header, read_rows = read_voter_file(path)
    assert header == HEADER_KK
    assert [number for number, _ in read_rows] == [2, 3, 4, 5]
    assert isinstance(read_rows[0][1][0], int) and isinstance(read_rows[0][1][4], datetime)
    csv_path = write_csv(tmp_path / "kk.csv", HEADER_KK, KAZAKH, bom=True)
    assert load(path) == load(csv_path)


def test_title_rows_above_the_header(tmp_path):
    title = ["Сайлаушылар тізімі, № 123 учаске", None, None]
    path = write_xlsx(tmp_path / "titled.xlsx", [title, [], HEADER_KK, *_as_text(KAZAKH)])
    header_row, header, rows = read_voter_table(path)
    assert (header_row, header) == (3, HEADER_KK)
    assert [number for number, _ in rows] == [4, 5, 6, 7]
    assert [v.source_row for v in load(path)] == [4, 5, 6, 7]

    bad = write_csv(tmp_path / "titled.csv", ["ИИН", "Фамилия", "Имя", "Адрес"], [])
    bad.write_text("Список избирателей\n\n" + bad.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputRejected) as caught:
        load(bad)
    assert [(p.row, p.field, p.code) for p in caught.value.problems] == [
        (3, "birth_date", "column-missing"), (None, None, "list-empty")]


def test_row_numbers_follow_the_spreadsheet(tmp_path):
    people = [list(p) for p in RUSSIAN]
    people[0][5] = "г. Алматы,\nул. Абая, 10"
    path = write_csv(tmp_path / "list.csv", HEADER_RU, people)
    lines = path.read_bytes().split(b"\r\n")
    path.write_bytes(b"\r\n".join(lines[:3] + [b"", b",,,", b" , ,"] + lines[3:]))
    header, rows = read_voter_file(path)
    assert [number for number, _ in rows] == [2, 3, 7, 8]
    voters = load(path)
    assert [v.source_row for v in voters] == [2, 3, 7, 8]
    assert voters[0].address == "г. Алматы, ул. Абая, 10"


def test_commas_in_values_do_not_fool_the_delimiter(tmp_path):
    header = ["ИИН", "Фамилия", "Имя", "Туған күні, айы, жылы", "Адрес"]
    people = [[p[0], p[1], p[2], p[4], f"{p[5]}, {p[5]}"] for p in RUSSIAN]
    path = write_csv(tmp_path / "list.csv", header, people, delimiter=";")
    assert len(load(path)) == len(RUSSIAN)


def test_content_decides_the_format_not_the_name(tmp_path):
    xlsx_named_csv = write_xlsx(tmp_path / "list.csv", [HEADER_RU, *_as_text(RUSSIAN)])
    csv_named_xlsx = write_csv(tmp_path / "list.xlsx", HEADER_RU, RUSSIAN)
    assert load(xlsx_named_csv) == load(csv_named_xlsx)


def test_progress_is_reported(tmp_path):
    people = [[f"{n:012d}", "Иванов", "Сергей", "", "01.01.1980", "ул. Абая", ""] for n in range(12000)]
    path = write_csv(tmp_path / "big.csv", HEADER_RU, people)
    seen = []
    read_voter_file(path, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 12001 and len(seen) >= 3


def test_rejection_names_the_file_not_the_folder(tmp_path):
    people = [list(p) for p in RUSSIAN]
    people[2][1] = ""
    path = write_csv(tmp_path / "список.csv", HEADER_RU, people)
    with pytest.raises(InputRejected) as caught:
        load(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.row, problem.field, problem.code) == (
        "список.csv", 4, "surname", "value-empty")
    assert caught.value.params["file"] == "список.csv"


# Unreadable input


def _zip_without_workbook(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return path


UNREADABLE = {
    "missing.csv": None,
    "folder.csv": "folder",
    "fake.xlsx": b"PK\x03\x04" + b"\x00garbage" * 50,
    "other.zip": "zip",
    "binary.csv": bytes(range(256)) * 20,
    "undecodable.csv": "ИИН;Фамилия\n".encode("cp1251") + b"\x98\x98\x98\n",
    "empty.csv": b"",
    "blank-lines.csv": b"\r\n\r\n  \r\n",
    "old.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    "controls.csv": b"\x01\x02\x03\x04abc\x05\x06\x07\x08\x0e\x0f" * 200,
    "broken-bom.csv": b"\xef\xbb\xbf\xff\xfe\xfd",
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_files_name_the_file(tmp_path, name):
    path = tmp_path / name
    content = UNREADABLE[name]
    if content == "folder":
        path.mkdir()
    elif content == "zip":
        _zip_without_workbook(path)
    elif content is not None:
        path.write_bytes(content)
    for reader in (read_voter_file, load):
        with pytest.raises(BadInput) as caught:
            reader(path)
        assert not isinstance(caught.value, InputRejected)
        assert caught.value.code == "file-unreadable"
        assert caught.value.params["file"] == str(path)
        assert caught.value.params["reason"]


def test_a_truncated_workbook_is_unreadable(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER_RU, *_as_text(RUSSIAN)])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(BadInput) as caught:
        read_voter_file(cut)
    assert caught.value.code == "file-unreadable"


def test_an_empty_workbook_is_unreadable(tmp_path):
    with pytest.raises(BadInput) as caught:
        read_voter_file(write_xlsx(tmp_path / "empty.xlsx", []))
    assert caught.value.params["reason"].code == "file-reason-no-header"


# Shipped samples


def test_sample_lists_load_cleanly():
    russian = load(SAMPLES / "voters-ru-cp1251.csv")
    kazakh = load(SAMPLES / "voters-kk.csv")
    assert len(russian) == 10 and len(kazakh) == 10
    assert all(v.iin_problem is None for v in russian + kazakh)
    assert (SAMPLES / "voters-ru-cp1251.csv").read_bytes().count(b";") > 50
    assert (SAMPLES / "voters-kk.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    names = " ".join(f"{v.surname} {v.given_name} {v.patronymic}" for v in kazakh).lower()
    assert set(KAZAKH_LETTERS) <= set(names)


def test_sample_bad_list_reports_every_problem():
    with pytest.raises(InputRejected) as caught:
        load(SAMPLES / "voters-bad.csv")
    assert [(p.row, p.field, p.code) for p in caught.value.problems] == [
        (3, "iin", "iin-not-12-digits"),
        (4, "iin", "iin-duplicate"),
        (5, "surname", "value-empty"),
        (6, "birth_date", "date-invalid"),
        (7, "birth_date", "date-impossible"),
        (9, "iin", "value-empty"),
        (10, "given_name", "value-empty"),
    ]
    assert all(p.file == "voters-bad.csv" for p in caught.value.problems)
