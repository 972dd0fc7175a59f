"""The signed election package file: writing it at the district, verifying it at the precinct."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.election import PACKAGE_FORMAT_VERSION
from akimdesk.core.errors import BadInput, VerificationFailed
from akimdesk.signing.cms import sign_detached, verify_detached
from akimdesk.signing.keys import (
    certificate_fingerprint,
    certificate_from_pem,
    certificate_to_pem,
    decrypt_private_key,
    is_issued_by,
    normalize_fingerprint,
    precinct_identity,
    public_keys_match,
)

PACKAGE_FORMAT = "akimdesk-election-package"
# The file is {"format", "content", "signature"}; the content names its own format_version (checked below and
# by core.election), and the voter list the district seals into it is {"file_name", "sealed"}.
PACKAGE_DOCUMENT_FIELDS = ("content", "format", "signature")
SEALED_VOTER_LIST_FIELDS = ("file_name", "sealed")
SEALED_VOTER_LIST_VERSION = 1


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose district signature and precinct certificate have been checked."""

    content: dict[str, Any]
    signature: bytes
    package_id: str
    district_certificate: x509.Certificate
    precinct_certificate: x509.Certificate


def write_package(
    content: dict[str, Any], district_key: ec.EllipticCurvePrivateKey, district_cert: x509.Certificate
) -> bytes:
    """Sign `content` with the district key and return the package file's bytes."""
    content = dict(content, district_certificate=certificate_to_pem(district_cert))
    signature = sign_detached(canonical_json(content), district_key, district_cert)
    document = {
        "format": PACKAGE_FORMAT,
        "content": content,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def read_verified_package(data: bytes, fingerprint: str) -> VerifiedPackage:
    """Parse a package file and verify it against the district fingerprint from the paper act."""
    expected = normalize_fingerprint(fingerprint)
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadInput("package-unreadable") from None
    if not isinstance(document, dict) or document.get("format") != PACKAGE_FORMAT:
        raise BadInput("package-unreadable")
    content = document.get("content")
    signature_text = document.get("signature")
    if not isinstance(content, dict):
        raise BadInput("package-unreadable")
    _check_version(content)
    if not isinstance(signature_text, str) or not signature_text:
        raise VerificationFailed("package-unsigned")
    try:
        signature = base64.b64decode(signature_text, validate=True)
    except (binascii.Error, ValueError):
        raise VerificationFailed("signature-unreadable") from None
    district_pem = content.get("district_certificate")
    if not isinstance(district_pem, str):
        raise VerificationFailed("package-unsigned")
    district_cert = certificate_from_pem(district_pem)
    if certificate_fingerprint(district_cert) != expected:
        raise VerificationFailed("package-fingerprint-mismatch")
    signer = verify_detached(canonical_json(content), signature, district_cert)
    if signer != district_cert:
        raise VerificationFailed("signature-untrusted")
    precinct_pem = content.get("precinct_certificate")
    if not isinstance(precinct_pem, str):
        raise VerificationFailed("precinct-certificate-mismatch")
    precinct_cert = certificate_from_pem(precinct_pem)
    if not is_issued_by(precinct_cert, district_cert):
        raise VerificationFailed("precinct-certificate-mismatch")
    return VerifiedPackage(
        content=content,
        signature=signature,
        package_id=sha256_hex(canonical_json(content)),
        district_certificate=district_cert,
        precinct_certificate=precinct_cert,
    )


def preview_package(data: bytes) -> tuple[str, dict[str, Any]]:
    """The district fingerprint a package names and its content, not yet verified: shown beside the paper act."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadInput("package-unreadable") from None
    if not isinstance(document, dict) or document.get("format") != PACKAGE_FORMAT:
        raise BadInput("package-unreadable")
    content = document.get("content")
    if not isinstance(content, dict) or not isinstance(content.get("district_certificate"), str):
        raise BadInput("package-unreadable")
    _check_version(content)
    return certificate_fingerprint(certificate_from_pem(content["district_certificate"])), content


def check_precinct_identity(package: VerifiedPackage, election_id: str, precinct_number: str) -> None:
    """The precinct certificate must name this election and this precinct."""
    if precinct_identity(package.precinct_certificate) != (election_id, precinct_number):
        raise VerificationFailed("precinct-certificate-mismatch")


def unlock_handover_key(package: VerifiedPackage, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """Decrypt the precinct key with the one-time passphrase from the handover act."""
    envelope = package.content.get("precinct_key")
    if not isinstance(envelope, dict):
        raise VerificationFailed("key-envelope-malformed")
    key = decrypt_private_key(envelope, passphrase)
    if not public_keys_match(key, package.precinct_certificate):
        raise VerificationFailed("precinct-key-mismatch")
    return key


def _check_version(content: dict[str, Any]) -> None:
    # A package of a later format is refused plainly, before anything in it is trusted or shown.
    version = content.get("format_version")
    if version != PACKAGE_FORMAT_VERSION:
        raise BadInput("package-version-unsupported", version=str(version))


def open_sealed_voter_list(content: dict[str, Any], passphrase: str) -> tuple[str, bytes] | None:
    """The voter list the district sealed into the package (file name and bytes), or None when there is none."""
    from pathlib import Path

    from akimdesk.signing.passphrase_envelope import open_with_passphrase

    sealed = content.get("voter_list")
    if sealed is None:
        return None
    if not isinstance(sealed, dict):
        raise BadInput("package-field-invalid", field="voter_list")
    if sealed.get("format_version", SEALED_VOTER_LIST_VERSION) != SEALED_VOTER_LIST_VERSION:
        raise BadInput("package-version-unsupported", version=str(sealed.get("format_version")))
    name = Path(str(sealed.get("file_name", "voters.csv"))).name
    if not name or not isinstance(sealed.get("sealed"), dict):
        raise BadInput("package-field-invalid", field="voter_list")
    return name, open_with_passphrase(sealed["sealed"], passphrase)
