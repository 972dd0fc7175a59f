"""Shared fixtures: a fixed clock, a signed demo package, and stations at each stage of the day."""

from __future__ import annotations

import copy
import csv
import datetime as dt
from pathlib import Path

import pytest

from akimdesk.core.timeline import local_moment
from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE, build_signed_package, demo_content, write_demo_voter_list
from akimdesk.signing.envelope import make_encryption_certificate
from akimdesk.signing.keys import generate_private_key, make_district_certificate
from akimdesk.signing.package import write_package
from akimdesk.station import Station
from akimdesk.storage.store import open_store

# Every message raised during the run is worded in kk, ru and en at the end and checked.
pytest_plugins = ["tests.message_check"]

ELECTION_DATE = dt.date(2026, 11, 29)
TIME_ZONE = "Asia/Almaty"
TEST_KEY_COST = 2**12  # the commission key's scrypt cost; production uses the default (tested separately)
CHAIR, DEPUTY, SECRETARY, ISSUER, ISSUER_2 = "M1", "M2", "M3", "M4", "M5"


class FixedClock:
    """A clock the test moves by hand, in the election's local time."""

    def __init__(self, day: dt.date, hhmm: str) -> None:
        self.now = local_moment(day, dt.time.fromisoformat(hhmm), TIME_ZONE)

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)

    def set(self, hhmm: str, day: dt.date = ELECTION_DATE) -> None:
        self.now = local_moment(day, dt.time.fromisoformat(hhmm), TIME_ZONE)


@pytest.fixture(scope="session")
def district():
    """The district's signing key and root certificate."""
    key = generate_private_key()
    return key, make_district_certificate(key, "Демо аумақтық сайлау комиссиясы")


@pytest.fixture(scope="session")
def district_encryption(district):
    """The district's separate encryption key and certificate (personal data is sealed to it)."""
    return make_encryption_certificate(*district)


@pytest.fixture(scope="session")
def demo_package(district, district_encryption):
    """One signed demo package for the whole run (key generation and signing are slow-ish)."""
    key, cert = district
    return build_signed_package(demo_content(ELECTION_DATE, 200), district_key=key, district_cert=cert,
                                encryption_cert=district_encryption[1], scrypt_n=2**10)


def package_update(demo_package, district, change) -> bytes:
    """A newer signed version of the demo package with `change` applied to its content."""
    content = {k: v for k, v in copy.deepcopy(demo_package.content).items() if k != "district_certificate"}
    content["package_version"] += 1
    change(content)
    return write_package(content, *district)


@pytest.fixture(scope="session")
def voter_csv(tmp_path_factory) -> Path:
    """A synthetic list of 200 voters."""
    path = tmp_path_factory.mktemp("lists") / "voters.csv"
    write_demo_voter_list(path, 200, ELECTION_DATE)
    return path


@pytest.fixture(scope="session")
def voter_iins(voter_csv) -> list[str]:
    """The IINs of the synthetic list, in file order."""
    with voter_csv.open(encoding="utf-8") as handle:
        return [row[0] for row in list(csv.reader(handle))[1:]]


@pytest.fixture
def clock() -> FixedClock:
    """The day before the election, 10:00 local."""
    return FixedClock(ELECTION_DATE - dt.timedelta(days=1), "10:00")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "station.db"


@pytest.fixture
def make_station(db_path, clock):
    """Open a writable station on the test database (closed at the end)."""
    opened = []

    def make(path: Path = db_path) -> Station:
        station = Station(open_store(path, writable=True), clock, key_cost=TEST_KEY_COST)
        opened.append(station)
        return station

    yield make
    for station in opened:
        if station.store.is_writable:
            station.store.close()


@pytest.fixture
def empty_station(make_station) -> Station:
    return make_station()


@pytest.fixture
def loaded_station(empty_station, demo_package) -> Station:
    """Package loaded, no voter list yet."""
    empty_station.load_election(
        demo_package.package, fingerprint=demo_package.fingerprint, actor=DEMO_CHAIR,
        one_time_passphrase=demo_package.one_time_passphrase, new_passphrase=DEMO_PASSPHRASE,
    )
    return empty_station


@pytest.fixture
def setup_station(loaded_station, voter_csv) -> Station:
    """Package and voter list loaded; the station is not open yet."""
    loaded_station.import_voters(voter_csv, actor=CHAIR)
    return loaded_station


@pytest.fixture
def open_station(setup_station, clock) -> Station:
    """Election day, 07:30: the station is open with 204 ballots."""
    clock.set("07:30")
    setup_station.open_station(actor=CHAIR, ballots_received=204)
    return setup_station


@pytest.fixture
def closed_station(open_station, voter_iins, clock) -> Station:
    """Election day over: 6 ballots at the station, 1 by the mobile box, 2 mobile requests, closed at 20:00."""
    clock.set("09:00")
    open_station.request_mobile(voter_iins[10], actor=SECRETARY, reason="ill at home")
    open_station.request_mobile(voter_iins[11], actor=SECRETARY, reason="caring for the sick")
    for iin in voter_iins[:6]:
        open_station.check_in(iin, actor=ISSUER)
    clock.set("11:00")
    open_station.check_in(voter_iins[10], actor=ISSUER, mobile=True, carriers=("M6", "M7"))
    clock.set("20:00")
    open_station.close_station(actor=CHAIR)
    clock.set("20:30")
    return open_station


# A count that balances for closed_station: 200 listed, 204 received, 6 + 1 issued.
BALANCED_COUNT = {
    "ballots_cancelled": 197, "ballots_found_mobile": 1, "ballots_found_station": 6, "ballots_unofficial": 0,
    "ballots_invalid": 1, "ballots_valid": 6, "votes_C1": 3, "votes_C2": 2, "votes_C3": 0, "votes_against_all": 1,
}


def enter_count(station: Station, values: dict, first: str = ISSUER, second: str = ISSUER_2) -> None:
    """Enter every line twice, by two members."""
    for key, value in values.items():
        station.set_tally(key, value, entry=1, actor=first)
        station.set_tally(key, value, entry=2, actor=second)


CLI_COUNT = {"ballots_cancelled": 281, "ballots_found_mobile": 0, "ballots_found_station": 25, "ballots_unofficial": 0,
         "ballots_invalid": 2, "ballots_valid": 23, "votes_C1": 10, "votes_C2": 8, "votes_C3": 3,
         "votes_against_all": 2}


@pytest.fixture
def counted_db(tmp_path, monkeypatch, capsys):
    """A demo day over the command line: 25 check-ins, closed, counted twice."""
    from tests.test_cli import main, pin_clock, run_json

    monkeypatch.setenv("AKIMDESK_DB", str(tmp_path / "s.db"))
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    pin_clock("2026-11-29T07:30:00+05:00")
    assert main(["demo", "--voters", "60"]) == 0
    assert main(["open", "--ballots", "306", "--as", "M1"]) == 0
    capsys.readouterr()
    code, found, _ = run_json(capsys, "voters", "find", "а", "--limit", "60")
    for voter in found["voters"][:25]:
        assert main(["checkin", voter["iin"], "--as", "M4"]) == 0
    pin_clock("2026-11-29T20:05:00+05:00")
    assert main(["close", "--as", "M1"]) == 0
    for key, value in CLI_COUNT.items():
        assert main(["tally", "set", key, str(value), "--entry", "1", "--as", "M4"]) == 0
        assert main(["tally", "set", key, str(value), "--entry", "2", "--as", "M5"]) == 0
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("demo-commission-passphrase\n")
    capsys.readouterr()
    return tmp_path, passphrase


@pytest.fixture(autouse=True)
def _unpinned_command_line_clock():
    """Each test starts with the command line on the laptop's clock (tests/test_cli.py pins it)."""
    yield
    from tests.test_cli import CLOCK

    CLOCK.moment = None
