"""Paper wording comes from the catalogues: every code used is worded, none shows through as a code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from akimdesk.messages import LANGUAGES, catalogue
from akimdesk.reports import build_stats_pdf, build_turnout_pdf, build_voter_list_pdf
from tests.reports import samples
from tests.reports.conftest import all_text, build_protocol
from tests.reports.day import record_day

REPORTS = Path(__file__).resolve().parents[2] / "akimdesk" / "reports"
ROLES = ("chair", "deputy", "secretary", "member")
MARKS = ("issued", "mobile", "absentee", "added")


def used_codes() -> set[str]:
    codes: set[str] = set()
    for path in REPORTS.glob("*.py"):
        codes |= set(re.findall(r'"(pdf-[a-z-]+[a-z])"', path.read_text(encoding="utf-8")))
    codes |= {f"pdf-role-{role}" for role in ROLES} | {f"pdf-mark-{mark}" for mark in MARKS}
    return codes


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_paper_code_is_worded(language):
    assert sorted(used_codes() - set(catalogue(language))) == []


def test_no_paper_shows_a_message_code(protocol_data, setup_station, voter_iins, clock):
    day = record_day(setup_station, voter_iins, clock)
    papers = [
        build_protocol({**protocol_data, "version": 2,
                        "amends": {"version": 1, "protocol_hash": "0" * 64, "reason": "x"}},
                       qr_text=samples.QR_TEXT, draft=True, copies=2),
        build_turnout_pdf(day.turnout_paper()),
        build_stats_pdf(day.stats_paper()),
        build_voter_list_pdf(day.voter_list_paper()),
    ]
    for pdf in papers:
        assert "pdf-" not in all_text(pdf)
