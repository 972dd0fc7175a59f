"""Getting the record off the laptop: the signed sync bundle for the district, and encrypted backups."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk import __version__
from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.message import os_error_message
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import parse_utc_text, utc_text
from akimdesk.signing.keys import certificate_from_pem, decrypt_private_key, open_with_passphrase, seal_with_passphrase
from akimdesk.station.protocol import ProtocolActions

PERSONAL_PART = "personal.cms"
BACKUP_MAGIC = b"AKIMDESK-BACKUP\n"
BACKUP_FORMAT_VERSION = 1
# A restored laptop cannot know what the lost one exported after its last backup: it jumps ahead.
RESTORE_SEQUENCE_GAP = 1000


class ExportActions(ProtocolActions):
    """Bundles for the district and backups for a spare laptop."""

    def export_bundle(self, drive: Any, *, actor: str | None, passphrase: str) -> dict[str, Any]:
        """Build the signed bundle, write it to the drive, read it back, and record the export."""
        from akimdesk.bundle.format import read_bundle, write_bundle
        from akimdesk.bundle.usb import write_verified

        member = require_member(self.election(), actor, "export-bundle")
        status = self.store.protocol_status()
        finalised = [v for v in range(1, (status or (0, False))[0] + 1) if self.store.protocol(v)]
        if not finalised:
            raise RuleRefused("protocol-not-finalised")
        key_row = self.store.current_precinct_key()
        key = decrypt_private_key(json.loads(key_row["encrypted_key"]), passphrase)
        certificate = certificate_from_pem(key_row["certificate_pem"])
        now = self.clock()
        sequence = self.store.last_export_sequence() + 1
        manifest, parts = self._bundle_content(sequence, finalised, now)
        data = write_bundle(manifest, parts, key, certificate)
        read_bundle(data, self._district_certificate())
        election = self.election()
        name = (f"akimdesk-{election.election_id[:8]}-p{election.precinct_number}-v{finalised[-1]}"
                f"-s{sequence}-{now.strftime('%Y%m%dT%H%M%SZ')}.akb")
        written = write_verified(drive, name, data)
        at = utc_text(now)
        with self._writing():
            row = self._insert("exports", {
                "sequence": sequence, "device_id": self.device_id, "protocol_version": finalised[-1],
                "file_name": name, "file_sha256": written.sha256, "at": at, "member_id": member.member_id,
            })
            self._audit("bundle-exported", member.member_id, at, [("exports", *row)],
                        {"sequence": sequence, "protocol_version": finalised[-1], "file_sha256": written.sha256})
        return {"file": str(written.path), "sequence": sequence, "protocol_version": finalised[-1],
                "sha256": written.sha256, "bytes": written.size, "safe_to_remove": True}

    def _bundle_content(self, sequence: int, versions: list[int], now: dt.datetime) -> tuple[dict, dict]:
        from akimdesk.signing.envelope import seal_for

        election = self.election()
        protocols = {v: self.store.protocol(v) for v in versions}
        check_ins = self.store.all_rows("check_ins")
        requests = self.store.all_rows("mobile_requests")
        absentee = self.store.all_rows("absentee_certificates")
        personal = {
            "check_ins": {r["check_in_id"]: {k: r[k] for k in ("document_type", "document_number", "helper_name")}
                          for r in check_ins if r["kind"] == "issue"},
            "mobile_requests": {r["request_id"]: r["reason"] for r in requests},
            "absentee_numbers": {r["certificate_id"]: r["number"] for r in absentee},
            "voters": self.store.voter_records(sorted(
                {r["voter_id"] for r in check_ins + requests + absentee}
                | set(self.store.added_voter_ids())
            )),
        }
        encryption_pem = election.content.get("district_encryption_certificate")
        if not encryption_pem:
            raise RuleRefused("district-encryption-certificate-missing")
        events = [self._without(r, ("document_type", "document_number", "helper_name")) for r in check_ins]
        audit = [{"seq": e.seq, "kind": e.kind, "actor": e.actor, "at": e.at, "payload": dict(e.payload),
                  "prev_hash": e.prev_hash, "hash": e.hash} for e in self.store.audit_events()]
        parts = {
            **{f"protocol/v{v}.pdf": protocols[v]["signed_pdf"] for v in versions},
            **{f"protocol/v{v}.json": canonical_json(json.loads(protocols[v]["data"])) for v in versions},
            "count.json": _json({table: self.store.all_rows(table)
                                 for table in ("protocol_versions", "tally_entries", "attendance", "opinions")}),
            "turnout.json": _json({"reporting_hours": [vars(f) for f in self.reporting_turnout()],
                                   "final": vars(self.turnout())}),
            "events.json": _json({
                "check_ins": events, "station_events": self.store.all_rows("station_events"),
                "mobile_requests": [self._without(r, ("reason",)) for r in requests],
                "absentee_certificates": [self._without(r, ("number",)) for r in absentee],
            }),
            "audit.json": _json({"events": audit, "head": self.audit_head()}),
            PERSONAL_PART: seal_for(_json(personal), certificate_from_pem(encryption_pem)),
        }
        latest = protocols[versions[-1]]
        manifest = {
            "election_id": election.election_id, "precinct": election.precinct_number,
            "device_id": self.device_id, "app_version": __version__, "created_at": utc_text(now),
            "sequence": sequence, "protocol_versions": versions,
            "latest_protocol": {"version": versions[-1], "protocol_hash": latest["protocol_hash"]},
            "audit_head": self.audit_head(), "is_demo": election.is_demo,
        }
        return manifest, parts

    @staticmethod
    def _without(row: dict[str, Any], hidden: tuple[str, ...]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in hidden}

    # backups
    def backup(self, folder: Path, *, actor: str = "system", passphrase: str | None = None) -> dict[str, Any]:
        """Write an encrypted, consistent copy of the database; readable only with the commission passphrase."""
        return self.record_backup(write_backup(seal_backup(self.plan_backup(folder, passphrase=passphrase))),
                                  actor=actor)

    def plan_backup(self, folder: Path, *, passphrase: str | None = None) -> BackupPlan:
        """What a backup needs from the station (its key, names, time); quick, nothing is read or written yet.

        A backup has four steps: plan (here), seal (`seal_backup`: a consistent snapshot through its own
        connection, encrypted), write (`write_backup`: the file, read back) and record (`record_backup`). Seal
        and write touch neither this connection nor the interface, so a window runs them on another thread
        while members go on working."""
        key = self._backup_key(passphrase)
        election = self.election()
        now = self.clock()
        return BackupPlan(
            store=self.store, key=key, key_envelope=json.loads(self.store.setting("backup_key_envelope")),
            election_id=election.election_id, precinct=election.precinct_number, at=utc_text(now),
            path=Path(folder) / f"akimdesk-backup-p{election.precinct_number}-{now.strftime('%Y%m%dT%H%M%SZ')}.akbak",
        )

    def record_backup(self, written: PreparedBackup, *, actor: str = "system") -> dict[str, Any]:
        """Record a written backup (its file's digest and the audit head it holds) in the audited log."""
        digest = hashlib.sha256(written.data).hexdigest()
        with self._writing():
            row = self._insert("backups", {"file_name": written.path.name, "file_sha256": digest,
                                           "audit_head": written.audit_head, "at": written.at, "actor": actor})
            self._audit("backup-written", actor, written.at, [("backups", *row)],
                        {"file_sha256": digest, "audit_head": written.audit_head})
        return {"file": str(written.path), "audit_head": written.audit_head, "sha256": digest,
                "bytes": len(written.data)}

    def due_backup_folder(self) -> Path | None:
        """The folder of the automatic backup when one is due (its interval has passed), else None."""
        folder, minutes = self.store.setting("backup_folder"), self.store.setting("backup_minutes")
        if not folder or not minutes or not self.store.setting("backup_key") or not self.has_election():
            return None
        last = self.store.fetch_one("SELECT max(at) AS at FROM backups")["at"]
        if last and (self.clock() - parse_utc_text(last)).total_seconds() < int(minutes) * 60:
            return None
        return Path(folder)

    def _backup_key(self, passphrase: str | None) -> bytes:
        stored = self.store.setting("backup_key")
        if stored:
            return bytes.fromhex(stored)
        if passphrase is None:
            raise RuleRefused("backup-passphrase-needed")
        key_row = self.store.current_precinct_key()
        decrypt_private_key(json.loads(key_row["encrypted_key"]), passphrase)  # proves it is the commission's
        key = os.urandom(32)
        at = utc_text(self.clock())
        with self._writing():
            # The data key stays on this laptop (beside the data it protects); copies carry it sealed.
            self.store.set_setting("backup_key", key.hex())
            self.store.set_setting("backup_key_envelope", json.dumps(
                seal_with_passphrase(key, passphrase, n=self.key_cost)))
            self._audit("backup-key-created", "system", at, [], {})
        return key

    def configure_backups(self, folder: Path, minutes: int) -> None:
        """Back up automatically to `folder` every `minutes` after a write."""
        with self._writing():
            self.store.set_setting("backup_folder", str(folder))
            self.store.set_setting("backup_minutes", str(minutes))
            self._audit("backup-configured", "system", utc_text(self.clock()), [],
                        {"every_minutes": minutes})

    def backup_if_due(self) -> dict[str, Any] | None:
        """Take the automatic backup when the configured interval has passed since the last one."""
        folder = self.due_backup_folder()
        return None if folder is None else self.backup(folder)


@dataclass(frozen=True)
class BackupPlan:
    """A backup about to be taken: where it goes, its key and what its header names."""

    store: Any
    key: bytes
    key_envelope: dict[str, Any]
    election_id: str
    precinct: str
    at: str
    path: Path


def seal_backup(plan: BackupPlan) -> PreparedBackup:
    """A consistent snapshot of the database, with the audit head and bundle floor of the same moment, encrypted.

    Reads through a connection of its own, so any thread may run it while the station writes."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with plan.store.consistent_reader() as reader:
        last = reader.last_audit_event()
        head = None if last is None else last.hash
        floor = reader.last_export_sequence()
        snapshot = reader.snapshot()
    header = {
        "format": "akimdesk-backup", "format_version": BACKUP_FORMAT_VERSION,
        "election_id": plan.election_id, "precinct": plan.precinct, "created_at": plan.at, "audit_head": head,
        "sequence_floor": floor, "key": plan.key_envelope, "nonce": os.urandom(12).hex(),
    }
    header_bytes = canonical_json(header)
    prefix = BACKUP_MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes
    data = prefix + AESGCM(plan.key).encrypt(bytes.fromhex(header["nonce"]), snapshot, prefix)
    return PreparedBackup(plan.path, data, head, plan.at)


@dataclass(frozen=True)
class PreparedBackup:
    """A backup's target file and encrypted bytes, and what its record will say."""

    path: Path
    data: bytes
    audit_head: str | None
    at: str


def write_backup(prepared: PreparedBackup) -> PreparedBackup:
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


def read_backup(data: bytes, passphrase: str) -> tuple[dict[str, Any], bytes]:
    """Open a backup file with the commission passphrase: its header and the database bytes."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from akimdesk.core.errors import VerificationFailed

    start = len(BACKUP_MAGIC) + 4
    if not data.startswith(BACKUP_MAGIC) or len(data) < start:
        raise VerificationFailed("backup-unreadable")
    size = int.from_bytes(data[len(BACKUP_MAGIC):start], "big")
    try:
        header = json.loads(data[start:start + size].decode("utf-8"))
        nonce = bytes.fromhex(header["nonce"])
        key = open_with_passphrase(header["key"], passphrase)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VerificationFailed("backup-unreadable") from None
    prefix = data[:start + size]
    try:
        return header, AESGCM(key).decrypt(nonce, data[start + size:], prefix)
    except (InvalidTag, ValueError):
        raise VerificationFailed("backup-altered") from None


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value).__name__)


def restore_station(data: bytes, passphrase: str, target: Path, clock: Any, *, key_cost: int | None = None):
    """Restore a backup into a new database file on a spare laptop, as a new desk."""
    import uuid

    from akimdesk.atomic import write_atomically
    from akimdesk.core.errors import VerificationFailed
    from akimdesk.station import Station
    from akimdesk.storage.store import open_store

    header, database = read_backup(data, passphrase)
    target = Path(target)
    if target.exists() and target.stat().st_size > 0:
        raise RuleRefused("database-exists", file=str(target))
    write_atomically(target, database)
    options = {} if key_cost is None else {"key_cost": key_cost}
    station = Station(open_store(target, writable=True), clock, **options)
    try:
        station.verify_audit(header["audit_head"])
        if station.election().election_id != header["election_id"]:
            raise VerificationFailed("backup-altered")
        old_device = station.device_id
        new_device = uuid.uuid4().hex
        floor = int(header["sequence_floor"]) + RESTORE_SEQUENCE_GAP
        with station._writing():
            station.store.set_setting("device_id", new_device)
            station.store.set_setting("sequence_floor", str(floor))
            station._audit("database-restored", "system", utc_text(clock()), [],
                           {"old_device_id": old_device, "new_device_id": new_device,
                            "backup_audit_head": header["audit_head"], "sequence_floor": floor})
    except BaseException:
        station.store.close()
        raise
    return station
