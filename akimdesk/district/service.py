"""The district desk: its keys, accepting the precincts' bundles, and the race across precincts."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cryptography import x509

from akimdesk.core.aggregate import PrecinctResult, RaceSummary
from akimdesk.core.errors import RuleRefused, VerificationFailed
from akimdesk.core.standing import PrecinctStanding, precinct_standings, sum_race
from akimdesk.core.timeline import utc_text
from akimdesk.recording import Clock, RecordKeeper
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
from akimdesk.storage.store import Store

KEY_BACKUP_FORMAT = "akimdesk-district-keys"


class District(RecordKeeper):
    """One district desk over its own database."""

    def __init__(self, store: Store, clock: Clock, *, key_cost: int = DEFAULT_SCRYPT_N) -> None:
        super().__init__(store, clock)
        self.key_cost = key_cost

    # keys
    def keys(self) -> dict[str, Any]:
        """The district's key record, or a refusal before `district init`."""
        row = self.store.fetch_one("SELECT * FROM district_keys ORDER BY key_seq DESC LIMIT 1")
        if row is None:
            raise RuleRefused("district-not-initialised")
        return row

    def signing_certificate(self) -> x509.Certificate:
        """The district's root certificate, which every precinct's package names by fingerprint."""
        return certificate_from_pem(self.keys()["signing_certificate_pem"])

    def encryption_certificate(self) -> x509.Certificate:
        """The certificate precincts seal personal data to."""
        return certificate_from_pem(self.keys()["encryption_certificate_pem"])

    def init(self, name: str, passphrase: str, *, actor: str = "district") -> dict[str, Any]:
        """Make the district's signing key and root certificate and its separate encryption key."""
        from akimdesk.signing.envelope import make_encryption_certificate

        if self.store.fetch_one("SELECT 1 AS x FROM district_keys") is not None:
            raise RuleRefused("district-already-initialised")
        if not name or not name.strip():
            raise RuleRefused("district-name-empty")
        check_new_passphrase(passphrase)
        signing_key = generate_private_key()
        certificate = make_district_certificate(signing_key, name.strip())
        encryption_key, encryption_certificate = make_encryption_certificate(signing_key, certificate)
        return self._store_keys({
            "name": name.strip(),
            "signing_certificate_pem": certificate_to_pem(certificate),
            "signing_key": json.dumps(encrypt_private_key(signing_key, passphrase, n=self.key_cost)),
            "encryption_certificate_pem": certificate_to_pem(encryption_certificate),
            "encryption_key": json.dumps(seal_with_passphrase(_pkcs8(encryption_key), passphrase, n=self.key_cost)),
        }, "created", actor)

    def _store_keys(self, record: dict[str, Any], origin: str, actor: str) -> dict[str, Any]:
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("district_keys", {**record, "origin": origin, "created_at": at})
            fingerprint = certificate_fingerprint(certificate_from_pem(record["signing_certificate_pem"]))
            self._audit(f"district-keys-{origin}", actor, at, [("district_keys", *row)], {"fingerprint": fingerprint})
        return {"name": record["name"], "fingerprint": fingerprint}

    def key_backup(self) -> bytes:
        """The district's keys as a file (the private keys stay sealed under the district passphrase)."""
        keys = self.keys()
        record = {k: keys[k] for k in ("name", "signing_certificate_pem", "signing_key",
                                       "encryption_certificate_pem", "encryption_key")}
        return json.dumps({"format": KEY_BACKUP_FORMAT, "version": 1, "keys": record},
                          ensure_ascii=False, indent=1).encode("utf-8")

    def key_restore(self, data: bytes, passphrase: str, *, actor: str = "district") -> dict[str, Any]:
        """Take the district's keys from a key backup into this (empty) district database."""
        if self.store.fetch_one("SELECT 1 AS x FROM district_keys") is not None:
            raise RuleRefused("district-already-initialised")
        try:
            document = json.loads(data.decode("utf-8"))
            record = document["keys"]
            if document.get("format") != KEY_BACKUP_FORMAT:
                raise ValueError
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise VerificationFailed("district-key-backup-unreadable") from None
        self._unlock(record, passphrase)
        return self._store_keys({k: record[k] for k in ("name", "signing_certificate_pem", "signing_key",
                                                        "encryption_certificate_pem", "encryption_key")},
                                "restored", actor)

    def unlock(self, passphrase: str) -> tuple[Any, Any]:
        """The signing and encryption private keys, unlocked with the district passphrase."""
        return self._unlock(self.keys(), passphrase)

    @staticmethod
    def _unlock(record: dict[str, Any], passphrase: str) -> tuple[Any, Any]:
        from cryptography.hazmat.primitives import serialization

        signing = decrypt_private_key(json.loads(record["signing_key"]), passphrase)
        encryption = serialization.load_der_private_key(
            open_with_passphrase(json.loads(record["encryption_key"]), passphrase), password=None)
        return signing, encryption

    # races
    def register_race(self, election_id: str, definition: dict[str, Any], precincts: list[str], at: str,
                      actor: str) -> None:
        """Record the race and the precincts expected to report (inside the caller's transaction)."""
        known = self.race(election_id, required=False)
        merged = sorted(set(precincts) | set(known["precincts"] if known else []), key=_precinct_order)
        if known and merged == known["precincts"]:
            return
        row = self._insert("races", {"election_id": election_id, "definition": json.dumps(definition, ensure_ascii=False),
                                     "precincts": json.dumps(merged), "registered_at": at})
        self._audit("race-registered", actor, at, [("races", *row)],
                    {"election_id": election_id, "precincts": merged})

    def race(self, election_id: str | None = None, *, required: bool = True) -> dict[str, Any] | None:
        """The newest record of a race (the only race when none is named)."""
        if election_id is None:
            row = self.store.fetch_one("SELECT * FROM races ORDER BY race_seq DESC LIMIT 1")
        else:
            row = self.store.fetch_one("SELECT * FROM races WHERE election_id = ? ORDER BY race_seq DESC LIMIT 1",
                                       [election_id])
        if row is None:
            if required:
                raise RuleRefused("district-race-unknown")
            return None
        return {**row, "definition": json.loads(row["definition"]), "precincts": json.loads(row["precincts"])}

    # results
    def accepted(self, election_id: str) -> list[dict[str, Any]]:
        """Every accepted bundle of a race, oldest first."""
        return self.store.fetch_all("SELECT * FROM bundles WHERE election_id = ? ORDER BY bundle_id", [election_id])

    def summary(self, election_id: str | None = None) -> RaceSummary:
        """The race across its precincts: totals, leader, and every flag for the district to decide.

        A precinct in conflict (two different protocols under one version, or two different bundles under one
        bundle number) is flagged and left out of the totals until the district commission resolves it.
        """
        race = self.race(election_id)
        results = []
        for row in self.accepted(race["election_id"]):
            results.append(PrecinctResult(
                precinct=row["precinct"], version=row["protocol_version"], data=json.loads(row["protocol_data"]),
                raw_figures=json.loads(row["raw_figures"]),
                ballot_iins=frozenset(json.loads(row["ballot_iin_hashes"])),
            ))
        bundle_conflicts: dict[str, list[int]] = {}
        for row in self.conflicts(race["election_id"]):
            bundle_conflicts.setdefault(row["precinct"], []).append(row["sequence"])
        return sum_race(race["election_id"], race["precincts"], results, bundle_conflicts)

    def precinct_standings(self, summary: RaceSummary | None = None) -> tuple[PrecinctStanding, ...]:
        """Every precinct of the race with its status (received, amended, conflicting, missing) and flags."""
        return precinct_standings(summary if summary is not None else self.summary())

    def conflicts(self, election_id: str) -> list[dict[str, Any]]:
        """Bundles refused because another with the same sequence was already accepted."""
        return self.store.fetch_all("SELECT * FROM conflicts WHERE election_id = ? ORDER BY conflict_id", [election_id])

    def verify_audit(self, head: str | None = None) -> dict[str, Any]:
        """Check the district's audit chain and that every recorded row matches its event."""
        from akimdesk.storage.audit_rows import DISTRICT_AUDITED_TABLES, verify_store

        last = verify_store(self.store, head, tables=DISTRICT_AUDITED_TABLES)
        return {"events": 0 if last is None else last.seq, "head": None if last is None else last.hash}


def iin_hash(iin: str) -> str:
    """How the district keeps a voter's IIN for finding double voting: its SHA-256."""
    return hashlib.sha256(iin.encode("ascii")).hexdigest()


def _pkcs8(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _precinct_order(number: str) -> tuple[int, str]:
    return (int(number), number) if number.isdigit() else (10**9, number)
