"""The station file: one writer at a time, readers beside it, damage reported, migrations applied."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlite_utils import Database

from akimdesk.core.errors import RuleRefused, VerificationFailed
from akimdesk.storage.migrations import LATEST_VERSION, migrations, schema_version
from akimdesk.storage.store import open_store

HOLD_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from akimdesk.storage.store import open_store
    store = open_store(Path(sys.argv[1]), writable=True)
    print("holding", flush=True)
    time.sleep(120)
    """
)


def test_second_writer_refused_reader_allowed_and_lock_freed_when_holder_killed(setup_station, db_path):
    setup_station.store.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(RuleRefused) as refused:
            open_store(db_path, writable=True)
        assert refused.value.code == "database-in-use"
        assert refused.value.params["file"] == str(db_path)
        reader = open_store(db_path, writable=False)
        assert reader.count("voters") == 200
        reader.close()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        writer = open_store(db_path, writable=True)
        assert writer.is_writable
        writer.close()
    finally:
        holder.kill()
        holder.wait()


def test_reader_never_writes(setup_station, db_path):
    setup_station.store.close()
    reader = open_store(db_path, writable=False)
    with pytest.raises(RuleRefused) as refused:
        with reader.transaction():
            pass
    assert refused.value.code == "database-read-only"
    with pytest.raises(sqlite3.OperationalError):
        reader.db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    reader.close()


def test_garbage_file_reported_as_damaged(tmp_path):
    path = tmp_path / "station.db"
    path.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(VerificationFailed) as failed:
        open_store(path, writable=True)
    assert failed.value.code == "database-damaged"
    assert failed.value.params["file"] == str(path)


def test_damaged_page_reported_not_used(setup_station, db_path):
    setup_station.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    setup_station.store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 12 * page), page):
        data[offset + 8: offset + 200] = os.urandom(192)
    db_path.write_bytes(bytes(data))
    for writable in (True, False):
        with pytest.raises(VerificationFailed) as failed:
            open_store(db_path, writable=writable)
        assert failed.value.code == "database-damaged"


def test_missing_file_for_reader(tmp_path):
    with pytest.raises(Exception) as failed:
        open_store(tmp_path / "none.db", writable=False)
    assert getattr(failed.value, "code", None) == "database-missing"
    assert not (tmp_path / "none.db").exists()


def test_each_migration_upgrades_a_database_of_the_previous_schema(tmp_path):
    names = [m.name for m in migrations.pending(Database(memory=True))]
    assert len(names) == LATEST_VERSION
    for index, name in enumerate(names):
        path = tmp_path / f"before-{name}.db"
        older = Database(path, strict=True)
        migrations.apply(older, stop_before=name)
        assert schema_version(older) == index
        older.conn.close()
        store = open_store(path, writable=True)
        assert schema_version(store.db) == LATEST_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        strict = {r[0] for r in store.db.execute("SELECT name FROM pragma_table_list WHERE strict = 1")}
        assert {"voters", "check_ins", "audit_events"} <= strict
        store.close()


def test_append_only_tables_refuse_update_and_delete(open_station, voter_iins):
    from tests.conftest import ISSUER

    open_station.check_in(voter_iins[0], actor=ISSUER)
    for statement in ("UPDATE check_ins SET member_id = 'M5'", "DELETE FROM check_ins",
                      "DELETE FROM audit_events", "UPDATE voters SET surname = 'x'"):
        with pytest.raises(sqlite3.IntegrityError):
            open_station.store.db.execute(statement)
    assert open_station.store.count("check_ins") == 1


def test_a_foundation_database_with_a_day_recorded_upgrades_and_counts(tmp_path, clock):
    """tests/fixtures/station-schema-1.db was written by the foundation's code (schema 1): demo
    election, 40 voters, opened, 5 check-ins, closed at 20:01."""
    import shutil
    from pathlib import Path

    from akimdesk.demo import DEMO_PASSPHRASE
    from akimdesk.station import Station

    path = tmp_path / "station.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "station-schema-1.db", path)
    older = Database(path)
    assert schema_version(older) == 1
    older.conn.close()
    clock.set("21:00")
    station = Station(open_store(path, writable=True), clock)
    assert schema_version(station.store.db) == LATEST_VERSION
    assert station.verify_audit().events == 10
    assert station.state() == "closed" and station.turnout().issued_station == 5
    sheet = station.tally_sheet()
    assert sheet.line("ballots_issued_station").value == 5 and sheet.line("voters_listed").value == 40
    counts = {"ballots_cancelled": 45, "ballots_found_mobile": 0, "ballots_found_station": 5,
              "ballots_unofficial": 0, "ballots_invalid": 0, "ballots_valid": 5, "votes_C1": 2, "votes_C2": 2,
              "votes_C3": 0, "votes_against_all": 1}
    for key, value in counts.items():
        station.set_tally(key, value, entry=1, actor="M4")
        station.set_tally(key, value, entry=2, actor="M5")
    station.record_present(["M1", "M2", "M3", "M4", "M5"], actor="M3")
    assert station.finalise_protocol(actor="M1", passphrase=DEMO_PASSPHRASE).version == 1
    assert station.verify_audit().events == 10 + 1 + 20 + 1 + 1
    station.store.close()
