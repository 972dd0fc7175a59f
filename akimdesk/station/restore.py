"""Restoring a backup on a spare laptop: open it (slow, no database), then create the new desk in one step."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed
from akimdesk.core.message import os_error_message
from akimdesk.core.timeline import utc_text
from akimdesk.station.export_outcomes import RestoreOutcome, RestoreWork

__all__ = ["RESTORE_SEQUENCE_GAP", "SET_ASIDE_SUFFIX", "RestoreOutcome", "RestorePlan", "RestoreWork", "plan_restore",
           "put_in_place_of_empty_station", "record_restore", "record_restore_beside", "restore_from_file",
           "restore_outcome", "work_restore"]

# A restored laptop cannot know what the lost one exported after its last backup: it jumps ahead.
RESTORE_SEQUENCE_GAP = 1000


def work_restore(data: bytes, passphrase: str) -> RestoreWork:
    """Open the backup with the commission passphrase (slow: scrypt); touches no database."""
    from akimdesk.bundle.backup import open_backup_with_key

    header, database, key, envelope = open_backup_with_key(data, passphrase)
    return RestoreWork(election_id=header.election_id, audit_head=header.audit_head,
                       sequence_floor=header.sequence_floor, database=database, key=key, key_envelope=envelope)


def record_restore(work: RestoreWork, target: Path, clock: Any, *, key_cost: int | None = None) -> Any:
    """Write the restored database to `target` (which must not hold one), check it and make it a new desk."""
    from akimdesk.atomic import write_atomically
    from akimdesk.station import Station
    from akimdesk.storage.store import open_store

    target = Path(target)
    if target.exists() and target.stat().st_size > 0:
        raise RuleRefused("database-exists", file=str(target))
    write_atomically(target, work.database)
    options = {} if key_cost is None else {"key_cost": key_cost}
    station = Station(open_store(target, writable=True), clock, **options)
    try:
        station.verify_audit(work.audit_head)
        if station.election().election_id != work.election_id:
            raise VerificationFailed("backup-altered")
        old_device = station.device_id
        new_device = uuid.uuid4().hex
        floor = work.sequence_floor + RESTORE_SEQUENCE_GAP
        with station._writing():
            station.store.set_setting("device_id", new_device)
            station.store.set_setting("sequence_floor", str(floor))
            if not station.store.setting("backup_key") and work.key:
                # A first backup is sealed before its key is recorded: the spare laptop keeps the same key.
                station.store.set_setting("backup_key", work.key.hex())
                station.store.set_setting("backup_key_envelope", json.dumps(work.key_envelope))
            station._audit("database-restored", "system", utc_text(clock()), [],
                           {"old_device_id": old_device, "new_device_id": new_device,
                            "backup_audit_head": work.audit_head, "sequence_floor": floor})
    except BaseException:
        station.store.close()
        raise
    return station


def restore_outcome(station: Any) -> RestoreOutcome:
    """What a restore reports: the new database, the new desk id, the state and the audit head."""
    return RestoreOutcome(database=str(station.store.path), device_id=station.device_id, state=str(station.state()),
                          audit_head=station.audit_head())


def restore_from_file(data: bytes, passphrase: str, target: Path, clock: Any, *,
                      key_cost: int | None = None) -> RestoreOutcome:
    """Restore a backup into `target` and report it; the new database is closed again."""
    station = record_restore(work_restore(data, passphrase), target, clock, key_cost=key_cost)
    try:
        return restore_outcome(station)
    finally:
        station.store.close()


# The empty database the spare laptop started with is kept beside the restored one, never deleted.
SET_ASIDE_SUFFIX = ".before-restore"
_SQLITE_SIDE_FILES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class RestorePlan:
    """Where a restore on this (empty) desk writes the restored database first, and the key cost it keeps."""

    database: Path
    staging: Path
    key_cost: int


def plan_restore(station: Any) -> RestorePlan:
    """Plan a restore onto the desk's empty database (refused when it already holds an election)."""
    target = Path(station.store.path)
    if station.has_election():
        raise RuleRefused("database-exists", file=str(target))
    staging = target.with_name(f"{target.stem}-restoring-{uuid.uuid4().hex[:8]}{target.suffix}")
    return RestorePlan(database=target, staging=staging, key_cost=station.key_cost)


def record_restore_beside(plan: RestorePlan, work: RestoreWork, clock: Any) -> RestoreOutcome:
    """Restore into the plan's new file beside the desk's database and close it again (nothing replaced yet)."""
    try:
        restored = record_restore(work, plan.staging, clock, key_cost=plan.key_cost)
    except BaseException:
        _remove_quietly(plan.staging)
        raise
    outcome = restore_outcome(restored)
    restored.store.close()
    Path(f"{plan.staging}.lock").unlink(missing_ok=True)
    return outcome


def put_in_place_of_empty_station(empty: Any, plan: RestorePlan, clock: Any, adopt: Callable[[Any], None]) -> Any:
    """Close the desk's empty database, set it aside, and open the restored file under its name.

    `adopt` is given the station the desk works on from now: the restored one, or the empty one reopened
    when the files could not be moved (and the refusal is raised after)."""
    from akimdesk.station import Station
    from akimdesk.storage.store import open_store

    target = plan.database
    if empty.has_election():
        _remove_quietly(plan.staging)
        raise RuleRefused("database-exists", file=str(target))
    empty.store.close()
    moved: list[str] = []
    try:
        for suffix in _SQLITE_SIDE_FILES:
            if Path(f"{target}{suffix}").exists():
                os.replace(f"{target}{suffix}", f"{target}{SET_ASIDE_SUFFIX}{suffix}")
                moved.append(suffix)
        os.replace(plan.staging, target)
    except OSError as exc:
        for suffix in moved:
            os.replace(f"{target}{SET_ASIDE_SUFFIX}{suffix}", f"{target}{suffix}")
        adopt(Station(open_store(target, writable=True), clock, key_cost=plan.key_cost))
        raise BadInput("file-unwritable", file=str(target), reason=os_error_message(exc)) from None
    station = Station(open_store(target, writable=True), clock, key_cost=plan.key_cost)
    adopt(station)
    return station


def _remove_quietly(database: Path) -> None:
    for suffix in (*_SQLITE_SIDE_FILES, ".lock"):
        try:
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        except OSError:
            pass
