"""Benchmarks of protocol PDF signing and verification against a bare CMS baseline from the same run.

Run with:  python -m pytest -m perf tests/perf/test_signing_benchmarks.py -s

The baseline signs (and checks) the same PDF bytes with a detached CMS signature by the same
keys: the difference is the cost of the PDF work (attachment, incremental update, byte-range
checks) and, for verification, of rendering page 1 and decoding its QR code.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from akimdesk.signing import (
    generate_private_key,
    issue_precinct_certificate,
    make_district_certificate,
    sign_detached,
    verify_detached,
)
from akimdesk.signing.pdf import sign_protocol_pdf
from akimdesk.signing.pdf_verify import verify_protocol_pdf
from akimdesk.signing.qr import make_qr_payload
from tests.signing.test_pdf import unsigned_protocol_pdf

pytestmark = pytest.mark.perf

# Product targets (do not loosen: a miss is a finding for the owner).
SIGN_MAX_SECONDS = 0.5
VERIFY_MAX_SECONDS = 0.5

REPEATS = 30
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sample.json"


def timings(call: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock seconds of `repeats` calls."""
    measured = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        measured.append(time.perf_counter() - started)
    return measured


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.3f} ms"


def print_block(title: str, lines: list[str]) -> None:
    rule = "=" * 78
    print(f"\n{rule}\n{title}\n{rule}")
    for line in lines:
        print(line)
    print(rule)


def test_sign_and_verify_a_two_page_protocol():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    district_key = generate_private_key()
    district_cert = make_district_certificate(district_key, "Демо аудандық сайлау комиссиясы")
    key = generate_private_key()
    cert = issue_precinct_certificate(
        district_key,
        district_cert,
        key.public_key(),
        election_id=data["election_id"],
        precinct_number=data["precinct"]["number"],
        precinct_name="№1001 учаскелік сайлау комиссиясы",
    )
    unsigned = unsigned_protocol_pdf(data, make_qr_payload(data, key))

    started = time.perf_counter()
    signed = sign_protocol_pdf(unsigned, data, key, cert)
    first_sign = time.perf_counter() - started
    started = time.perf_counter()
    verify_protocol_pdf(signed, district_cert)
    first_verify = time.perf_counter() - started
    detached = sign_detached(unsigned, key, cert)
    verify_detached(unsigned, detached, district_cert)

    sign_runs = timings(lambda: sign_protocol_pdf(unsigned, data, key, cert), REPEATS)
    bare_sign_runs = timings(lambda: sign_detached(unsigned, key, cert), REPEATS)
    verify_runs = timings(lambda: verify_protocol_pdf(signed, district_cert), REPEATS)
    bare_verify_runs = timings(lambda: verify_detached(unsigned, detached, district_cert), REPEATS)

    sign_median = statistics.median(sign_runs)
    bare_sign_median = statistics.median(bare_sign_runs)
    verify_median = statistics.median(verify_runs)
    bare_verify_median = statistics.median(bare_verify_runs)
    print_block(
        f"Protocol PDF, 2 pages: {len(unsigned):,} bytes unsigned, {len(signed):,} bytes signed "
        f"(medians of {REPEATS})",
        [
            f"sign_protocol_pdf            {ms(sign_median)}   max {ms(max(sign_runs))}   first {ms(first_sign)}",
            f"  baseline sign_detached     {ms(bare_sign_median)}   ratio {sign_median / bare_sign_median:6.2f}x",
            f"verify_protocol_pdf          {ms(verify_median)}   max {ms(max(verify_runs))}   first {ms(first_verify)}",
            f"  baseline verify_detached   {ms(bare_verify_median)}   ratio {verify_median / bare_verify_median:6.2f}x",
            f"targets: sign <= {SIGN_MAX_SECONDS} s, verify <= {VERIFY_MAX_SECONDS} s (medians)",
        ],
    )
    assert sign_median <= SIGN_MAX_SECONDS
    assert verify_median <= VERIFY_MAX_SECONDS
