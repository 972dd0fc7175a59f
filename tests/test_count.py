"""The count at the station: states, double entry, prefilled lines, attendance, opinions, readiness."""

from __future__ import annotations

import pytest

from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.message import Message
from akimdesk.core.tally import LineStatus
from akimdesk.messages import render
from akimdesk.station.count_records import TallyEntered
from tests.conftest import BALANCED_COUNT, CHAIR, ISSUER, ISSUER_2, SECRETARY, enter_count, package_update


def test_count_starts_after_closing_only(open_station):
    with pytest.raises(RuleRefused) as refused:
        open_station.set_tally("ballots_cancelled", 1, entry=1, actor=ISSUER)
    assert refused.value.code == "station-open"


def test_first_entry_starts_the_count_and_is_audited(closed_station):
    assert closed_station.state() == "closed"
    result = closed_station.set_tally("3", 197, entry=1, actor=ISSUER)
    assert result == TallyEntered(line="3", key="ballots_cancelled", entry=1, value=197, status=LineStatus.WAITING)
    assert closed_station.state() == "counting"
    kinds = [e.kind for e in closed_station.store.audit_events()][-2:]
    assert kinds == ["count-started", "tally-entered"]
    closed_station.verify_audit()


def test_prefilled_lines_come_from_the_records(closed_station):
    sheet = closed_station.tally_sheet()
    assert sheet.line("voters_listed").value == 200 and sheet.line("voters_listed").status is LineStatus.PREFILLED
    assert sheet.line("ballots_received").value == 204
    assert sheet.line("ballots_issued_station").value == 6
    assert sheet.line("ballots_issued_mobile").value == 1
    with pytest.raises(RuleRefused) as refused:
        closed_station.set_tally("ballots_issued_station", 7, entry=1, actor=ISSUER)
    assert refused.value.code == "tally-prefilled-needs-reason"
    closed_station.set_tally("ballots_issued_station", 7, entry=1, actor=ISSUER, reason="signature found later")
    row = closed_station.store.rows("tally_entries", "entry_id")[-1]
    assert row["reason"] == "signature found later"


def test_second_entry_is_blind_and_by_another_member(closed_station):
    closed_station.set_tally("ballots_cancelled", 197, entry=1, actor=ISSUER)
    line = lambda viewer: next(ln for ln in closed_station.tally_sheet(viewer).lines if ln.number == "3")  # noqa: E731
    assert line(ISSUER_2).entry_1 is None and line(ISSUER).entry_1 == 197
    with pytest.raises(RuleRefused) as refused:
        closed_station.set_tally("ballots_cancelled", 197, entry=2, actor=ISSUER)
    assert refused.value.code == "tally-same-member"
    closed_station.set_tally("ballots_cancelled", 196, entry=2, actor=ISSUER_2)
    sheet = closed_station.tally_sheet("M7")
    assert sheet.mismatches == ("3",)
    assert (line("M7").entry_1, line("M7").entry_2) == (197, 196)
    closed_station.set_tally("ballots_cancelled", 197, entry=2, actor=ISSUER_2)
    assert closed_station.tally_sheet().mismatches == ()


def test_withdrawn_candidate_is_marked_and_must_be_zero(closed_station, demo_package, district):
    def withdraw(content):
        content["candidates"][2]["is_withdrawn"] = True

    closed_station.load_election(package_update(demo_package, district, withdraw),
                                 fingerprint=demo_package.fingerprint, actor=CHAIR)
    line = closed_station.tally_sheet().line("votes_C3")
    assert line.is_withdrawn and line.label.kk.startswith("Сейітова")
    with pytest.raises(RuleRefused) as refused:
        closed_station.set_tally("votes_C3", 2, entry=1, actor=ISSUER)
    assert refused.value.code == "candidate-withdrawn"
    assert closed_station.set_tally("votes_C3", 0, entry=1, actor=ISSUER).value == 0


def test_bad_values_and_lines_refused(closed_station):
    with pytest.raises(BadInput):
        closed_station.set_tally("votes_C1", -3, entry=1, actor=ISSUER)
    with pytest.raises(BadInput) as unknown:
        closed_station.set_tally("votes_C9", 3, entry=1, actor=ISSUER)
    assert unknown.value.code == "tally-line-unknown"


def test_ready_to_finalise_needs_every_line_quorum_and_ratios(closed_station):
    with pytest.raises(RuleRefused) as incomplete:
        closed_station.check_finalise()
    assert incomplete.value.code == "tally-incomplete"
    enter_count(closed_station, BALANCED_COUNT)
    with pytest.raises(RuleRefused) as no_quorum:
        closed_station.check_finalise()
    assert no_quorum.value.code == "quorum-missing"
    result = closed_station.record_present(["M1", "M2", "M3", "M4"], actor=SECRETARY)
    assert (result.needed, result.has_quorum) == (5, False)
    with pytest.raises(RuleRefused):
        closed_station.check_finalise()
    closed_station.record_present(["M1", "M2", "M3", "M4", "M5"], actor=SECRETARY)
    states, ratios = closed_station.check_finalise()
    assert all(r.ok for r in ratios)
    assert {s.line.key: s.value for s in states}["votes_C1"] == 3


def test_hard_ratio_failure_blocks_finalising_without_override(closed_station):
    enter_count(closed_station, dict(BALANCED_COUNT, ballots_cancelled=196))
    closed_station.record_present(["M1", "M2", "M3", "M4", "M5", "M6"], actor=CHAIR)
    with pytest.raises(RuleRefused) as blocked:
        closed_station.check_finalise()
    assert blocked.value.code == "ratio-blocks-finalising" and blocked.value.params["failed"] == "H1"
    explanation = blocked.value.params["explanation"]
    assert isinstance(explanation, Message) and explanation.code == "ratio-equal-failed"
    # The failing ratio is worded in the reader's language, inside the refusal.
    assert "разница 1" in render(blocked.value.code, blocked.value.params, "ru")
    assert "айырма 1" in render(blocked.value.code, blocked.value.params, "kk")
    assert "difference 1" in render(blocked.value.code, blocked.value.params, "en")
    closed_station.check_finalise(override_reason="one ballot torn, found under the table")
    ratios = {r.ratio_id: r for r in closed_station.tally_sheet().ratios}
    assert ratios["H1"].ok is False and "разница 1" in ratios["H1"].text.ru


def test_opinions_and_attendance_need_members(closed_station):
    with pytest.raises(RuleRefused) as empty:
        closed_station.add_opinion("   ", actor="M6")
    assert empty.value.code == "opinion-empty"
    assert closed_station.add_opinion("The mobile box came back late.", actor="M6").member_id == "M6"
    with pytest.raises(RuleRefused) as stranger:
        closed_station.record_present(["M1", "M99"], actor=CHAIR)
    assert stranger.value.code == "actor-unknown"
    with pytest.raises(RuleRefused) as not_allowed:
        closed_station.record_present(["M1"], actor=ISSUER)
    assert not_allowed.value.code == "role-not-allowed"
