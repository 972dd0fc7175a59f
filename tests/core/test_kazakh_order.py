"""Kazakh alphabetical order of names: letter by letter in the Kazakh alphabet, word by word."""

from __future__ import annotations

import pytest

from akimdesk.core.election import KAZAKH_ALPHABET, kazakh_sort_key, parse_election
from akimdesk.core.errors import RuleRefused
from akimdesk.demo import demo_content
from tests.conftest import ELECTION_DATE

KAZAKH_ONLY = "ӘҒҚҢӨҰҮҺІ"


def in_order(*names: str) -> bool:
    return [kazakh_sort_key(n) for n in names] == sorted(kazakh_sort_key(n) for n in names)


def test_a_surname_comes_before_a_longer_one_it_begins():
    assert in_order("Ахметов Б.", "Ахметова А.")
    assert in_order("Ахметов Болат", "Ахметов Болатбек", "Ахметова Айгүл")
    assert in_order("Нұр Ерлан", "Нұрлан Әсел", "Нұрланова Әсел")
    assert not in_order("Ахметова А.", "Ахметов Б.")


@pytest.mark.parametrize("letter", KAZAKH_ONLY)
@pytest.mark.parametrize("position", range(5))
def test_each_kazakh_letter_sorts_between_its_neighbours_at_every_position(letter, position):
    rank = KAZAKH_ALPHABET.index(letter)
    before, after = KAZAKH_ALPHABET[rank - 1], KAZAKH_ALPHABET[rank + 1]
    base = "МАРАТ"

    def word(ch: str) -> str:
        return (base[:position] + ch + base[position + 1:]).capitalize()

    assert in_order(word(before), word(letter), word(after)), (word(before), word(letter), word(after))
    assert in_order(word(letter), word(letter) + "ов")  # a word before the longer one it begins


def ballot(*names: str) -> dict:
    content = demo_content(ELECTION_DATE, 10)
    template = content["candidates"][0]
    content["candidates"] = [
        {**template, "id": f"C{i}", "ballot_position": i, "name": {"kk": name, "ru": name}}
        for i, name in enumerate(names, start=1)
    ]
    return content


def test_a_ballot_in_kazakh_order_is_accepted_and_one_out_of_it_refused():
    accepted = parse_election(ballot("Ахметов Б.", "Ахметова А.", "Әбдіров Н.", "Ғалымов Е.", "Іскаков Д."))
    assert [c.name_kk for c in accepted.candidates][:2] == ["Ахметов Б.", "Ахметова А."]
    with pytest.raises(RuleRefused) as refused:
        parse_election(ballot("Ахметова А.", "Ахметов Б."))
    assert refused.value.code == "candidates-out-of-order"
    assert refused.value.params == {"first": "Ахметова А.", "second": "Ахметов Б."}
