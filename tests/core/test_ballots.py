"""Who holds a ballot: the district's replay of the check-in events agrees with the station's SQL."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from akimdesk.core.aggregate import PrecinctResult, aggregate_race
from akimdesk.core.ballots import BallotMode, CheckInEvent, CheckInKind, ballot_holders
from akimdesk.core.turnout import percent_text, turnout_percent
from akimdesk.station.views import TurnoutFigures
from akimdesk.storage.check_in_queries import CheckInQueries
from akimdesk.storage.migrations import migrations

EVENTS = st.lists(st.tuples(st.integers(1, 6), st.sampled_from(CheckInKind), st.sampled_from(BallotMode)),
                  max_size=40)


def station_queries(events: list[CheckInEvent]) -> CheckInQueries:
    """The station's own schema in memory, holding `events` as check-in rows."""
    db = Database(sqlite3.connect(":memory:"), strict=True)
    migrations.apply(db)
    for event in events:
        issue = event.kind == CheckInKind.ISSUE
        mobile = issue and event.mode == BallotMode.MOBILE
        db.execute(
            "INSERT INTO check_ins (check_in_id, device_id, device_seq, kind, voter_id, at, member_id, mode,"
            " carrier_1, carrier_2, undoes, reason) VALUES (?, 'desk', ?, ?, ?, '2026-11-29T05:00:00Z', 'M4', ?, ?,"
            " ?, ?, ?)",
            [event.check_in_id, event.check_in_id, str(event.kind), event.voter_id,
             str(event.mode) if issue else None, "M1" if mobile else None, "M2" if mobile else None,
             None if issue else event.check_in_id, None if issue else "mistaken check-in"])
    return CheckInQueries(db, Path(":memory:"), None)


@settings(deadline=None, max_examples=150)
@given(EVENTS)
def test_the_replay_and_the_station_sql_agree_on_who_holds_a_ballot(raw):
    events = [CheckInEvent(i, voter, kind, mode if kind == CheckInKind.ISSUE else None)
              for i, (voter, kind, mode) in enumerate(raw, start=1)]
    holders = ballot_holders(reversed(events))  # the replay orders the events itself
    counted = station_queries(events).ballots_issued()
    assert counted == {str(mode): count for mode, count in holders.by_mode.items()}
    assert sum(counted.values()) == len(holders.voter_ids)


def test_an_undone_ballot_issued_again_from_the_mobile_box_counts_once_as_mobile():
    events = [CheckInEvent(1, 7, CheckInKind.ISSUE, BallotMode.STATION), CheckInEvent(2, 7, CheckInKind.UNDO),
              CheckInEvent(3, 7, CheckInKind.ISSUE, BallotMode.MOBILE), CheckInEvent(4, 8, CheckInKind.UNDO)]
    holders = ballot_holders(events)
    assert holders.voter_ids == {7} and holders.by_mode == {BallotMode.STATION: 0, BallotMode.MOBILE: 1}


def test_one_of_eight_hundred_reads_the_same_at_the_station_and_at_the_district():
    assert turnout_percent(1, 800) == Decimal("0.13")
    station = TurnoutFigures(None, listed=800, added=0, issued_station=1, issued_mobile=0)
    lines = [{"key": key, "number": str(n), "label": {}, "value": value} for n, (key, value) in enumerate(
        (("voters_listed", 800), ("ballots_issued_station", 1), ("ballots_issued_mobile", 0)), start=1)]
    summary = aggregate_race("e" * 64, ["1001"], [PrecinctResult("1001", 1, {"election_id": "e" * 64,
                                                                              "lines": lines})])
    assert f"{station.percent:.2f}" == percent_text(summary.turnout.percent) == "0.13"
    assert percent_text(turnout_percent(1, 800), decimal_comma=True) == "0,13"
    assert turnout_percent(0, 0) is None and percent_text(None) == "—"
