"""Checking a signed protocol PDF offline: signature, whole-file coverage, padding, attachment, QR."""

from __future__ import annotations

import io
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2
import zxingcpp
from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    SignatureCoverageLevel,
    async_validate_pdf_signature,
)
from pyhanko_certvalidator import ValidationContext

from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.errors import VerificationFailed
from akimdesk.core.protocol import ProtocolData, ProtocolDataMalformed
from akimdesk.signing.cms import SIGNER_KEY_USAGE, run_sync, to_asn1_certificate, validation_moment
from akimdesk.signing.keys import is_issued_by, precinct_identity
from akimdesk.signing.pdf import (
    _DIGEST,
    _PADES,
    PROTOCOL_ATTACHMENT_NAME,
    _protocol_identity,
)
from akimdesk.signing.qr import QrPayload, qr_matches_data, verify_qr_payload

_QR_DPI = 150
_QR_PAGES = 2
_NAME_TREE_DEPTH = 16
_HEX_DIGITS = frozenset(b"0123456789ABCDEF")
_RAW_BYTE_RANGE_RE = re.compile(
    rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]"
)
# PDFium may not be entered from two threads at once.
_pdfium_lock = threading.Lock()


@dataclass(frozen=True)
class VerifiedProtocol:
    """A protocol PDF that passed every check: its data, hash, precinct, signer and QR code."""

    data: ProtocolData
    protocol_hash: str
    election_id: str
    precinct: str
    signer_certificate: x509.Certificate
    qr_text: str
    qr: QrPayload

    @property
    def signer_name(self) -> str | None:
        """The common name of the precinct certificate that signed."""
        from cryptography.x509.oid import NameOID

        names = self.signer_certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        value = names[0].value if names else None
        return value if isinstance(value, str) else None


def _open(blob: bytes) -> PdfFileReader:
    try:
        return PdfFileReader(io.BytesIO(blob), strict=True)
    except Exception:
        raise VerificationFailed("pdf-unreadable") from None


def _the_signature(reader: PdfFileReader, blob: bytes) -> EmbeddedPdfSignature:
    """The document's only filled signature field, as pyHanko models it."""
    try:
        filled = list(fields.enumerate_sig_fields(reader, filled_status=True))
    except Exception:
        _diagnose_padding(blob)
        raise VerificationFailed("pdf-unreadable") from None
    if not filled:
        raise VerificationFailed("pdf-unsigned")
    if len(filled) > 1:
        raise VerificationFailed("pdf-signature-multiple")
    name, _value, field_ref = filled[0]
    try:
        signature = EmbeddedPdfSignature(reader, field_ref, name)
        subfilter = signature.sig_object.get("/SubFilter")
        if signature.sig_object_type != "/Sig" or subfilter != _PADES.value:
            raise VerificationFailed("pdf-signature-invalid")
    except VerificationFailed:
        raise
    except Exception:
        _diagnose_padding(blob)
        raise VerificationFailed("pdf-signature-invalid") from None
    return signature


def _diagnose_padding(blob: bytes) -> None:
    """Name altered padding as such when the damage stops pyHanko from parsing the signature at all."""
    # Only ever turns one refusal into a more precise one: the byte range is
    # found by a raw search here, so nothing is accepted on its strength.
    found = list(_RAW_BYTE_RANGE_RE.finditer(blob))
    if not found:
        return
    start, first_length, gap_end, _second_length = (int(v) for v in found[-1].groups())
    if start != 0 or not 0 < first_length < gap_end <= len(blob):
        return
    text = blob[first_length:gap_end]
    der_length = _der_length(text[1:])
    if text[:1] != b"<" or der_length is None or 2 * der_length + 2 > len(text):
        return
    if text[1 + 2 * der_length : -1].strip(b"0"):
        raise VerificationFailed("pdf-signature-padding-altered")


def _check_byte_range(signature: EmbeddedPdfSignature, size: int) -> tuple[int, int]:
    """The start and end of the unsigned gap, once the byte range is seen to cover all the rest."""
    values = list(signature.byte_range)
    if len(values) != 4 or not all(isinstance(v, int) for v in values):
        raise VerificationFailed("pdf-signature-invalid")
    start, first_length, gap_end, second_length = (int(v) for v in values)
    if start != 0 or not 0 < first_length < gap_end <= size or second_length < 0:
        raise VerificationFailed("pdf-signature-invalid")
    if gap_end + second_length != size:
        raise VerificationFailed("pdf-not-whole-file")
    return first_length, gap_end


def _der_length(hex_text: bytes) -> int | None:
    """The total length of the DER value whose hex encoding starts `hex_text`, or None."""
    try:
        head = bytes.fromhex(hex_text[:12].decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None
    if len(head) < 2 or head[0] != 0x30:
        return None
    if head[1] < 0x80:
        return 2 + head[1]
    count = head[1] & 0x7F
    if not 1 <= count <= 4 or len(head) < 2 + count:
        return None
    return 2 + count + int.from_bytes(head[2 : 2 + count], "big")


def _check_contents(blob: bytes, gap: tuple[int, int], signature: EmbeddedPdfSignature) -> bytes:
    """Check the raw /Contents hex string byte by byte and return the DER of the CMS."""
    text = blob[gap[0] : gap[1]]
    if len(text) < 2 or text[:1] != b"<" or text[-1:] != b">":
        raise VerificationFailed("pdf-signature-invalid")
    inner = text[1:-1]
    der_length = _der_length(inner)
    if der_length is None or 2 * der_length > len(inner):
        raise VerificationFailed("pdf-signature-invalid")
    der_hex, padding = inner[: 2 * der_length], inner[2 * der_length :]
    # PDF readers skip whitespace and ignore case in hex strings, and these
    # bytes lie outside the digest: only the exact form pyHanko writes is
    # accepted, or a changed file could still carry a "valid" signature.
    if padding.strip(b"0"):
        raise VerificationFailed("pdf-signature-padding-altered")
    if not set(der_hex) <= _HEX_DIGITS:
        raise VerificationFailed("pdf-signature-invalid")
    contents = bytes.fromhex(inner.decode("ascii"))
    if contents != signature.pkcs7_content:
        raise VerificationFailed("pdf-signature-invalid")
    return contents[:der_length]


def _check_cms_layout(der: bytes, district_der: bytes) -> bytes:
    """Refuse a CMS unlike the one the signer writes; return the DER of the signer certificate in it."""
    # The signature covers only the signed attributes: the SignedData and
    # SignerInfo versions, the digest algorithm list and some parameters
    # could change unnoticed. Rebuilding the container from the protected
    # parts and comparing bytes leaves no such field.
    try:
        info = asn1_cms.ContentInfo.load(der, strict=True)
        signed_data = info["content"]
        (signer_info,) = list(signed_data["signer_infos"])
        certificates = [choice.chosen for choice in signed_data["certificates"]]
        own = [c for c in certificates if c.dump() != district_der]
        if len(certificates) - len(own) > 1 or len(own) > 1:
            raise VerificationFailed("pdf-signature-invalid")
        # Without a certificate of its own the signer can only be the district
        # itself, which the precinct check refuses later with a precise code.
        signer_cert = own[0] if own else certificates[0]
        rebuilt = asn1_cms.ContentInfo(
            {
                "content_type": "signed_data",
                "content": asn1_cms.SignedData(
                    {
                        "version": "v1",
                        "digest_algorithms": [{"algorithm": _DIGEST}],
                        "encap_content_info": {"content_type": "data"},
                        "certificates": [
                            asn1_cms.CertificateChoices(name="certificate", value=c)
                            for c in certificates
                        ],
                        "signer_infos": [
                            {
                                "version": "v1",
                                "sid": asn1_cms.SignerIdentifier(
                                    name="issuer_and_serial_number",
                                    value={
                                        "issuer": signer_cert.issuer,
                                        "serial_number": signer_cert.serial_number,
                                    },
                                ),
                                "digest_algorithm": {"algorithm": _DIGEST},
                                "signed_attrs": signer_info["signed_attrs"],
                                "signature_algorithm": {"algorithm": "sha256_ecdsa"},
                                "signature": signer_info["signature"].native,
                            }
                        ],
                    }
                ),
            }
        ).dump()
    except VerificationFailed:
        raise
    except Exception:
        raise VerificationFailed("pdf-signature-invalid") from None
    if rebuilt != der:
        raise VerificationFailed("pdf-signature-invalid")
    dumped: bytes = signer_cert.dump()
    return dumped


def _validate(signature: EmbeddedPdfSignature, district_cert: x509.Certificate) -> x509.Certificate:
    """Run pyHanko's validation offline against the district root; return the signer certificate."""

    async def validate() -> Any:
        context = ValidationContext(
            trust_roots=[to_asn1_certificate(district_cert)],
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=validation_moment(),
        )
        return await async_validate_pdf_signature(
            signature,
            signer_validation_context=context,
            key_usage_settings=SIGNER_KEY_USAGE,
        )

    try:
        status = run_sync(validate)
    except Exception:
        # SignatureValidationError, and structural damage the parser let through.
        raise VerificationFailed("pdf-signature-invalid") from None
    if not (status.intact and status.valid):
        raise VerificationFailed("pdf-signature-invalid")
    if not status.trusted:
        raise VerificationFailed("pdf-signature-untrusted")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise VerificationFailed("pdf-not-whole-file")
    if not status.bottom_line:
        raise VerificationFailed("pdf-signature-invalid")
    try:
        return x509.load_der_x509_certificate(status.signing_cert.dump())
    except ValueError:
        raise VerificationFailed("pdf-signature-invalid") from None


def _name_tree_values(node: Any, key: str, depth: int = 0) -> Iterator[Any]:
    """Every value filed under `key` in a PDF name tree."""
    if depth > _NAME_TREE_DEPTH:
        raise ValueError("name tree too deep")
    node = node.get_object()
    if "/Names" in node:
        entries = node["/Names"]
        for index in range(0, len(entries) - 1, 2):
            name = entries[index]
            if isinstance(name, generic.ByteStringObject):
                name = bytes(name).decode("latin-1")
            if name == key:
                yield entries[index + 1]
    if "/Kids" in node:
        for kid in node["/Kids"]:
            yield from _name_tree_values(kid, key, depth + 1)


def _attachment(reader: PdfFileReader) -> bytes:
    """The decoded bytes of the one embedded file named protocol.json."""
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
        found = list(_name_tree_values(tree, PROTOCOL_ATTACHMENT_NAME))
    except Exception:
        raise VerificationFailed("pdf-attachment-missing") from None
    if not found:
        raise VerificationFailed("pdf-attachment-missing")
    if len(found) > 1:
        raise VerificationFailed("pdf-attachment-duplicated")
    try:
        stream = found[0]["/EF"]["/F"]
    except Exception:
        raise VerificationFailed("pdf-attachment-missing") from None
    try:
        return bytes(stream.data)
    except Exception:
        raise VerificationFailed("pdf-attachment-altered") from None


def _protocol_data(raw: bytes) -> dict[str, Any]:
    """Parse the attached JSON, which must be exactly the canonical form of its content."""
    try:
        data = json.loads(raw.decode("utf-8"))
        canonical = canonical_json(data)
    except (UnicodeDecodeError, ValueError, TypeError, RecursionError):
        raise VerificationFailed("pdf-attachment-altered") from None
    if not isinstance(data, dict) or canonical != raw:
        raise VerificationFailed("pdf-attachment-altered")
    return data


def _qr_texts(blob: bytes) -> list[str]:
    """The texts of the QR codes on page 1, or on page 2 when page 1 has none."""
    with _pdfium_lock:
        try:
            document = pypdfium2.PdfDocument(blob)
        except Exception:
            raise VerificationFailed("pdf-qr-unreadable") from None
        try:
            for index in range(min(_QR_PAGES, len(document))):
                page = document[index]
                try:
                    image = page.render(scale=_QR_DPI / 72, grayscale=True).to_pil()
                    found = zxingcpp.read_barcodes(
                        image, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]  # a format is a set of one
                finally:
                    page.close()
                if found:
                    return [barcode.text for barcode in found]
        except Exception:
            raise VerificationFailed("pdf-qr-unreadable") from None
        finally:
            document.close()
    raise VerificationFailed("pdf-qr-unreadable")


def verify_protocol_pdf(pdf: bytes, district_cert: x509.Certificate) -> VerifiedProtocol:
    """Check a signed protocol PDF against the district certificate and return its data."""
    if not isinstance(pdf, (bytes, bytearray, memoryview)):
        raise VerificationFailed("pdf-unreadable")
    blob = bytes(pdf)
    # Cheap byte-level checks run before the cryptography and the rendering.
    reader = _open(blob)
    signature = _the_signature(reader, blob)
    gap = _check_byte_range(signature, len(blob))
    der = _check_contents(blob, gap, signature)
    signer_der = _check_cms_layout(der, district_cert.public_bytes(serialization.Encoding.DER))
    signer_cert = _validate(signature, district_cert)
    if signer_cert.public_bytes(serialization.Encoding.DER) != signer_der:
        raise VerificationFailed("pdf-signature-invalid")
    # Precinct certificates come straight from the district root; this also
    # refuses a precinct certificate passed in as if it were the root.
    if not is_issued_by(signer_cert, district_cert):
        raise VerificationFailed("pdf-signature-untrusted")

    raw = _attachment(reader)
    data = _protocol_data(raw)
    identity = _protocol_identity(data)
    if identity is None:
        raise VerificationFailed("pdf-attachment-malformed")
    if precinct_identity(signer_cert) != identity:
        raise VerificationFailed("pdf-certificate-mismatch")

    try:
        protocol = ProtocolData.from_json(data)
    except ProtocolDataMalformed as malformed:
        raise VerificationFailed("pdf-protocol-format-unknown", field=malformed.field) from None

    texts = _qr_texts(blob)
    payloads = []
    for text in texts:
        try:
            payload = verify_qr_payload(text, signer_cert)
        except VerificationFailed:
            raise VerificationFailed("pdf-qr-mismatch") from None
        if not qr_matches_data(payload, data):
            raise VerificationFailed("pdf-qr-mismatch")
        payloads.append(payload)
    return VerifiedProtocol(
        data=protocol,
        protocol_hash=sha256_hex(raw),
        election_id=identity[0],
        precinct=identity[1],
        signer_certificate=signer_cert,
        qr_text=texts[0],
        qr=payloads[0],
    )
