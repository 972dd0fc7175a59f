"""The district desk: packages and acts out, bundles in, the race across precincts, the summary paper."""

from __future__ import annotations

import io
import re
import shutil
from functools import partial

import pypdf
import pytest

from akimdesk.bundle.usb import FolderDrive
from akimdesk.cli.inputs import read_bytes
from akimdesk.core.errors import BadInput, InputRejected, RuleRefused, WrongPassphrase
from akimdesk.demo import DEMO_MEMBERS, demo_content, write_demo_voter_list
from akimdesk.district import DistrictDesk
from akimdesk.district.packages import ELECTION_FILE_FORMAT
from akimdesk.district.report import summary_paper
from akimdesk.messages import render
from akimdesk.signing.keys import certificate_fingerprint
from akimdesk.station import Station
from akimdesk.station.exports import restore_station
from akimdesk.storage.store import open_store
from tests.conftest import ELECTION_DATE, TEST_KEY_COST, FixedClock

DISTRICT_PASSPHRASE = "district passphrase of the demo district"
COMMISSION = "our commission passphrase"
SHARED_ROW = "850315300128,Екеуов,Ерлан,Ерланұлы,15.03.1985,Абай 1,1\n"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def clock():
    return FixedClock(ELECTION_DATE, "06:00")


@pytest.fixture
def desk(tmp_path, clock):
    desk = DistrictDesk.open(tmp_path / "district.db", clock, key_cost=TEST_KEY_COST)
    desk.init("Демо аумақтық сайлау комиссиясы", DISTRICT_PASSPHRASE)
    yield desk
    desk.store.close()


def election_document():
    content = demo_content(ELECTION_DATE, 60)
    return {"format": ELECTION_FILE_FORMAT, **{k: content[k] for k in ("election", "race", "candidates", "template_id")}}


def precincts_document(numbers=("1001", "1002")):
    return {"precincts": [
        {"number": n, "name": {"kk": f"№{n} учаске", "ru": f"Участок №{n}"},
         "address": {"kk": "Ақсай", "ru": "Аксай"}, "ballots_delivered": 60,
         "members": [{"id": mid, "name": name, "role": role} for mid, name, role in DEMO_MEMBERS]}
        for n in numbers
    ]}


@pytest.fixture
def issued(desk, tmp_path):
    voters = tmp_path / "voters"
    voters.mkdir()
    for seed, number in enumerate(("1001", "1002")):
        path = voters / f"{number}.csv"
        write_demo_voter_list(path, 40, ELECTION_DATE, seed=seed)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(SHARED_ROW)
    result = desk.issue_packages(election_document(), precincts_document(), {p.stem: p for p in voters.glob("*.csv")},
                                 out_dir=tmp_path / "out", acts_dir=tmp_path / "acts", passphrase=DISTRICT_PASSPHRASE,
                                 actor="district", handover_cost=2**10)
    return result


def act_secrets(act_path):
    text = text_of(open(act_path, "rb").read())
    passphrase = re.search(r"[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}", text).group(0)
    return passphrase


def precinct_day(tmp_path, clock, issued, number, *, issued_station_line=None, checkins=6):
    station = precinct_voting(tmp_path, clock, issued, number, checkins=checkins)
    count_and_finalise(station, clock, checkins=checkins, issued_station_line=issued_station_line)
    return station


def precinct_voting(tmp_path, clock, issued, number, *, checkins=6):
    """A precinct's station loaded from its package, opened, with `checkins` ballots issued by 10:00."""
    entry = next(i for i in issued.issued if i.precinct == number)
    clock.set("06:30")
    station = Station(open_store(tmp_path / f"station-{number}.db", writable=True), clock, key_cost=TEST_KEY_COST)
    station.load_election(open(entry.package, "rb").read(), fingerprint=issued.fingerprint, actor="M1",
                          one_time_passphrase=act_secrets(entry.act), new_passphrase=COMMISSION)
    assert station.turnout().listed == 41  # the sealed voter list came in with the package
    clock.set("07:30")
    station.open_station(actor="M1", ballots_received=60)
    voters = ["850315300128"] + [v.iin for v in station.find_voters("а", limit=40) if v.iin != "850315300128"]
    clock.set("10:00")
    for iin in voters[:checkins]:
        station.check_in(iin, actor="M4")
    return station


def count_and_finalise(station, clock, *, checkins=6, issued_station_line=None, votes=None):
    """Close at 20:00, enter the count twice (`votes` changes the candidates' lines) and finalise the protocol."""
    clock.set("20:00")
    station.close_station(actor="M1")
    counts = {"ballots_cancelled": 60 - checkins, "ballots_found_mobile": 0, "ballots_found_station": checkins,
              "ballots_unofficial": 0, "ballots_invalid": 1, "ballots_valid": checkins - 1, "votes_C1": 2,
              "votes_C2": checkins - 4, "votes_C3": 0, "votes_against_all": 1, **(votes or {})}
    if issued_station_line is not None:
        counts["ballots_issued_station"] = issued_station_line
        counts["ballots_cancelled"] = 60 - issued_station_line
    for key, value in counts.items():
        for entry_no, member in ((1, "M4"), (2, "M5")):
            station.set_tally(key, value, entry=entry_no, actor=member, reason="recount" if key == "ballots_issued_station" else None)
    station.record_present(["M1", "M2", "M3", "M4", "M5"], actor="M3")
    station.finalise_protocol(actor="M1", passphrase=COMMISSION, override_reason="recount" if issued_station_line else None)


def rival_protocols(tmp_path, clock, issued, number):
    """Two bundles of one precinct with different protocols that both claim version 1.

    The laptop is backed up at noon; after the count a spare laptop restored from that backup counts again with
    other votes and finalises its own version 1.
    """
    station = precinct_voting(tmp_path, clock, issued, number)
    clock.set("12:00")
    backup = station.backup(tmp_path / f"backups-{number}", passphrase=COMMISSION)
    count_and_finalise(station, clock)
    first = export(station, tmp_path, f"stick-{number}-a")
    spare = restore_station(open(backup.file, "rb").read(), COMMISSION, tmp_path / f"spare-{number}.db", clock,
                            key_cost=TEST_KEY_COST)
    count_and_finalise(spare, clock, votes={"votes_C1": 3, "votes_C2": 1})
    second = export(spare, tmp_path, f"stick-{number}-b")
    station.store.close()
    spare.store.close()
    return first, second


def cloned_bundles(tmp_path, clock, issued, number):
    """Two different bundles of one precinct under one bundle number: a copy of the laptop's database exports too."""
    station = precinct_day(tmp_path, clock, issued, number)
    original = station.store.path
    station.store.close()
    copy = tmp_path / f"copy-{number}.db"
    shutil.copyfile(original, copy)
    bundles = []
    for at, path, stick in (("20:30", original, "a"), ("20:40", copy, "b")):
        clock.set(at)
        laptop = Station(open_store(path, writable=True), clock, key_cost=TEST_KEY_COST)
        bundles.append(export(laptop, tmp_path, f"stick-{number}-{stick}"))
        laptop.store.close()
    return bundles


def export(station, tmp_path, name):
    result = station.export_bundle(FolderDrive(tmp_path / name), actor="M1", passphrase=COMMISSION)
    return open(result.file, "rb").read()


def test_packages_and_acts_then_bundles_back_and_the_race(desk, issued, tmp_path, clock):
    assert len(issued.issued) == 2
    act_text = text_of(open(issued.issued[0].act, "rb").read())
    groups = " ".join(issued.fingerprint[i:i + 4] for i in range(0, 64, 4))
    assert groups.upper() in act_text.upper().replace("\n", " ")
    for entry in issued.issued:
        package = open(entry.package, "rb").read()
        assert b"850315300128" not in package and "Екеуов".encode() not in package

    first = precinct_day(tmp_path, clock, issued, "1001")
    second = precinct_day(tmp_path, clock, issued, "1002", issued_station_line=7)
    bundle_1 = export(first, tmp_path, "stick1")
    bundle_2 = export(second, tmp_path, "stick2")

    outcomes = desk.import_bundles([("b1", bundle_1), ("b2", bundle_2)], passphrase=DISTRICT_PASSPHRASE,
                                   actor="district")
    assert [o.status for o in outcomes] == ["accepted", "accepted"]
    again = desk.import_bundles([("b1", bundle_1)], passphrase=DISTRICT_PASSPHRASE, actor="district")
    assert again[0].status == "already-accepted"

    summary = desk.summary()
    assert summary.reported == ("1001", "1002") and summary.missing == ()
    assert summary.totals["votes_C1"] == 4 and summary.totals["ballots_found_station"] == 12
    codes = {f.code: f for f in summary.flags}
    assert "voter-in-several-precincts" in codes
    assert set(codes["voter-in-several-precincts"].params["precincts"]) == {"1001", "1002"}
    assert "850315300128" not in repr(summary.flags)
    recount = codes["precinct-recount-differs"]
    assert (recount.params["precinct"], recount.params["protocol"], recount.params["events"]) == ("1002", 7, 6)
    assert all(f.params.get("precinct") != "1001" for f in summary.flags if f.code == "precinct-recount-differs")

    report = text_of(desk.report_pdf())
    for expected in ("1001", "1002", str(summary.totals["ballots_valid"])):
        assert expected in report
    desk.verify_audit()


def test_tampered_foreign_and_replayed_bundles_change_nothing(desk, issued, tmp_path, clock):
    station = precinct_day(tmp_path, clock, issued, "1001")
    older = export(station, tmp_path, "a")
    newer = export(station, tmp_path, "b")
    dump_before = list(desk.store.db.conn.iterdump())
    flipped = bytearray(newer)
    flipped[len(flipped) // 2] ^= 0x04
    outcomes = desk.import_bundles([("flipped", bytes(flipped))], passphrase=DISTRICT_PASSPHRASE, actor="district")
    assert outcomes[0].status == "refused" and outcomes[0].code.startswith("bundle-")
    assert list(desk.store.db.conn.iterdump()) == dump_before
    assert desk.import_bundles([("new", newer)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0].status \
        == "accepted"
    replay = desk.import_bundles([("old", older)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0]
    assert (replay.status, replay.code) == ("refused", "bundle-older")


def test_amended_protocol_supersedes_version_one(desk, issued, tmp_path, clock):
    station = precinct_day(tmp_path, clock, issued, "1001")
    first = export(station, tmp_path, "a")
    assert desk.import_bundles([("v1", first)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0].status \
        == "accepted"
    station.amend_protocol(actor="M1", reason="recount")
    for entry_no, member in ((1, "M4"), (2, "M5")):
        station.set_tally("votes_C1", 1, entry=entry_no, actor=member, reason="recount")
        station.set_tally("votes_against_all", 2, entry=entry_no, actor=member, reason="recount")
    station.record_present(["M1", "M2", "M3", "M4", "M5"], actor="M3")
    station.finalise_protocol(actor="M1", passphrase=COMMISSION)
    second = export(station, tmp_path, "b")
    outcome = desk.import_bundles([("v2", second)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0]
    assert (outcome.status, outcome.protocol_version, outcome.supersedes) == ("accepted", 2, 1)
    summary = desk.summary()
    assert summary.totals["votes_C1"] == 1
    assert any(f.code == "precinct-amended" for f in summary.flags)
    assert [r.protocol_version for r in desk.accepted(summary.election_id)] == [1, 2]
    assert "1002" in summary.missing


def test_bad_inputs_name_file_row_and_field_and_write_nothing(desk, tmp_path):
    voters = tmp_path / "voters"
    voters.mkdir()
    write_demo_voter_list(voters / "1001.csv", 10, ELECTION_DATE)
    precincts = precincts_document(("1001", "1002"))
    del precincts["precincts"][1]["members"]
    with pytest.raises(InputRejected) as rejected:
        desk.issue_packages(election_document(), precincts, {"1001": voters / "1001.csv"}, out_dir=tmp_path / "out",
                            acts_dir=tmp_path / "acts", passphrase=DISTRICT_PASSPHRASE, actor="district",
                            handover_cost=2**10)
    assert ("precincts.json", 2, "members") in {(p.file, p.row, p.field) for p in rejected.value.problems}
    assert not (tmp_path / "out").exists() and not (tmp_path / "acts").exists()
    with pytest.raises(RuleRefused) as same_folder:
        desk.issue_packages(election_document(), precincts_document(("1001",)), {"1001": voters / "1001.csv"},
                            out_dir=tmp_path / "out", acts_dir=tmp_path / "out", passphrase=DISTRICT_PASSPHRASE,
                            actor="district")
    assert same_folder.value.code == "acts-folder-unsafe"


def test_district_keys_backup_and_restore(desk, tmp_path, clock):
    backup = desk.key_backup()
    assert b"BEGIN CERTIFICATE" in backup and b"PRIVATE KEY" not in backup
    other = DistrictDesk.open(tmp_path / "spare-district.db", clock, key_cost=TEST_KEY_COST)
    with pytest.raises(WrongPassphrase):
        other.key_restore(backup, "wrong passphrase entirely")
    assert other.store.count("district_keys") == 0
    restored = other.key_restore(backup, DISTRICT_PASSPHRASE)
    assert restored.fingerprint == certificate_fingerprint(desk.signing_certificate())
    assert other.signing_certificate() == desk.signing_certificate()
    other.unlock(DISTRICT_PASSPHRASE)
    other.store.close()


def test_station_and_district_databases_do_not_mix(tmp_path, desk):
    with pytest.raises(BadInput) as refused:
        open_store(desk.store.path, writable=False, kind="station")
    assert refused.value.code == "database-other-kind"


def test_bundle_of_another_election_is_refused(desk, issued, tmp_path, clock):
    station = precinct_day(tmp_path, clock, issued, "1001")
    bundle = export(station, tmp_path, "a")
    from akimdesk.bundle.format import read_bundle, write_bundle
    from akimdesk.signing.keys import generate_private_key, issue_precinct_certificate

    genuine = read_bundle(bundle, desk.signing_certificate())
    signing_key, _ = desk.unlock(DISTRICT_PASSPHRASE)
    key = generate_private_key()
    other_election = "0" * 64
    certificate = issue_precinct_certificate(signing_key, desk.signing_certificate(), key.public_key(),
                                             election_id=other_election, precinct_number="1001", precinct_name="x")
    manifest = {k: v for k, v in genuine.manifest.items() if k not in ("parts", "format", "format_version")}
    forged = write_bundle(dict(manifest, election_id=other_election), dict(genuine.parts), key, certificate)
    before = list(desk.store.db.conn.iterdump())
    outcome = desk.import_bundles([("other", forged)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0]
    assert (outcome.status, outcome.code) == ("refused", "bundle-other-election")
    assert list(desk.store.db.conn.iterdump()) == before


def test_restored_laptop_continues_and_the_district_accepts(desk, issued, tmp_path, clock):
    entry = next(i for i in issued.issued if i.precinct == "1001")
    clock.set("06:30")
    station = Station(open_store(tmp_path / "lost.db", writable=True), clock, key_cost=TEST_KEY_COST)
    station.load_election(open(entry.package, "rb").read(), fingerprint=issued.fingerprint, actor="M1",
                          one_time_passphrase=act_secrets(entry.act), new_passphrase=COMMISSION)
    clock.set("07:30")
    station.open_station(actor="M1", ballots_received=60)
    voters = [v.iin for v in station.find_voters("а", limit=10)]
    clock.set("14:00")
    for iin in voters[:3]:
        station.check_in(iin, actor="M4")
    backup = station.backup(tmp_path / "backups", passphrase=COMMISSION)
    station.store.close()  # 15:00: the laptop is lost
    clock.set("15:30")
    spare = restore_station(open(backup.file, "rb").read(), COMMISSION, tmp_path / "spare.db", clock,
                            key_cost=TEST_KEY_COST)
    for iin in voters[3:6]:
        spare.check_in(iin, actor="M5")
    clock.set("20:00")
    spare.close_station(actor="M1")
    counts = {"ballots_cancelled": 54, "ballots_found_mobile": 0, "ballots_found_station": 6, "ballots_unofficial": 0,
              "ballots_invalid": 0, "ballots_valid": 6, "votes_C1": 3, "votes_C2": 2, "votes_C3": 0,
              "votes_against_all": 1}
    for key, value in counts.items():
        spare.set_tally(key, value, entry=1, actor="M4")
        spare.set_tally(key, value, entry=2, actor="M5")
    spare.record_present(["M1", "M2", "M3", "M4", "M5"], actor="M3")
    spare.finalise_protocol(actor="M1", passphrase=COMMISSION)
    bundle = export(spare, tmp_path, "stick")
    outcome = desk.import_bundles([("spare", bundle)], passphrase=DISTRICT_PASSPHRASE, actor="district")[0]
    assert (outcome.status, outcome.sequence) == ("accepted", 1001)
    summary = desk.summary()
    assert summary.totals["ballots_issued_station"] == 6
    assert not [f for f in summary.flags if f.code == "precinct-recount-differs"]


def flattened(text: str) -> str:
    """Extracted text with every run of white space (line breaks inside table cells too) as one space."""
    return " ".join(text.split())


def precinct_flags(summary, number):
    return [(f.code, dict(f.params)) for f in summary.flags if f.params.get("precinct") == number]


def test_import_reports_progress_and_refuses_an_unreadable_file_on_its_own(desk, tmp_path):
    seen = []
    files = [("junk.akb", b"not a bundle"), ("gone.akb", partial(read_bytes, str(tmp_path / "gone.akb"))),
             ("later.akb", lambda: b"read when its turn came")]
    outcomes = desk.import_bundles(files, passphrase=DISTRICT_PASSPHRASE, actor="district",
                                   progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [(o.file, o.status, o.code) for o in outcomes] == [
        ("junk.akb", "refused", "bundle-unreadable"), ("gone.akb", "refused", "file-unreadable"),
        ("later.akb", "refused", "bundle-unreadable")]
    assert outcomes[1].params["file"] == str(tmp_path / "gone.akb")
    seen.clear()
    with pytest.raises(WrongPassphrase):
        desk.import_bundles(files, passphrase="not the district passphrase", actor="district",
                            progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3)]


def test_two_protocols_under_one_version_leave_the_precinct_conflicting_and_uncounted(desk, issued, tmp_path,
                                                                                       clock):
    first, second = rival_protocols(tmp_path, clock, issued, "1001")
    other = export(precinct_day(tmp_path, clock, issued, "1002", checkins=8), tmp_path, "stick-1002")
    outcomes = desk.import_bundles([("a", first), ("b", second), ("c", other)], passphrase=DISTRICT_PASSPHRASE,
                                   actor="district")
    # The spare laptop's bundle is newer, but its version 1 replaces no protocol: it contradicts the first.
    assert [(o.status, o.protocol_version, o.supersedes) for o in outcomes] == [("accepted", 1, None)] * 3

    summary = desk.summary()
    assert summary.reported == ("1002",) and summary.missing == ()
    totals = summary.totals
    assert (totals["votes_C1"], totals["votes_C2"], totals["ballots_found_station"]) == (2, 4, 8)  # 1002 alone
    assert precinct_flags(summary, "1001") == [("precinct-version-conflict", {"precinct": "1001", "version": 1})]
    assert [(s.precinct, s.status, s.is_counted) for s in desk.precinct_standings()] == [
        ("1001", "conflicting", False), ("1002", "received", True)]

    paper = summary_paper(desk)
    assert [(p.number, p.status) for p in paper.precincts] == [("1001", "conflict"), ("1002", "accepted")]
    assert {line.key: line.total for line in paper.lines} == summary.totals
    text = flattened(text_of(desk.report_pdf()))
    for language in ("kk", "ru"):
        assert render("pdf-status-conflict", None, language) in text
        assert render("pdf-conflicts-not-counted", {"precincts": "1001"}, language) in text
        assert render("precinct-version-conflict", {"precinct": "1001", "version": 1}, language) in text
        assert render("precinct-missing", {"precinct": "1001"}, language) not in text
    assert render("pdf-precinct-counts", {"total": 2, "accepted": 1, "missing": 0, "conflict": 1}, "ru") in text


def test_two_bundles_under_one_number_leave_the_precinct_conflicting_and_uncounted(desk, issued, tmp_path, clock):
    first, second = cloned_bundles(tmp_path, clock, issued, "1001")
    outcomes = desk.import_bundles([("a", first), ("b", second)], passphrase=DISTRICT_PASSPHRASE, actor="district")
    assert [(o.status, o.sequence) for o in outcomes] == [("accepted", 1), ("conflict", 1)]

    summary = desk.summary()
    assert summary.reported == () and summary.missing == ("1002",)
    assert summary.totals.get("votes_C1", 0) == 0 and summary.leader is None
    assert precinct_flags(summary, "1001") == [("precinct-bundle-conflict", {"precinct": "1001", "sequences": (1,)})]
    assert [(s.precinct, s.status) for s in desk.precinct_standings()] == [("1001", "conflicting"),
                                                                         ("1002", "missing")]
    text = flattened(text_of(desk.report_pdf()))
    for language in ("kk", "ru"):
        assert render("pdf-conflicts-not-counted", {"precincts": "1001"}, language) in text
        assert render("precinct-bundle-conflict", {"precinct": "1001", "sequences": "1"}, language) in text
    assert render("pdf-precinct-counts", {"total": 2, "accepted": 0, "missing": 1, "conflict": 1}, "kk") in text


def test_the_district_issues_a_ballot_whose_surnames_begin_one_another(desk, tmp_path):
    # Word by word, "Ахметов Б." comes before "Ахметова А." (letter by letter with the space it did not).
    document = election_document()
    names = ("Ахметов Б.", "Ахметова А.", "Әбдіров Н.")
    for candidate, name in zip(document["candidates"], names, strict=True):
        candidate["name"] = {"kk": name, "ru": name}
    voters = tmp_path / "voters"
    voters.mkdir()
    write_demo_voter_list(voters / "1001.csv", 10, ELECTION_DATE)
    issued = desk.issue_packages(document, precincts_document(("1001",)), {"1001": voters / "1001.csv"},
                                 out_dir=tmp_path / "out", acts_dir=tmp_path / "acts", passphrase=DISTRICT_PASSPHRASE,
                                 actor="district", handover_cost=2**10)
    assert [entry.precinct for entry in issued.issued] == ["1001"]


EXPORT_FOREVER = """
import datetime as dt, sys
from pathlib import Path
from akimdesk.bundle.usb import FolderDrive
from akimdesk.station import Station
from akimdesk.storage.store import open_store
station = Station(open_store(Path(sys.argv[1]), writable=True), lambda: dt.datetime.now(dt.timezone.utc))
print("ready", flush=True)
while True:
    result = station.export_bundle(FolderDrive(Path(sys.argv[2])), actor="M1", passphrase=sys.argv[3])
    print(result.sequence, flush=True)
"""


@pytest.mark.slow
def test_an_export_killed_at_any_moment_never_gives_the_district_two_bundles_under_one_number(
        desk, issued, tmp_path, clock):
    import random
    import subprocess
    import sys
    import time

    station = precinct_day(tmp_path, clock, issued, "1001")
    database = station.store.path
    station.store.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    rng = random.Random(20261208)
    finished = 0
    for _ in range(10):
        child = subprocess.Popen([sys.executable, "-c", EXPORT_FOREVER, str(database), str(stick), COMMISSION],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.6))  # the power goes at a random point of an export
        child.kill()
        out, _ = child.communicate(timeout=30)
        finished += len(out.split())
    files = [(p.name, p.read_bytes()) for p in sorted(stick.rglob("*")) if p.is_file()]
    outcomes = desk.import_bundles(files, passphrase=DISTRICT_PASSPHRASE, actor="district")
    assert finished and sum(o.status == "accepted" for o in outcomes) >= 1
    assert not [o for o in outcomes if o.status == "conflict"]
    assert desk.conflicts(issued.election_id) == ()
    # A number a killed export had reserved is skipped, never written twice: one file per number on the stick.
    numbers = [int(re.search(r"-s(\d+)-", name).group(1)) for name, _ in files if name.endswith(".akb")]
    assert len(numbers) == len(set(numbers))
