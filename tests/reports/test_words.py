"""Numbers in Kazakh and Russian words, as written on the protocol."""

from __future__ import annotations

import pytest

from akimdesk.reports import number_words


@pytest.mark.parametrize(("n", "kk", "ru"), [
    (0, "нөл", "ноль"),
    (12, "он екі", "двенадцать"),
    (1224, "бір мың екі жүз жиырма төрт", "одна тысяча двести двадцать четыре"),
    (2002, "екі мың екі", "две тысячи два"),
    (10_000_000, "он миллион", "десять миллионов"),
])
def test_number_words(n, kk, ru):
    assert number_words(n, "kk") == kk
    assert number_words(n, "ru") == ru


@pytest.mark.parametrize("bad", [-1, 10_000_001, 1.5, True, "12"])
def test_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        number_words(bad, "kk")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        number_words(5, "en")
