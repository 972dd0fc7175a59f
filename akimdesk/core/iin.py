"""Kazakh individual identification numbers (ЖСН/ИИН): check digit, birth date and sex."""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Sequence
from datetime import date
from itertools import compress, count
from operator import mul, ne

IIN_LENGTH = 12
_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# Both weight rows sum to 66; subtracting 48 * 66 turns weighted ASCII codes into weighted digits.
_ASCII_OFFSET = 48 * 66
_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}
_CENTURY_DIGITS = {18: "12", 19: "34", 20: "56"}
_SEX_DIGIT = {"male": (1, 3, 5), "female": (2, 4, 6)}
# Every MMDD that exists in a leap year; checking a slice against it is much faster than date().
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MMDD = frozenset(f"{m:02d}{d:02d}" for m in range(1, 13) for d in range(1, _MONTH_DAYS[m - 1] + 1))
_COMMON_MMDD = _MMDD - {"0229"}
# Per position, a byte table from an ASCII digit to (weight * digit) mod 11, for iin_problems.
_WEIGHTED = tuple(
    bytes.maketrans(b"0123456789", bytes(w * d % 11 for d in range(10))) for w in _FIRST_WEIGHTS
)
_DIGIT_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))
_MOD_11 = bytes(i % 11 for i in range(256))
_BAD_CENTURY = re.compile(rb"[^1-6]")


def _is_digits(text: str, length: int) -> bool:
    # str.isdigit() alone also accepts superscripts and other non-ASCII digits.
    return len(text) == length and text.isascii() and text.isdigit()


def _check(codes: bytes) -> int | None:
    check: int = (sum(map(mul, _FIRST_WEIGHTS, codes)) - _ASCII_OFFSET) % 11
    if check == 10:
        check = (sum(map(mul, _SECOND_WEIGHTS, codes)) - _ASCII_OFFSET) % 11
        if check == 10:
            return None
    return check


def iin_check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or None when such a number is never issued."""
    if not _is_digits(first11, 11):
        raise ValueError("iin_check_digit needs exactly 11 ASCII digits")
    return _check(first11.encode())


def _date_of(iin: str) -> date | None:
    century = _CENTURY.get(iin[6])
    if century is None:
        return None
    try:
        return date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None


def iin_problem(iin: str) -> str | None:
    """None if `iin` is a valid IIN, otherwise a stable problem code."""
    if not isinstance(iin, str) or not _is_digits(iin, 12):
        return "iin-not-12-digits"
    century = _CENTURY.get(iin[6])
    if century is None:
        return "iin-century-digit"
    mmdd = iin[2:6]
    if mmdd not in _MMDD or (mmdd == "0229" and not isleap(century + int(iin[0:2]))):
        return "iin-date-impossible"
    codes = iin.encode()
    check = _check(codes[:11])
    if check is None:
        return "iin-never-issued"
    if check != codes[11] - 48:
        return "iin-check-digit"
    return None


def iin_problems(iins: Sequence[str]) -> list[str | None]:
    """The iin_problem code of each IIN, computed a column at a time for long voter lists."""
    joined = "".join(iins)
    if set(map(len, iins)) != {12} or not (joined.isascii() and joined.isdigit()):
        return list(map(iin_problem, iins))
    data = joined.encode()
    # Each weighted digit is at most 10, so eleven of them add up without carrying into the
    # next byte: one big integer holds every row's first-pass sum in its own byte.
    total = sum(int.from_bytes(data[k::12].translate(_WEIGHTED[k]), "big") for k in range(11))
    checks = total.to_bytes(len(iins), "big").translate(_MOD_11)
    digits = data[11::12].translate(_DIGIT_VALUE)
    # Rows whose first pass gives 10 differ here too and get the second pass one by one.
    suspects = set(compress(count(), map(ne, checks, digits)))
    suspects.update(m.start() for m in _BAD_CENTURY.finditer(data[6::12]))
    suspects.update(i for i, iin in enumerate(iins) if iin[2:6] not in _COMMON_MMDD)
    problems: list[str | None] = [None] * len(iins)
    for i in suspects:
        problems[i] = iin_problem(iins[i])
    return problems


def iin_birth_date(iin: str) -> date | None:
    """The birth date encoded in `iin`, or None if it has no valid date."""
    if not isinstance(iin, str) or not _is_digits(iin, 12):
        return None
    return _date_of(iin)


def iin_sex(iin: str) -> str | None:
    """The sex coded by the seventh digit ("male" or "female"), or None if it is not 1-6."""
    if not isinstance(iin, str) or not _is_digits(iin, 12) or iin[6] not in _CENTURY:
        return None
    return "male" if iin[6] in "135" else "female"


def iin_date_prefixes(birth: date) -> frozenset[str]:
    """The first seven digits (date and century-and-sex digit) an IIN for `birth` can have."""
    digits = _CENTURY_DIGITS.get(birth.year // 100, "")
    yymmdd = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}"
    return frozenset(yymmdd + digit for digit in digits)


def make_iin(birth: date, sex: str, serial: int) -> str | None:
    """Build a valid IIN, or None when this serial would give a never-issued number."""
    if sex not in _SEX_DIGIT:
        raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")
    if not 0 <= serial <= 9999:
        raise ValueError("serial must be between 0 and 9999")
    if not 1800 <= birth.year <= 2099:
        raise ValueError("birth year must be between 1800 and 2099")
    century_digit = _SEX_DIGIT[sex][(birth.year - 1800) // 100]
    first11 = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{century_digit}{serial:04d}"
    check = iin_check_digit(first11)
    if check is None:
        return None
    return first11 + str(check)


def looks_like_iin(text: str) -> bool:
    """True when `text` is 12 ASCII digits once spaces are removed, as a scanner types it."""
    if not isinstance(text, str):
        return False
    return _is_digits("".join(text.split()), 12)
