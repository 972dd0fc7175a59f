"""Helpers shared by the paper tests: text extraction and QR reading as a reader of the paper would."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from akimdesk.core.protocol import ProtocolData
from akimdesk.reports import build_protocol_pdf
from tests.reports import samples


def build_protocol(data: dict, **options) -> bytes:
    """The protocol PDF of data in the signed JSON shape, read through the protocol data schema first."""
    return build_protocol_pdf(ProtocolData.from_json(data), **options)


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed so wrapped phrases still match."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    """The text of the whole document."""
    return " ".join(page_texts(pdf))


def decoded_qr_codes(pdf: bytes, dpi: int = 150, pages: int | None = None, grayscale: bool = False) -> list[str]:
    """Every QR code that decodes from the pages (the first `pages` of them) rendered at `dpi`."""
    found: list[str] = []
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(min(len(document), pages or len(document))):
            image = document[index].render(scale=dpi / 72, grayscale=grayscale).to_pil()
            found += [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    finally:
        document.close()
    return found


@pytest.fixture(scope="session")
def protocol_data() -> dict:
    """A 10-candidate protocol with a withdrawn candidate, an absent member and a special opinion."""
    return samples.protocol()


@pytest.fixture(scope="session")
def protocol_pdf(protocol_data) -> bytes:
    """The signed-for-printing protocol with its QR code."""
    return build_protocol(protocol_data, qr_text=samples.QR_TEXT)
