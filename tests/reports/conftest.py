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
def protocol_data(district, district_encryption, voter_csv, tmp_path_factory) -> dict:
    """A protocol the station service finalised and signed, as its PDF carries it: 10 candidates (the eighth
    withdrawn), an absent member, a special opinion, and a hard ratio that fails and is overridden."""
    return finalised_protocol(district, district_encryption, voter_csv, tmp_path_factory.mktemp("paper"))


def finalised_protocol(district, district_encryption, voter_csv, folder) -> dict:
    """Run a 10-candidate election day through the station service and return the signed protocol data."""
    import datetime as dt

    from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE, build_signed_package, demo_content
    from akimdesk.station import Station
    from akimdesk.storage.store import open_store
    from tests.conftest import ELECTION_DATE, TEST_KEY_COST, FixedClock

    content = demo_content(ELECTION_DATE, 200)
    content["candidates"] = [
        {"id": f"C{i}", "ballot_position": i, "name": {"kk": kk, "ru": ru},
         "nomination": {"kk": "өзін-өзі ұсыну", "ru": "самовыдвижение"}, "is_withdrawn": f"C{i}" == samples.WITHDRAWN}
        for i, (kk, ru, _votes) in enumerate(samples.CANDIDATES, start=1)
    ]
    package = build_signed_package(content, district_key=district[0], district_cert=district[1],
                                   encryption_cert=district_encryption[1], scrypt_n=2**10)
    clock = FixedClock(ELECTION_DATE - dt.timedelta(days=1), "10:00")
    station = Station(open_store(folder / "station.db", writable=True), clock, key_cost=TEST_KEY_COST)
    try:
        station.load_election(package.package, fingerprint=package.fingerprint, actor=DEMO_CHAIR,
                              one_time_passphrase=package.one_time_passphrase, new_passphrase=DEMO_PASSPHRASE)
        station.import_voters(voter_csv, actor=DEMO_CHAIR)
        iins = [voter.iin for voter in station.find_voters("а", limit=40)][:8]
        clock.set("07:30")
        station.open_station(actor=DEMO_CHAIR, ballots_received=204)
        clock.set("09:00")
        station.request_mobile(iins[7], actor="M3", reason="ill at home")
        for iin in iins[:6]:
            station.check_in(iin, actor="M4")
        station.check_in(iins[7], actor="M4", mobile=True, carriers=("M6", "M7"))
        clock.set("20:00")
        station.close_station(actor=DEMO_CHAIR)
        clock.set("20:40")
        votes = {f"votes_C{i}": v for i, v in enumerate((1, 2, 0, 1, 0, 0, 1, 0, 0, 0), start=1)}
        # H1 fails: 204 received, 6 + 1 issued and 196 cancelled account for 203.
        count = {"ballots_cancelled": 196, "ballots_found_mobile": 1, "ballots_found_station": 6,
                 "ballots_unofficial": 0, "ballots_invalid": 1, "ballots_valid": 6, **votes, "votes_against_all": 1}
        for key, value in count.items():
            station.set_tally(key, value, entry=1, actor="M4")
            station.set_tally(key, value, entry=2, actor="M5")
        station.record_present(["M1", "M2", "M3", "M4", "M5", "M7"], actor="M3")
        station.add_opinion("Жылжымалы жәшік 14:20-да кешігіп оралды, пломбасы бүтін.", actor="M4")
        clock.set("23:10")
        station.finalise_protocol(actor=DEMO_CHAIR, passphrase=DEMO_PASSPHRASE,
                                  override_reason="Бір бюллетень жоғалды, акт жасалды")
        pdf, _kind = station.protocol_pdf()
        return station.verify_protocol(pdf).data.to_json()
    finally:
        station.store.close()


@pytest.fixture(scope="session")
def protocol_pdf(protocol_data) -> bytes:
    """The signed-for-printing protocol with its QR code."""
    return build_protocol(protocol_data, qr_text=samples.QR_TEXT)
