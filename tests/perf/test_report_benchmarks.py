"""Benchmarks of the printed papers, each against a bare reportlab canvas measured in the same run.

Run with:  python -m pytest -m perf tests/perf/test_report_benchmarks.py -s

The baseline draws the same strings with the same embedded font on plain pages: no tables, no
wrapping, no footers. The ratio shows what the layout costs on top of reportlab itself.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import time
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from akimdesk.reports import build_protocol_pdf, build_voter_list_pdf, number_words, register_fonts
from tests.reports import samples

pytestmark = pytest.mark.perf

# Product targets (do not loosen: a miss is a finding for the owner).
VOTER_LIST_MAX_SECONDS = 5.0  # 3,000 voters
PROTOCOL_SIGNED_MAX_SECONDS = 1.0  # build + sign; the build alone must leave room for signing

VOTERS = 3000
VOTER_LIST_REPEATS = 3
PROTOCOL_REPEATS = 7


def timed(call: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock seconds of `repeats` calls."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def profile(call: Callable[[], object], top: int = 15) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(call)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def print_block(title: str, lines: list[str]) -> None:
    rule = "=" * 78
    print(f"\n{rule}\n{title}\n{rule}")
    for line in lines:
        print(line)
    print(rule)


def bare_pages(rows: list[list[str]], pagesize: tuple[float, float], per_page: int) -> bytes:
    """The same strings drawn line by line on a plain canvas with the embedded font."""
    regular, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, invariant=1, pageCompression=1)
    width, height = pagesize
    for start in range(0, len(rows), per_page):
        canvas.setFont(regular, 7.5)
        y = height - 40
        for row in rows[start:start + per_page]:
            x = 40
            for cell in row:
                canvas.drawString(x, y, cell)
                x += (width - 80) / max(len(row), 1)
            y -= 19
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_voter_list_of_3000_builds_within_target():
    register_fonts()
    data = samples.voter_list(VOTERS)
    rows = [[str(v.n), v.iin, v.full_name, v.birth_date, v.address, v.mark, v.mark_at_local] for v in data.voters]
    build_voter_list_pdf(data)  # warm-up: imports and font loading stay out of the figures
    built = timed(lambda: build_voter_list_pdf(data), VOTER_LIST_REPEATS)
    bare = timed(lambda: bare_pages(rows, landscape(A4), 21), VOTER_LIST_REPEATS)
    median, baseline = statistics.median(built), statistics.median(bare)
    pdf = build_voter_list_pdf(data)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print_block(f"Voter list PDF, {VOTERS:,} voters ({pages} pages, {len(pdf) / 1e6:.2f} MB)", [
        f"build_voter_list_pdf  median {median:7.3f} s   runs {', '.join(f'{t:.3f}' for t in built)}",
        f"bare canvas baseline  median {baseline:7.3f} s   runs {', '.join(f'{t:.3f}' for t in bare)}",
        f"ratio to baseline     {median / baseline:6.2f}x",
        f"target                <= {VOTER_LIST_MAX_SECONDS:.1f} s  -> "
        f"{'met' if median <= VOTER_LIST_MAX_SECONDS else 'MISSED'}",
    ])
    if median > VOTER_LIST_MAX_SECONDS:
        print(profile(lambda: build_voter_list_pdf(data)))
    assert median <= VOTER_LIST_MAX_SECONDS


def test_protocol_of_ten_candidates_builds_well_within_the_signing_budget():
    register_fonts()
    data = samples.protocol_record(candidates=10)
    rows = [[line.number, line.label.kk, line.label.ru, str(line.value),
             number_words(line.value or 0, "kk"), number_words(line.value or 0, "ru")] for line in data.lines]
    rows += [[m.name, m.role] for m in data.members]
    rows += [[r.ratio_id, r.text.kk, r.text.ru] for r in data.ratios]
    build_protocol_pdf(data, qr_text=samples.QR_TEXT)  # warm-up
    built = timed(lambda: build_protocol_pdf(data, qr_text=samples.QR_TEXT), PROTOCOL_REPEATS)
    copies = timed(lambda: build_protocol_pdf(data, qr_text=samples.QR_TEXT, copies=3), 3)
    bare = timed(lambda: bare_pages(rows, A4, 40), PROTOCOL_REPEATS)
    median, baseline = statistics.median(built), statistics.median(bare)
    print_block("Protocol PDF, 10 candidates, 7 members, 8 ratios, QR (2 pages)", [
        f"build_protocol_pdf    median {median * 1000:7.1f} ms  runs {', '.join(f'{t * 1000:.0f}' for t in built)}",
        f"  with copies=3       median {statistics.median(copies) * 1000:7.1f} ms",
        f"bare canvas baseline  median {baseline * 1000:7.1f} ms",
        f"ratio to baseline     {median / baseline:6.2f}x",
        f"target                build + sign <= {PROTOCOL_SIGNED_MAX_SECONDS:.1f} s; signing is measured with the "
        "signing benchmarks, so this reports the build alone",
    ])
    assert median <= PROTOCOL_SIGNED_MAX_SECONDS
