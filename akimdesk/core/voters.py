"""Validation of an imported voter list: header mapping, row checks and IIN flags."""

from __future__ import annotations

import calendar
import gc
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import compress, count
from operator import not_
from typing import Any, cast

from akimdesk.core.errors import InputRejected, Problem
from akimdesk.core.iin import iin_date_prefixes, iin_problem, iin_problems

REQUIRED_COLUMNS = ("iin", "surname", "given_name", "birth_date", "address")
OPTIONAL_COLUMNS = ("patronymic", "book")

_ALIASES = {
    "iin": (
        "жсн", "иин", "iin", "жсн иин", "иин жсн",
        "жеке сәйкестендіру нөмірі", "индивидуальный идентификационный номер",
        "individual identification number",
    ),
    "surname": ("тегі", "тек", "фамилия", "surname", "last name", "lastname", "family name"),
    "given_name": ("аты", "есімі", "имя", "name", "given name", "first name", "firstname"),
    "patronymic": (
        "әкесінің аты", "әкесінің есімі", "отчество", "patronymic", "middle name", "middlename",
    ),
    "birth_date": (
        "туған күні", "туылған күні", "туған күні айы жылы",
        "туған уақыты", "дата рождения", "день рождения", "birth date", "date of birth",
        "birthdate", "birthday", "dob",
    ),
    "address": (
        "мекенжайы", "мекенжай", "тұрғылықты мекенжайы", "тұратын мекенжайы", "адрес",
        "адрес проживания", "адрес места жительства", "место жительства", "address",
        "home address", "residential address",
    ),
    "book": (
        "кітап", "кітап нөмірі", "кітапша", "книга", "номер книги", "book", "list book",
        "book number", "voter book",
    ),
}

_MIN_BIRTH = date(1900, 1, 1)
_VOTING_AGE = 18
_DIGITS = frozenset("0123456789")
_TIME_CHARS = frozenset("0123456789:.")
_NUMBER_WORDS = frozenset(("no", "n", "nr"))
_FIELDS = ("iin", "surname", "given_name", "patronymic", "birth_date", "address", "book")
_nfc = partial(unicodedata.normalize, "NFC")


@dataclass(frozen=True, slots=True)
class VoterRow:
    """One voter from an imported list, with the IIN flag if the number looks wrong."""

    source_row: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: date
    address: str
    book: str
    iin_problem: str | None = None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _name(value: object) -> str:
    return _nfc(" ".join(_text(value).split()))


def _iin_text(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        # A number-typed spreadsheet cell drops the leading zero of people born 2000-2009.
        return f"{value:012d}"
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return f"{int(value):012d}"
    text = "".join(_text(value).split())
    if len(text) == 11 and _DIGITS.issuperset(text) and iin_problem("0" + text) is None:
        # The same lost zero after a spreadsheet saved the column as numbers to CSV.
        return "0" + text
    return text


def _is_iin_shaped(text: str) -> bool:
    return len(text) == 12 and text.isascii() and text.isdigit()


def normalise_header(cell: object) -> str:
    """The comparable form of a header cell: NFC, case-folded, without "№", colons or notes."""
    text = _nfc(_text(cell)).replace("\ufeff", "").casefold()
    # "Дата рождения (дд.мм.гггг)" and similar hints in brackets are not part of the name.
    while "(" in text and ")" in text.split("(", 1)[1]:
        before, after = text.split("(", 1)
        text = before + " " + after.split(")", 1)[1]
    for mark in "№#_-/,.:;":
        text = text.replace(mark, " ")
    return " ".join(word for word in text.split() if word not in _NUMBER_WORDS)


_HEADER_KEYS = {normalise_header(alias): key for key, names in _ALIASES.items() for alias in names}


def column_key(cell: object) -> str | None:
    """The canonical column key a header cell names, or None for an unknown column."""
    return _HEADER_KEYS.get(normalise_header(cell))


def parse_birth_date(value: object) -> date | None:
    """A date from a cell: a date object, DD.MM.YYYY or YYYY-MM-DD; None if there is none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > 10:
        # Spreadsheets export date cells as "15.03.1985 0:00:00" or "1985-03-15T00:00:00".
        for sep in (" ", "T"):
            before, found, after = text.partition(sep)
            if found and _TIME_CHARS.issuperset(after.strip()):
                text = before
                break
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        year, month, day = text[0:4], text[5:7], text[8:10]
    else:
        parts = text.split(".")
        if len(parts) != 3:
            return None
        day, month, year = parts
        if not (1 <= len(day) <= 2 and 1 <= len(month) <= 2):
            return None
    if len(year) != 4 or not _DIGITS.issuperset(day + month + year):
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def voting_age_cutoff(election_date: date) -> date:
    """The latest birth date of a person who is 18 on `election_date`."""
    year = election_date.year - _VOTING_AGE
    month_day = (election_date.month, election_date.day)
    if month_day == (2, 29):
        return date(year, 2, 28)
    if month_day == (2, 28) and calendar.isleap(year) and not calendar.isleap(election_date.year):
        # Someone born on 29 February comes of age on 28 February of a common year.
        return date(year, 2, 29)
    return election_date.replace(year=year)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause cyclic garbage collection while many fresh rows are built."""
    # Cyclic collection passes over 100,000 fresh rows cost more than the validation itself.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_voter_rows(
    file_name: str,
    header: list[Any],
    rows: Iterable[tuple[int, list[Any]]],
    *,
    election_date: date,
    today: date,
    header_row: int = 1,
) -> list[VoterRow]:
    """Validate a voter list and return its rows, or raise InputRejected listing every problem."""
    if not any(_text(cell) for cell in header):
        raise InputRejected("voter-list-rejected", [Problem(file_name, None, None, "list-empty")],
                            file=file_name)
    columns, problems = _map_header(file_name, header, header_row)
    rows = rows if isinstance(rows, list) else list(rows)
    latest = min(today, voting_age_cutoff(election_date))
    with gc_paused():
        if not problems:
            voters = _parse_plain(columns, rows, latest)
            if voters is not None:
                return voters
        return _parse_checked(file_name, columns, problems, rows, today, latest)


def _map_header(
    file_name: str, header: list[Any], header_row: int
) -> tuple[dict[str, int], list[Problem]]:
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(header):
        key = column_key(cell)
        if key is None:
            continue
        if key in columns:
            problems.append(Problem(file_name, header_row, key, "column-duplicate", {
                "column": index + 1, "first_column": columns[key] + 1, "header": _text(cell),
            }))
            continue
        columns[key] = index
    for key in REQUIRED_COLUMNS:
        if key not in columns:
            problems.append(Problem(file_name, header_row, key, "column-missing"))
    return columns, problems


def _clean_name(value: str) -> str:
    cleaned = _nfc(" ".join(value.split()))
    # An already clean name keeps its own string, shared with the row it came from, not a copy.
    return value if cleaned == value else cleaned


def _clean_names(values: list[Any]) -> list[str]:
    try:
        return list(map(_clean_name, values))
    except (TypeError, AttributeError):
        return list(map(_name, values))


def _parse_plain(columns: dict[str, int], rows: list[Any], latest: date) -> list[VoterRow] | None:
    """Column-at-a-time validation of a clean list; None sends the list to the checked path."""
    if not rows:
        return None
    width = max(columns.values()) + 1
    table = [cells for _, cells in rows]
    if min(map(len, table)) < width:
        table = [list(c) + [None] * (width - len(c)) if len(c) < width else c for c in table]

    def column(key: str) -> list[Any]:
        index = columns.get(key)
        return [""] * len(table) if index is None else [cells[index] for cells in table]

    iins = [v.strip() if type(v) is str else _iin_text(v) for v in column("iin")]
    if set(map(len, iins)) != {12} or len(set(iins)) != len(iins):
        return None
    joined = "".join(iins)
    if not (joined.isascii() and joined.isdigit()):
        return None
    surnames = _clean_names(column("surname"))
    given_names = _clean_names(column("given_name"))
    if not (all(surnames) and all(given_names)):
        return None

    raw_dates = column("birth_date")
    try:
        parsed = {value: parse_birth_date(value) for value in set(raw_dates)}
    except TypeError:
        return None
    if None in parsed.values():
        return None
    known = cast(dict[Any, date], parsed)
    distinct = known.values()
    if min(distinct) < _MIN_BIRTH or max(distinct) > latest:
        return None
    births = list(map(known.__getitem__, raw_dates))
    flags = iin_problems(iins)
    prefixes = {day: iin_date_prefixes(day) for day in distinct}
    agrees = map(frozenset.__contains__, map(prefixes.__getitem__, births), [i[:7] for i in iins])
    for row in compress(count(), map(not_, agrees)):
        if flags[row] is None:
            flags[row] = "iin-date-mismatch"
    return list(map(
        VoterRow, [number for number, _ in rows], iins, surnames, given_names,
        _clean_names(column("patronymic")), births, _clean_names(column("address")),
        _clean_names(column("book")), flags,
    ))


def _parse_checked(
    file_name: str,
    columns: dict[str, int],
    problems: list[Problem],
    rows: list[Any],
    today: date,
    latest: date,
) -> list[VoterRow]:
    """Row-at-a-time validation that collects every problem; blank rows are skipped."""
    index = {key: columns.get(key, -1) for key in _FIELDS}
    seen: dict[str, int] = {}
    voters: list[VoterRow] = []
    data_rows = 0

    def report(row: int, field: str, code: str, **params: object) -> None:
        problems.append(Problem(file_name, row, field, code, params))

    for row, cells in rows:
        if not any(_text(cell) for cell in cells):
            continue
        data_rows += 1
        value = {key: cells[i] if 0 <= i < len(cells) else None for key, i in index.items()}

        iin = _iin_text(value["iin"])
        flag = None
        if index["iin"] >= 0:
            if not iin:
                report(row, "iin", "value-empty")
            elif not _is_iin_shaped(iin):
                report(row, "iin", "iin-not-12-digits", value=iin)
            else:
                if iin in seen:
                    report(row, "iin", "iin-duplicate", first_row=seen[iin])
                else:
                    seen[iin] = row
                flag = iin_problem(iin)
        surname, given_name = _name(value["surname"]), _name(value["given_name"])
        if index["surname"] >= 0 and not surname:
            report(row, "surname", "value-empty")
        if index["given_name"] >= 0 and not given_name:
            report(row, "given_name", "value-empty")
        birth = parse_birth_date(value["birth_date"])
        if index["birth_date"] >= 0:
            if birth is None:
                report(row, "birth_date", "date-invalid", value=_text(value["birth_date"]))
            elif birth < _MIN_BIRTH or birth > latest:
                reason = ("future" if birth > today else
                          "before-1900" if birth < _MIN_BIRTH else "under-18")
                report(row, "birth_date", "date-impossible", value=birth.isoformat(), reason=reason)

        if problems or birth is None:
            continue
        if flag is None and iin[:7] not in iin_date_prefixes(birth):
            flag = "iin-date-mismatch"
        voters.append(VoterRow(
            row, iin, surname, given_name, _name(value["patronymic"]), birth,
            _name(value["address"]), _name(value["book"]), flag,
        ))
    if data_rows == 0:
        problems.append(Problem(file_name, None, None, "list-empty"))
    if problems:
        raise InputRejected("voter-list-rejected", problems, file=file_name)
    return voters
