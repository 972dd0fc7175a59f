"""Control ratios from template data: each one fails on a crafted tally, naming both sides and the difference."""

from __future__ import annotations

import dataclasses

import pytest

from akimdesk.core.election import Candidate
from akimdesk.core.errors import BadInput
from akimdesk.core.ratios import evaluate_ratios, hard_failures
from akimdesk.core.template import parse_template
from akimdesk.messages import render
from akimdesk.protocol_templates import load_template

CANDIDATES = [
    Candidate("C1", 1, "Ахметов Болат", "Ахметов Болат", "x", "x", False),
    Candidate("C2", 2, "Әбдіров Нұрлан", "Абдиров Нурлан", "x", "x", False),
    Candidate("C3", 3, "Сейітова Гүлнар", "Сеитова Гульнар", "x", "x", False),
]
BALANCED = {
    "voters_listed": 1200, "ballots_received": 1224, "ballots_cancelled": 270, "ballots_issued_station": 930,
    "ballots_issued_mobile": 24, "ballots_found_mobile": 24, "ballots_found_station": 929,
    "ballots_unofficial": 1, "ballots_invalid": 12, "ballots_valid": 940,
    "votes_C1": 410, "votes_C2": 388, "votes_C3": 0, "votes_against_all": 142,
}
FIGURES = {"voters_listed": 1200, "ballots_received": 1224, "ballots_issued_station": 930,
           "ballots_issued_mobile": 24, "mobile_requests": 25}


def evaluate(changes=None, figures=None, template_id="rural-akim-2026-v1", values=None):
    template = load_template(template_id)
    lines = template.lines(CANDIDATES)
    values = dict(values or BALANCED, **(changes or {}))
    return evaluate_ratios(template.ratios, lines, values, dict(FIGURES, **(figures or {})))


def failed(results):
    return [(r.ratio_id, r.code, r.params.get("difference")) for r in results if r.ok is False]


def test_balanced_protocol_passes_every_ratio():
    results = evaluate()
    assert [r.ratio_id for r in results] == ["H1", "H2", "H3", "H4", "H5", "S1", "S2", "S2", "S2", "S3"]
    assert all(r.ok for r in results)


@pytest.mark.parametrize("changes, figures, expected", [
    ({"ballots_cancelled": 271}, {}, [("H1", "ratio-equal-failed", -1)]),
    ({"ballots_found_station": 930}, {}, [("H2", "ratio-equal-failed", 1)]),
    ({"votes_C1": 411}, {}, [("H3", "ratio-equal-failed", -1)]),
    ({"voters_listed": 900}, {"voters_listed": 900}, [("H4", "ratio-at-least-failed", -54)]),
    ({"ballots_found_mobile": 25, "ballots_found_station": 928}, {}, [("H5", "ratio-at-most-failed", 1)]),
    ({"ballots_found_station": 931, "ballots_valid": 942, "votes_C1": 412}, {}, [("S1", "ratio-at-most-failed", 1)]),
    ({}, {"ballots_issued_station": 929}, [("S2", "ratio-s2-station", 1)]),
    ({}, {"ballots_issued_mobile": 23}, [("S2", "ratio-s2-mobile", 1)]),
    ({}, {"mobile_requests": 20}, [("S2", "ratio-s2-requests", 4)]),
])
def test_each_ratio_fails_on_a_crafted_tally(changes, figures, expected):
    assert failed(evaluate(changes, figures)) == expected


def test_failure_message_names_relation_both_sides_and_difference():
    h1 = next(r for r in evaluate({"ballots_cancelled": 271}) if r.ratio_id == "H1")
    assert (h1.params["left_expr"], h1.params["right_expr"]) == ("2", "4 + 5 + 3")
    english = render(h1.code, dict(h1.params), "en")
    assert english == "H1: line 2 (1224) must equal lines 4 + 5 + 3 (1225); difference -1."
    assert "разница -1" in render(h1.code, dict(h1.params), "ru")
    assert "айырма -1" in render(h1.code, dict(h1.params), "kk")
    h3 = next(r for r in evaluate({"votes_C1": 411}) if r.ratio_id == "H3")
    assert h3.params["right_expr"] == "11…13 + 14"


def test_hard_failures_are_only_hard():
    results = evaluate({"ballots_cancelled": 271}, {"mobile_requests": 20})
    assert [r.ratio_id for r in hard_failures(results)] == ["H1"]


def test_whole_numbers_check():
    negative = failed(evaluate({"ballots_invalid": -1, "ballots_valid": 954}))
    assert ("S3", "ratio-whole-numbers-failed", None) in negative
    assert ("S3", "ratio-whole-numbers-failed", None) in failed(evaluate({"votes_C9": 1}))


def test_missing_lines_leave_ratios_pending_not_failed():
    values = dict(BALANCED)
    del values["votes_C2"]
    results = {r.ratio_id: r for r in evaluate(values=values)}
    assert results["H3"].ok is None and results["H3"].code == "ratio-pending"
    assert results["H1"].ok is True


def test_second_template_has_lost_lines_and_its_own_h1():
    lost = dict(BALANCED, ballots_lost=2, ballots_not_accounted=2)
    template = load_template("rural-akim-2026-lost-v1")
    keys = [line.key for line in template.lines(CANDIDATES)]
    assert keys[3:5] == ["ballots_lost", "ballots_not_accounted"] and len(keys) == 16
    assert failed(evaluate(template_id="rural-akim-2026-lost-v1", values=lost)) == []
    assert failed(evaluate({"ballots_lost": 3}, template_id="rural-akim-2026-lost-v1", values=lost)) == [
        ("H1", "ratio-equal-failed", -1)]
    h1 = evaluate(template_id="rural-akim-2026-lost-v1", values=lost)[0]
    assert h1.params["right_expr"] == "6 + 7 + 3 + 4 − 5"


def test_candidate_lines_follow_ballot_order_and_carry_withdrawal():
    withdrawn = [dataclasses.replace(c, is_withdrawn=c.candidate_id == "C3") for c in reversed(CANDIDATES)]
    lines = load_template("rural-akim-2026-v1").lines(withdrawn)
    candidate_lines = [(line.number, line.key, line.is_withdrawn) for line in lines if line.candidate_id]
    assert candidate_lines == [("11", "votes_C1", False), ("12", "votes_C2", False), ("13", "votes_C3", True)]


@pytest.mark.parametrize("breakage, field", [
    (lambda t: t["ratios"][0].update(relation="=="), "ratios[0].relation"),
    (lambda t: t["ratios"][0]["left"].append({"line": "no_such_line"}), "ratios[0].left"),
    (lambda t: t["ratios"][0].update(severity="fatal"), "ratios[0]"),
    (lambda t: t["lines"].pop(10), "lines"),
    (lambda t: t["lines"][0].update(derived_from="rumours"), "lines[0].derived_from"),
    (lambda t: t.update(schema_version=2), "schema_version"),
    (lambda t: t.pop("schema_version"), "schema_version"),
])
def test_bad_template_is_refused_naming_the_field(breakage, field):
    import copy
    import json

    from akimdesk.paths import resources_dir

    document = json.loads((resources_dir() / "templates" / "rural-akim-2026-v1.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    breakage(broken)
    with pytest.raises(BadInput) as refused:
        parse_template(broken)
    assert refused.value.code == "template-invalid" and refused.value.params["field"] == field
