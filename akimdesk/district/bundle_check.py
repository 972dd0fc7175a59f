"""One precinct bundle checked with no database: signature, certificate, parts, signed protocol, recount."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from akimdesk.core.ballots import ballot_holders, check_in_event
from akimdesk.core.district_records import AcceptedMark, SealedKeys
from akimdesk.core.errors import AkimdeskError, RuleRefused, VerificationFailed
from akimdesk.district.records import BundleCheck, ImportOutcome, ImportStatus
from akimdesk.district.service import iin_hash, unlock_keys
from akimdesk.signing.keys import certificate_from_pem


@dataclass(frozen=True)
class DistrictKeyring:
    """The district's certificates and its unlocked encryption key, for checking bundles."""

    signing_certificate: Any
    encryption_certificate: Any
    encryption_key: Any


@dataclass(frozen=True)
class CheckedBundle:
    """One bundle as the work judged it, with everything the record step writes for an accepted one."""

    file: str
    status: ImportStatus
    election_id: str = ""
    precinct: str = ""
    sequence: int = 0
    protocol_version: int = 0
    file_sha256: str = ""
    manifest: Mapping[str, Any] = field(default_factory=dict)
    protocol_data: Mapping[str, Any] = field(default_factory=dict)
    raw_figures: Mapping[str, int] = field(default_factory=dict)
    ballot_iin_hashes: frozenset[str] = frozenset()
    supersedes: int | None = None
    accepted_sha256: str = ""
    code: str | None = None
    params: Mapping[str, Any] | None = None

    @classmethod
    def refused(cls, error: AkimdeskError) -> CheckedBundle:
        """A bundle refused with the error's code and parameters."""
        return cls("", ImportStatus.REFUSED, code=error.code, params=dict(error.params))

    @property
    def outcome(self) -> ImportOutcome:
        """What the district is told of this bundle."""
        if self.status == ImportStatus.REFUSED:
            return ImportOutcome(self.file, self.status, code=self.code, params=self.params)
        if self.status == ImportStatus.ACCEPTED:
            return ImportOutcome(self.file, self.status, self.precinct, self.sequence, self.protocol_version,
                                 self.supersedes)
        return ImportOutcome(self.file, self.status, self.precinct, self.sequence)


def decrypting_key(keys: SealedKeys, passphrase: str) -> DistrictKeyring:
    """The district's keyring, its encryption key unlocked with the district passphrase (slow: key stretching)."""
    _, encryption_key = unlock_keys(keys, passphrase)
    return DistrictKeyring(certificate_from_pem(keys.signing_certificate_pem),
                           certificate_from_pem(keys.encryption_certificate_pem), encryption_key)


def check_bundle(keys: DistrictKeyring, races: Mapping[str, tuple[str, ...]],
                 held: Mapping[tuple[str, str], tuple[AcceptedMark, ...]], data: bytes) -> CheckedBundle:
    """Verify one bundle and judge it against what the district holds from its precinct."""
    from akimdesk.bundle.format import read_bundle

    bundle = read_bundle(data, keys.signing_certificate)
    manifest = bundle.manifest
    election_id = str(manifest["election_id"])
    if election_id not in races:
        raise RuleRefused("bundle-other-election")
    precinct = str(manifest["precinct"])
    if precinct not in races[election_id]:
        raise RuleRefused("bundle-unknown-precinct", precinct=precinct)
    sequence = int(manifest["sequence"])
    earlier = held.get((election_id, precinct), ())
    judged = CheckedBundle("", ImportStatus.ALREADY_ACCEPTED, election_id, precinct, sequence,
                           file_sha256=bundle.file_sha256)
    if any(mark.file_sha256 == bundle.file_sha256 for mark in earlier):
        return judged
    same_sequence = next((mark for mark in earlier if mark.sequence == sequence), None)
    if same_sequence is not None:
        return CheckedBundle("", ImportStatus.CONFLICT, election_id, precinct, sequence,
                             file_sha256=bundle.file_sha256, accepted_sha256=same_sequence.file_sha256)
    version = int(manifest["latest_protocol"]["version"])
    newest = max(earlier, key=lambda m: (m.protocol_version, m.sequence), default=None)
    if newest is not None and (version, sequence) <= (newest.protocol_version, newest.sequence):
        raise RuleRefused("bundle-older", precinct=precinct, sequence=sequence, accepted=newest.sequence)
    protocol = _checked_protocol(bundle, version, keys.signing_certificate)
    raw_figures, ballot_hashes = _recount(bundle, keys)
    # A later bundle of the same protocol version replaces no protocol (and a different one is a conflict).
    replaced = newest.protocol_version if newest and newest.protocol_version < version else None
    return CheckedBundle("", ImportStatus.ACCEPTED, election_id, precinct, sequence, version, bundle.file_sha256,
                         manifest, protocol, raw_figures, frozenset(ballot_hashes), replaced)


def verified_bundle(keys: SealedKeys, data: bytes, file: str) -> BundleCheck:
    """Verify a bundle and its signed protocol without judging or importing it."""
    from akimdesk.bundle.format import read_bundle

    certificate = certificate_from_pem(keys.signing_certificate_pem)
    bundle = read_bundle(data, certificate)
    manifest = bundle.manifest
    version = int(manifest["latest_protocol"]["version"])
    _checked_protocol(bundle, version, certificate)
    return BundleCheck(file, str(manifest["election_id"]), str(manifest["precinct"]), int(manifest["sequence"]),
                       version, str(manifest["latest_protocol"]["protocol_hash"]), bundle.file_sha256)


def _checked_protocol(bundle: Any, version: int, certificate: Any) -> dict[str, Any]:
    from akimdesk.signing.pdf_verify import verify_protocol_pdf

    try:
        pdf = bundle.parts[f"protocol/v{version}.pdf"]
        data = bundle.json_part(f"protocol/v{version}.json")
    except (KeyError, ValueError):
        raise VerificationFailed("bundle-protocol-missing", version=version) from None
    verified = verify_protocol_pdf(pdf, certificate)
    if (verified.data.to_json() != data or verified.protocol_hash != bundle.manifest["latest_protocol"]["protocol_hash"]
            or verified.precinct != bundle.manifest["precinct"]):
        raise VerificationFailed("bundle-protocol-mismatch", version=version)
    return dict(data)


def _recount(bundle: Any, keys: DistrictKeyring) -> tuple[dict[str, int], set[str]]:
    """The ballots issued recounted from the raw check-in events, and the hashed IINs of the voters holding one."""
    from akimdesk.signing.envelope import open_sealed

    personal = json.loads(open_sealed(bundle.parts["personal.cms"], keys.encryption_certificate, keys.encryption_key))
    iins = {voter["voter_id"]: voter["iin"] for voter in personal["voters"]}
    try:
        events = [check_in_event(e["check_in_id"], e["voter_id"], e["kind"], e.get("mode"))
                  for e in bundle.json_part("events.json")["check_ins"]]
    except (KeyError, TypeError):
        raise VerificationFailed("bundle-unreadable") from None
    holders = ballot_holders(events)
    figures = {f"ballots_issued_{mode}": count for mode, count in holders.by_mode.items()}
    return figures, {iin_hash(iins[voter_id]) for voter_id in holders.voter_ids if voter_id in iins}
