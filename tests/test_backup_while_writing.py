"""A backup sealed on another thread while check-ins go on is one consistent moment of the record."""

from __future__ import annotations

import threading

from akimdesk.bundle.backup import BackupHeader
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.station import Station
from akimdesk.station.exports import read_backup, seal_backup, write_backup
from akimdesk.storage.store import open_store
from tests.conftest import CHAIR, ISSUER


def opened_copy(tmp_path, data: bytes, clock) -> tuple[BackupHeader, Station]:
    header, database = read_backup(data, DEMO_PASSPHRASE)
    path = tmp_path / "copy.db"
    path.write_bytes(database)
    return header, Station(open_store(path, writable=False), clock)


def test_a_backup_sealed_during_check_ins_holds_the_head_of_its_own_snapshot(open_station, voter_iins, clock,
                                                                           tmp_path):
    clock.set("09:00")
    open_station.backup(tmp_path / "first", actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    plan = open_station.plan_backup(tmp_path / "stick")
    sealed = []
    thread = threading.Thread(target=lambda: sealed.append(write_backup(seal_backup(plan))))
    thread.start()
    issued = 0
    for iin in voter_iins[:40]:
        open_station.check_in(iin, actor=ISSUER)
        issued += 1
    thread.join()
    written = sealed[0]
    open_station.record_backup(written)

    header, copy = opened_copy(tmp_path, written.path.read_bytes(), clock)
    assert header.audit_head == written.audit_head
    # The copy's own chain verifies and ends exactly at the head its header names: no event half in.
    assert copy.verify_audit().head == header.audit_head
    assert 0 <= copy.turnout().issued_station <= issued
    assert open_station.verify_audit().head == open_station.audit_head()
    copy.store.close()


def test_a_backup_planned_before_a_check_in_holds_that_check_in(open_station, voter_iins, clock, tmp_path):
    clock.set("09:00")
    open_station.backup(tmp_path / "first", actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    plan = open_station.plan_backup(tmp_path / "stick")
    open_station.check_in(voter_iins[0], actor=ISSUER)
    written = write_backup(seal_backup(plan))
    header, copy = opened_copy(tmp_path, written.path.read_bytes(), clock)
    assert copy.voter(voter_iins[0]).ballot is not None
    assert header.audit_head == open_station.audit_head()
    copy.store.close()
