"""A recorded election day, for the day papers' tests: their input comes from the station service itself."""

from __future__ import annotations

import datetime as dt

from akimdesk.station import Station
from tests.conftest import CHAIR, ELECTION_DATE, ISSUER, SECRETARY, FixedClock

ADDED_IIN = "850315300128"


def record_day(station: Station, voter_iins: list[str], clock: FixedClock) -> Station:
    """An absentee certificate the day before; on the day check-ins at 09:00 and 11:00, a mobile ballot, an
    added voter, an undone check-in; the clock left at 12:30."""
    clock.set("17:00", ELECTION_DATE - dt.timedelta(days=1))
    station.issue_absentee(voter_iins[20], actor=SECRETARY, number="АУ-000123")
    clock.set("07:30")
    station.open_station(actor=CHAIR, ballots_received=204)
    clock.set("09:00")
    station.request_mobile(voter_iins[10], actor=SECRETARY, reason="ill at home")
    for iin in voter_iins[:6]:
        station.check_in(iin, actor=ISSUER)
    station.undo_check_in(voter_iins[5], actor=ISSUER, reason="wrong voter")
    clock.set("11:00")
    station.check_in(voter_iins[10], actor=ISSUER, mobile=True, carriers=("M6", "M7"))
    station.add_voter(actor=ISSUER, iin=ADDED_IIN, surname="Нұрланова", given_name="Әсел",
                      birth_date=dt.date(1985, 3, 15), address="Ақсай, Абай 5", reason="absentee-certificate",
                      detail="№ 004512")
    station.check_in(voter_iins[30], actor=ISSUER)
    clock.set("12:30")
    return station
