"""The district's slow actions in three phases: plan on the interface thread, work with no database, record."""

from __future__ import annotations

import json
import pickle
import threading

import pytest

from akimdesk.core.errors import RuleRefused
from akimdesk.district.intake import work_import
from akimdesk.district.packages import work_packages
from akimdesk.district.records import ImportStatus
from akimdesk.district.service import make_keys
from tests import test_district
from tests.test_district import DISTRICT_PASSPHRASE, election_document, export, precinct_day, precincts_document

# The district's fixtures: a fixed clock, a desk with its keys, and the packages of precincts 1001 and 1002.
clock, desk, issued = test_district.clock, test_district.desk, test_district.issued


def in_a_thread(task):
    """Run `task` on another thread, as the window's background job does; its result or its error."""
    found = {}

    def run():
        try:
            found["result"] = task()
        except BaseException as error:  # handed back to the test's thread
            found["error"] = error

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if "error" in found:
        raise found["error"]
    return found["result"]


def test_the_import_works_on_another_thread_from_plain_values_and_records_here(desk, issued, tmp_path, clock):
    bundle = export(precinct_day(tmp_path, clock, issued, "1001"), tmp_path, "stick")
    plan = desk.plan_import()
    # The plan and the work hold plain values only: no connection, no store, nothing that reads the database.
    pickle.dumps(plan)
    seen = []
    work = in_a_thread(lambda: work_import(plan, [("b.akb", bundle)], DISTRICT_PASSPHRASE,
                                           lambda done, total: seen.append((done, total))))
    pickle.dumps(work)
    assert seen == [(0, 1), (1, 1)] and desk.store.count("bundles") == 0
    outcomes = desk.record_import(work, actor="district")
    assert [(o.file, o.status, o.precinct, o.sequence) for o in outcomes] == [("b.akb", "accepted", "1001", 1)]
    assert desk.store.count("bundles") == 1
    assert desk.verify_audit().events == desk.store.count("audit_events")


def test_a_bundle_accepted_meanwhile_from_the_same_precinct_makes_the_record_step_refuse(desk, issued, tmp_path,
                                                                                         clock):
    station = precinct_day(tmp_path, clock, issued, "1001")
    older, newer = export(station, tmp_path, "a"), export(station, tmp_path, "b")
    plan = desk.plan_import()
    work = work_import(plan, [("old.akb", older)], DISTRICT_PASSPHRASE)
    assert [b.status for b in work.bundles] == [ImportStatus.ACCEPTED]
    # Another import accepts the newer bundle of the same precinct before this one is recorded.
    assert desk.import_bundles([("new.akb", newer)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0].status \
        == "accepted"
    before = list(desk.store.db.conn.iterdump())
    with pytest.raises(RuleRefused) as refused:
        desk.record_import(work, actor="district")
    assert (refused.value.code, refused.value.params["action"]) == ("plan-outdated", "district-import")
    assert list(desk.store.db.conn.iterdump()) == before
    # Planned again, the older bundle is refused for what it is.
    again = desk.import_bundles([("old.akb", older)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0]
    assert (again.status, again.code) == ("refused", "bundle-older")


def test_a_bundle_of_another_precinct_accepted_meanwhile_is_no_reason_to_refuse(desk, issued, tmp_path, clock):
    first = export(precinct_day(tmp_path, clock, issued, "1001"), tmp_path, "a")
    other = export(precinct_day(tmp_path, clock, issued, "1002"), tmp_path, "b")
    work = work_import(desk.plan_import(), [("1001.akb", first)], DISTRICT_PASSPHRASE)
    assert desk.import_bundles([("1002.akb", other)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0].status \
        == "accepted"
    assert [o.status for o in desk.record_import(work, actor="district")] == ["accepted"]
    assert desk.summary().reported == ("1001", "1002")


def test_a_bundle_is_verified_without_being_imported(desk, issued, tmp_path, clock):
    bundle = export(precinct_day(tmp_path, clock, issued, "1002"), tmp_path, "stick")
    before = list(desk.store.db.conn.iterdump())
    check = desk.verify_bundle(bundle, file="p1002.akb")
    assert (check.file, check.precinct, check.sequence, check.protocol_version) == ("p1002.akb", "1002", 1, 1)
    assert check.election_id == issued.election_id and len(check.protocol_hash) == 64
    assert list(desk.store.db.conn.iterdump()) == before


def test_packages_are_signed_and_written_off_the_database_and_recorded_in_one_step(desk, tmp_path):
    from akimdesk.demo import write_demo_voter_list
    from tests.conftest import ELECTION_DATE

    voters = tmp_path / "voters"
    voters.mkdir()
    write_demo_voter_list(voters / "1001.csv", 10, ELECTION_DATE)
    election, precincts = tmp_path / "election.json", tmp_path / "precincts.json"
    election.write_text(json.dumps(election_document(), ensure_ascii=False), encoding="utf-8")
    precincts.write_text(json.dumps(precincts_document(("1001",)), ensure_ascii=False), encoding="utf-8")
    inputs = desk.package_inputs(election, precincts, voters, tmp_path / "out", tmp_path / "acts", handover_cost=2**10)
    plan = desk.plan_packages()
    work = in_a_thread(lambda: work_packages(plan, inputs, DISTRICT_PASSPHRASE))
    assert (tmp_path / "acts" / "act-p1001.pdf").exists() and desk.find_race() is None
    issued_now = desk.record_packages(work, actor="district")
    assert [p.precinct for p in issued_now.issued] == ["1001"]
    assert desk.race().precincts == ("1001",) and desk.store.count("issued_packages") == 1


def test_keys_made_twice_from_one_plan_are_recorded_once(tmp_path, clock):
    from akimdesk.district import DistrictDesk
    from tests.conftest import TEST_KEY_COST

    district = DistrictDesk.open(tmp_path / "new.db", clock, key_cost=TEST_KEY_COST)
    try:
        plan = district.plan_keys()
        first = make_keys(plan, "Аудан", DISTRICT_PASSPHRASE)
        second = in_a_thread(lambda: make_keys(plan, "Аудан", DISTRICT_PASSPHRASE))
        assert district.record_keys(first).fingerprint == district.keys_info().fingerprint
        with pytest.raises(RuleRefused) as refused:
            district.record_keys(second)
        assert refused.value.code == "plan-outdated"
        assert district.store.count("district_keys") == 1
    finally:
        district.close()
