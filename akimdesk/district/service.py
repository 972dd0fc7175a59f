"""The district desk: its keys, accepting the precincts' bundles, and the race across precincts."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from cryptography import x509

from akimdesk.core.aggregate import PrecinctResult, RaceSummary
from akimdesk.core.audit import AuditCheck
from akimdesk.core.district_records import (
    AcceptedBundle,
    BundleConflict,
    DistrictKeys,
    KeyOrigin,
    Race,
    SealedKeys,
)
from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed
from akimdesk.core.message import os_error_message
from akimdesk.core.standing import PrecinctStanding, precinct_standings, sum_race
from akimdesk.core.timeline import utc_text
from akimdesk.district.records import KeyBackupSaved, KeysInfo, KeysOutcome
from akimdesk.recording import AuditedWriter, Clock
from akimdesk.signing.keys import (
    DEFAULT_SCRYPT_N,
    certificate_fingerprint,
    certificate_from_pem,
    certificate_to_pem,
    check_new_passphrase,
    decrypt_private_key,
    encrypt_private_key,
    generate_private_key,
    make_district_certificate,
    open_with_passphrase,
    seal_with_passphrase,
)
from akimdesk.storage.district_store import DistrictStore, open_district_store

KEY_BACKUP_FORMAT = "akimdesk-district-keys"


@dataclass(frozen=True)
class KeysPlan:
    """What making or restoring the keys needs: that this database has none yet, and the stretching cost."""

    key_cost: int


@dataclass(frozen=True)
class KeysWork:
    """New or restored keys, sealed under the district passphrase, ready to record."""

    sealed: SealedKeys
    origin: KeyOrigin
    fingerprint: str


class District(AuditedWriter):
    """One district desk over its own database."""

    store: DistrictStore

    def __init__(self, store: DistrictStore, clock: Clock, *, key_cost: int = DEFAULT_SCRYPT_N) -> None:
        super().__init__(store, clock)
        self.key_cost = key_cost

    @classmethod
    def open(cls, path: Path, clock: Clock, *, writable: bool = True, key_cost: int = DEFAULT_SCRYPT_N) -> Self:
        """The district desk over the district database at `path` (created when a writer opens a new file)."""
        return cls(open_district_store(Path(path), writable=writable), clock, key_cost=key_cost)

    def close(self) -> None:
        """Close the district database."""
        self.store.close()

    @property
    def database_path(self) -> Path:
        """The district database's file."""
        return self.store.path

    # keys
    def keys(self) -> DistrictKeys:
        """The district's key record, or a refusal before `district init`."""
        keys = self.store.newest_keys()
        if keys is None:
            raise RuleRefused("district-not-initialised")
        return keys

    def is_initialised(self) -> bool:
        """Whether the district's keys exist in this database."""
        return self.store.has_keys()

    def keys_info(self) -> KeysInfo:
        """The district's name and its certificate's fingerprint."""
        return KeysInfo(self.keys().name, certificate_fingerprint(self.signing_certificate()))

    def signing_certificate(self) -> x509.Certificate:
        """The district's root certificate, which every precinct's package names by fingerprint."""
        return certificate_from_pem(self.keys().sealed.signing_certificate_pem)

    def encryption_certificate(self) -> x509.Certificate:
        """The certificate precincts seal personal data to."""
        return certificate_from_pem(self.keys().sealed.encryption_certificate_pem)

    def plan_keys(self) -> KeysPlan:
        """Refuse when the keys exist already; else what making or restoring them needs."""
        if self.store.has_keys():
            raise RuleRefused("district-already-initialised")
        return KeysPlan(self.key_cost)

    def record_keys(self, work: KeysWork, *, actor: str = "district") -> KeysOutcome:
        """Store the keys made or restored, with their audit event (refused if keys appeared meanwhile)."""
        if self.store.has_keys():
            raise RuleRefused("plan-outdated", action=f"district-keys-{work.origin}")
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("district_keys", DistrictStore.key_row(work.sealed, work.origin, at))
            self._audit(f"district-keys-{work.origin}", actor, at, [("district_keys", *row)],
                        {"fingerprint": work.fingerprint})
        return KeysOutcome(work.sealed.name, work.fingerprint, work.origin)

    def init(self, name: str, passphrase: str, *, actor: str = "district") -> KeysOutcome:
        """Make the district's signing key and root certificate and its separate encryption key."""
        return self.record_keys(make_keys(self.plan_keys(), name, passphrase), actor=actor)

    def key_backup(self) -> bytes:
        """The district's keys as a file (the private keys stay sealed under the district passphrase)."""
        return key_backup_bytes(self.keys().sealed)

    def save_key_backup(self, path: Path) -> KeyBackupSaved:
        """Write the key backup to `path` (atomically)."""
        return write_key_backup(self.key_backup(), Path(path))

    def key_restore(self, data: bytes, passphrase: str, *, actor: str = "district") -> KeysOutcome:
        """Take the district's keys from a key backup into this (empty) district database."""
        return self.record_keys(restore_keys(self.plan_keys(), data, passphrase), actor=actor)

    def unlock(self, passphrase: str) -> tuple[Any, Any]:
        """The signing and encryption private keys, unlocked with the district passphrase."""
        return unlock_keys(self.keys().sealed, passphrase)

    # races
    def register_race(self, election_id: str, definition: dict[str, Any], precincts: list[str], at: str,
                      actor: str) -> None:
        """Record the race and the precincts expected to report (inside the caller's transaction)."""
        known = self.store.newest_race(election_id)
        merged = sorted(set(precincts) | set(known.precincts if known else ()), key=_precinct_order)
        if known and tuple(merged) == known.precincts:
            return
        row = self._insert("races", {"election_id": election_id, "definition": json.dumps(definition, ensure_ascii=False),
                                     "precincts": json.dumps(merged), "registered_at": at})
        self._audit("race-registered", actor, at, [("races", *row)],
                    {"election_id": election_id, "precincts": merged})

    def race(self, election_id: str | None = None) -> Race:
        """The newest record of a race (the newest race when none is named), or a refusal before any."""
        race = self.store.newest_race(election_id)
        if race is None:
            raise RuleRefused("district-race-unknown")
        return race

    def find_race(self, election_id: str | None = None) -> Race | None:
        """The newest record of a race, or None."""
        return self.store.newest_race(election_id)

    # results
    def accepted(self, election_id: str) -> tuple[AcceptedBundle, ...]:
        """Every accepted bundle of a race, oldest first."""
        return self.store.accepted_bundles(election_id)

    def newest_accepted(self, election_id: str) -> dict[str, AcceptedBundle]:
        """The newest accepted bundle of every precinct that sent one."""
        return {bundle.precinct: bundle for bundle in self.accepted(election_id)}  # oldest first: the newest stays

    def summary(self, election_id: str | None = None) -> RaceSummary:
        """The race across its precincts: totals, leader, and every flag for the district to decide.

        A precinct in conflict (two different protocols under one version, or two different bundles under one
        bundle number) is flagged and left out of the totals until the district commission resolves it.
        """
        race = self.race(election_id)
        results = [PrecinctResult(precinct=b.precinct, version=b.protocol_version, data=b.protocol_data,
                                  raw_figures=b.raw_figures, ballot_iins=b.ballot_iin_hashes)
                   for b in self.accepted(race.election_id)]
        bundle_conflicts: dict[str, list[int]] = {}
        for conflict in self.conflicts(race.election_id):
            bundle_conflicts.setdefault(conflict.precinct, []).append(conflict.sequence)
        return sum_race(race.election_id, race.precincts, results, bundle_conflicts)

    def precinct_standings(self, summary: RaceSummary | None = None) -> tuple[PrecinctStanding, ...]:
        """Every precinct of the race with its status (received, amended, conflicting, missing) and flags."""
        return precinct_standings(summary if summary is not None else self.summary())

    def conflicts(self, election_id: str) -> tuple[BundleConflict, ...]:
        """Bundles refused because another with the same sequence was already accepted."""
        return self.store.conflicts(election_id)

    def verify_audit(self, head: str | None = None) -> AuditCheck:
        """Check the district's audit chain and that every recorded row matches its event."""
        last = self.store.verify_audit(head)
        return AuditCheck.of(last)


def make_keys(plan: KeysPlan, name: str, passphrase: str) -> KeysWork:
    """New signing and encryption keys with the district's root certificate, sealed (no database: slow)."""
    from akimdesk.signing.envelope import make_encryption_certificate

    if not name or not name.strip():
        raise RuleRefused("district-name-empty")
    check_new_passphrase(passphrase)
    signing_key = generate_private_key()
    certificate = make_district_certificate(signing_key, name.strip())
    encryption_key, encryption_certificate = make_encryption_certificate(signing_key, certificate)
    sealed = SealedKeys(
        name=name.strip(),
        signing_certificate_pem=certificate_to_pem(certificate),
        signing_key=json.dumps(encrypt_private_key(signing_key, passphrase, n=plan.key_cost)),
        encryption_certificate_pem=certificate_to_pem(encryption_certificate),
        encryption_key=json.dumps(seal_with_passphrase(_pkcs8(encryption_key), passphrase, n=plan.key_cost)),
    )
    return KeysWork(sealed, KeyOrigin.CREATED, certificate_fingerprint(certificate))


def restore_keys(plan: KeysPlan, data: bytes, passphrase: str) -> KeysWork:
    """The keys of a key backup, checked to open with the district passphrase (no database: slow)."""
    try:
        document = json.loads(data.decode("utf-8"))
        record = document["keys"]
        if document.get("format") != KEY_BACKUP_FORMAT:
            raise ValueError
        sealed = SealedKeys(**{field: str(record[field]) for field in (
            "name", "signing_certificate_pem", "signing_key", "encryption_certificate_pem", "encryption_key")})
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VerificationFailed("district-key-backup-unreadable") from None
    unlock_keys(sealed, passphrase)
    return KeysWork(sealed, KeyOrigin.RESTORED,
                    certificate_fingerprint(certificate_from_pem(sealed.signing_certificate_pem)))


def read_key_backup(path: Path) -> bytes:
    """The bytes of a key backup file, or bad input naming it."""
    return read_file(Path(path))


def read_file(path: Path) -> bytes:
    """The bytes of a file the district named, or bad input naming the file."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise BadInput("file-unreadable", file=str(path), reason=os_error_message(exc)) from None


def key_backup_bytes(sealed: SealedKeys) -> bytes:
    """The key backup file's bytes."""
    record = {"name": sealed.name, "signing_certificate_pem": sealed.signing_certificate_pem,
              "signing_key": sealed.signing_key, "encryption_certificate_pem": sealed.encryption_certificate_pem,
              "encryption_key": sealed.encryption_key}
    return json.dumps({"format": KEY_BACKUP_FORMAT, "version": 1, "keys": record},
                      ensure_ascii=False, indent=1).encode("utf-8")


def write_key_backup(data: bytes, path: Path) -> KeyBackupSaved:
    """Write a key backup atomically (no database)."""
    write_file(path, data)
    return KeyBackupSaved(str(path))


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, or refuse naming the file."""
    from akimdesk.atomic import write_atomically

    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise BadInput("file-unwritable", file=str(path), reason=os_error_message(exc)) from None


def unlock_keys(sealed: SealedKeys, passphrase: str) -> tuple[Any, Any]:
    """The signing and encryption private keys, unlocked with the district passphrase (no database: slow)."""
    from cryptography.hazmat.primitives import serialization

    signing = decrypt_private_key(json.loads(sealed.signing_key), passphrase)
    encryption = serialization.load_der_private_key(
        open_with_passphrase(json.loads(sealed.encryption_key), passphrase), password=None)
    return signing, encryption


def iin_hash(iin: str) -> str:
    """How the district keeps a voter's IIN for finding double voting: its SHA-256."""
    return hashlib.sha256(iin.encode("ascii")).hexdigest()


def _pkcs8(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                   serialization.NoEncryption()))


def _precinct_order(number: str) -> tuple[int, str]:
    return (int(number), number) if number.isdigit() else (10**9, number)
