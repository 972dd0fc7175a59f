"""Tests for voter-list validation: header mapping, rejections and IIN flags."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akimdesk.core.errors import InputRejected
from akimdesk.core.iin import make_iin
from akimdesk.core.voters import (
    VoterRow,
    _map_header,
    _parse_checked,
    _parse_plain,
    column_key,
    normalise_header,
    parse_birth_date,
    parse_voter_rows,
    voting_age_cutoff,
)

ELECTION = date(2026, 11, 29)
TODAY = date(2026, 11, 1)
HEADER_RU = ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Адрес", "Книга"]
HEADER_KK = ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Туған күні", "Мекенжайы", "Кітап"]
HEADER_EN = ["IIN", "Surname", "Given name", "Patronymic", "Date of birth", "Address", "Book"]

IIN_A = make_iin(date(1985, 3, 15), "male", 12)  # 850315300128
IIN_B = make_iin(date(1995, 2, 3), "female", 78)  # 950203400780
IIN_C = make_iin(date(2005, 1, 1), "male", 7)  # starts with 0
IIN_D = make_iin(date(1961, 4, 12), "female", 100)


_FROM_IIN = object()


def voter(iin, surname="Иванов", given="Сергей", patronymic="Петрович", birth=_FROM_IIN,
          address="г. Алматы, ул. Абая, 10", book="1"):
    if birth is _FROM_IIN:
        birth = f"{iin[4:6]}.{iin[2:4]}.{'20' if iin[6] in '56' else '19'}{iin[0:2]}"
    return [iin, surname, given, patronymic, birth, address, book]


def numbered(*rows):
    return [(number, cells) for number, cells in enumerate(rows, start=2)]


def parse(rows, header=HEADER_RU, **kwargs):
    return parse_voter_rows("list.csv", header, rows, election_date=ELECTION, today=TODAY, **kwargs)


def rejection(rows, header=HEADER_RU):
    with pytest.raises(InputRejected) as caught:
        parse(rows, header)
    assert caught.value.code == "voter-list-rejected"
    assert caught.value.params["file"] == "list.csv"
    assert caught.value.params["count"] == len(caught.value.problems)
    return [(p.row, p.field, p.code) for p in caught.value.problems], caught.value.problems


# Header mapping


@pytest.mark.parametrize("header", [HEADER_RU, HEADER_KK, HEADER_EN])
def test_three_languages_give_the_same_rows(header):
    rows = numbered(voter(IIN_A), voter(IIN_B, "Ким", "Елена", "", book=""))
    assert parse(rows, header) == parse(rows, HEADER_RU)
    first = parse(rows, header)[0]
    assert first == VoterRow(2, IIN_A, "Иванов", "Сергей", "Петрович", date(1985, 3, 15),
                             "г. Алматы, ул. Абая, 10", "1", None)


@pytest.mark.parametrize(("cell", "key"), [
    ("ИИН №", "iin"), ("№ ИИН", "iin"), ("IIN No.", "iin"), ("ЖСН / ИИН", "iin"), ("iin:", "iin"),
    ("  ФАМИЛИЯ  ", "surname"), ("Фамилия:", "surname"), ("Last name", "surname"),
    ("last_name", "surname"), ("Тегі", "surname"),
    ("First name", "given_name"), ("NAME", "given_name"), ("Аты:", "given_name"),
    ("Middle name", "patronymic"), ("Әкесінің аты (бар болса)", "patronymic"),
    ("Дата рождения (дд.мм.гггг)", "birth_date"), ("Birth date", "birth_date"),
    ("DATE OF BIRTH:", "birth_date"), ("Туған күні, айы, жылы", "birth_date"),
    ("Адрес", "address"), ("Мекенжайы", "address"), ("Address", "address"),
    ("Книга №", "book"), ("Кітап №", "book"), ("List book", "book"), ("Book No.", "book"),
    ("\ufeffИИН", "iin"),
    ("Примечание", None), ("", None), (None, None), ("Аты-жөні", None),
])
def test_header_variants(cell, key):
    assert column_key(cell) == key


def test_header_is_compared_in_nfc():
    decomposed = unicodedata.normalize("NFD", "Мекенжайы")
    assert decomposed != "Мекенжайы"
    assert column_key(decomposed) == "address"
    assert normalise_header(decomposed) == normalise_header("МЕКЕНЖАЙЫ")


def test_column_order_and_unknown_columns():
    header = ["№ п/п", "Адрес", "Примечание", "Дата рождения", "Имя", "Фамилия", "ИИН"]
    rows = [(2, ["1", "ул. Абая, 10", "что угодно", "15.03.1985", "Сергей", "Иванов", IIN_A])]
    (row,) = parse(rows, header)
    assert (row.iin, row.surname, row.given_name, row.patronymic, row.book) == (
        IIN_A, "Иванов", "Сергей", "", "")
    assert row.address == "ул. Абая, 10"


def test_missing_and_duplicate_columns_are_all_reported():
    header = ["ИИН", "IIN", "Фамилия", "Имя", "Адрес", "Address"]
    found, problems = rejection(numbered([IIN_A, IIN_A, "Иванов", "Сергей", "ул. Абая", "x"]), header)
    assert found == [
        (1, "iin", "column-duplicate"), (1, "address", "column-duplicate"),
        (1, "birth_date", "column-missing"),
    ]
    assert problems[0].params == {"column": 2, "first_column": 1, "header": "IIN"}


@pytest.mark.parametrize("missing", ["iin", "surname", "given_name", "birth_date", "address"])
def test_each_required_column(missing):
    keys = ["iin", "surname", "given_name", "patronymic", "birth_date", "address", "book"]
    keep = [i for i, key in enumerate(keys) if key != missing]
    header = [HEADER_RU[i] for i in keep]
    rows = [(2, [voter(IIN_A)[i] for i in keep])]
    found, _ = rejection(rows, header)
    assert found == [(1, missing, "column-missing")]


def test_header_row_number_is_used_for_header_problems():
    with pytest.raises(InputRejected) as caught:
        parse(numbered(voter(IIN_A)), ["ИИН", "Фамилия"], header_row=3)
    assert {p.row for p in caught.value.problems} == {3}


# Values


@pytest.mark.parametrize("cell", [
    "15.03.1985", "15.3.1985", "1985-03-15", " 15.03.1985 ", "15.03.1985 0:00:00",
    "1985-03-15T00:00:00", "1985-03-15 00:00:00", date(1985, 3, 15), datetime(1985, 3, 15, 0, 0),
])
def test_date_formats(cell):
    assert parse_birth_date(cell) == date(1985, 3, 15)
    (row,) = parse([(2, voter(IIN_A, birth=cell))])
    assert row.birth_date == date(1985, 3, 15) and type(row.birth_date) is date


def test_single_digit_day_and_month():
    assert parse_birth_date("5.3.1985") == date(1985, 3, 5)


@pytest.mark.parametrize("cell", [
    "", None, "31.02.1985", "1985/03/15", "15-03-1985", "03.15.1985", "15.03.85", "abc",
    "1985-3-15", "15.03.1985 полдень", "+15.03.1985", "15.0３.1985", 31121, 1985.5,
])
def test_unparsable_dates(cell):
    assert parse_birth_date(cell) is None
    found, problems = rejection([(2, voter(IIN_A, birth=cell))])
    assert found == [(2, "birth_date", "date-invalid")]


def test_names_are_trimmed_and_collapsed_but_keep_their_case():
    row = voter(IIN_A, "  ван  дер   Берг ", "\tАнна-Мария ", "  ", address=" ул.  Абая,\n10 ", book=" 2 ")
    (parsed,) = parse([(2, row)])
    assert (parsed.surname, parsed.given_name, parsed.patronymic) == ("ван дер Берг", "Анна-Мария", "")
    assert (parsed.address, parsed.book) == ("ул. Абая, 10", "2")


def test_names_are_nfc():
    (parsed,) = parse([(2, voter(IIN_A, unicodedata.normalize("NFD", "Йодов"), "Ёлка"))])
    assert parsed.surname == "Йодов" and unicodedata.is_normalized("NFC", parsed.surname)


def test_integer_iins_get_their_leading_zero_back():
    assert IIN_C.startswith("0")
    rows = [(2, voter(IIN_C)), (3, voter(IIN_A))]
    rows[0][1][0] = int(IIN_C)
    rows[1][1][0] = float(IIN_A)
    parsed = parse(rows)
    assert [p.iin for p in parsed] == [IIN_C, IIN_A]
    assert all(p.iin_problem is None for p in parsed)


def test_eleven_digit_text_gets_the_zero_back_only_when_that_makes_a_valid_iin():
    (parsed,) = parse([(2, voter(IIN_C[1:], birth="01.01.2005"))])
    assert parsed.iin == IIN_C
    found, _ = rejection([(2, voter("85031530012", birth="15.03.1985"))])
    assert found == [(2, "iin", "iin-not-12-digits")]


def test_spaces_inside_an_iin_are_dropped():
    (parsed,) = parse([(2, voter(f"{IIN_A[:6]} {IIN_A[6:]}", birth="15.03.1985"))])
    assert parsed.iin == IIN_A


def test_blank_rows_are_skipped_and_row_numbers_kept():
    rows = [(2, voter(IIN_A)), (3, ["", None, "  ", "", "", "", ""]), (4, []), (5, voter(IIN_B))]
    assert [p.source_row for p in parse(rows)] == [2, 5]


def test_short_rows_are_padded():
    rows = [(2, voter(IIN_A)[:6]), (3, voter(IIN_B))]
    parsed = parse(rows)
    assert parsed[0].book == "" and parsed[1].book == "1"


# Flags that do not reject


@pytest.mark.parametrize(("iin", "birth", "flag"), [
    ("850315300127", "15.03.1985", "iin-check-digit"),
    ("850315302600", "15.03.1985", "iin-never-issued"),
    ("850315700128", "15.03.1985", "iin-century-digit"),
    ("850231300128", "15.03.1985", "iin-date-impossible"),
    (IIN_A, "16.03.1985", "iin-date-mismatch"),
    (make_iin(date(1885, 3, 15), "male", 12), "15.03.1985", "iin-date-mismatch"),
    (IIN_A, "15.03.1985", None),
])
def test_flagged_iins_are_imported(iin, birth, flag):
    parsed = parse(numbered(voter(IIN_B), voter(iin, birth=birth)))
    assert parsed[1].iin == iin and parsed[1].iin_problem == flag
    assert parsed[0].iin_problem is None


# Rejections


def test_duplicate_iin_names_the_first_row():
    found, problems = rejection(numbered(voter(IIN_A), voter(IIN_B), voter(IIN_A), voter(IIN_A)))
    assert found == [(4, "iin", "iin-duplicate"), (5, "iin", "iin-duplicate")]
    assert [p.params for p in problems] == [{"first_row": 2}, {"first_row": 2}]


def test_duplicates_of_flagged_iins_are_rejected_too():
    found, _ = rejection(numbered(voter("850315300127"), voter("850315300127")))
    assert found == [(3, "iin", "iin-duplicate")]


@pytest.mark.parametrize(("cells", "field", "code"), [
    (voter("", birth="01.01.1980"), "iin", "value-empty"),
    (voter("   ", birth="01.01.1980"), "iin", "value-empty"),
    (voter("12345", birth="01.01.1980"), "iin", "iin-not-12-digits"),
    (voter("85031530012a", birth="15.03.1985"), "iin", "iin-not-12-digits"),
    (voter("8503153001288", birth="15.03.1985"), "iin", "iin-not-12-digits"),
    (voter(IIN_A, surname=""), "surname", "value-empty"),
    (voter(IIN_A, surname=None), "surname", "value-empty"),
    (voter(IIN_A, given="  "), "given_name", "value-empty"),
])
def test_each_structural_problem(cells, field, code):
    found, _ = rejection([(7, cells)])
    assert found == [(7, field, code)]


@pytest.mark.parametrize(("birth", "reason"), [
    ("02.11.2026", "future"),
    ("30.11.2008", "under-18"),
    ("31.12.1899", "before-1900"),
])
def test_impossible_birth_dates(birth, reason):
    found, problems = rejection([(2, voter(IIN_A, birth=birth))])
    assert found == [(2, "birth_date", "date-impossible")]
    assert problems[0].params["reason"] == reason


def test_eighteen_on_election_day_is_enough():
    iin = make_iin(date(2008, 11, 29), "female", 3)
    (parsed,) = parse([(2, voter(iin, birth="29.11.2008"))])
    assert parsed.birth_date == date(2008, 11, 29)
    assert parse([(2, voter(IIN_A, birth="01.01.1900"))])[0].iin_problem == "iin-date-mismatch"


def test_voting_age_cutoff_around_29_february():
    assert voting_age_cutoff(date(2026, 11, 29)) == date(2008, 11, 29)
    assert voting_age_cutoff(date(2026, 2, 28)) == date(2008, 2, 29)
    assert voting_age_cutoff(date(2024, 2, 29)) == date(2006, 2, 28)
    assert voting_age_cutoff(date(2027, 2, 28)) == date(2009, 2, 28)


def test_every_problem_is_reported_in_one_rejection():
    rows = numbered(
        voter(IIN_A),
        voter(IIN_B, surname=""),
        voter(IIN_D, birth="31.02.1961"),
        voter(IIN_A, given=""),
        ["", "", "", "", "", "", ""],
        voter("123", birth="01.01.1990"),
    )
    found, _ = rejection(rows)
    assert found == [
        (3, "surname", "value-empty"),
        (4, "birth_date", "date-invalid"),
        (5, "iin", "iin-duplicate"),
        (5, "given_name", "value-empty"),
        (7, "iin", "iin-not-12-digits"),
    ]


def test_three_different_problems_give_three():
    rows = numbered(voter(IIN_A, surname=""), voter(IIN_B, birth="2020-01-01"), voter("1", birth="01.01.1990"))
    found, _ = rejection(rows)
    assert [code for _, _, code in found] == ["value-empty", "date-impossible", "iin-not-12-digits"]


def test_header_and_row_problems_are_reported_together():
    header = ["ИИН", "Фамилия", "Имя", "Дата рождения"]
    found, _ = rejection(numbered([IIN_A, "", "Сергей", "15.03.1985"]), header)
    assert found == [(1, "address", "column-missing"), (2, "surname", "value-empty")]


@pytest.mark.parametrize("rows", [[], [(2, ["", "", ""])], [(2, []), (3, [None] * 7)]])
def test_no_data_rows(rows):
    found, _ = rejection(rows)
    assert found == [(None, None, "list-empty")]


def test_no_header_at_all():
    found, _ = rejection([], header=[])
    assert found == [(None, None, "list-empty")]
    found, _ = rejection([(2, voter(IIN_A))], header=["", None])
    assert found == [(None, None, "list-empty")]


def test_rows_may_be_any_iterable():
    assert parse(iter(numbered(voter(IIN_A)))) == parse(numbered(voter(IIN_A)))


def test_a_large_list():
    rows = []
    for number in range(2, 20002):
        birth = date(1940 + number % 60, 1 + number % 12, 1 + number % 28)
        iin = make_iin(birth, "male" if number % 2 else "female", number % 9973)
        if iin is not None:
            rows.append((number, voter(iin, birth=birth.strftime("%d.%m.%Y"))))
    parsed = parse(rows)
    assert len(parsed) == len(rows)
    assert all(p.iin_problem is None for p in parsed)
    rows.append((30000, voter(rows[0][1][0])))
    found, _ = rejection(rows)
    assert found == [(30000, "iin", "iin-duplicate")]


# The column-at-a-time path must agree with the row-at-a-time one.


_birth = st.dates(min_value=date(1900, 1, 2), max_value=date(2008, 11, 29))
_name_text = st.text(alphabet="АаӘәҒғ Ққ  Ii-Ёё\tИ\u0306", min_size=0, max_size=8)


@st.composite
def _clean_rows(draw):
    rows, used = [], set()
    for number in range(2, draw(st.integers(min_value=1, max_value=25)) + 2):
        birth = draw(_birth)
        iin = make_iin(birth, draw(st.sampled_from(["male", "female"])), draw(st.integers(0, 9999)))
        if iin is None:
            continue
        if draw(st.booleans()):
            iin = iin[:11] + str((int(iin[11]) + 1) % 10)
        if iin in used:
            continue
        used.add(iin)
        if draw(st.booleans()):
            birth = birth.fromordinal(birth.toordinal() - 1)
        iin_cell = draw(st.sampled_from([iin, f" {iin} ", int(iin)]))
        birth_cell = draw(st.sampled_from([
            birth.strftime("%d.%m.%Y"), birth.isoformat(), birth,
            datetime(birth.year, birth.month, birth.day),
        ]))
        surname = draw(_name_text.filter(str.strip))
        given = draw(_name_text.filter(str.strip))
        other = st.one_of(_name_text, st.none(), st.integers(0, 99))
        rows.append((number, [
            iin_cell, surname, given, draw(other), birth_cell, draw(other), draw(other),
        ]))
    return rows


@settings(deadline=None, max_examples=200)
@given(_clean_rows())
def test_both_validation_paths_agree(rows):
    if not rows:
        return
    columns, problems = _map_header("list.csv", HEADER_RU, 1)
    assert not problems
    latest = voting_age_cutoff(ELECTION)
    plain = _parse_plain(columns, rows, latest)
    assert plain is not None
    assert plain == _parse_checked("list.csv", columns, [], rows, TODAY, latest)
