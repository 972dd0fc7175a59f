"""Getting the record off the laptop: the signed sync bundle for the district, and encrypted backups.

Each slow action has three phases: plan (interface thread, reads), work (no database: unlock, seal, sign,
write files; any thread) and record (one transaction and its audit event, refused if the plan went stale).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk import __version__
from akimdesk.bundle import parts as bundle_parts
from akimdesk.bundle.backup import BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_MAGIC, BackupHeader
from akimdesk.bundle.export import BundleExportPlan, BundleExportWork, work_bundle_export
from akimdesk.bundle.usb import WritableDrive
from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.message import os_error_message
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import parse_utc_text, utc_text
from akimdesk.signing.keys import decrypt_private_key, seal_with_passphrase
from akimdesk.station.drives import drive_at, list_drives
from akimdesk.station.export_outcomes import (
    BackupInfo,
    BackupPlan,
    BackupWork,
    BundleExportOutcome,
    BundleReport,
)
from akimdesk.station.protocol import ProtocolActions

PERSONAL_PART = bundle_parts.PERSONAL_PART
# Kept for readers of the first release's names.
PreparedBackup = BackupWork
__all__ = ["BACKUP_FORMAT", "BACKUP_FORMAT_VERSION", "BACKUP_MAGIC", "PERSONAL_PART", "BackupPlan", "BackupWork",
           "BundleExportPlan", "BundleExportWork", "ExportActions", "PreparedBackup", "drive_at", "list_drives",
           "read_backup", "restore_station", "seal_backup", "verify_bundle_bytes", "work_backup", "work_bundle_export",
           "write_backup"]
Report = Callable[[int, int], None]


class ExportActions(ProtocolActions):
    """Bundles for the district and backups for a spare laptop."""

    # bundles
    def export_bundle(self, drive: WritableDrive, *, actor: str | None, passphrase: str) -> BundleExportOutcome:
        """Reserve a sequence number, build, sign, write, read back and record the bundle, in a row."""
        sequence = self.reserve_bundle_sequence(actor=actor)
        plan = self.plan_bundle_export(sequence, actor=actor)
        return self.record_bundle_export(work_bundle_export(plan, passphrase, drive), actor=actor)

    def reserve_bundle_sequence(self, *, actor: str | None) -> int:
        """Take the next bundle sequence number for good (one transaction), before any bundle carries it.

        A number is never used twice, even if the laptop dies between writing a bundle and recording it."""
        member = require_member(self.election(), actor, "export-bundle")
        self._finalised_versions()
        sequence = self.store.last_export_sequence() + 1
        at = utc_text(self.clock())
        with self._writing(keeps_facts=True):
            self.store.set_setting("sequence_floor", str(sequence))
            self._audit("bundle-sequence-reserved", member.member_id, at, [], {"sequence": sequence})
        return sequence

    def plan_bundle_export(self, sequence: int, *, actor: str | None) -> BundleExportPlan:
        """Read everything the bundle carries; the work is done by `work_bundle_export` off the database."""
        require_member(self.election(), actor, "export-bundle")
        if sequence > self.store.last_export_sequence() or self.store.is_sequence_exported(sequence):
            raise RuleRefused("plan-outdated", action="export-bundle")
        key_row = self.store.current_precinct_key()
        if key_row is None:
            raise RuleRefused("election-not-loaded")
        election = self.election()
        encryption_pem = election.content.get("district_encryption_certificate")
        if not encryption_pem:
            raise RuleRefused("district-encryption-certificate-missing")
        now = self.clock()
        manifest, parts, personal = self.bundle_content(sequence, utc_text(now))
        versions = manifest["protocol_versions"]
        name = (f"akimdesk-{election.election_id[:8]}-p{election.precinct_number}-v{versions[-1]}"
                f"-s{sequence}-{now.strftime('%Y%m%dT%H%M%SZ')}.akb")
        return BundleExportPlan(
            sequence=sequence, protocol_version=versions[-1],
            protocol_hash=manifest["latest_protocol"]["protocol_hash"], manifest=manifest, parts=parts,
            personal=personal, encryption_certificate_pem=str(encryption_pem),
            key_envelope=json.loads(key_row["encrypted_key"]), certificate_pem=key_row["certificate_pem"],
            district_certificate_pem=self.district_certificate_pem(), file_name=name,
            created_at=utc_text(now),
        )

    def record_bundle_export(self, work: BundleExportWork, *, actor: str | None) -> BundleExportOutcome:
        """Record the written bundle (one transaction); refused if a newer protocol was finalised meanwhile."""
        member = require_member(self.election(), actor, "export-bundle")
        plan = work.plan
        latest = self._finalised_versions()[-1]
        if latest != plan.protocol_version or self._protocol(latest)["protocol_hash"] != plan.protocol_hash \
                or self.store.is_sequence_exported(plan.sequence):
            raise RuleRefused("plan-outdated", action="export-bundle")
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("exports", {
                "sequence": plan.sequence, "device_id": self.device_id, "protocol_version": plan.protocol_version,
                "file_name": plan.file_name, "file_sha256": work.sha256, "at": at, "member_id": member.member_id,
            })
            self._audit("bundle-exported", member.member_id, at, [("exports", *row)],
                        {"sequence": plan.sequence, "protocol_version": plan.protocol_version,
                         "file_sha256": work.sha256})
        return BundleExportOutcome(file=str(work.path), sequence=plan.sequence, protocol_version=plan.protocol_version,
                                   sha256=work.sha256, bytes=work.size, safe_to_remove=True)

    def bundle_content(self, sequence: int, created_at: str) -> tuple[dict[str, Any], dict[str, bytes], bytes]:
        """The manifest fields, the signed parts but the personal one, and the personal part's plaintext."""
        from akimdesk.station.bundle_records import day_records

        versions = self._finalised_versions()
        day = day_records(self)
        protocols = {v: self._protocol(v) for v in versions}
        election = self.election()
        parts = {
            **{f"protocol/v{v}.pdf": protocols[v]["signed_pdf"] for v in versions},
            **{f"protocol/v{v}.json": canonical_json(json.loads(protocols[v]["data"])) for v in versions},
            bundle_parts.COUNT_PART: bundle_parts.count_part(day),
            bundle_parts.TURNOUT_PART: bundle_parts.turnout_part(day),
            bundle_parts.EVENTS_PART: bundle_parts.events_part(day),
            bundle_parts.AUDIT_PART: bundle_parts.audit_part(day),
        }
        manifest = bundle_parts.manifest(
            election_id=election.election_id, precinct=election.precinct_number, device_id=self.device_id,
            app_version=__version__, created_at=created_at, sequence=sequence, protocol_versions=versions,
            protocol_hash=protocols[versions[-1]]["protocol_hash"], audit_head=day.audit_head,
            is_demo=election.is_demo,
        )
        return manifest, parts, bundle_parts.personal_plaintext(day)

    def verify_bundle(self, data: bytes, district_certificate_pem: str | None = None) -> BundleReport:
        """Verify a bundle file against the district certificate (by default the loaded election's)."""
        return verify_bundle_bytes(data, district_certificate_pem or self.district_certificate_pem())

    def _protocol(self, version: int) -> dict[str, Any]:
        row = self.store.protocol(version)
        if row is None:
            raise RuleRefused("protocol-not-finalised")
        return row

    def _finalised_versions(self) -> list[int]:
        status = self.store.protocol_status()
        finalised = [v for v in range(1, (status or (0, False))[0] + 1) if self.store.protocol(v)]
        if not finalised:
            raise RuleRefused("protocol-not-finalised")
        return finalised

    # backups
    def backup(self, folder: Path, *, actor: str = "system", passphrase: str | None = None) -> BackupInfo:
        """Write an encrypted, consistent copy of the database; readable only with the commission passphrase."""
        return self.record_backup(work_backup(self.plan_backup(folder, passphrase=passphrase)), actor=actor)

    def plan_backup(self, folder: Path, *, passphrase: str | None = None) -> BackupPlan:
        """What a backup needs from the station (its key, names, time); quick, nothing is read or written yet.

        The work (`work_backup`: a consistent snapshot through a read-only connection of its own, encrypted,
        written and read back) touches neither this connection nor the interface, so a window runs it on
        another thread while members go on working; `record_backup` then records it."""
        election = self.election()
        now = self.clock()
        path = Path(folder) / f"akimdesk-backup-p{election.precinct_number}-{now.strftime('%Y%m%dT%H%M%SZ')}.akbak"
        stored, envelope = self.store.setting("backup_key"), self.store.setting("backup_key_envelope")
        if stored:
            return BackupPlan(database=Path(self.store.path), key=bytes.fromhex(stored),
                              key_envelope=json.loads(envelope or "{}"), election_id=election.election_id,
                              precinct=election.precinct_number, at=utc_text(now), path=path)
        if passphrase is None:
            raise RuleRefused("backup-passphrase-needed")
        key_row = self.store.current_precinct_key()
        if key_row is None:
            raise RuleRefused("election-not-loaded")
        return BackupPlan(database=Path(self.store.path), key=None, key_envelope={},
                          election_id=election.election_id, precinct=election.precinct_number, at=utc_text(now),
                          path=path, precinct_key_envelope=json.loads(key_row["encrypted_key"]),
                          passphrase=passphrase, key_cost=self.key_cost)

    def record_backup(self, written: BackupWork, *, actor: str = "system") -> BackupInfo:
        """Record a written backup (its file's digest and the audit head it holds) in the audited log."""
        digest = hashlib.sha256(written.data).hexdigest()
        if written.new_key is not None and self.store.setting("backup_key"):
            raise RuleRefused("plan-outdated", action="backup")
        with self._writing():
            if written.new_key is not None:
                # The data key stays on this laptop (beside the data it protects); copies carry it sealed.
                self.store.set_setting("backup_key", written.new_key.hex())
                self.store.set_setting("backup_key_envelope", json.dumps(written.new_key_envelope))
                self._audit("backup-key-created", "system", written.at, [], {})
            row = self._insert("backups", {"file_name": written.path.name, "file_sha256": digest,
                                           "audit_head": written.audit_head, "at": written.at, "actor": actor})
            self._audit("backup-written", actor, written.at, [("backups", *row)],
                        {"file_sha256": digest, "audit_head": written.audit_head})
        return BackupInfo(file=str(written.path), audit_head=written.audit_head, sha256=digest,
                          bytes=len(written.data))

    def due_backup_folder(self) -> Path | None:
        """The folder of the automatic backup when one is due (its interval has passed), else None."""
        folder, minutes = self.store.setting("backup_folder"), self.store.setting("backup_minutes")
        if not folder or not minutes or not self.store.setting("backup_key") or not self.has_election():
            return None
        last = self.store.last_backup_at()
        if last and (self.clock() - parse_utc_text(last)).total_seconds() < int(minutes) * 60:
            return None
        return Path(folder)

    def configure_backups(self, folder: Path, minutes: int) -> None:
        """Back up automatically to `folder` every `minutes` after a write."""
        if not 1 <= minutes <= 24 * 60:
            raise BadInput("backup-interval-invalid", minutes=minutes)
        with self._writing():
            self.store.set_setting("backup_folder", str(folder))
            self.store.set_setting("backup_minutes", str(minutes))
            self._audit("backup-configured", "system", utc_text(self.clock()), [],
                        {"every_minutes": minutes})

    def backup_if_due(self) -> BackupInfo | None:
        """Take the automatic backup when the configured interval has passed since the last one."""
        folder = self.due_backup_folder()
        return None if folder is None else self.backup(folder)


def verify_bundle_bytes(data: bytes, district_certificate_pem: str) -> BundleReport:
    """Verify a bundle file against a district certificate (PEM); needs no station."""
    from akimdesk.bundle.format import read_bundle
    from akimdesk.signing.keys import certificate_from_pem

    bundle = read_bundle(data, certificate_from_pem(district_certificate_pem))
    manifest = bundle.manifest
    return BundleReport(verified=True, precinct=manifest["precinct"], sequence=manifest["sequence"],
                        protocol_versions=tuple(manifest["protocol_versions"]), election_id=manifest["election_id"],
                        audit_head=manifest["audit_head"], sha256=bundle.file_sha256)


def seal_backup(plan: BackupPlan) -> BackupWork:
    """A consistent snapshot of the database, with the audit head and bundle floor of the same moment, encrypted.

    Reads through a read-only connection of its own (opened and closed here), so any thread may run it."""
    from akimdesk.bundle.backup import seal_backup_bytes
    from akimdesk.storage.export_queries import read_snapshot

    key, envelope, is_new = plan.key, plan.key_envelope, plan.key is None
    if key is None:
        if plan.precinct_key_envelope is None or plan.passphrase is None:
            raise RuleRefused("backup-passphrase-needed")
        decrypt_private_key(dict(plan.precinct_key_envelope), plan.passphrase)  # proves it is the commission's
        key = os.urandom(32)
        envelope = seal_with_passphrase(key, plan.passphrase, n=plan.key_cost)
    snapshot = read_snapshot(plan.database)
    header = BackupHeader(election_id=plan.election_id, precinct=plan.precinct, created_at=plan.at,
                          audit_head=snapshot.audit_head, sequence_floor=snapshot.sequence_floor)
    data = seal_backup_bytes(header, snapshot.database, key, envelope)
    return BackupWork(plan.path, data, snapshot.audit_head, plan.at,
                      new_key=key if is_new else None, new_key_envelope=dict(envelope) if is_new else None)


def write_backup(prepared: BackupWork) -> BackupWork:
    """Write the backup file atomically and read it back; touches no database, so any thread may run it."""
    from akimdesk.atomic import write_atomically

    try:
        prepared.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput("file-unwritable", file=str(prepared.path.parent), reason=os_error_message(exc)) from None
    path = write_atomically(prepared.path, prepared.data)
    if path.read_bytes() != prepared.data:
        raise RuleRefused("backup-read-back-failed", file=str(path))
    return prepared


def work_backup(plan: BackupPlan, report: Report | None = None) -> BackupWork:
    """The work of a backup: snapshot, encrypt, write and read back (no connection of the station's)."""
    tell = report or (lambda done, total: None)
    tell(0, 2)
    sealed = seal_backup(plan)
    tell(1, 2)
    written = write_backup(sealed)
    tell(2, 2)
    return written


def read_backup(data: bytes, passphrase: str) -> tuple[BackupHeader, bytes]:
    """Open a backup file with the commission passphrase: its header and the database bytes."""
    from akimdesk.bundle.backup import open_backup_bytes

    return open_backup_bytes(data, passphrase)


def restore_station(data: bytes, passphrase: str, target: Path, clock: Any, *, key_cost: int | None = None) -> Any:
    """Restore a backup into a new database file on a spare laptop, as a new desk (kept for callers)."""
    from akimdesk.station.restore import record_restore, work_restore

    return record_restore(work_restore(data, passphrase), target, clock, key_cost=key_cost)
