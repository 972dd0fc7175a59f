"""The district's papers: the handover act a chair types from, and the race summary over every precinct."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import tempfile
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from akimdesk.core.district_paper import HandoverAct, PaperStatus, SummaryPaper
from akimdesk.demo import demo_content
from akimdesk.district import DistrictDesk
from akimdesk.district.bundle_check import CheckedBundle
from akimdesk.district.intake import ImportWork
from akimdesk.district.packages import handover_act as build_act
from akimdesk.district.records import ImportStatus
from akimdesk.reports import build_district_summary_pdf, build_handover_act_pdf, fingerprint_groups, number_words
from tests.conftest import ELECTION_DATE, TEST_KEY_COST, TIME_ZONE, FixedClock
from tests.reports import samples
from tests.reports.conftest import all_text, page_texts

FINGERPRINT = hashlib.sha256(b"demo district certificate").hexdigest()
PASSPHRASE = "ABCDE-FGHJK-MNPQR-STUVW"
PACKAGE_ID = hashlib.sha256(b"demo package").hexdigest()
MISSING = {"1007", "1023"}
CONFLICT = "1031"
DISTRICT = "Демо аумақтық сайлау комиссиясы"
ISSUED_AT = dt.datetime(2026, 11, 20, 5, 0, tzinfo=dt.UTC)


def handover_act(**precinct: Any) -> HandoverAct:
    """The act for precinct 1001 of the demo election, as the package issuing builds it."""
    content = demo_content(ELECTION_DATE, 60)
    content["precinct"].update(precinct)
    return build_act(DISTRICT, content, PASSPHRASE, FINGERPRINT, "package-1001.json", PACKAGE_ID, ISSUED_AT)


def precinct_protocol(number: str, version: int = 1, **votes: int) -> dict[str, Any]:
    protocol = samples.protocol()
    protocol["precinct"] = {"number": number, "name": {"kk": f"№{number} сайлау учаскесі, Ақсай ауылы",
                                                      "ru": f"Избирательный участок №{number}, село Аксай"}}
    protocol["version"] = version
    for line in protocol["lines"]:
        line["value"] = votes.get(line["key"], line["value"])
    return protocol


def summary(precinct_count: int = 40) -> SummaryPaper:
    """A race over `precinct_count` precincts, two missing and one in conflict, each accepted one the sample protocol.

    The bundles are recorded through the district's own record step (their signatures are the importer's tests),
    then the paper's data comes from the district service as the summary PDF gets it.
    """
    folder = Path(tempfile.mkdtemp(prefix="district-paper-"))
    protocol = samples.protocol()
    numbers = [str(1001 + i) for i in range(precinct_count)]
    clock = FixedClock(dt.date(2026, 11, 30), "09:15")
    desk = DistrictDesk.open(folder / "district.db", clock, key_cost=TEST_KEY_COST)
    try:
        desk.init(DISTRICT, "demo district passphrase, long enough")
        definition = {"election": {**protocol["election"], "time_zone": TIME_ZONE, "is_demo": True},
                      "race": protocol["race"]}
        with desk._writing():
            desk.register_race(protocol["election_id"], definition, numbers, "2026-11-20T05:00:00Z", "district")
        bundles = []
        for number in numbers:
            if number in MISSING:
                continue
            amended = int(number) % 9 == 0
            rivals = [precinct_protocol(number), precinct_protocol(number, votes_C1=1)] if number == CONFLICT \
                else [precinct_protocol(number, 2 if amended else 1)]
            for sequence, data in enumerate(rivals, start=int(number) % 7 + 1):
                digest = hashlib.sha256(f"{number}/{sequence}".encode()).hexdigest()
                bundles.append(CheckedBundle(
                    f"p{number}-{sequence}.akb", ImportStatus.ACCEPTED, protocol["election_id"], number, sequence,
                    data["version"], digest, {"latest_protocol": {"version": data["version"], "protocol_hash": digest}},
                    data, {}, frozenset({"shared-voter"}) if number in ("1001", "1002") else frozenset()))
        desk.record_import(ImportWork(desk.plan_import(), tuple(bundles)), actor="district")
        return desk.plan_report()
    finally:
        desk.close()


@pytest.fixture(scope="module")
def act_pdf() -> bytes:
    return build_handover_act_pdf(handover_act())


@pytest.fixture(scope="module")
def paper() -> SummaryPaper:
    return summary()


@pytest.fixture(scope="module")
def summary_pdf(paper) -> bytes:
    return build_district_summary_pdf(paper)


def test_act_prints_the_fingerprint_in_sixteen_groups_and_the_passphrase_exactly(act_pdf):
    text = all_text(act_pdf)
    groups = [FINGERPRINT[i:i + 4] for i in range(0, 64, 4)]
    assert fingerprint_groups(FINGERPRINT.upper()) == groups
    assert " ".join(groups) in text
    assert PASSPHRASE in text


def test_a_wide_passphrase_shrinks_to_stay_on_one_line_inside_the_margins():
    wide = "WWWWW-MMMMM-WWWWW-MMMMM"
    document = pdfium.PdfDocument(build_handover_act_pdf(dataclasses.replace(handover_act(), one_time_passphrase=wide)))
    try:
        page = document[0]
        text = page.get_textpage()
        start = text.get_text_range().index(wide)
        first, last = text.get_charbox(start), text.get_charbox(start + len(wide) - 1)
        margin = 14 * 72 / 25.4
        assert first[0] > margin and last[2] < page.get_width() - margin
        assert abs(first[1] - last[1]) < 1
    finally:
        document.close()


def test_act_is_one_page_naming_the_precinct_in_both_languages(act_pdf):
    pages = page_texts(act_pdf)
    assert len(pages) == 1
    text = pages[0]
    act = handover_act()
    name = act.precinct["name"]
    assert "1001" in text and name["kk"] in text and name["ru"] in text
    assert "Сайлау пакетін беру актісі" in text and "Акт передачи пакета выборов" in text
    assert "package-1001.json" in text and act.package_id in text
    assert act.election_id in text and act.issued_at_local in text
    assert "одной флешке" in text and "бір флешкада" in text
    assert "Страница 1 из 1" in text


def test_act_stays_on_one_page_with_long_names():
    act = handover_act(name={"kk": "Тәуелсіздіктің жиырма жылдығы атындағы орта мектеп жанындағы " * 2,
                             "ru": "При средней школе имени двадцатилетия Независимости " * 2})
    title = act.election["title"]
    act = dataclasses.replace(act, election={**act.election, "title": {lang: text * 2 for lang, text in title.items()}})
    assert len(page_texts(build_handover_act_pdf(act))) == 1


def test_act_refuses_a_fingerprint_that_is_not_sha256():
    with pytest.raises(ValueError):
        build_handover_act_pdf(dataclasses.replace(handover_act(), fingerprint=FINGERPRINT[:-1]))


def test_summary_lists_every_precinct_with_its_status(paper, summary_pdf):
    text = all_text(summary_pdf)
    assert len(paper.precincts) == 40
    for precinct in paper.precincts:
        if precinct.status == PaperStatus.ACCEPTED:
            assert f'{precinct.number} {precinct.name["kk"]} {precinct.name["ru"]}' in text
            assert precinct.protocol_hash and precinct.protocol_hash[:12] in text
    # The district knows a precinct's name from its protocol: a missing one shows its number only.
    for number in MISSING:
        assert re.search(rf"{number}\s+түскен жоқ не поступил", text)
    assert [p.number for p in paper.precincts if p.status == PaperStatus.CONFLICT] == [CONFLICT]
    assert "нұсқалар қайшы расхождение версий" in text
    assert "Участков: 40; принято: 37; не поступило: 2; расхождение версий: 1" in text


def test_summary_shows_every_total_in_figures_and_words(paper, summary_pdf):
    text = all_text(summary_pdf)
    assert {line.key: line.total for line in paper.lines}["voters_listed"] == 1200 * 37
    for line in paper.lines:
        total = line.total
        assert f'{line.label["kk"]} {line.label["ru"]} {total} ' in text
        assert f'{number_words(total, "kk")} {number_words(total, "ru")}' in text


def test_summary_shows_candidates_leader_turnout_and_flags(paper, summary_pdf):
    text = all_text(summary_pdf)
    for candidate in paper.candidates:
        assert candidate.label["kk"] in text and candidate.label["ru"] in text
    leader = next(c for c in paper.candidates if c.is_leader)
    assert leader.id == "C4"
    valid = next(line.total for line in paper.lines if line.key == "ballots_valid")
    share = f'{100 * leader.votes / valid:.2f}'.replace(".", ",")
    assert f'{leader.label["ru"]} {leader.votes} {share} ең көп дауыс наибольшее число голосов' in text
    assert "сайлаудан шықты выбыл" in text
    turnout = paper.turnout
    assert f"{turnout.listed} {turnout.issued} {turnout.percent:.2f}".replace(".", ",") in text
    assert {flag.code for flag in paper.flags} == {"race-against-all-highest", "voter-in-several-precincts"}
    for flag in paper.flags:
        assert flag.text.kk in text and flag.text.ru in text
    flagged = next(p for p in paper.precincts if p.flags)
    assert flagged.flags[0].text.kk in text and flagged.flags[0].text.ru in text
    assert "Лидер не определён" not in text


def test_summary_without_a_leader_says_it_is_left_to_the_district():
    data = summary(5)
    data = dataclasses.replace(data, candidates=tuple(dataclasses.replace(c, is_leader=False)
                                                      for c in data.candidates))
    text = all_text(build_district_summary_pdf(data))
    assert "Лидер не определён: отмечено для решения территориальной комиссией" in text
    assert "ең көп дауыс наибольшее число голосов" not in text


def test_summary_pages_carry_ids_and_page_numbers(paper, summary_pdf):
    pages = page_texts(summary_pdf)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert paper.election_id in text and paper.audit_head in text
        assert f"Страница {number} из {len(pages)}" in text


def test_many_precincts_paginate_with_the_table_heading_on_every_page():
    data = summary(120)
    pages = page_texts(build_district_summary_pdf(data))
    text = " ".join(pages)
    assert all(p.number in text for p in data.precincts)
    first = next(i for i, page in enumerate(pages) if "Учаскелер: 120" in page)
    for page in pages[first + 1:]:
        if any(f"№{p.number} сайлау учаскесі" in page for p in data.precincts):
            assert "Хаттама хэші (алғашқы 12) Хеш протокола (первые 12)" in page
    assert "Комиссия төрағасы" in pages[-1]


def test_district_papers_are_byte_identical_for_the_same_data(act_pdf, paper, summary_pdf):
    assert build_handover_act_pdf(handover_act()) == act_pdf
    assert build_district_summary_pdf(paper) == summary_pdf
    first = paper.precincts[0]
    later = dataclasses.replace(paper, precincts=(dataclasses.replace(first, sequence=(first.sequence or 0) + 1),
                                                  *paper.precincts[1:]))
    assert build_district_summary_pdf(later) != summary_pdf


def test_district_papers_show_no_message_code(act_pdf, summary_pdf):
    assert "pdf-" not in all_text(act_pdf) and "pdf-" not in all_text(summary_pdf)
