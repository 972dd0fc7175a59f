"""The signed protocol PDF: canonical JSON attached, PAdES-signed by the precinct key, checked offline."""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ByteStringObject, NameObject, NumberObject, TextStringObject

from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import BadInput
from akimdesk.core.protocol import ProtocolData
from akimdesk.signing.cms import run_sync, to_asn1_certificate
from akimdesk.signing.keys import is_issued_by, precinct_identity, public_keys_match

__all__ = [
    "PROTOCOL_ATTACHMENT_NAME",
    "SIGNATURE_FIELD_NAME",
    "attach_protocol_json",
    "sign_protocol_pdf",
]

# pypdf reports oddities of input files as log warnings; failures reach
# callers as BadInput or VerificationFailed instead.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

PROTOCOL_ATTACHMENT_NAME = "protocol.json"
SIGNATURE_FIELD_NAME = "Signature1"
_ATTACHMENT_DESCRIPTION = "Protocol data (canonical JSON)"
_JSON_MIME = NameObject("/application/json")
_PADES = fields.SigSeedSubFilter.PADES
_DIGEST = "sha256"
# Room for the CMS beyond the certificates it carries: signed attributes,
# signer identifier and the ECDSA value take well under 1 KiB.
_CMS_OVERHEAD = 1024
_RESERVE_STEP = 256



def _wire(data: ProtocolData | Mapping[str, Any] | Any) -> Any:
    """Protocol data in its signed JSON shape (typed data is written out; anything else is checked as it is)."""
    return data.to_json() if isinstance(data, ProtocolData) else data


def _protocol_identity(data: Any) -> tuple[str, str] | None:
    """The (election id, precinct number) that protocol data names, or None."""
    data = _wire(data)
    if not isinstance(data, dict):
        return None
    election_id = data.get("election_id")
    precinct = data.get("precinct")
    number = precinct.get("number") if isinstance(precinct, dict) else None
    if not isinstance(election_id, str) or not isinstance(number, str):
        return None
    return election_id, number


def attach_protocol_json(unsigned_pdf: bytes, data: ProtocolData | Mapping[str, Any]) -> bytes:
    """Append an incremental update that embeds the canonical JSON of `data` as protocol.json."""
    try:
        payload = canonical_json(_wire(data))
    except (ValueError, TypeError):
        raise BadInput("protocol-data-malformed", field="data") from None
    try:
        reader = PdfReader(io.BytesIO(bytes(unsigned_pdf)), strict=True)
        if reader.is_encrypted:
            raise BadInput("pdf-encrypted")
        if PROTOCOL_ATTACHMENT_NAME in reader.attachments:
            raise BadInput("pdf-already-attached")
        # pypdf's incremental mode keeps the trailer /ID and leaves /Info and
        # its dates alone, so the same input and data give the same bytes;
        # pyHanko's writer would stamp a fresh /ID and the current /ModDate.
        writer = PdfWriter(reader, incremental=True)
        attachment = writer.add_attachment(PROTOCOL_ATTACHMENT_NAME, payload)
        attachment.alternative_name = TextStringObject(PROTOCOL_ATTACHMENT_NAME)
        attachment.description = TextStringObject(_ATTACHMENT_DESCRIPTION)
        attachment.subtype = _JSON_MIME
        attachment.size = NumberObject(len(payload))
        attachment.checksum = ByteStringObject(hashlib.md5(payload, usedforsecurity=False).digest())
        if reader.pdf_header < "%PDF-1.5" and "/Version" not in writer.root_object:
            # The update is written with a cross-reference stream, a PDF 1.5 feature.
            writer.root_object[NameObject("/Version")] = NameObject("/1.7")
        out = io.BytesIO()
        writer.write(out)
    except BadInput:
        raise
    except Exception:
        raise BadInput("pdf-unreadable") from None
    return out.getvalue()


def _bytes_reserved(certificates: Iterable[x509.Certificate]) -> int:
    """The length of the /Contents hex string pyHanko reserves: two hex digits per byte of CMS."""
    size = _CMS_OVERHEAD + sum(len(c.public_bytes(serialization.Encoding.DER)) for c in certificates)
    return 2 * (-(-size // _RESERVE_STEP) * _RESERVE_STEP)


def sign_protocol_pdf(
    unsigned_pdf: bytes,
    data: ProtocolData | Mapping[str, Any],
    key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    chain: Iterable[x509.Certificate] = (),
    *,
    reason: str | None = None,
    location: str | None = None,
) -> bytes:
    """Attach the protocol data to the PDF and sign the whole file with the precinct key (PAdES)."""
    chain = tuple(chain)
    if not public_keys_match(key, cert):
        raise BadInput("key-certificate-mismatch")
    if any(not is_issued_by(cert, issuer) for issuer in chain):
        raise BadInput("certificate-chain-mismatch")
    identity = _protocol_identity(data)
    if identity is None:
        raise BadInput("protocol-data-malformed", field="precinct")
    if precinct_identity(cert) != identity:
        raise BadInput("protocol-certificate-mismatch")
    attached = attach_protocol_json(unsigned_pdf, data)
    signer = SimpleSigner(
        signing_cert=to_asn1_certificate(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [to_asn1_certificate(c) for c in chain]),
    )
    metadata = PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD_NAME,
        subfilter=_PADES,
        md_algorithm=_DIGEST,
        reason=reason or f"Protocol of precinct {identity[1]}, version {_wire(data).get('version')}",
        location=location,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(attached), strict=True)
    except Exception:
        raise BadInput("pdf-unreadable") from None
    out = io.BytesIO()
    try:
        run_sync(
            lambda: PdfSigner(metadata, signer).async_sign_pdf(
                writer, output=out, bytes_reserved=_bytes_reserved((cert, *chain))
            )
        )
    except (PdfError, SigningError) as exc:
        raise BadInput("pdf-signing-failed") from exc
    return out.getvalue()
