"""Tests for IIN validation, decoding and synthesis."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akimdesk.core.iin import (
    iin_birth_date,
    iin_check_digit,
    iin_date_prefixes,
    iin_problem,
    iin_problems,
    iin_sex,
    looks_like_iin,
    make_iin,
)

births = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))
sexes = st.sampled_from(["male", "female"])
serials = st.integers(min_value=0, max_value=9999)


def _with_check_digit(first11: str) -> str:
    check = iin_check_digit(first11)
    assert check is not None, "pick a serial whose number is issued"
    return first11 + str(check)


@pytest.mark.parametrize(("iin", "expected"), [
    ("850315300128", None),
    ("950203400780", None),
    ("850315301801", None),
    ("850315302600", "iin-never-issued"),
    ("850315300127", "iin-check-digit"),
])
def test_reference_examples(iin, expected):
    assert iin_problem(iin) == expected


def test_second_pass_and_never_issued_check_digits():
    assert iin_check_digit("85031530012") == 8
    # The first pass gives 10 here, so the second weights decide.
    assert iin_check_digit("85031530180") == 1
    assert iin_check_digit("85031530260") is None


def test_check_digit_needs_eleven_ascii_digits():
    for bad in ("8503153001", "850315300128", "8503153001a", "８５０３１５３００１２"):
        with pytest.raises(ValueError):
            iin_check_digit(bad)


@pytest.mark.parametrize("iin", [
    "", "85031530012", "8503153001288", "85031530012a", " 850315300128",
    "８５０３１５３００１２８", "85031530012²",
])
def test_not_twelve_ascii_digits(iin):
    assert iin_problem(iin) == "iin-not-12-digits"
    assert iin_birth_date(iin) is None
    assert iin_sex(iin) is None


def test_non_text_is_not_an_iin():
    assert iin_problem(850315300128) == "iin-not-12-digits"  # type: ignore[arg-type]
    assert iin_problem(None) == "iin-not-12-digits"  # type: ignore[arg-type]


@pytest.mark.parametrize("digit", "0789")
def test_century_digit_outside_one_to_six(digit):
    assert iin_problem(f"850315{digit}00128") == "iin-century-digit"
    assert iin_sex(f"850315{digit}00128") is None
    assert iin_birth_date(f"850315{digit}00128") is None


@pytest.mark.parametrize("first7", [
    "8502303", "8504313", "8513013", "8500013", "8501003", "8501323",
    "0102295",  # 2001 is a common year
    "0002293",  # 1900 was a common year
    "0002291",  # 1800 too
])
def test_impossible_dates(first7):
    serial = next(s for s in range(10000) if iin_check_digit(f"{first7}{s:04d}") is not None)
    iin = _with_check_digit(f"{first7}{serial:04d}")
    assert iin_problem(iin) == "iin-date-impossible"
    assert iin_birth_date(iin) is None


def test_leap_days_that_exist():
    assert iin_problem(_with_check_digit("0002295" + "0001")) is None  # 2000 was a leap year
    assert iin_birth_date(_with_check_digit("8402283" + "0001")) == date(1984, 2, 28)
    assert iin_birth_date(_with_check_digit("8402293" + "0001")) == date(1984, 2, 29)


def test_birth_date_and_sex_of_examples():
    assert iin_birth_date("850315300128") == date(1985, 3, 15)
    assert iin_sex("850315300128") == "male"
    assert iin_birth_date("950203400780") == date(1995, 2, 3)
    assert iin_sex("950203400780") == "female"
    assert iin_birth_date("050101500125") == date(2005, 1, 1)
    assert iin_sex("050101600125") == "female"
    assert iin_birth_date("990101100125") == date(1899, 1, 1)


def test_make_iin_returns_none_for_a_never_issued_serial():
    assert make_iin(date(1985, 3, 15), "male", 260) is None
    assert make_iin(date(1985, 3, 15), "male", 12) == "850315300128"
    assert make_iin(date(1985, 3, 15), "male", 180) == "850315301801"


def test_make_iin_rejects_bad_arguments():
    with pytest.raises(ValueError):
        make_iin(date(1985, 3, 15), "other", 1)
    with pytest.raises(ValueError):
        make_iin(date(1985, 3, 15), "male", 10000)
    with pytest.raises(ValueError):
        make_iin(date(2100, 1, 1), "male", 1)


def test_looks_like_iin():
    assert looks_like_iin("850315300128")
    assert looks_like_iin(" 850315 300128\n")
    assert looks_like_iin("850315300127")  # the shape only; validity is iin_problem's job
    assert not looks_like_iin("85031530012")
    assert not looks_like_iin("Иванов")
    assert not looks_like_iin("８５０３１５３００１２８")
    assert not looks_like_iin(None)  # type: ignore[arg-type]


def test_date_prefixes():
    assert iin_date_prefixes(date(1985, 3, 15)) == {"8503153", "8503154"}
    assert iin_date_prefixes(date(2005, 1, 1)) == {"0501015", "0501016"}
    assert iin_date_prefixes(date(1899, 12, 31)) == {"9912311", "9912312"}
    assert iin_date_prefixes(date(2100, 1, 1)) == frozenset()


@settings(deadline=None)
@given(births, sexes, serials)
def test_made_iins_validate_and_round_trip(birth, sex, serial):
    iin = make_iin(birth, sex, serial)
    if iin is None:
        return
    assert len(iin) == 12 and iin.isdigit()
    assert iin[:7] in iin_date_prefixes(birth)
    assert iin_problem(iin) is None
    assert iin_birth_date(iin) == birth
    assert iin_sex(iin) == sex
    assert looks_like_iin(iin)


@settings(deadline=None)
@given(births, sexes, serials)
def test_make_iin_is_none_exactly_when_never_issued(birth, sex, serial):
    iin = make_iin(birth, sex, serial)
    digit = {"male": "135", "female": "246"}[sex][(birth.year - 1800) // 100]
    first11 = f"{birth:%y%m%d}{digit}{serial:04d}"
    assert (iin is None) == (iin_check_digit(first11) is None)
    if iin is not None:
        assert iin[:11] == first11


@settings(deadline=None)
@given(births, sexes, serials, st.integers(min_value=1, max_value=9))
def test_altering_the_check_digit_always_invalidates(birth, sex, serial, shift):
    iin = make_iin(birth, sex, serial)
    if iin is None:
        return
    altered = iin[:11] + str((int(iin[11]) + shift) % 10)
    assert iin_problem(altered) == "iin-check-digit"


@settings(deadline=None)
@given(births, sexes, serials, st.integers(min_value=0, max_value=9), st.integers(1, 9))
def test_altering_a_weighted_digit_changes_the_check_digit(birth, sex, serial, position, shift):
    # Weights 1-10 are invertible mod 11, so one changed digit among the first ten always
    # changes the first-pass sum; the eleventh has weight 11 and is covered only by the date.
    iin = make_iin(birth, sex, serial)
    if iin is None:
        return
    digits = list(iin)
    digits[position] = str((int(digits[position]) + shift) % 10)
    altered = "".join(digits)
    first_pass = sum(w * int(d) for w, d in zip(range(1, 12), altered[:11], strict=False)) % 11
    original = sum(w * int(d) for w, d in zip(range(1, 12), iin[:11], strict=False)) % 11
    assert first_pass != original


@settings(deadline=None)
@given(st.lists(st.one_of(
    st.text(alphabet="0123456789", min_size=12, max_size=12),
    st.builds(make_iin, births, sexes, serials).filter(lambda x: x is not None),
    st.text(max_size=14),
), max_size=60))
def test_column_checks_agree_with_single_checks(iins):
    assert iin_problems(iins) == [iin_problem(iin) for iin in iins]


def test_column_checks_on_a_long_list():
    iins = [make_iin(date(1950, 1, 1 + i % 28), "female", i) for i in range(3000)]
    iins = [iin for iin in iins if iin is not None]
    iins += ["850315300127", "850315302600", "850231300128", "850315900128"]
    assert iin_problems(iins) == [iin_problem(iin) for iin in iins]
    assert iin_problems([]) == []
