"""The sync bundle file: parts in a ZIP, a manifest of their hashes, and a signature over every byte.

Layout (format 1)::

    file      = magic body_size body signature
    magic     = "AKIMDESK-BUNDLE" LF                  (16 bytes)
    body_size = 8-byte big-endian length of body
    body      = ZIP archive (deflate, entries sorted by name, fixed 1980-01-01 dates) holding
                "manifest.json", "precinct-certificate.pem" and the parts the manifest lists
    signature = 64 bytes r || s, ECDSA P-256 / SHA-256 by the precinct key over magic, body_size
                and body; only the low-S form is valid, so a changed byte anywhere fails.

The manifest (fields in bundle/parts.py) names the format version, election, precinct, device, application version, time,
sequence number, protocol versions, audit head and the SHA-256 and size of every other part.
The precinct certificate must be issued by the district and name the manifest's election and
precinct. Personal data travels only inside parts sealed to the district's encryption certificate.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from akimdesk.bundle.parts import BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, CERTIFICATE_PART, MANIFEST_PART
from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import VerificationFailed
from akimdesk.signing.keys import certificate_from_pem, certificate_to_pem, is_issued_by, precinct_identity
from akimdesk.signing.raw import SIGNATURE_BYTES, sign_raw, verify_raw

MAGIC = b"AKIMDESK-BUNDLE\n"
# The format's name, version and part names are declared once, with every part's fields, in bundle/parts.py.
MANIFEST = MANIFEST_PART
CERTIFICATE = CERTIFICATE_PART
_SIZE_BYTES = 8
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_MAX_PART_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, certificate and part hashes all check."""

    manifest: dict[str, Any]
    parts: dict[str, bytes]
    certificate: x509.Certificate
    file_sha256: str

    def json_part(self, name: str) -> Any:
        """A JSON part, parsed."""
        return json.loads(self.parts[name].decode("utf-8"))


def write_bundle(
    manifest: dict[str, Any], parts: dict[str, bytes], key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate
) -> bytes:
    """Assemble and sign a bundle; the manifest gets the hash and size of every part."""
    listed = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in sorted(parts.items())
    }
    full_manifest = {**manifest, "format": BUNDLE_FORMAT, "format_version": BUNDLE_FORMAT_VERSION, "parts": listed}
    entries = {**parts, CERTIFICATE: certificate_to_pem(certificate).encode("ascii"),
               MANIFEST: canonical_json(full_manifest)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    body = buffer.getvalue()
    signed = MAGIC + len(body).to_bytes(_SIZE_BYTES, "big") + body
    return signed + sign_raw(signed, key)


def read_bundle(data: bytes, district_certificate: x509.Certificate) -> VerifiedBundle:
    """Verify a bundle against the district certificate; refuse with a precise reason otherwise."""
    header = len(MAGIC) + _SIZE_BYTES
    if len(data) < header + SIGNATURE_BYTES or not data.startswith(MAGIC):
        raise VerificationFailed("bundle-unreadable")
    size = int.from_bytes(data[len(MAGIC):header], "big")
    if header + size + SIGNATURE_BYTES != len(data):
        raise VerificationFailed("bundle-unreadable")
    signed, signature = data[: header + size], data[header + size:]
    entries = _unzip(data[header: header + size])
    try:
        manifest = json.loads(entries.pop(MANIFEST).decode("utf-8"))
        certificate = certificate_from_pem(entries.pop(CERTIFICATE).decode("ascii"))
    except (KeyError, UnicodeDecodeError, ValueError, VerificationFailed):
        raise VerificationFailed("bundle-unreadable") from None
    if not verify_raw(signed, signature, certificate.public_key()):
        raise VerificationFailed("bundle-signature-invalid")
    if not is_issued_by(certificate, district_certificate):
        raise VerificationFailed("bundle-other-district")
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise VerificationFailed("bundle-unreadable")
    if manifest.get("format_version") != BUNDLE_FORMAT_VERSION:
        raise VerificationFailed("bundle-version-unsupported", version=manifest.get("format_version"))
    if precinct_identity(certificate) != (manifest.get("election_id"), manifest.get("precinct")):
        raise VerificationFailed("bundle-certificate-mismatch")
    listed = manifest.get("parts")
    if not isinstance(listed, dict) or set(listed) != set(entries):
        raise VerificationFailed("bundle-parts-mismatch")
    for name, part in sorted(entries.items()):
        if hashlib.sha256(part).hexdigest() != listed[name].get("sha256") or len(part) != listed[name].get("size"):
            raise VerificationFailed("bundle-part-altered", part=name)
    return VerifiedBundle(manifest, entries, certificate, hashlib.sha256(data).hexdigest())


def _unzip(body: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            infos = archive.infolist()
            if len({info.filename for info in infos}) != len(infos):
                raise VerificationFailed("bundle-unreadable")
            if sum(info.file_size for info in infos) > _MAX_PART_BYTES:
                raise VerificationFailed("bundle-unreadable")
            return {info.filename: archive.read(info) for info in infos}
    except VerificationFailed:
        raise
    except Exception:  # noqa: BLE001 - zipfile raises many kinds on a damaged archive
        raise VerificationFailed("bundle-unreadable") from None
