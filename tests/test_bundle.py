"""The sync bundle and the backups: signed, sealed, every byte checked, nothing personal in clear."""

from __future__ import annotations

import io
import json
import random
import zipfile

import pytest

from akimdesk.bundle.format import read_bundle, write_bundle
from akimdesk.bundle.usb import FolderDrive
from akimdesk.core.errors import RuleRefused, VerificationFailed, WrongPassphrase
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.signing.envelope import open_sealed
from akimdesk.signing.keys import generate_private_key, issue_precinct_certificate
from akimdesk.station.exports import read_backup, restore_station
from tests.conftest import BALANCED_COUNT, CHAIR, ISSUER, ISSUER_2, SECRETARY, enter_count

PRESENT = ["M1", "M2", "M3", "M4", "M5", "M7"]


@pytest.fixture
def finalised_station(closed_station, clock):
    enter_count(closed_station, BALANCED_COUNT)
    closed_station.record_present(PRESENT, actor=SECRETARY)
    clock.set("23:00")
    closed_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    return closed_station


@pytest.fixture
def exported(finalised_station, tmp_path, district):
    drive = FolderDrive(tmp_path / "stick")
    result = finalised_station.export_bundle(drive, actor=SECRETARY, passphrase=DEMO_PASSPHRASE)
    return finalised_station, result, (tmp_path / "stick" / result.file.split("/")[-1]).read_bytes()


def unpacked_text(bundle: bytes) -> str:
    """Every part of the bundle, decompressed, as text (binary parts decoded leniently)."""
    body = bundle[24:-64]
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_export_writes_a_verified_bundle_and_records_it(exported, district):
    station, result, data = exported
    assert result.safe_to_remove and result.sequence == 1
    bundle = read_bundle(data, district[1])
    manifest = bundle.manifest
    assert (manifest["precinct"], manifest["sequence"], manifest["protocol_versions"]) == ("1001", 1, [1])
    assert manifest["latest_protocol"]["protocol_hash"] == station.store.protocol(1)["protocol_hash"]
    assert bundle.parts["protocol/v1.pdf"] == station.store.protocol(1)["signed_pdf"]
    assert len(bundle.json_part("events.json")["check_ins"]) == 7
    assert station.store.last_audit_event().kind == "bundle-exported"
    assert result.file.endswith(".akb") and "p1001-v1-s1-" in result.file


def test_sequence_only_grows(exported, tmp_path):
    station, first, _ = exported
    second = station.export_bundle(FolderDrive(tmp_path / "stick2"), actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    assert second.sequence == first.sequence + 1


def test_no_iin_or_surname_in_clear(exported, voter_iins, district_encryption):
    station, _, data = exported
    text = unpacked_text(data)
    voted = [v for v in (station.voter(iin) for iin in voter_iins[:12]) if v.ballot or v.voter_id]
    for voter in voted:
        assert voter.iin not in text and voter.iin.encode() not in data
        assert voter.surname not in text
    personal = json.loads(open_sealed(read_bundle(data, station._district_certificate()).parts["personal.cms"],
                                      district_encryption[1], district_encryption[0]))
    iins = {v["iin"] for v in personal["voters"]}
    assert set(voter_iins[:6]) | {voter_iins[10], voter_iins[11]} <= iins


def test_single_byte_flips_anywhere_fail(exported, district):
    _, _, data = exported
    rng = random.Random(4)
    offsets = sorted(set(rng.randrange(len(data)) for _ in range(180)) | set(range(0, 24)) | set(
        range(len(data) - 64, len(data), 3)))
    assert len(offsets) >= 200
    for offset in offsets:
        flipped = bytearray(data)
        flipped[offset] ^= 1 << rng.randrange(8)
        with pytest.raises(VerificationFailed):
            read_bundle(bytes(flipped), district[1])


def test_foreign_bundles_refused(exported, district, demo_package):
    station, _, data = exported
    from akimdesk.signing.keys import make_district_certificate

    other_key = generate_private_key()
    with pytest.raises(VerificationFailed) as other_district:
        read_bundle(data, make_district_certificate(other_key, "Басқа аудан"))
    assert other_district.value.code == "bundle-other-district"
    # Another precinct of the same district signs a bundle claiming to be precinct 1001.
    bundle = read_bundle(data, district[1])
    neighbour_key = generate_private_key()
    neighbour = issue_precinct_certificate(district[0], district[1], neighbour_key.public_key(),
                                           election_id=bundle.manifest["election_id"], precinct_number="1002",
                                           precinct_name="Көрші")
    manifest = {k: v for k, v in bundle.manifest.items() if k not in ("parts", "format", "format_version")}
    forged = write_bundle(manifest, dict(bundle.parts), neighbour_key, neighbour)
    with pytest.raises(VerificationFailed) as impostor:
        read_bundle(forged, district[1])
    assert impostor.value.code == "bundle-certificate-mismatch"


def test_export_needs_a_finalised_protocol_and_the_passphrase(closed_station, finalised_station, tmp_path):
    with pytest.raises(WrongPassphrase):
        finalised_station.export_bundle(FolderDrive(tmp_path / "s"), actor=CHAIR, passphrase="wrong wrong wrong")
    assert finalised_station.store.count("exports") == 0


def test_export_refused_before_finalising(closed_station, tmp_path):
    with pytest.raises(RuleRefused) as refused:
        closed_station.export_bundle(FolderDrive(tmp_path / "s"), actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    assert refused.value.code == "protocol-not-finalised"


def test_laptop_lost_at_15_restore_and_go_on(open_station, voter_iins, clock, tmp_path, district):
    for i, hhmm in enumerate(("09:00", "11:00", "14:30")):
        clock.set(hhmm)
        open_station.check_in(voter_iins[i], actor=ISSUER)
    clock.set("14:45")
    backup = open_station.backup(tmp_path / "backups", passphrase=DEMO_PASSPHRASE)
    backup_bytes = open(backup.file, "rb").read()
    for iin in voter_iins[:20]:
        assert iin not in backup_bytes.decode("latin-1")
        assert open_station.voter(iin).surname.encode() not in backup_bytes
    old_device = open_station.device_id
    open_station.store.close()  # 15:00: the laptop is gone

    with pytest.raises(WrongPassphrase):
        read_backup(backup_bytes, "not the passphrase at all")
    altered = bytearray(backup_bytes)
    altered[-100] ^= 1
    with pytest.raises(VerificationFailed) as refused:
        read_backup(bytes(altered), DEMO_PASSPHRASE)
    assert refused.value.code == "backup-altered"

    clock.set("15:20")
    spare = restore_station(backup_bytes, DEMO_PASSPHRASE, tmp_path / "spare.db", clock, key_cost=2**12)
    assert spare.device_id != old_device and spare.state() == "open"
    assert spare.voter(voter_iins[2]).ballot is not None
    result = spare.check_in(voter_iins[3], actor=ISSUER_2)
    assert result.device_id == spare.device_id and result.device_seq == 1
    assert spare.turnout().issued == 4
    spare.verify_audit()
    clock.set("20:00")
    spare.close_station(actor=CHAIR)
    enter_count(spare, dict(BALANCED_COUNT, ballots_cancelled=200, ballots_found_mobile=0, ballots_found_station=4,
                            ballots_valid=3, votes_C1=1, votes_C2=1, votes_against_all=1, ballots_invalid=1))
    spare.record_present(PRESENT, actor=SECRETARY)
    spare.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    exported = spare.export_bundle(FolderDrive(tmp_path / "stick"), actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    assert exported.sequence == 1001
    data = open(exported.file, "rb").read()
    bundle = read_bundle(data, district[1])
    devices = {e["device_id"] for e in bundle.json_part("events.json")["check_ins"]}
    assert devices == {old_device, spare.device_id}


def test_restore_refuses_to_overwrite_a_database(open_station, tmp_path, clock):
    backup = open_station.backup(tmp_path / "b", passphrase=DEMO_PASSPHRASE)
    with pytest.raises(RuleRefused) as refused:
        restore_station(open(backup.file, "rb").read(), DEMO_PASSPHRASE, open_station.store.path, clock)
    assert refused.value.code == "database-exists"


def test_automatic_backup_when_due(open_station, tmp_path, clock):
    assert open_station.backup_if_due() is None
    open_station.backup(tmp_path / "b", passphrase=DEMO_PASSPHRASE)
    open_station.configure_backups(tmp_path / "auto", 10)
    clock.set("07:35")
    assert open_station.backup_if_due() is None  # the 07:30 backup is recent enough
    clock.set("07:41")
    assert open_station.backup_if_due().file.startswith(str(tmp_path / "auto"))
    clock.set("07:45")
    assert open_station.backup_if_due() is None
    clock.set("07:52")
    assert open_station.backup_if_due() is not None
    assert open_station.store.count("backups") == 3
    open_station.verify_audit()


def test_a_reserved_sequence_number_is_never_used_again(finalised_station, tmp_path):
    # The laptop dies after the number is reserved and before the bundle is recorded: the next export moves on.
    assert finalised_station.reserve_bundle_sequence(actor=SECRETARY) == 1
    assert finalised_station.store.last_audit_event().kind == "bundle-sequence-reserved"
    exported = finalised_station.export_bundle(FolderDrive(tmp_path / "s"), actor=SECRETARY,
                                               passphrase=DEMO_PASSPHRASE)
    assert exported.sequence == 2


def test_recording_the_same_bundle_twice_is_refused(finalised_station, tmp_path):
    from akimdesk.station.exports import work_bundle_export

    plan = finalised_station.plan_bundle_export(finalised_station.reserve_bundle_sequence(actor=SECRETARY),
                                                actor=SECRETARY)
    work = work_bundle_export(plan, DEMO_PASSPHRASE, FolderDrive(tmp_path / "s"))
    finalised_station.record_bundle_export(work, actor=SECRETARY)
    head = finalised_station.audit_head()
    with pytest.raises(RuleRefused) as refused:
        finalised_station.record_bundle_export(work, actor=SECRETARY)
    assert refused.value.code == "plan-outdated" and finalised_station.audit_head() == head


def test_an_unreserved_sequence_number_cannot_be_planned(finalised_station):
    with pytest.raises(RuleRefused) as refused:
        finalised_station.plan_bundle_export(1, actor=SECRETARY)
    assert refused.value.code == "plan-outdated"


def test_the_bundle_work_reads_nothing_from_the_database(finalised_station, tmp_path, district):
    from akimdesk.station.exports import work_bundle_export

    plan = finalised_station.plan_bundle_export(finalised_station.reserve_bundle_sequence(actor=SECRETARY),
                                                actor=SECRETARY)
    finalised_station.store.close()  # the work runs on a thread that has no connection
    work = work_bundle_export(plan, DEMO_PASSPHRASE, FolderDrive(tmp_path / "s"))
    assert read_bundle(work.path.read_bytes(), district[1]).manifest["sequence"] == plan.sequence


def test_a_backup_header_names_its_format_and_a_later_version_is_refused(open_station, tmp_path):
    from akimdesk.bundle.backup import BACKUP_FORMAT_VERSION, BACKUP_HEADER_FIELDS, BACKUP_MAGIC

    data = open(open_station.backup(tmp_path / "b", passphrase=DEMO_PASSPHRASE).file, "rb").read()
    start = len(BACKUP_MAGIC) + 4
    size = int.from_bytes(data[len(BACKUP_MAGIC):start], "big")
    header = json.loads(data[start:start + size])
    assert sorted(header) == sorted(BACKUP_HEADER_FIELDS) and header["format_version"] == BACKUP_FORMAT_VERSION
    later = json.dumps({**header, "format_version": 2}, sort_keys=True, separators=(",", ":")).encode()
    altered = BACKUP_MAGIC + len(later).to_bytes(4, "big") + later + data[start + size:]
    with pytest.raises(VerificationFailed) as refused:
        read_backup(altered, DEMO_PASSPHRASE)
    assert (refused.value.code, refused.value.params["version"]) == ("backup-version-unsupported", "2")


def test_a_spare_laptop_restored_from_the_first_backup_backs_up_without_the_passphrase(open_station, tmp_path,
                                                                                      clock):
    first = open_station.backup(tmp_path / "b", passphrase=DEMO_PASSPHRASE)
    assert [e.kind for e in open_station.store.audit_events()][-2:] == ["backup-key-created", "backup-written"]
    spare = restore_station(open(first.file, "rb").read(), DEMO_PASSPHRASE, tmp_path / "spare.db", clock,
                            key_cost=2**12)
    try:
        again = spare.backup(tmp_path / "spare-backups")
        header, _ = read_backup(open(again.file, "rb").read(), DEMO_PASSPHRASE)
        assert header.audit_head == again.audit_head
    finally:
        spare.store.close()


def test_the_first_backup_unlocks_nothing_on_the_interface_thread(open_station, tmp_path):
    from akimdesk.station.exports import work_backup

    plan = open_station.plan_backup(tmp_path / "b", passphrase=DEMO_PASSPHRASE)
    assert plan.key is None and open_station.store.setting("backup_key") is None  # the work makes the key
    with pytest.raises(WrongPassphrase):
        work_backup(open_station.plan_backup(tmp_path / "b", passphrase="not the passphrase at all"))
    info = open_station.record_backup(work_backup(plan))
    assert open_station.store.setting("backup_key") and info.audit_head is not None
