"""The district's sum of a race: totals, the leader, and every case flagged rather than decided."""

from __future__ import annotations

import copy
import json
import time
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from akimdesk.core.aggregate import PrecinctResult, Turnout, aggregate_race, iin_reference

SAMPLE = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sample.json").read_text("utf-8"))
ELECTION = SAMPLE["election_id"]
PRECINCTS = ("1001", "1002", "1003")
HONEST = {"voters_listed": 1200, "ballots_issued_station": 930, "ballots_issued_mobile": 24}


def protocol(precinct="1001", version=1, election_id=ELECTION, overrides=(), ratios=None, withdrawn=(), **values):
    """The sample protocol for another precinct, with some line values changed."""
    data = copy.deepcopy(SAMPLE)
    data.update(election_id=election_id, version=version, overrides=list(overrides),
                amends={"version": version - 1} if version > 1 else None)
    data["precinct"]["number"] = precinct
    data["ratios"] = [{"id": "H1", "severity": "hard", "ok": True}] if ratios is None else ratios
    for line in data["lines"]:
        if line["key"] in values:
            line["value"] = values[line["key"]]
        if line.get("candidate_id") in withdrawn:
            line["is_withdrawn"] = True
    return data


def result(precinct="1001", version=1, raw=None, iins=(), **kwargs):
    data = protocol(precinct, version, **kwargs)
    return PrecinctResult(precinct, version, data, raw, frozenset(iins))


def codes(summary):
    return [f.code for f in summary.flags]


def flags(summary, code):
    return [dict(f.params) for f in summary.flags if f.code == code]


def test_totals_over_three_precincts_are_the_sums_and_the_leader_is_named():
    results = [result("1001"), result("1002", votes_C1=100, votes_C2=300, votes_against_all=50),
               result("1003", votes_C1=5, voters_listed=800)]
    summary = aggregate_race(ELECTION, PRECINCTS, results)
    assert summary.reported == PRECINCTS and summary.missing == ()
    assert summary.totals["votes_C1"] == 410 + 100 + 5
    assert summary.totals["votes_C2"] == 388 * 2 + 300
    assert summary.totals["votes_against_all"] == 142 * 2 + 50
    assert summary.totals["voters_listed"] == 1200 * 2 + 800
    assert summary.totals["ballots_received"] == 1224 * 3
    assert [line.key for line in summary.lines] == [line["key"] for line in SAMPLE["lines"]]
    assert summary.lines[0].number == "1" and summary.lines[0].label["kk"].startswith("Тізімге")
    assert all(line.total == summary.totals[line.key] for line in summary.lines)
    assert [(c.id, c.votes, c.is_withdrawn) for c in summary.candidates] == [("C1", 515, False), ("C2", 1076, False),
                                                                             ("C3", 0, True)]
    assert summary.leader == "C2"
    assert summary.turnout == Turnout(listed=3200, issued=954 * 3, percent=Decimal("89.44"))
    assert not [c for c in codes(summary) if c.startswith("race-")]


def test_a_tie_is_flagged_and_no_leader_is_named():
    summary = aggregate_race(ELECTION, ["1001"], [result("1001", votes_C1=400, votes_C2=400)])
    assert summary.leader is None
    assert flags(summary, "race-tie") == [{"candidates": ("C1", "C2"), "votes": 400}]


def test_no_votes_names_no_leader():
    summary = aggregate_race(ELECTION, ["1001"], [result("1001", votes_C1=0, votes_C2=0, votes_against_all=0)])
    assert summary.leader is None and "race-tie" not in codes(summary)


def test_a_single_registered_candidate_is_flagged_when_two_of_three_withdrew():
    summary = aggregate_race(ELECTION, ["1001"], [result("1001", withdrawn=("C2", "C3"))])
    assert flags(summary, "race-single-candidate") == [{"candidate": "C1"}]
    assert summary.leader == "C1"


def test_against_all_highest_is_flagged_and_the_top_candidate_still_leads():
    summary = aggregate_race(ELECTION, ["1001"], [result("1001", votes_against_all=500)])
    assert flags(summary, "race-against-all-highest") == [{"against": 500, "leader_votes": 410}]
    assert summary.leader == "C1"


def test_a_missing_precinct_is_flagged_and_left_out():
    summary = aggregate_race(ELECTION, PRECINCTS, [result("1001"), result("1003")])
    assert summary.reported == ("1001", "1003") and summary.missing == ("1002",)
    assert flags(summary, "precinct-missing") == [{"precinct": "1002"}]
    assert summary.totals["votes_C1"] == 820


def test_overrides_and_failed_ratios_are_flagged():
    failing = [{"id": "H2", "severity": "hard", "ok": False}, {"id": "S1", "kind": "soft", "ok": False},
               {"id": "S2", "severity": "soft", "ok": None}]
    summary = aggregate_race(ELECTION, ["1001"], [result("1001", overrides=[{"ratio": "H2", "reason": "x"}],
                                                         ratios=failing)])
    assert flags(summary, "precinct-ratio-overridden") == [{"precinct": "1001", "ratios": ("H2",), "version": 1}]
    assert flags(summary, "precinct-ratio-failed") == [{"precinct": "1001", "ratio": "H2"},
                                                       {"precinct": "1001", "ratio": "S1"}]


def test_the_newest_version_counts_and_the_amendment_is_flagged():
    old, new = result("1001", 1, votes_C1=1), result("1001", 2, votes_C1=999)
    for order in ([old, new], [new, old]):
        summary = aggregate_race(ELECTION, ["1001"], order)
        assert summary.totals["votes_C1"] == 999
        assert flags(summary, "precinct-amended") == [{"precinct": "1001", "version": 2}]


def test_two_different_protocols_under_one_version_are_flagged_and_not_counted():
    for order in ([result("1001", 2, votes_C1=1), result("1001", 2, votes_C1=2)],
                  [result("1001", 2, votes_C1=2), result("1001", 2, votes_C1=1)]):
        summary = aggregate_race(ELECTION, ["1001"], order)
        assert flags(summary, "precinct-version-conflict") == [{"precinct": "1001", "version": 2}]
        assert summary.reported == () and summary.missing == ("1001",)
    same = aggregate_race(ELECTION, ["1001"], [result("1001"), result("1001")])
    assert same.reported == ("1001",) and "precinct-amended" not in codes(same)


def test_a_repeat_protocol_alone_is_still_flagged_as_amended():
    summary = aggregate_race(ELECTION, ["1001"], [result("1001", 3)])
    assert flags(summary, "precinct-amended") == [{"precinct": "1001", "version": 3}]


def test_a_recount_that_differs_is_flagged_and_honest_figures_are_not():
    summary = aggregate_race(ELECTION, ["1001", "1002"], [
        result("1001", raw=HONEST), result("1002", raw=dict(HONEST, ballots_issued_station=900))])
    assert flags(summary, "precinct-recount-differs") == [
        {"precinct": "1002", "line": "ballots_issued_station", "protocol": 930, "events": 900}]


def test_a_voter_in_two_precincts_is_named_by_reference_only():
    iin, other = "850315300128", "950203400780"
    summary = aggregate_race(ELECTION, PRECINCTS, [
        result("1001", iins={iin, other}), result("1002", iins={"850315301801"}), result("1003", iins={iin})])
    assert flags(summary, "voter-in-several-precincts") == [
        {"iin_ref": iin_reference(iin), "precincts": ("1001", "1003")}]
    assert len(iin_reference(iin)) == 8
    assert iin not in repr(summary.flags) and iin not in repr(summary)


def test_a_result_from_another_election_is_flagged_and_not_counted():
    summary = aggregate_race(ELECTION, ["1001", "1002"], [result("1001"), result("1002", election_id="f" * 64)])
    assert flags(summary, "precinct-other-election") == [{"precinct": "1002"}]
    assert summary.reported == ("1001",) and summary.missing == ("1002",)
    assert summary.totals["votes_C1"] == 410


def test_a_precinct_outside_the_race_list_is_flagged():
    summary = aggregate_race(ELECTION, ["1001"], [result("1001"), result("2001")])
    assert flags(summary, "precinct-unexpected") == [{"precinct": "2001"}]


def test_flag_order_does_not_depend_on_input_order():
    iin = "850315300128"
    results = [result("1003", raw=dict(HONEST, voters_listed=1), iins={iin}),
               result("1001", 2, overrides=[{"ratio": "H2", "reason": "x"}], iins={iin}),
               result("1001", 1), result("9999", election_id="0" * 64), result("1004", votes_C1=344)]
    expected = ("1001", "1002", "1003", "1004")
    first = aggregate_race(ELECTION, expected, results)
    assert first.flags == aggregate_race(ELECTION, expected, list(reversed(results))).flags
    assert [(f.code, f.params.get("precinct")) for f in first.flags] == [
        ("race-tie", None), ("precinct-amended", "1001"), ("precinct-ratio-overridden", "1001"),
        ("precinct-missing", "1002"), ("precinct-recount-differs", "1003"), ("precinct-other-election", "9999"),
        ("voter-in-several-precincts", None)]


KEYS = [line["key"] for line in SAMPLE["lines"]]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=3000), min_size=len(KEYS), max_size=len(KEYS)),
                min_size=1, max_size=5))
def test_totals_are_the_sums_of_the_line_values(tables):
    precincts = [str(1001 + i) for i in range(len(tables))]
    results = [result(p, **dict(zip(KEYS, row, strict=False))) for p, row in zip(precincts, tables, strict=False)]
    summary = aggregate_race(ELECTION, precincts, results)
    assert summary.totals == {key: sum(row[i] for row in tables) for i, key in enumerate(KEYS)}


def test_a_thousand_precincts_of_fifteen_hundred_voters_sum_quickly():
    base = protocol("1")
    results = [PrecinctResult(str(p), 1, base, HONEST,
                              frozenset(f"{p * 1500 + v:012d}" for v in range(1500)) | {"850315300128"})
               for p in range(1000)]
    started = time.perf_counter()
    summary = aggregate_race(ELECTION, [str(p) for p in range(1000)], results)
    assert time.perf_counter() - started < 2
    assert flags(summary, "voter-in-several-precincts")[0]["precincts"][:2] == ("0", "1")
    assert summary.totals["votes_C1"] == 410_000
