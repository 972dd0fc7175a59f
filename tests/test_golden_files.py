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
    desk = DistrictDesk.open(tmp_path / "district.db", clock, key_cost=TEST_KEY_COST)
    try:
        desk.key_restore((BUNDLE_V1 / "district-keys.json").read_bytes(), passphrase)
        voters = tmp_path / "1001.csv"
        write_demo_voter_list(voters, 20, ELECTION_DATE)
        # Issuing the same election again registers the race the bundle reports on.
        issued = desk.issue_packages(facts(BUNDLE_V1, "election.json"), facts(BUNDLE_V1, "precincts.json"),
                                     {"1001": voters}, out_dir=tmp_path / "out", acts_dir=tmp_path / "acts",
                                     passphrase=passphrase, actor="district", handover_cost=2**10)
        assert issued.election_id == expected["election_id"]
        outcomes = desk.import_bundles([("bundle.akb", (BUNDLE_V1 / "bundle.akb").read_bytes())],
                                       passphrase=passphrase, actor="district")
        assert [o.status for o in outcomes] == ["accepted"]
        assert outcomes[0].precinct == expected["precinct"]
        assert outcomes[0].sequence == expected["sequence"]
    finally:
        desk.store.close()


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
    desk = DistrictDesk.open(tmp_path / "district.db", clock, key_cost=TEST_KEY_COST)
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


def test_the_bundle_schema_of_version_1_is_pinned():
    from akimdesk.bundle import parts

    assert (parts.BUNDLE_FORMAT, parts.BUNDLE_FORMAT_VERSION) == ("akimdesk-bundle", 1)
    assert parts.MANIFEST_FIELDS == (
        "election_id", "precinct", "device_id", "app_version", "created_at", "sequence", "protocol_versions",
        "latest_protocol", "audit_head", "is_demo")
    assert {schema.name: dict(schema.records) for schema in parts.PART_SCHEMAS} == {
        "count.json": {
            "protocol_versions": ("version", "template_id", "opened_at", "opened_by", "amend_reason"),
            "tally_entries": ("entry_id", "version", "line_key", "entry", "value", "member_id", "at", "reason"),
            "attendance": ("attendance_id", "version", "present", "at", "member_id"),
            "opinions": ("opinion_id", "version", "member_id", "text", "at"),
        },
        "turnout.json": {
            "reporting_hours": ("at_local", "listed", "added", "issued_station", "issued_mobile"),
            "final": ("at_local", "listed", "added", "issued_station", "issued_mobile"),
        },
        "events.json": {
            "check_ins": ("check_in_id", "device_id", "device_seq", "kind", "voter_id", "at", "member_id", "mode",
                          "carrier_1", "carrier_2", "undoes", "reason"),
            "station_events": ("station_event_id", "state", "at", "member_id", "ballots_received",
                               "laptop_time_confirmed", "boxes_sealed", "override_reason"),
            "mobile_requests": ("request_id", "voter_id", "at", "member_id", "override_reason"),
            "absentee_certificates": ("certificate_id", "voter_id", "issued_at", "member_id"),
        },
        "audit.json": {"events": ("seq", "kind", "actor", "at", "payload", "prev_hash", "hash")},
        "personal.cms": {
            "voters": ("voter_id", "list_id", "source_row", "iin", "surname", "given_name", "patronymic",
                       "birth_date", "address", "book", "iin_problem", "added_reason", "added_detail", "added_at",
                       "added_by"),
            "check_ins": ("document_type", "document_number", "helper_name"),
        },
    }


def test_the_package_and_backup_formats_of_version_1_are_pinned():
    from akimdesk.bundle import backup
    from akimdesk.core.election import PACKAGE_FORMAT_VERSION
    from akimdesk.signing import package

    assert (package.PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION) == ("akimdesk-election-package", 1)
    assert package.PACKAGE_DOCUMENT_FIELDS == ("content", "format", "signature")
    assert (package.SEALED_VOTER_LIST_FIELDS, package.SEALED_VOTER_LIST_VERSION) == (("file_name", "sealed"), 1)
    document = json.loads((PACKAGE_V1 / "package.json").read_bytes())
    assert tuple(sorted(document)) == package.PACKAGE_DOCUMENT_FIELDS
    assert document["content"]["format_version"] == PACKAGE_FORMAT_VERSION
    assert tuple(sorted(document["content"]["voter_list"])) == package.SEALED_VOTER_LIST_FIELDS
    assert (backup.BACKUP_MAGIC, backup.BACKUP_FORMAT, backup.BACKUP_FORMAT_VERSION) == (
        b"AKIMDESK-BACKUP\n", "akimdesk-backup", 1)
    assert backup.BACKUP_HEADER_FIELDS == ("format", "format_version", "election_id", "precinct", "created_at",
                                           "audit_head", "sequence_floor", "key", "nonce")


def test_a_package_of_a_later_format_is_refused_plainly(tmp_path):
    from akimdesk.core.errors import BadInput
    from akimdesk.station.setup import preview_election_package

    document = json.loads((PACKAGE_V1 / "package.json").read_bytes())
    document["content"]["format_version"] = 2
    with pytest.raises(BadInput) as refused:
        preview_election_package(json.dumps(document).encode("utf-8"))
    assert (refused.value.code, refused.value.params["version"]) == ("package-version-unsupported", "2")
