"""Tests for the signed protocol PDF: attachment, PAdES signature, QR code, all checked offline."""

from __future__ import annotations

import collections
import copy
import io
import json
import random
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import keys as asn1_keys
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import BadInput, VerificationFailed
from akimdesk.signing import (
    generate_private_key,
    issue_precinct_certificate,
    make_district_certificate,
)
from akimdesk.signing import pdf as pdf_module
from akimdesk.signing.cms import run_sync, to_asn1_certificate
from akimdesk.signing.pdf import PROTOCOL_ATTACHMENT_NAME, attach_protocol_json, sign_protocol_pdf
from akimdesk.signing.pdf_verify import SignatureCoverageLevel, VerifiedProtocol, verify_protocol_pdf
from akimdesk.signing.qr import make_qr_payload, protocol_hash

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sample.json"
QR_SIZE = 60 * mm
HEX_DIGITS = "0123456789ABCDEF"


def unsigned_protocol_pdf(data: dict, qr_text: str | None, *, qr_page: int = 1) -> bytes:
    """A small two-page A4 protocol drawn with reportlab in invariant mode, QR code on `qr_page`."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for page in (1, 2):
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(20 * mm, 275 * mm, f"Protocol, precinct {data['precinct']['number']} - page {page} of 2")
        pdf.setFont("Helvetica", 10)
        if page == 1:
            for row, line in enumerate(data["lines"]):
                pdf.drawString(20 * mm, (260 - 7 * row) * mm, f"{line['number']}. {line['key']}")
                pdf.drawRightString(110 * mm, (260 - 7 * row) * mm, str(line["value"]))
        else:
            for row, member in enumerate(data["members"]):
                pdf.drawString(20 * mm, (260 - 9 * row) * mm, f"{member['id']} ({member['role']}) ____________")
        if qr_text is not None and page == qr_page:
            widget = QrCodeWidget(qr_text, barLevel="M")
            x1, y1, x2, y2 = widget.getBounds()
            drawing = Drawing(
                QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x2 - x1), 0, 0, QR_SIZE / (y2 - y1), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, pdf, 125 * mm, 195 * mm)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def precinct_cert(district, public_key, election_id: str, number: str):
    district_key, district_cert = district
    return issue_precinct_certificate(
        district_key,
        district_cert,
        public_key,
        election_id=election_id,
        precinct_number=number,
        precinct_name=f"№{number} учаскелік сайлау комиссиясы",
    )


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def district():
    key = generate_private_key()
    return key, make_district_certificate(key, "Демо аудандық сайлау комиссиясы")


@pytest.fixture(scope="module")
def precinct(district, data):
    key = generate_private_key()
    return key, precinct_cert(district, key.public_key(), data["election_id"], "1001")


@pytest.fixture(scope="module")
def qr_text(precinct, data) -> str:
    return make_qr_payload(data, precinct[0])


@pytest.fixture(scope="module")
def unsigned(data, qr_text) -> bytes:
    return unsigned_protocol_pdf(data, qr_text)


@pytest.fixture(scope="module")
def signed(unsigned, data, precinct) -> bytes:
    return sign_protocol_pdf(unsigned, data, *precinct)


def refusal(blob: bytes, district_cert) -> str:
    with pytest.raises(VerificationFailed) as caught:
        verify_protocol_pdf(blob, district_cert)
    return caught.value.code


def contents_layout(blob: bytes) -> tuple[int, int, int]:
    """Offsets of '<' and '>' around /Contents, and the number of hex digits of the DER inside."""
    signature = PdfFileReader(io.BytesIO(blob)).embedded_signatures[0]
    _, start, end, _ = signature.byte_range
    der = asn1_cms.ContentInfo.load(signature.pkcs7_content).dump()
    assert signature.pkcs7_content == der + bytes(len(signature.pkcs7_content) - len(der))
    return start, end - 1, 2 * len(der)


def replaced(blob: bytes, offset: int, value: int) -> bytes:
    changed = bytearray(blob)
    changed[offset] = value
    return bytes(changed)


# --- the good path ----------------------------------------------------------------------------


def test_signed_protocol_verifies_and_returns_its_data(signed, district, precinct, data, qr_text):
    result = verify_protocol_pdf(signed, district[1])
    assert isinstance(result, VerifiedProtocol)
    assert result.data.to_json() == data
    assert result.protocol_hash == protocol_hash(data)
    assert result.election_id == data["election_id"]
    assert result.precinct == "1001"
    assert result.signer_certificate == precinct[1]
    assert result.qr_text == qr_text


def test_signature_with_the_district_certificate_in_the_chain_verifies(unsigned, data, precinct, district):
    signed = sign_protocol_pdf(unsigned, data, *precinct, chain=[district[1]])
    assert verify_protocol_pdf(signed, district[1]).precinct == "1001"


def test_qr_on_page_two_is_found(data, qr_text, precinct, district):
    signed = sign_protocol_pdf(unsigned_protocol_pdf(data, qr_text, qr_page=2), data, *precinct)
    assert verify_protocol_pdf(signed, district[1]).qr_text == qr_text


def test_signature_is_pades_over_the_whole_file(signed):
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_signatures
    assert signature.field_name == "Signature1"
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.md_algorithm == "sha256"
    assert signature.evaluate_signature_coverage() == SignatureCoverageLevel.ENTIRE_FILE
    _, start, end, _ = signature.byte_range
    assert end - start <= 2 * 4096 + 2


def test_attachment_is_canonical_json_visible_to_other_readers(signed, data):
    attachment = PdfReader(io.BytesIO(signed)).attachments
    assert list(attachment) == [PROTOCOL_ATTACHMENT_NAME]
    assert attachment[PROTOCOL_ATTACHMENT_NAME] == [canonical_json(data)]
    (embedded,) = PdfReader(io.BytesIO(signed)).attachment_list
    assert embedded.subtype == "/application/json"
    assert embedded.size == len(canonical_json(data))


def test_embedding_is_deterministic(unsigned, data, signed):
    first = attach_protocol_json(unsigned, data)
    second = attach_protocol_json(unsigned, data)
    assert first == second
    # An incremental update: the reportlab bytes stay untouched in front.
    assert first.startswith(unsigned)
    assert signed.startswith(first)
    changed = copy.deepcopy(data)
    changed["lines"][0]["value"] += 1
    assert attach_protocol_json(unsigned, changed) != first


# --- tampering --------------------------------------------------------------------------------


def flip_offsets(blob: bytes, payload: bytes, seed: int) -> dict[str, list[int]]:
    """Seeded offsets, by region, covering the signed ranges, the DER, its padding and the attachment."""
    rng = random.Random(seed)
    opening, closing, der_hex = contents_layout(blob)
    der = (opening + 1, opening + 1 + der_hex)
    padding = (der[1], closing)
    attachment_start = blob.index(payload)
    attachment = (attachment_start, attachment_start + len(payload))
    assert attachment[1] <= opening

    def pick(low: int, high: int, count: int, skip: tuple[int, int] | None = None) -> list[int]:
        chosen: set[int] = set()
        while len(chosen) < count:
            offset = rng.randrange(low, high)
            if skip is None or not skip[0] <= offset < skip[1]:
                chosen.add(offset)
        return sorted(chosen)

    return {
        "first signed range": pick(0, opening, 60, attachment)
        + [0, 1, 8, attachment[0] - 1, attachment[1], opening - 1],
        "attachment stream": pick(*attachment, 40) + [attachment[0], attachment[1] - 1],
        "signature value (DER)": pick(*der, 50) + [der[0], der[1] - 1],
        "signature padding": pick(*padding, 40) + [padding[0], padding[1] - 1],
        "contents delimiters": [opening, closing],
        "second signed range": pick(closing + 1, len(blob), 30) + [closing + 1, len(blob) - 1],
    }


@pytest.mark.slow
def test_single_byte_flips_all_fail(signed, data, district, capsys):
    regions = flip_offsets(signed, canonical_json(data), seed=20261129)
    rng = random.Random(7)
    codes: dict[str, collections.Counter] = {}
    total = 0
    for region, offsets in regions.items():
        codes[region] = collections.Counter()
        for offset in offsets:
            mask = rng.randrange(1, 256)
            codes[region][refusal(replaced(signed, offset, signed[offset] ^ mask), district[1])] += 1
            total += 1
    assert total >= 200
    assert sum(codes["signature padding"].values()) >= 40
    with capsys.disabled():
        print(f"\n{total} single-byte flips, every one refused:")
        for region, counter in codes.items():
            print(f"  {region}: {dict(counter)}")


@pytest.mark.slow
def test_every_hex_digit_of_the_signature_value_is_protected(signed, district):
    # Fields of the CMS outside the signed attributes (versions, algorithm
    # lists) and the letter case of the hex string escape the signature
    # itself; each digit is changed in turn, letters also to lower case.
    opening, _closing, der_hex = contents_layout(signed)
    codes = collections.Counter()
    for offset in range(opening + 1, opening + 1 + der_hex):
        digit = chr(signed[offset])
        variants = {HEX_DIGITS[(HEX_DIGITS.index(digit) + 1) % 16], digit.lower()} - {digit}
        for variant in variants:
            codes[refusal(replaced(signed, offset, ord(variant)), district[1])] += 1
    assert sum(codes.values()) >= der_hex
    assert set(codes) <= {"pdf-signature-invalid", "pdf-signature-padding-altered", "pdf-signature-untrusted"}


def test_padding_must_stay_zero_even_where_readers_would_not_notice(signed, district):
    _opening, closing, _der_hex = contents_layout(signed)
    for value in (b" ", b"\n", b"1", b"a"):
        assert refusal(replaced(signed, closing - 3, value[0]), district[1]) == "pdf-signature-padding-altered"


def test_lower_case_hex_in_the_signature_value_fails(signed, district):
    opening, _closing, der_hex = contents_layout(signed)
    text = signed[opening + 1 : opening + 1 + der_hex]
    letter = next(i for i, c in enumerate(text) if chr(c) in "ABCDEF")
    lowered = replaced(signed, opening + 1 + letter, ord(chr(text[letter]).lower()))
    assert refusal(lowered, district[1]) == "pdf-signature-invalid"


def test_unsigned_cms_version_change_fails(signed, district):
    opening, _closing, _der_hex = contents_layout(signed)
    # ContentInfo, OID, [0], SignedData headers, then INTEGER 1: the version digit at hex 50..51.
    version_at = opening + 1 + 50
    assert signed[version_at - 4 : version_at + 2] == b"020101"
    assert refusal(replaced(signed, version_at + 1, ord("3")), district[1]) == "pdf-signature-invalid"


def test_appended_metadata_revision_fails(signed, district):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.document_meta.title = "Protocol (copy)"
    # pyHanko writes nothing unless an object changed; the catalog goes in unchanged.
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    updated = out.getvalue()
    assert updated.startswith(signed) and len(updated) > len(signed)
    assert refusal(updated, district[1]) == "pdf-not-whole-file"


def test_appended_bytes_fail(signed, district):
    assert refusal(signed + b"\n", district[1]) == "pdf-not-whole-file"
    assert refusal(signed + b"% a note\n", district[1]) == "pdf-not-whole-file"
    # A second end-of-file marker hides the cross-reference data from the reader.
    assert refusal(signed + b"%%EOF\n", district[1]) == "pdf-unreadable"


def test_second_signature_fails(signed, precinct, district):
    key, cert = precinct
    signer = signers.SimpleSigner(
        signing_cert=to_asn1_certificate(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        cert_registry=None,
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Signature2", subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    out = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    run_sync(lambda: signers.PdfSigner(meta, signer).async_sign_pdf(writer, output=out))
    assert len(PdfFileReader(io.BytesIO(out.getvalue())).embedded_signatures) == 2
    assert refusal(out.getvalue(), district[1]) == "pdf-signature-multiple"


def test_another_districts_certificate_fails(signed):
    other_key = generate_private_key()
    other = make_district_certificate(other_key, "Демо аудандық сайлау комиссиясы")
    assert refusal(signed, other) == "pdf-signature-untrusted"


def test_precinct_certificate_as_trust_root_is_not_enough(signed, precinct):
    assert refusal(signed, precinct[1]) == "pdf-signature-untrusted"


def test_qr_with_one_changed_digit_fails(data, qr_text, precinct, district):
    forged = qr_text.replace(",410,", ",411,", 1)
    assert forged != qr_text
    signed = sign_protocol_pdf(unsigned_protocol_pdf(data, forged), data, *precinct)
    assert refusal(signed, district[1]) == "pdf-qr-mismatch"


def test_qr_signed_for_other_values_fails(data, precinct, district):
    other = copy.deepcopy(data)
    other["lines"][10]["value"] = 411
    signed = sign_protocol_pdf(unsigned_protocol_pdf(data, make_qr_payload(other, precinct[0])), data, *precinct)
    assert refusal(signed, district[1]) == "pdf-qr-mismatch"


def test_qr_signed_by_another_precinct_fails(data, precinct, district):
    stranger = generate_private_key()
    signed = sign_protocol_pdf(unsigned_protocol_pdf(data, make_qr_payload(data, stranger)), data, *precinct)
    assert refusal(signed, district[1]) == "pdf-qr-mismatch"


def test_foreign_qr_code_fails(data, precinct, district):
    signed = sign_protocol_pdf(unsigned_protocol_pdf(data, "https://example.org/protocol/1001"), data, *precinct)
    assert refusal(signed, district[1]) == "pdf-qr-mismatch"


def test_missing_qr_fails(data, precinct, district):
    signed = sign_protocol_pdf(unsigned_protocol_pdf(data, None), data, *precinct)
    assert refusal(signed, district[1]) == "pdf-qr-unreadable"


def test_signer_naming_another_precinct_fails(unsigned, data, district, monkeypatch):
    key = generate_private_key()
    cert = precinct_cert(district, key.public_key(), data["election_id"], "1002")
    with monkeypatch.context() as patch:
        # Only a signer that skips its own check can produce such a file.
        patch.setattr(pdf_module, "precinct_identity", lambda _cert: (data["election_id"], "1001"))
        signed = sign_protocol_pdf(unsigned, data, key, cert)
    assert refusal(signed, district[1]) == "pdf-certificate-mismatch"


def test_district_key_signature_fails(unsigned, data, district, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(pdf_module, "precinct_identity", lambda _cert: (data["election_id"], "1001"))
        signed = sign_protocol_pdf(unsigned, data, *district)
    assert refusal(signed, district[1]) == "pdf-certificate-mismatch"


def test_non_canonical_attachment_fails(unsigned, data, precinct, district, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(
            pdf_module, "canonical_json", lambda value: json.dumps(value, ensure_ascii=False, indent=1).encode()
        )
        signed = sign_protocol_pdf(unsigned, data, *precinct)
    assert refusal(signed, district[1]) == "pdf-attachment-altered"


def test_missing_attachment_fails(unsigned, data, precinct, district, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(pdf_module, "attach_protocol_json", lambda pdf, _data: pdf)
        signed = sign_protocol_pdf(unsigned, data, *precinct)
    assert refusal(signed, district[1]) == "pdf-attachment-missing"


def test_unsigned_pdfs_fail(unsigned, data, district):
    assert refusal(unsigned, district[1]) == "pdf-unsigned"
    assert refusal(attach_protocol_json(unsigned, data), district[1]) == "pdf-unsigned"


@pytest.mark.parametrize("blob", [b"", b"not a pdf", b"%PDF-1.7\n%%EOF\n", bytes(range(256)) * 4, "text", None])
def test_garbage_is_unreadable(blob, district):
    assert refusal(blob, district[1]) == "pdf-unreadable"


def test_truncated_file_fails(signed, district):
    for length in (100, len(signed) // 2, len(signed) - 10):
        refusal(signed[:length], district[1])


# --- signing refusals -------------------------------------------------------------------------


def test_sign_refuses_a_key_that_is_not_the_certificates(unsigned, data, precinct):
    with pytest.raises(BadInput) as caught:
        sign_protocol_pdf(unsigned, data, generate_private_key(), precinct[1])
    assert caught.value.code == "key-certificate-mismatch"


def test_sign_refuses_a_certificate_of_another_precinct(unsigned, data, district):
    key = generate_private_key()
    cert = precinct_cert(district, key.public_key(), data["election_id"], "1002")
    with pytest.raises(BadInput) as caught:
        sign_protocol_pdf(unsigned, data, key, cert)
    assert caught.value.code == "protocol-certificate-mismatch"


def test_sign_refuses_an_unrelated_chain(unsigned, data, precinct):
    stranger = make_district_certificate(generate_private_key(), "Другой район")
    with pytest.raises(BadInput) as caught:
        sign_protocol_pdf(unsigned, data, *precinct, chain=[stranger])
    assert caught.value.code == "certificate-chain-mismatch"


def test_sign_refuses_garbage_and_a_second_attachment(unsigned, data, precinct):
    with pytest.raises(BadInput) as caught:
        sign_protocol_pdf(b"not a pdf", data, *precinct)
    assert caught.value.code == "pdf-unreadable"
    with pytest.raises(BadInput) as caught:
        sign_protocol_pdf(attach_protocol_json(unsigned, data), data, *precinct)
    assert caught.value.code == "pdf-already-attached"
