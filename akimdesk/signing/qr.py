"""The signed payload of the QR code printed on a protocol, checked offline with the precinct certificate.

The payload is one line of ASCII text, fields in this fixed order, nothing
before or after, no spaces::

    payload   = "AKP1" "|E=" election "|P=" precinct "|T=" template "|V=" version
                "|L=" values "|H=" hash "|S=" signature
    election  = 64 lower-case hex digits          ; the election id
    precinct  = 1 to 16 of 0-9 A-Z a-z "-"        ; the precinct number
    template  = 1 to 64 of 0-9 A-Z a-z "." "_" "-" ; the protocol template id
    version   = "1"-"9" followed by 0 to 8 digits ; the protocol version
    values    = count 0 to 98 times ("," count)   ; the value of every protocol line,
                                                    in the order of data["lines"]
    count     = "0" / "1"-"9" followed by 0 to 8 digits
    hash      = 64 lower-case hex digits          ; SHA-256 of the protocol's canonical JSON
    signature = 86 base64url characters, no "=" padding

``AKP1`` names this grammar; a later layout gets a new tag. The signature is
the 64-byte big-endian ``r || s`` of an ECDSA P-256 / SHA-256 signature, by the
precinct key, over the ASCII bytes of everything before ``|S=``. Only the low-S
form (``s <= n/2``) and the canonical base64url text are accepted, so each
signed content has exactly one valid payload text. A 14-line protocol gives
about 320 bytes, which a QR code at level M holds as version 13 or so.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec

from akimdesk.core.errors import BadInput, VerificationFailed
from akimdesk.core.protocol import ProtocolData, protocol_hash
from akimdesk.signing.keys import precinct_identity
from akimdesk.signing.raw import SIGNATURE_BYTES, sign_raw, verify_raw

__all__ = [
    "QR_PAYLOAD_FIELDS",
    "QR_PAYLOAD_TAG",
    "QR_PAYLOAD_VERSION",
    "QrPayload",
    "make_qr_payload",
    "parse_qr_payload",
    "protocol_hash",
    "qr_matches_data",
    "verify_qr_payload",
]

QR_PAYLOAD_VERSION = 1
QR_PAYLOAD_TAG = f"AKP{QR_PAYLOAD_VERSION}"
QR_PAYLOAD_FIELDS = ("E", "P", "T", "V", "L", "H", "S")
"""The payload's field tags, in their fixed order."""
_SIGNATURE_MARK = "|S="
_MAX_TEXT_LENGTH = 2048
_MAX_LINES = 99
_MAX_COUNT = 10**9 - 1

_HEX64 = r"[0-9a-f]{64}"
_PRECINCT = r"[0-9A-Za-z-]{1,16}"
_TEMPLATE = r"[0-9A-Za-z._-]{1,64}"
_VERSION = r"[1-9][0-9]{0,8}"
_COUNT = r"(?:0|[1-9][0-9]{0,8})"
_PAYLOAD_RE = re.compile(
    rf"{QR_PAYLOAD_TAG}\|E=({_HEX64})\|P=({_PRECINCT})\|T=({_TEMPLATE})\|V=({_VERSION})"
    rf"\|L=({_COUNT}(?:,{_COUNT}){{0,{_MAX_LINES - 1}}})\|H=({_HEX64})\|S=([A-Za-z0-9_-]{{86}})"
)
_FIELD_RES = {
    "election_id": re.compile(_HEX64),
    "precinct": re.compile(_PRECINCT),
    "template_id": re.compile(_TEMPLATE),
}


@dataclass(frozen=True)
class QrPayload:
    """The fields of a parsed QR payload, with the signature and the exact text it covers."""

    election_id: str
    precinct: str
    template_id: str
    version: int
    values: tuple[int, ...]
    protocol_hash: str
    signature: bytes
    signed_text: str


def _is_count(value: Any, minimum: int) -> bool:
    return type(value) is int and minimum <= value <= _MAX_COUNT


def _wire(data: ProtocolData | Mapping[str, Any] | Any) -> Any:
    """Protocol data in its signed JSON shape (typed data is written out; anything else is checked as it is)."""
    return data.to_json() if isinstance(data, ProtocolData) else data


def _payload_fields(data: Any) -> tuple[str, str, str, int, tuple[int, ...]]:
    """The election id, precinct, template id, version and line values of protocol data, or BadInput."""
    if not isinstance(data, dict):
        raise BadInput("protocol-data-malformed", field="data")
    try:
        fields = {
            "election_id": data["election_id"],
            "precinct": data["precinct"]["number"],
            "template_id": data["template"]["id"],
        }
        version = data["version"]
        lines = data["lines"]
    except (KeyError, TypeError, IndexError):
        raise BadInput("protocol-data-malformed", field="data") from None
    for name, pattern in _FIELD_RES.items():
        if not isinstance(fields[name], str) or not pattern.fullmatch(fields[name]):
            raise BadInput("protocol-data-malformed", field=name)
    if not _is_count(version, 1):
        raise BadInput("protocol-data-malformed", field="version")
    if not isinstance(lines, list) or not 1 <= len(lines) <= _MAX_LINES:
        raise BadInput("protocol-data-malformed", field="lines")
    values: list[int] = []
    for line in lines:
        value = line.get("value") if isinstance(line, dict) else None
        if not isinstance(value, int) or not _is_count(value, 0):
            raise BadInput("protocol-data-malformed", field="lines")
        values.append(value)
    return fields["election_id"], fields["precinct"], fields["template_id"], version, tuple(values)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def make_qr_payload(data: ProtocolData | Mapping[str, Any], key: ec.EllipticCurvePrivateKey) -> str:
    """The signed QR payload text of a protocol, signed with the precinct's private key."""
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise BadInput("key-unsupported")
    data = _wire(data)
    election_id, precinct, template_id, version, values = _payload_fields(data)
    try:
        digest = protocol_hash(data)
    except (ValueError, TypeError):
        raise BadInput("protocol-data-malformed", field="data") from None
    signed_text = (
        f"{QR_PAYLOAD_TAG}|E={election_id}|P={precinct}|T={template_id}|V={version}"
        f"|L={','.join(str(v) for v in values)}|H={digest}"
    )
    raw = sign_raw(signed_text.encode("ascii"), key)
    return f"{signed_text}{_SIGNATURE_MARK}{_b64url(raw)}"


def parse_qr_payload(text: str) -> QrPayload:
    """Split a QR payload into its fields, refusing anything outside the grammar."""
    if not isinstance(text, str) or len(text) > _MAX_TEXT_LENGTH:
        raise VerificationFailed("qr-malformed")
    match = _PAYLOAD_RE.fullmatch(text)
    if match is None:
        raise VerificationFailed("qr-malformed")
    election_id, precinct, template_id, version, values, digest, signature_text = match.groups()
    try:
        signature = base64.urlsafe_b64decode(signature_text + "==")
    except (binascii.Error, ValueError):
        raise VerificationFailed("qr-malformed") from None
    # The last character carries 4 unused bits; only the canonical spelling is accepted.
    if len(signature) != SIGNATURE_BYTES or _b64url(signature) != signature_text:
        raise VerificationFailed("qr-malformed")
    return QrPayload(
        election_id=election_id,
        precinct=precinct,
        template_id=template_id,
        version=int(version),
        values=tuple(int(v) for v in values.split(",")),
        protocol_hash=digest,
        signature=signature,
        signed_text=text[: text.index(_SIGNATURE_MARK)],
    )


def verify_qr_payload(text: str, precinct_cert: x509.Certificate) -> QrPayload:
    """Parse a QR payload and check it was signed by the precinct the certificate names."""
    payload = parse_qr_payload(text)
    if precinct_identity(precinct_cert) != (payload.election_id, payload.precinct):
        raise VerificationFailed("qr-certificate-mismatch")
    try:
        public_key = precinct_cert.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise VerificationFailed("qr-signature-invalid") from None
    if not verify_raw(payload.signed_text.encode("ascii"), payload.signature, public_key):
        raise VerificationFailed("qr-signature-invalid")
    return payload


def qr_matches_data(payload: QrPayload, data: ProtocolData | Mapping[str, Any] | Any) -> bool:
    """Whether every field, line value and the hash of the payload equal those of the protocol data."""
    data = _wire(data)
    try:
        election_id, precinct, template_id, version, values = _payload_fields(data)
        digest = protocol_hash(data)
    except (BadInput, ValueError, TypeError):
        return False
    return (
        payload.election_id == election_id
        and payload.precinct == precinct
        and payload.template_id == template_id
        and payload.version == version
        and payload.values == values
        and payload.protocol_hash == digest
    )
