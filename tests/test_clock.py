"""The clock: tests pass theirs in; a pinned clock (AKIMDESK_NOW) serves a demo election only."""

from __future__ import annotations

import datetime as dt

import pytest

from akimdesk.app import clock_from_environment, system_clock
from akimdesk.cli import main as run_command_line
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE, build_signed_package, demo_content
from akimdesk.recording import DrillClock
from akimdesk.station import Station
from akimdesk.storage.store import open_store
from tests.conftest import CHAIR, ELECTION_DATE, TEST_KEY_COST

MORNING = "2026-11-29T07:30:00+05:00"


@pytest.fixture(scope="module")
def real_package(district, district_encryption):
    """A package like the demo's, but of a real election (not marked DEMO)."""
    content = demo_content(ELECTION_DATE, 50)
    content["election"]["is_demo"] = False
    key, cert = district
    return build_signed_package(content, district_key=key, district_cert=cert, encryption_cert=district_encryption[1],
                                scrypt_n=2**10)


def load(path, clock, package) -> Station:
    station = Station(open_store(path, writable=True), clock, key_cost=TEST_KEY_COST)
    station.load_election(package.package, fingerprint=package.fingerprint, actor=DEMO_CHAIR,
                          one_time_passphrase=package.one_time_passphrase, new_passphrase=DEMO_PASSPHRASE)
    return station


def test_akimdesk_now_pins_a_drill_clock_and_without_it_the_laptop_clock_runs(monkeypatch):
    monkeypatch.delenv("AKIMDESK_NOW", raising=False)
    assert clock_from_environment() is system_clock
    monkeypatch.setenv("AKIMDESK_NOW", MORNING)
    pinned = clock_from_environment()
    assert isinstance(pinned, DrillClock)
    assert pinned() == dt.datetime(2026, 11, 29, 2, 30, tzinfo=dt.UTC)
    for bad in ("tomorrow", "2026-11-29T07:30:00"):  # not a time, or no offset
        monkeypatch.setenv("AKIMDESK_NOW", bad)
        with pytest.raises(BadInput) as refused:
            clock_from_environment()
        assert refused.value.code == "clock-setting-invalid"


def test_a_real_election_refuses_every_write_under_a_pinned_clock_and_nothing_is_written(
        tmp_path, clock, real_package, voter_csv):
    station = load(tmp_path / "real.db", clock, real_package)  # the laptop's clock (here the test's): accepted
    station.import_voters(voter_csv, actor=CHAIR)
    head = station.audit_head()
    station.store.close()
    drill = Station(open_store(tmp_path / "real.db", writable=True), DrillClock(clock()), key_cost=TEST_KEY_COST)
    try:
        with pytest.raises(RuleRefused) as refused:
            drill.open_station(actor=CHAIR, ballots_received=50)
        assert refused.value.code == "drill-clock-real-election"
        assert drill.state() == "setup" and drill.audit_head() == head
    finally:
        drill.store.close()


def test_a_demo_election_takes_the_pinned_clock(tmp_path, clock, demo_package, voter_csv):
    clock.set("07:30")
    station = load(tmp_path / "demo.db", DrillClock(clock()), demo_package)
    try:
        station.import_voters(voter_csv, actor=CHAIR)
        station.open_station(actor=CHAIR, ballots_received=204)
        assert station.state() == "open"
    finally:
        station.store.close()


def test_the_command_line_refuses_akimdesk_now_on_a_real_election_naming_why(
        tmp_path, clock, real_package, voter_csv, monkeypatch, capsys):
    database = tmp_path / "real.db"
    station = load(database, clock, real_package)
    station.import_voters(voter_csv, actor=CHAIR)
    station.store.close()
    monkeypatch.setenv("AKIMDESK_NOW", MORNING)
    capsys.readouterr()
    assert run_command_line(["open", "--ballots", "50", "--as", CHAIR, "--db", str(database), "--lang", "en"]) == 1
    assert "AKIMDESK_NOW" in capsys.readouterr().err
