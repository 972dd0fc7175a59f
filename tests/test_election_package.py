"""Loading the district's package: only a genuine package for this precinct, with the right passphrase."""

from __future__ import annotations

import copy
import json

import pytest

from akimdesk.core.election import compute_election_id, parse_election
from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed, WrongPassphrase
from akimdesk.demo import DEMO_PASSPHRASE, build_signed_package, demo_content
from akimdesk.signing.keys import DEFAULT_SCRYPT_N, decrypt_private_key, generate_private_key
from akimdesk.signing.package import write_package
from tests.conftest import CHAIR, DEPUTY, ELECTION_DATE, TEST_KEY_COST


def load(station, demo, **overrides):
    arguments = dict(fingerprint=demo.fingerprint, actor=CHAIR, one_time_passphrase=demo.one_time_passphrase,
                     new_passphrase=DEMO_PASSPHRASE)
    arguments.update(overrides)
    package = arguments.pop("package", demo.package)
    return station.load_election(package, **arguments)


def assert_nothing_loaded(station):
    assert not station.has_election()
    assert station.store.count("packages") == 0
    assert station.store.count("precinct_keys") == 0
    assert station.store.count("audit_events") == 1  # only the database's creation


def test_genuine_package_loads_and_key_is_rewrapped(empty_station, demo_package):
    result = load(empty_station, demo_package, fingerprint=" ".join(
        demo_package.fingerprint[i:i + 4].upper() for i in range(0, 64, 4)))
    assert result.election_id == demo_package.election_id
    election = empty_station.election()
    assert election.is_demo and election.precinct_number == "1001"
    assert [c.candidate_id for c in election.candidates] == ["C1", "C2", "C3"]
    envelope = json.loads(empty_station.store.current_precinct_key()["encrypted_key"])
    assert envelope["n"] == TEST_KEY_COST
    decrypt_private_key(envelope, DEMO_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        decrypt_private_key(envelope, demo_package.one_time_passphrase)
    assert empty_station.state() == "setup"


def test_production_station_uses_strong_key_stretching(db_path):
    from akimdesk.app import open_station

    station = open_station(db_path, writable=True)
    assert station.key_cost == DEFAULT_SCRYPT_N == 2**17
    station.store.close()


def test_election_id_is_shared_by_every_precinct():
    first = demo_content(ELECTION_DATE, 100)
    second = copy.deepcopy(first)
    second["precinct"]["number"] = "1002"
    second["ballots_delivered"] = 777
    assert compute_election_id(first) == compute_election_id(second)
    third = copy.deepcopy(first)
    third["candidates"][0]["name"]["kk"] = "Ахметов Болат"
    assert compute_election_id(third) != compute_election_id(first)


def test_altered_package_refused(empty_station, demo_package):
    document = json.loads(demo_package.package)
    document["content"]["ballots_delivered"] += 100
    with pytest.raises(VerificationFailed) as refused:
        load(empty_station, demo_package, package=json.dumps(document).encode())
    assert refused.value.code == "signature-invalid"
    assert_nothing_loaded(empty_station)


def test_unsigned_package_refused(empty_station, demo_package):
    document = json.loads(demo_package.package)
    del document["signature"]
    with pytest.raises(VerificationFailed) as refused:
        load(empty_station, demo_package, package=json.dumps(document).encode())
    assert refused.value.code == "package-unsigned"
    assert_nothing_loaded(empty_station)


def test_package_from_another_district_refused(empty_station, demo_package):
    other = build_signed_package(demo_content(ELECTION_DATE, 200), scrypt_n=2**10)
    with pytest.raises(VerificationFailed) as by_fingerprint:
        load(empty_station, other, fingerprint=demo_package.fingerprint)
    assert by_fingerprint.value.code == "package-fingerprint-mismatch"
    # Internally consistent, but signed by another district while carrying ours: the signature fails.
    document = json.loads(other.package)
    document["content"]["district_certificate"] = json.loads(demo_package.package)["content"]["district_certificate"]
    with pytest.raises(VerificationFailed) as by_signature:
        load(empty_station, other, package=json.dumps(document).encode(), fingerprint=demo_package.fingerprint)
    assert by_signature.value.code in ("signature-invalid", "signature-untrusted")
    assert_nothing_loaded(empty_station)


def test_precinct_certificate_for_another_precinct_refused(empty_station, demo_package):
    import akimdesk.demo as demo_module
    from akimdesk.signing.keys import certificate_to_pem, issue_precinct_certificate, make_district_certificate

    district_key = generate_private_key()
    district_cert = make_district_certificate(district_key, "Тест")
    content = demo_content(ELECTION_DATE, 200)
    signed = build_signed_package(content, district_key=district_key, district_cert=district_cert, scrypt_n=2**10)
    wrong = issue_precinct_certificate(district_key, district_cert, generate_private_key().public_key(),
                                       election_id=signed.election_id, precinct_number="9999", precinct_name="x")
    forged = dict(signed.content, precinct_certificate=certificate_to_pem(wrong))
    package = write_package(forged, district_key, district_cert)
    with pytest.raises(VerificationFailed) as refused:
        load(empty_station, signed, package=package)
    assert refused.value.code == "precinct-certificate-mismatch"
    assert_nothing_loaded(empty_station)
    assert demo_module  # the module built the genuine parts above


def test_wrong_one_time_passphrase_refused(empty_station, demo_package):
    with pytest.raises(WrongPassphrase) as refused:
        load(empty_station, demo_package, one_time_passphrase="AAAAA-BBBBB-CCCCC-DDDDD")
    assert refused.value.code == "passphrase-wrong"
    assert_nothing_loaded(empty_station)


def test_short_new_passphrase_refused(empty_station, demo_package):
    with pytest.raises(RuleRefused) as refused:
        load(empty_station, demo_package, new_passphrase="short")
    assert refused.value.code == "passphrase-too-short"
    assert_nothing_loaded(empty_station)


def test_only_the_chair_loads(empty_station, demo_package):
    with pytest.raises(RuleRefused) as refused:
        load(empty_station, demo_package, actor=DEPUTY)
    assert refused.value.code == "role-not-allowed"
    assert_nothing_loaded(empty_station)


def test_garbage_file_is_bad_input(empty_station, demo_package):
    with pytest.raises(BadInput) as refused:
        load(empty_station, demo_package, package=b"\x89PNG not a package")
    assert refused.value.code == "package-unreadable"
    assert_nothing_loaded(empty_station)


def test_candidates_out_of_kazakh_order_refused():
    content = demo_content(ELECTION_DATE, 10)
    content["candidates"][0]["ballot_position"], content["candidates"][1]["ballot_position"] = 2, 1
    with pytest.raises(RuleRefused) as refused:
        parse_election(content)
    assert refused.value.code == "candidates-out-of-order"
    assert refused.value.params["first"].startswith("Әбдіров")


def newer_version(demo_package, district, change):
    content = {k: v for k, v in copy.deepcopy(demo_package.content).items() if k != "district_certificate"}
    content["package_version"] = 2
    change(content)
    return write_package(content, *district)


@pytest.fixture(scope="module")
def district_pair():
    from akimdesk.signing.keys import make_district_certificate

    key = generate_private_key()
    return key, make_district_certificate(key, "Аудан")


@pytest.fixture
def own_district_package(district_pair):
    key, cert = district_pair
    return build_signed_package(demo_content(ELECTION_DATE, 200), district_key=key, district_cert=cert,
                                scrypt_n=2**10)


def test_newer_version_may_withdraw_a_candidate_and_is_audited(empty_station, own_district_package, district_pair):
    load(empty_station, own_district_package)

    def withdraw(content):
        content["candidates"][2]["is_withdrawn"] = True
        content["ballots_delivered"] = 250

    result = empty_station.load_election(newer_version(own_district_package, district_pair, withdraw),
                                         fingerprint=own_district_package.fingerprint, actor=CHAIR)
    assert result.updated and result.changes.withdrawn_candidates == ("C3",)
    election = empty_station.election()
    assert election.package_version == 2 and election.candidates[2].is_withdrawn
    assert election.election_id == own_district_package.election_id
    last = empty_station.store.last_audit_event()
    assert last.kind == "election-updated" and last.payload["changes"]["ballots_delivered"] == [204, 250]


def test_newer_version_may_not_change_the_race(empty_station, own_district_package, district_pair):
    load(empty_station, own_district_package)

    def later_close(content):
        content["election"]["polls_close"] = "21:00"

    def rename_precinct(content):
        content["precinct"]["name"]["ru"] = "Другое имя"

    for change, code in ((later_close, "package-other-election"), (rename_precinct, "package-update-not-allowed")):
        with pytest.raises(RuleRefused) as refused:
            empty_station.load_election(newer_version(own_district_package, district_pair, change),
                                        fingerprint=own_district_package.fingerprint, actor=CHAIR)
        assert refused.value.code == code
    assert empty_station.election().package_version == 1
    assert empty_station.store.count("packages") == 1


def test_one_time_passphrase_typed_loosely_still_unlocks(empty_station, demo_package):
    typed = demo_package.one_time_passphrase.lower().replace("-", " ")
    assert typed != demo_package.one_time_passphrase
    assert load(empty_station, demo_package, one_time_passphrase=typed).updated is False


def test_a_package_recorded_after_another_was_loaded_is_refused(empty_station, demo_package):
    from akimdesk.station.setup import work_election_load

    plan = empty_station.plan_election_load(demo_package.package, fingerprint=demo_package.fingerprint,
                                            actor=CHAIR)
    work = work_election_load(plan, demo_package.one_time_passphrase, DEMO_PASSPHRASE)
    empty_station.record_election_load(work)
    with pytest.raises(RuleRefused) as refused:
        empty_station.record_election_load(work)
    assert refused.value.code == "plan-outdated"
