"""Members' PINs: the shape of a PIN, its hash, waits after wrong PINs, who sets them, the schema 3 upgrade, the CLI."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from akimdesk.core.audit import AuditCheck
from akimdesk.core.errors import BadInput, RuleRefused, WrongPassphrase
from akimdesk.core.pins import check_auto_lock_minutes, check_pin_shape, seconds_to_wait, wait_after
from akimdesk.demo import DEMO_PASSPHRASE, DEMO_PINS
from akimdesk.signing.pin_hash import hash_pin, pin_matches
from akimdesk.station import Station
from akimdesk.station.members import PinResetWork, work_pin_reset
from akimdesk.storage.migrations import LATEST_VERSION, schema_version
from akimdesk.storage.store import open_store
from tests.conftest import CHAIR, DEPUTY, ISSUER, ISSUER_2, TEST_KEY_COST, package_update
from tests.test_cli import pin_clock, run, run_json

FIXTURES = Path(__file__).parent / "fixtures"


# the rules
@pytest.mark.parametrize("pin", ["0000", "4821", "12345678"])
def test_a_pin_is_four_to_eight_digits(pin):
    assert check_pin_shape(pin) == pin


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", "١٢٣٤", "850315300128"])
def test_anything_else_is_refused_as_bad_input(pin):
    with pytest.raises(BadInput) as refused:
        check_pin_shape(pin)
    assert (refused.value.code, refused.value.params) == ("pin-malformed", {"shortest": 4, "longest": 8})


def test_waits_start_after_five_wrong_pins_double_and_stop_at_five_minutes():
    assert [wait_after(n) for n in range(12)] == [0, 0, 0, 0, 0, 30, 60, 120, 240, 300, 300, 300]
    assert wait_after(10_000) == 300


def test_the_wait_runs_down_with_the_clock_and_a_clock_set_back_never_lengthens_it():
    last = dt.datetime(2026, 11, 29, 4, 0, tzinfo=dt.UTC)
    assert seconds_to_wait(5, last, last + dt.timedelta(seconds=10)) == 20
    assert seconds_to_wait(5, last, last + dt.timedelta(seconds=29.5)) == 1
    assert seconds_to_wait(5, last, last + dt.timedelta(seconds=30)) == 0
    assert seconds_to_wait(6, last, last - dt.timedelta(hours=3)) == 60
    assert seconds_to_wait(4, last, last) == 0


def test_auto_lock_minutes_are_bounded():
    assert check_auto_lock_minutes(5) == 5
    for bad in (0, 241, True):
        with pytest.raises(BadInput):
            check_auto_lock_minutes(bad)


def test_a_pin_hash_is_salted_argon2id_and_checks_only_its_pin():
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first.startswith("$argon2id$") and first != second and "4821" not in first.split("$")[-1]
    assert pin_matches(first, "4821") and pin_matches(second, "4821")
    assert not pin_matches(first, "4822") and not pin_matches("not a hash", "4821")
    light = hash_pin("4821", light=True)
    assert pin_matches(light, "4821") and not pin_matches(light, "1284")


# the service
def payload_leaves(station: Station) -> list[str]:
    """Every key and value written into the audit payloads, as text."""
    leaves: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                leaves.append(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            leaves.append(str(value))

    for event in station.store.audit_events():
        walk(dict(event.payload))
    return leaves


def test_the_first_pin_is_the_chairs_set_with_the_commission_passphrase(loaded_station):
    assert not loaded_station.has_pins()
    with pytest.raises(WrongPassphrase):
        loaded_station.reset_pin(CHAIR, "1357", passphrase="not the passphrase")
    assert not loaded_station.has_pins()
    assert loaded_station.reset_pin(CHAIR, "1357", passphrase=DEMO_PASSPHRASE).member == CHAIR
    assert loaded_station.sign_in(CHAIR, "1357").member_id == CHAIR
    kinds = [(e.kind, e.actor, e.payload.get("member")) for e in loaded_station.store.audit_events()][-2:]
    assert kinds == [("member-pin-reset", CHAIR, CHAIR), ("member-signed-in", CHAIR, None)]


def test_a_passphrase_reset_runs_in_three_phases_and_its_slow_work_reads_no_database(loaded_station):
    plan = loaded_station.plan_pin_reset(ISSUER, "2468")
    assert (plan.member_id, plan.member_name) == (ISSUER, loaded_station.election().member(ISSUER).name)
    done: list[PinResetWork] = []
    # The work runs on a thread of its own with no store at hand: only the plan's plain values.
    worker = threading.Thread(target=lambda: done.append(work_pin_reset(plan, "2468", DEMO_PASSPHRASE)))
    worker.start()
    worker.join()
    assert not loaded_station.has_pins()  # nothing is written before the record step
    stored = loaded_station.record_pin_reset(done[0])
    assert (stored.member, stored.name) == (ISSUER, plan.member_name)
    assert loaded_station.sign_in(ISSUER, "2468").member_id == ISSUER


def test_a_bad_pin_is_refused_before_the_slow_work_and_a_wrong_passphrase_by_it(loaded_station):
    with pytest.raises(BadInput):
        loaded_station.plan_pin_reset(ISSUER, "24")
    with pytest.raises(RuleRefused) as refused:
        loaded_station.plan_pin_reset("M99", "2468")
    assert refused.value.code == "actor-unknown"
    plan = loaded_station.plan_pin_reset(ISSUER, "2468")
    with pytest.raises(WrongPassphrase):
        work_pin_reset(plan, "2468", "not the passphrase")
    assert not loaded_station.has_pins()


def test_a_reset_planned_before_the_member_left_the_commission_records_nothing(loaded_station, demo_package, district):
    plan = loaded_station.plan_pin_reset("M7", "2468")
    work = work_pin_reset(plan, "2468", DEMO_PASSPHRASE)

    def drop_last_member(content):
        content["members"] = [m for m in content["members"] if m["id"] != "M7"]

    loaded_station.load_election(package_update(demo_package, district, drop_last_member),
                                 fingerprint=demo_package.fingerprint, actor=CHAIR)
    events = loaded_station.store.count("audit_events")
    with pytest.raises(RuleRefused) as refused:
        loaded_station.record_pin_reset(work)
    assert (refused.value.code, refused.value.params) == ("plan-outdated", {"action": "reset-pin"})
    assert not loaded_station.has_pins() and loaded_station.store.count("audit_events") == events


def test_only_the_chair_sets_a_members_pin(loaded_station):
    for actor, code in ((DEPUTY, "role-not-allowed"), (ISSUER, "role-not-allowed"), (None, "actor-required")):
        with pytest.raises(RuleRefused) as refused:
            loaded_station.set_pin(ISSUER, "4444", actor=actor)
        assert refused.value.code == code
    with pytest.raises(RuleRefused) as refused:
        loaded_station.set_pin("M99", "4444", actor=CHAIR)
    assert refused.value.code == "actor-unknown"
    with pytest.raises(BadInput):
        loaded_station.set_pin(ISSUER, "44", actor=CHAIR)
    assert not loaded_station.has_pins()
    loaded_station.set_pin(ISSUER, "4444", actor=CHAIR)
    signed = {m.member_id: m.has_pin for m in loaded_station.member_sign_ins()}
    assert signed == {"M1": False, "M2": False, "M3": False, "M4": True, "M5": False, "M6": False, "M7": False}
    with pytest.raises(RuleRefused) as refused:
        loaded_station.sign_in(ISSUER_2, "5555")
    assert (refused.value.code, refused.value.params) == ("pin-not-set", {"member": ISSUER_2})


def test_wrong_pins_are_recorded_and_the_waits_grow(loaded_station, clock):
    station = loaded_station
    station.set_pin(ISSUER, "4444", actor=CHAIR)
    refusals = []
    for _ in range(5):
        with pytest.raises(RuleRefused) as refused:
            station.sign_in(ISSUER, "1234")
        refusals.append((refused.value.code, refused.value.params))
    assert refusals == [("pin-wrong", {"member": ISSUER, "tries_left": n}) for n in (4, 3, 2, 1)] + [
        ("pin-wrong-wait", {"member": ISSUER, "seconds": 30})]
    clock.now += dt.timedelta(seconds=12)
    with pytest.raises(RuleRefused) as refused:
        station.sign_in(ISSUER, "4444")  # even the right PIN waits
    assert (refused.value.code, refused.value.params["seconds"]) == ("pin-wait", 18)
    assert station.member_sign_ins()[3].wait_seconds == 18
    clock.now += dt.timedelta(seconds=18)
    with pytest.raises(RuleRefused) as refused:
        station.sign_in(ISSUER, "9999")
    assert (refused.value.code, refused.value.params["seconds"]) == ("pin-wrong-wait", 60)
    clock.now += dt.timedelta(seconds=60)
    assert station.sign_in(ISSUER, "4444").member_id == ISSUER
    with pytest.raises(RuleRefused) as refused:
        station.sign_in(ISSUER, "1234")
    assert refused.value.params["tries_left"] == 4  # a right PIN starts the count again

    kinds = [e.kind for e in station.store.audit_events()]
    assert kinds.count("member-pin-refused") == 7 and kinds.count("member-signed-in") == 1
    assert station.store.count("pin_attempts") == 8  # the tries made during a wait were not heard
    leaves = payload_leaves(station)
    assert not {"4444", "1234", "9999", "pin", "pin_hash"} & set(leaves)
    assert not any("argon2" in leaf for leaf in leaves)
    assert station.verify_audit().events == len(kinds)


def test_a_scanned_iin_in_the_pin_field_costs_the_member_nothing(loaded_station):
    loaded_station.set_pin(ISSUER, "4444", actor=CHAIR)
    for typed in ("850315300128", "", "44a4"):
        with pytest.raises(BadInput):
            loaded_station.sign_in(ISSUER, typed)
    assert loaded_station.store.count("pin_attempts") == 0


def test_a_restart_keeps_the_count_and_the_passphrase_sets_a_new_pin(loaded_station, make_station, db_path):
    loaded_station.set_pin(ISSUER, "4444", actor=CHAIR)
    for _ in range(5):
        with pytest.raises(RuleRefused):
            loaded_station.sign_in(ISSUER, "0000")
    loaded_station.store.close()
    station = make_station(db_path)
    with pytest.raises(RuleRefused) as refused:
        station.sign_in(ISSUER, "4444")
    assert (refused.value.code, refused.value.params["seconds"]) == ("pin-wait", 30)
    station.reset_pin(ISSUER, "2468", passphrase=DEMO_PASSPHRASE)
    with pytest.raises(RuleRefused) as refused:
        station.sign_in(ISSUER, "4444")
    assert refused.value.code == "pin-wrong"  # the old PIN is gone; the new one has no wrong tries yet
    assert station.sign_in(ISSUER, "2468").member_id == ISSUER
    assert station.verify_audit().events > 0


def test_pin_rows_outside_the_application_are_caught(loaded_station):
    from akimdesk.core.errors import VerificationFailed

    loaded_station.set_pin(ISSUER, "4444", actor=CHAIR)
    loaded_station.store.db.execute(
        "INSERT INTO member_pins (member_id, pin_hash, method, set_at, set_by) VALUES (?, ?, 'chair', 'x', 'M1')",
        [CHAIR, hash_pin("0000", light=True)])
    with pytest.raises(VerificationFailed) as failed:
        loaded_station.verify_audit()
    assert failed.value.code == "audit-row-unrecorded" and failed.value.params["table"] == "member_pins"


def test_the_chair_sets_the_idle_minutes_before_the_screen_locks(loaded_station):
    assert loaded_station.auto_lock_minutes() == 5
    with pytest.raises(RuleRefused):
        loaded_station.set_auto_lock(10, actor=DEPUTY)
    with pytest.raises(BadInput):
        loaded_station.set_auto_lock(0, actor=CHAIR)
    loaded_station.set_auto_lock(10, actor=CHAIR)
    assert loaded_station.auto_lock_minutes() == 10


# the upgrade from schema 3
def test_a_schema_3_database_with_a_day_recorded_upgrades_and_pins_work(tmp_path, clock):
    """tests/fixtures/station-schema-3.db was written by the code of schema 3 (before PINs): demo election of
    30 voters, opened at 07:30 with 100 ballots, 2 check-ins (M4, M5), 1 mobile-box request (M3); 7 events."""
    path = tmp_path / "station.db"
    shutil.copy(FIXTURES / "station-schema-3.db", path)
    before = Database(path)
    assert schema_version(before) == 3
    before.conn.close()
    clock.set("10:00")
    station = Station(open_store(path, writable=True), clock, key_cost=TEST_KEY_COST)
    assert schema_version(station.store.db) == LATEST_VERSION == 4
    head = "7c22ad280f030d5c1af671d1d8fa9bed039eb4c989ea0201aa4544cfa7f0293f"
    assert station.verify_audit(head) == AuditCheck(events=7, head=head)
    assert station.state() == "open" and station.turnout().issued_station == 2
    assert not station.has_pins()

    station.reset_pin(CHAIR, "1111", passphrase=DEMO_PASSPHRASE)
    station.set_pin(ISSUER, "4321", actor=CHAIR)
    member = station.sign_in(ISSUER, "4321")
    voter = next(v for v in station.find_voters("а", limit=30) if v.ballot is None)
    station.check_in(voter.iin, actor=member.member_id)
    assert station.turnout().issued_station == 3
    assert station.voter(voter.iin).ballot.member_id == ISSUER
    assert station.verify_audit().events == 7 + 2 + 1 + 1
    station.store.close()


# the command line
@pytest.fixture
def pin_db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("AKIMDESK_DB", str(tmp_path / "demo.db"))
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    pin_clock("2026-11-29T07:30:00+05:00")
    monkeypatch.delenv("AKIMDESK_AS", raising=False)
    code, body, _ = run_json(capsys, "demo", "--voters", "10")
    assert code == 0
    return tmp_path, body


def pin_file(tmp_path: Path, pin: str) -> str:
    path = tmp_path / f"pin-{pin or 'empty'}.txt"
    path.write_text(pin + "\n")
    return str(path)


def test_the_demo_presets_every_members_pin(pin_db, capsys):
    tmp_path, body = pin_db
    assert {m["id"]: m["pin"] for m in body["members"]} == DEMO_PINS == {
        "M1": "1111", "M2": "2222", "M3": "3333", "M4": "4444", "M5": "5555", "M6": "6666", "M7": "7777"}
    code, out, _ = run(capsys, "member", "list")
    assert code == 0 and "PIN set: M1, M2, M3, M4, M5, M6, M7" in out and "locks after 5 min" in out
    code, out, _ = run(capsys, "member", "pin", "check", "--member", "M4", "--pin-file", pin_file(tmp_path, "4444"))
    assert (code, out.strip()) == (0, "PIN accepted: M4 Қасымов Дәулет Нұрланұлы.")


def test_wrong_pins_on_the_command_line_wait_across_runs(pin_db, capsys):
    tmp_path, _ = pin_db
    wrong = pin_file(tmp_path, "1234")
    errors = [run(capsys, "member", "pin", "check", "--member", "M5", "--pin-file", wrong) for _ in range(5)]
    assert [code for code, _, _ in errors] == [1] * 5
    assert errors[0][2].strip() == "Wrong PIN for M5 (tries left before a wait: 4)."
    assert errors[4][2].strip() == "Wrong PIN for M5. Wait 30 s before the next try."
    code, _, err = run(capsys, "member", "pin", "check", "--member", "M5", "--pin-file", pin_file(tmp_path, "5555"))
    assert code == 1 and err.startswith("Too many wrong PINs for M5: wait 30 s")
    code, body, _ = run_json(capsys, "member", "list")
    assert [m["wait_seconds"] for m in body["members"]] == [0, 0, 0, 0, 30, 0, 0]
    code, _, err = run(capsys, "member", "pin", "check", "--member", "M5", "--pin-file", pin_file(tmp_path, "55"))
    assert code == 2 and err.strip() == "A PIN is 4 to 8 digits."


def test_the_chair_sets_a_pin_typed_twice_at_the_terminal(pin_db, capsys, monkeypatch):
    tmp_path, _ = pin_db
    typed = iter(["8642", "8642", "1111", "2222", "8642", "8642"])
    prompts = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or next(typed))
    code, out, _ = run(capsys, "member", "pin", "set", "--member", "M6", "--as", "M1")
    assert (code, out.strip()) == (0, "PIN of M6 Петров Сергей Иванович set.")
    assert prompts == ["PIN of M6: ", "The same PIN again: "]
    code, _, err = run(capsys, "member", "pin", "set", "--member", "M6", "--as", "M1")
    assert (code, err.strip()) == (2, "The two PINs typed differ; nothing was changed.")
    code, _, err = run(capsys, "member", "pin", "set", "--member", "M6", "--as", "M2")
    assert code == 1 and "may not do this: set a member's PIN" in err
    code, _, _ = run(capsys, "member", "pin", "check", "--member", "M6", "--pin-file", pin_file(tmp_path, "8642"))
    assert code == 0


def test_the_passphrase_sets_a_forgotten_pin_and_the_chair_sets_the_idle_minutes(pin_db, capsys):
    tmp_path, _ = pin_db
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(DEMO_PASSPHRASE + "\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    new_pin = pin_file(tmp_path, "97531")
    code, _, err = run(capsys, "member", "pin", "reset", "--member", "M1", "--passphrase-file", str(wrong),
                       "--pin-file", new_pin)
    assert (code, err.strip()) == (1, "Wrong passphrase.")
    code, out, _ = run(capsys, "member", "pin", "reset", "--member", "M1", "--passphrase-file", str(passphrase),
                       "--pin-file", new_pin)
    assert code == 0 and out.strip() == "PIN of M1 Жақсылықова Айгүл Серікқызы set with the commission passphrase."
    assert run(capsys, "member", "pin", "check", "--member", "M1", "--pin-file", new_pin)[0] == 0
    code, out, _ = run(capsys, "member", "autolock", "--minutes", "10", "--as", "M1")
    assert (code, out.strip()) == (0, "The desk's screen now locks after 10 min without use.")
    code, body, _ = run_json(capsys, "member", "list")
    assert body["auto_lock_minutes"] == 10
    code, body, _ = run_json(capsys, "audit", "verify")
    assert code == 0 and body["verified"]
