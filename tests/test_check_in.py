"""Check-in at the desk: one ballot per voter, undo, roles, states, mobile box, absentee, added voters."""

from __future__ import annotations

import datetime as dt

import pytest

from akimdesk.core.errors import RuleRefused
from tests.conftest import CHAIR, DEPUTY, ELECTION_DATE, ISSUER, ISSUER_2, SECRETARY


def test_ballot_issued_and_second_refused_with_when_desk_and_member(open_station, voter_iins, clock):
    clock.set("09:15")
    first = open_station.check_in(voter_iins[0], actor=ISSUER, document_type="id-card", document_number="041234567")
    assert first.kind == "issue" and first.mode == "station"
    assert first.ballots_left == 203
    assert first.device_seq == 1
    clock.set("11:40")
    with pytest.raises(RuleRefused) as refused:
        open_station.check_in(voter_iins[0], actor=ISSUER_2)
    assert refused.value.code == "ballot-already-issued"
    assert refused.value.params["at"] == first.at
    assert refused.value.params["at_local"] == "2026-11-29 09:15:00" == first.at_local
    assert refused.value.params["member"] == ISSUER
    assert refused.value.params["member_name"] == "Қасымов Дәулет Нұрланұлы"
    assert open_station.device_id.startswith(refused.value.params["device"])
    assert open_station.turnout().issued_station == 1


def test_undo_then_new_check_in_keeps_every_event(open_station, voter_iins, clock):
    iin = voter_iins[1]
    open_station.check_in(iin, actor=ISSUER)
    with pytest.raises(RuleRefused) as no_reason:
        open_station.undo_check_in(iin, actor=ISSUER, reason="  ")
    assert no_reason.value.code == "undo-reason-needed"
    undone = open_station.undo_check_in(iin, actor=ISSUER, reason="wrong voter picked")
    assert undone.kind == "undo" and undone.voter.ballot is None
    assert open_station.turnout().issued == 0
    again = open_station.check_in(iin, actor=ISSUER_2)
    assert again.voter.ballot is not None and again.voter.ballot.member_id == ISSUER_2
    rows = open_station.store.rows("check_ins", "check_in_id")
    assert [r["kind"] for r in rows] == ["issue", "undo", "issue"]
    assert rows[1]["undoes"] == rows[0]["check_in_id"]
    assert [r["device_seq"] for r in rows] == [1, 2, 3]
    assert open_station.turnout().issued == 1


def test_undo_without_a_ballot_refused(open_station, voter_iins):
    with pytest.raises(RuleRefused) as refused:
        open_station.undo_check_in(voter_iins[2], actor=ISSUER, reason="mistake")
    assert refused.value.code == "no-ballot-to-undo"


@pytest.mark.parametrize("actor, code", [(CHAIR, "role-not-allowed"), (SECRETARY, "role-not-allowed"),
                                         (None, "actor-required"), ("M99", "actor-unknown")])
def test_chair_secretary_and_strangers_may_not_issue_ballots(open_station, voter_iins, actor, code):
    with pytest.raises(RuleRefused) as refused:
        open_station.check_in(voter_iins[0], actor=actor)
    assert refused.value.code == code
    assert open_station.store.count("check_ins") == 0


def test_deputy_may_issue(open_station, voter_iins):
    assert open_station.check_in(voter_iins[0], actor=DEPUTY).kind == "issue"


def test_no_check_in_before_opening_or_after_closing(setup_station, voter_iins, clock):
    with pytest.raises(RuleRefused) as before:
        setup_station.check_in(voter_iins[0], actor=ISSUER)
    assert before.value.code == "station-setup"
    clock.set("07:30")
    setup_station.open_station(actor=CHAIR, ballots_received=10)
    setup_station.check_in(voter_iins[0], actor=ISSUER)
    clock.set("20:00")
    setup_station.close_station(actor=CHAIR)
    with pytest.raises(RuleRefused) as after:
        setup_station.check_in(voter_iins[1], actor=ISSUER)
    assert after.value.code == "station-closed"
    assert setup_station.state() == "closed"


def test_close_before_hour_needs_a_reason(open_station, clock):
    clock.set("19:30")
    with pytest.raises(RuleRefused) as refused:
        open_station.close_station(actor=CHAIR)
    assert refused.value.code == "close-before-hour"
    assert open_station.state() == "open"
    open_station.close_station(actor=CHAIR, override_reason="every listed voter has voted")
    assert open_station.state() == "closed"


def test_only_chair_opens_and_closes(setup_station, clock):
    clock.set("07:30")
    with pytest.raises(RuleRefused) as refused:
        setup_station.open_station(actor=DEPUTY, ballots_received=10)
    assert refused.value.code == "role-not-allowed"
    assert setup_station.state() == "setup"


def test_ballots_run_out(setup_station, voter_iins, clock):
    clock.set("07:30")
    setup_station.open_station(actor=CHAIR, ballots_received=2)
    setup_station.check_in(voter_iins[0], actor=ISSUER)
    setup_station.check_in(voter_iins[1], actor=ISSUER)
    with pytest.raises(RuleRefused) as refused:
        setup_station.check_in(voter_iins[2], actor=ISSUER)
    assert refused.value.code == "ballots-exhausted"


def test_unknown_voter_refused(open_station):
    with pytest.raises(RuleRefused) as refused:
        open_station.check_in("850315300128", actor=ISSUER)
    assert refused.value.code == "voter-not-on-list"


def test_helper_may_not_be_a_member(open_station, voter_iins):
    with pytest.raises(RuleRefused) as refused:
        open_station.check_in(voter_iins[0], actor=ISSUER, helper_name="  иванова ольга петровна ")
    assert refused.value.code == "helper-is-member"
    result = open_station.check_in(voter_iins[0], actor=ISSUER, helper_name="Сейітов  Арман")
    row = open_station.store.rows("check_ins", "check_in_id")[0]
    assert result.kind == "issue" and row["helper_name"] == "Сейітов Арман"


def test_mobile_ballot_needs_request_and_two_carriers(open_station, voter_iins, clock):
    iin = voter_iins[3]
    with pytest.raises(RuleRefused) as no_request:
        open_station.check_in(iin, actor=ISSUER, mobile=True, carriers=("M6", "M7"))
    assert no_request.value.code == "mobile-request-missing"
    clock.set("09:00")
    open_station.request_mobile(iin, actor=SECRETARY, reason="ill at home")
    with pytest.raises(RuleRefused) as one_carrier:
        open_station.check_in(iin, actor=ISSUER, mobile=True, carriers=("M6", "M6"))
    assert one_carrier.value.code == "mobile-carriers-needed"
    clock.set("13:00")
    result = open_station.check_in(iin, actor=ISSUER, mobile=True, carriers=("M6", "M7"))
    assert result.mode == "mobile"
    figures = open_station.turnout()
    assert (figures.issued_station, figures.issued_mobile) == (0, 1)


def test_mobile_request_after_deadline_needs_override(open_station, voter_iins, clock):
    clock.set("12:00")
    with pytest.raises(RuleRefused) as late:
        open_station.request_mobile(voter_iins[4], actor=ISSUER, reason="ill")
    assert late.value.code == "mobile-deadline-passed"
    assert open_station.store.count("mobile_requests") == 0
    open_station.request_mobile(voter_iins[4], actor=ISSUER, reason="ill", override_reason="doctor's note at 12:05")
    row = open_station.store.rows("mobile_requests", "request_id")[0]
    assert row["override_reason"] == "doctor's note at 12:05"


def test_mobile_request_accepted_before_the_day(setup_station, voter_iins):
    assert setup_station.request_mobile(voter_iins[5], actor=ISSUER, reason="caring for the sick").request_id == 1


def test_absentee_certificate_blocks_ballot_here(setup_station, voter_iins, clock):
    clock.set("17:00", ELECTION_DATE - dt.timedelta(days=1))
    setup_station.issue_absentee(voter_iins[6], actor=SECRETARY, number="АУ-000123")
    clock.set("07:30")
    setup_station.open_station(actor=CHAIR, ballots_received=10)
    with pytest.raises(RuleRefused) as refused:
        setup_station.check_in(voter_iins[6], actor=ISSUER)
    assert refused.value.code == "voter-has-absentee-certificate"


def test_absentee_deadline(setup_station, voter_iins, clock):
    clock.set("18:00", ELECTION_DATE - dt.timedelta(days=1))
    with pytest.raises(RuleRefused) as refused:
        setup_station.issue_absentee(voter_iins[6], actor=SECRETARY, number="1")
    assert refused.value.code == "absentee-deadline-passed"


def test_added_voter_counts_and_votes(open_station, clock):
    clock.set("10:30")
    voter = open_station.add_voter(
        actor=ISSUER, iin="850315300128", surname="Нұрланова", given_name="Әсел", patronymic="",
        birth_date=dt.date(1985, 3, 15), address="Ақсай, Абай 5", reason="absentee-certificate",
        detail="№ 004512",
    )
    assert voter.added_reason == "absentee-certificate"
    figures = open_station.turnout()
    assert (figures.listed, figures.added) == (201, 1)
    open_station.check_in("850315300128", actor=ISSUER)
    assert open_station.turnout().issued == 1
    assert [v.voter_id for v in open_station.find_voters("асел нурланова")] == [voter.voter_id]


@pytest.mark.parametrize("iin, reason, detail, code", [
    ("850315300127", "other", "moved", "iin-check-digit"),
    ("850315300128", "absentee-certificate", None, "added-detail-needed"),
    ("850315300128", "nonsense", "x", "added-reason-unknown"),
])
def test_added_voter_bad_input_refused(open_station, iin, reason, detail, code):
    with pytest.raises(RuleRefused) as refused:
        open_station.add_voter(actor=ISSUER, iin=iin, surname="А", given_name="Б", birth_date=dt.date(1985, 3, 15),
                               address="x", reason=reason, detail=detail)
    assert refused.value.code == code
    assert open_station.turnout().added == 0


def test_added_voter_already_listed_refused(open_station, voter_iins):
    with pytest.raises(RuleRefused) as refused:
        open_station.add_voter(actor=ISSUER, iin=voter_iins[0], surname="А", given_name="Б",
                               birth_date=dt.date(1985, 3, 15), address="x", reason="other", detail="y")
    assert refused.value.code == "voter-already-listed"


def test_turnout_snapshot_is_stable_after_later_events(open_station, voter_iins, clock):
    for i, hhmm in enumerate(["08:10", "09:20", "11:59"]):
        clock.set(hhmm)
        open_station.check_in(voter_iins[i], actor=ISSUER)
    clock.set("12:00")
    at_noon = open_station.turnout(dt.time(12, 0))
    clock.set("15:00")
    open_station.check_in(voter_iins[10], actor=ISSUER)
    clock.set("16:30")
    open_station.undo_check_in(voter_iins[10], actor=ISSUER, reason="wrong voter")
    open_station.undo_check_in(voter_iins[0], actor=ISSUER, reason="wrong voter")  # an 08:10 issue undone later
    clock.set("19:00")
    assert open_station.turnout(dt.time(12, 0)) == at_noon
    assert at_noon.issued == 3 and at_noon.listed == 200 and at_noon.percent == 1.5
    assert open_station.turnout().issued == 2
    hours = [f.at_local for f in open_station.reporting_turnout()]
    assert hours == ["10:00", "12:00", "14:00", "16:00", "18:00"]


def test_turnout_for_a_time_not_yet_come_is_refused(open_station, clock):
    clock.set("11:00")
    with pytest.raises(RuleRefused) as refused:
        open_station.turnout(dt.time(12, 0))
    assert refused.value.code == "turnout-time-future"
