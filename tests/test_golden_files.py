"""Files signed by an earlier release keep loading and verifying: the election package and the sync bundle of v1."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from akimdesk.demo import write_demo_voter_list
from akimdesk.district import DistrictDesk
from akimdesk.storage.store import open_store
from tests.conftest import ELECTION_DATE, TEST_KEY_COST, FixedClock
from tests.test_cli import run_json

FIXTURES = Path(__file__).parent / "fixtures"
PACKAGE_V1 = FIXTURES / "package-v1"
BUNDLE_V1 = FIXTURES / "bundle-v1"


def facts(folder: Path, name: str) -> dict:
    return json.loads((folder / name).read_text(encoding="utf-8"))


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("AKIMDESK_DB", str(tmp_path / "station.db"))
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    monkeypatch.setenv("AKIMDESK_NOW", "2026-11-28T10:00:00+05:00")
    monkeypatch.delenv("AKIMDESK_AS", raising=False)
    return tmp_path


def test_package_v1_loads_into_an_empty_station_with_its_sealed_voter_list(cli_env, capsys):
    handover = facts(PACKAGE_V1, "handover.json")
    (cli_env / "one-time.txt").write_text(handover["one_time_passphrase"] + "\n", encoding="utf-8")
    (cli_env / "new.txt").write_text("the commission's own passphrase\n", encoding="utf-8")
    code, loaded, err = run_json(capsys, "election", "load", str(PACKAGE_V1 / "package.json"),
                                 "--fingerprint", handover["fingerprint"], "--passphrase-file",
                                 str(cli_env / "one-time.txt"), "--new-passphrase-file", str(cli_env / "new.txt"),
                                 "--as", "M1")
    assert code == 0, err
    assert (loaded["election_id"], loaded["package_version"], loaded["updated"]) == (handover["election_id"], 1, False)
    code, status, err = run_json(capsys, "status")
    assert code == 0, err
    assert status["election_id"] == handover["election_id"]
    assert status["precinct"] == handover["precinct"] and status["voter_list"]["rows"] == handover["voters"]


def test_package_v1_refuses_a_wrong_fingerprint(cli_env, capsys):
    handover = facts(PACKAGE_V1, "handover.json")
    (cli_env / "one-time.txt").write_text(handover["one_time_passphrase"] + "\n", encoding="utf-8")
    (cli_env / "new.txt").write_text("the commission's own passphrase\n", encoding="utf-8")
    wrong = ("0" if handover["fingerprint"][0] != "0" else "1") + handover["fingerprint"][1:]
    code, _, _ = run_json(capsys, "election", "load", str(PACKAGE_V1 / "package.json"), "--fingerprint", wrong,
                          "--passphrase-file", str(cli_env / "one-time.txt"),
                          "--new-passphrase-file", str(cli_env / "new.txt"), "--as", "M1")
    assert code != 0


def test_bundle_v1_verifies_on_the_command_line(cli_env, capsys):
    expected = facts(BUNDLE_V1, "bundle.json")
    code, verified, err = run_json(capsys, "bundle", "verify", str(BUNDLE_V1 / "bundle.akb"),
                                   "--district-cert", str(BUNDLE_V1 / "district-certificate.pem"))
    assert code == 0, err
    assert verified == {
        "ok": True, "verified": True, "precinct": expected["precinct"], "sequence": expected["sequence"],
        "protocol_versions": expected["protocol_versions"], "election_id": expected["election_id"],
        "audit_head": expected["audit_head"], "sha256": expected["sha256"],
    }


def test_bundle_v1_is_accepted_by_the_district(tmp_path):
    expected = facts(BUNDLE_V1, "bundle.json")
    passphrase = expected["district_passphrase"]
    clock = FixedClock(ELECTION_DATE + dt.timedelta(days=1), "09:00")
    desk = DistrictDesk(open_store(tmp_path / "district.db", writable=True, kind="district"), clock,
                        key_cost=TEST_KEY_COST)
    try:
        desk.key_restore((BUNDLE_V1 / "district-keys.json").read_bytes(), passphrase)
        voters = tmp_path / "1001.csv"
        write_demo_voter_list(voters, 20, ELECTION_DATE)
        # Issuing the same election again registers the race the bundle reports on.
        issued = desk.issue_packages(facts(BUNDLE_V1, "election.json"), facts(BUNDLE_V1, "precincts.json"),
                                     {"1001": voters}, out_dir=tmp_path / "out", acts_dir=tmp_path / "acts",
                                     passphrase=passphrase, actor="district", handover_cost=2**10)
        assert issued["election_id"] == expected["election_id"]
        outcomes = desk.import_bundles([("bundle.akb", (BUNDLE_V1 / "bundle.akb").read_bytes())],
                                       passphrase=passphrase, actor="district")
        assert [_field(o, "status") for o in outcomes] == ["accepted"]
        assert _field(outcomes[0], "precinct") == expected["precinct"]
        assert _field(outcomes[0], "sequence") == expected["sequence"]
    finally:
        desk.store.close()


def _field(outcome, name):
    # The district's outcomes may be records or mappings while the boundary is being typed.
    return outcome[name] if isinstance(outcome, dict) else getattr(outcome, name)


def test_today_code_builds_the_v1_parts_byte_for_byte(tmp_path):
    """The parts a station builds from the v1 day are the bytes it signed then: a migration cannot change them."""
    from akimdesk.bundle.format import read_bundle
    from akimdesk.signing.envelope import open_sealed
    from akimdesk.signing.keys import certificate_from_pem
    from akimdesk.station import Station

    expected = facts(BUNDLE_V1, "bundle.json")
    district_certificate = certificate_from_pem((BUNDLE_V1 / "district-certificate.pem").read_text("ascii"))
    signed = read_bundle((BUNDLE_V1 / "bundle.akb").read_bytes(), district_certificate)
    database = tmp_path / "station.db"
    database.write_bytes((BUNDLE_V1 / "station-before-export.db").read_bytes())
    clock = FixedClock(ELECTION_DATE, "23:10")
    station = Station(open_store(database, writable=True), clock, key_cost=TEST_KEY_COST)
    desk = DistrictDesk(open_store(tmp_path / "district.db", writable=True, kind="district"), clock,
                        key_cost=TEST_KEY_COST)
    try:
        desk.key_restore((BUNDLE_V1 / "district-keys.json").read_bytes(), expected["district_passphrase"])
        _, encryption_key = desk.unlock(expected["district_passphrase"])
        manifest, parts, personal = station.bundle_content(expected["sequence"], expected["exported_at"])
        assert sorted([*parts, "personal.cms"]) == sorted(signed.parts)
        for name in sorted(parts):
            assert parts[name] == signed.parts[name], name
        # Sealing is randomised; what it seals must be the same bytes.
        assert personal == open_sealed(signed.parts["personal.cms"], desk.encryption_certificate(), encryption_key)
        signed_manifest = {k: v for k, v in signed.manifest.items() if k not in ("format", "format_version", "parts")}
        assert {**manifest, "app_version": None} == {**signed_manifest, "app_version": None}
    finally:
        station.store.close()
        desk.store.close()
