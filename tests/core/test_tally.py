"""The tally sheet: double blind entry by two members, prefilled lines, withdrawn candidates."""

from __future__ import annotations

import pytest

from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.tally import LineState, TallyEntry, check_entry, final_values, sheet, visible_value
from akimdesk.core.template import ProtocolLine

CANCELLED = ProtocolLine("ballots_cancelled", "3", "Өтелген", "Погашенные")
ISSUED = ProtocolLine("ballots_issued_station", "4", "Берілген", "Выданные", derived_from="ballots_issued_station")
WITHDRAWN = ProtocolLine("votes_C3", "13", "Сейітова", "Сеитова", candidate_id="C3", is_withdrawn=True)


def entry(line, number, value, member):
    return TallyEntry(line.key, number, value, member, "2026-11-29T15:00:00.000000Z")


def test_two_agreeing_entries_settle_a_line_later_entries_win():
    states = sheet([CANCELLED], [entry(CANCELLED, 1, 270, "M4"), entry(CANCELLED, 2, 271, "M5"),
                                 entry(CANCELLED, 2, 270, "M5")], {})
    assert states[0].status == "agreed" and states[0].value == 270


def test_disagreeing_entries_are_a_mismatch_and_block_final_values():
    states = sheet([CANCELLED], [entry(CANCELLED, 1, 270, "M4"), entry(CANCELLED, 2, 271, "M5")], {})
    assert states[0].status == "mismatch" and states[0].value is None
    with pytest.raises(RuleRefused) as refused:
        final_values(states)
    assert refused.value.code == "tally-mismatch" and refused.value.params["line"] == "3"


def test_one_entry_waits_for_the_second():
    states = sheet([CANCELLED], [entry(CANCELLED, 1, 270, "M4")], {})
    assert states[0].status == "waiting"
    with pytest.raises(RuleRefused) as refused:
        final_values(states)
    assert refused.value.code == "tally-incomplete"


def test_second_entry_by_the_same_member_refused():
    state = LineState(CANCELLED, None, entry(CANCELLED, 1, 270, "M4"), None)
    with pytest.raises(RuleRefused) as refused:
        check_entry(state, 2, 270, "M4", None)
    assert refused.value.code == "tally-same-member"
    assert check_entry(state, 2, 270, "M5", None) == 270


def test_prefilled_line_settles_alone_and_a_change_needs_a_reason():
    states = sheet([ISSUED], [], {"ballots_issued_station": 930})
    assert states[0].status == "prefilled" and states[0].value == 930
    with pytest.raises(RuleRefused) as refused:
        check_entry(states[0], 1, 929, "M4", None)
    assert refused.value.code == "tally-prefilled-needs-reason" and refused.value.params["prefill"] == 930
    assert check_entry(states[0], 1, 929, "M4", "one ballot spoiled and exchanged") == 929
    changed = sheet([ISSUED], [entry(ISSUED, 1, 929, "M4")], {"ballots_issued_station": 930})
    assert changed[0].status == "waiting"


def test_withdrawn_candidate_must_be_zero():
    state = LineState(WITHDRAWN, None, None, None)
    with pytest.raises(RuleRefused) as refused:
        check_entry(state, 1, 3, "M4", None)
    assert refused.value.code == "candidate-withdrawn"
    assert check_entry(state, 1, 0, "M4", None) == 0


@pytest.mark.parametrize("value", [-1, 2.5, "12", True, 10**8])
def test_only_whole_numbers(value):
    with pytest.raises(BadInput) as refused:
        check_entry(LineState(CANCELLED, None, None, None), 1, value, "M4", None)
    assert refused.value.code in ("tally-value-invalid", "tally-value-not-a-number")
    assert "value" not in refused.value.params or isinstance(refused.value.params["value"], int)


def test_entry_is_blind_until_the_other_exists():
    first = entry(CANCELLED, 1, 270, "M4")
    assert visible_value(first, None, "M5") is None
    assert visible_value(first, None, "M4") == 270
    assert visible_value(first, entry(CANCELLED, 2, 270, "M5"), "M6") == 270
