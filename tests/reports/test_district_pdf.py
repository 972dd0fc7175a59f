"""The district's papers: the handover act a chair types from, and the race summary over every precinct."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import pypdfium2 as pdfium
import pytest

from akimdesk.reports import build_district_summary_pdf, build_handover_act_pdf, fingerprint_groups, number_words
from tests.reports import samples
from tests.reports.conftest import all_text, page_texts

FINGERPRINT = hashlib.sha256(b"demo district certificate").hexdigest()
PASSPHRASE = "ABCDE-FGHJK-MNPQR-STUVW"
MISSING = {"1007", "1023"}
CONFLICT = "1031"
PRECINCT_FLAG = {"kk": "{n} учаскесінің хаттамасы қайта жасалды (2-нұсқа)",
                 "ru": "Протокол участка {n} составлен повторно (версия 2)"}
RACE_FLAG = {"code": "race-against-all-highest",
             "text": {"kk": "«Бәріне қарсымын» жолы ең көп дауыс алды: аумақтық комиссия шешеді",
                      "ru": "«Против всех» набрало больше всех голосов: решает территориальная комиссия"}}


def handover_act() -> dict[str, Any]:
    """The act for precinct 1001 of the demo election."""
    base = samples.PROTOCOL_SAMPLE
    return {
        "district": {"name": "Демо аумақтық сайлау комиссиясы"},
        "election": copy.deepcopy(base["election"]), "race": copy.deepcopy(base["race"]),
        "precinct": copy.deepcopy(base["precinct"]),
        "one_time_passphrase": PASSPHRASE, "fingerprint": FINGERPRINT,
        "package_file": "package-1001.json", "package_id": base["package_id"], "election_id": base["election_id"],
        "issued_at_local": "2026-11-20 10:00", "is_demo": True,
    }


def summary(precinct_count: int = 40) -> dict[str, Any]:
    """A race over `precinct_count` precincts, two missing and one in conflict, summed from the sample protocol."""
    protocol = samples.protocol()
    numbers = [str(1001 + i) for i in range(precinct_count)]
    missing = MISSING & set(numbers)
    counted = precinct_count - len(missing) - (CONFLICT in numbers)
    lines = [{"key": line["key"], "number": line["number"], "label": line["label"], "total": line["value"] * counted}
             for line in protocol["lines"]]
    candidates = [{"id": line["candidate_id"], "label": line["label"], "votes": line["value"] * counted,
                   "is_withdrawn": bool(line.get("is_withdrawn")), "is_leader": line["candidate_id"] == "C4"}
                  for line in protocol["lines"] if line.get("candidate_id")]
    totals = {line["key"]: line["total"] for line in lines}
    issued = totals["ballots_issued_station"] + totals["ballots_issued_mobile"]
    precincts = []
    for number in numbers:
        status = "missing" if number in missing else "conflict" if number == CONFLICT else "accepted"
        accepted = status == "accepted"
        amended = accepted and int(number) % 9 == 0
        precincts.append({
            "number": number,
            "name": {"kk": f"№{number} сайлау учаскесі, Ақсай ауылы",
                     "ru": f"Избирательный участок №{number}, село Аксай"},
            "status": status, "version": (2 if amended else 1) if accepted else None,
            "sequence": int(number) % 7 + 1 if accepted else None,
            "protocol_hash": hashlib.sha256(number.encode()).hexdigest() if accepted else None,
            "flags": [{key: text.format(n=number) for key, text in PRECINCT_FLAG.items()}] if amended else [],
        })
    return {
        "district": {"name": "Демо аумақтық сайлау комиссиясы"},
        "election": copy.deepcopy(protocol["election"]), "race": copy.deepcopy(protocol["race"]),
        "election_id": protocol["election_id"], "is_demo": True, "lines": lines, "candidates": candidates,
        "turnout": {"listed": totals["voters_listed"], "issued": issued,
                    "percent": round(100 * issued / totals["voters_listed"], 2)},
        "precincts": precincts, "flags": [RACE_FLAG], "audit_head": protocol["audit_head"],
        "printed_at_local": "2026-11-30 09:15",
    }


@pytest.fixture(scope="module")
def act_pdf() -> bytes:
    return build_handover_act_pdf(handover_act())


@pytest.fixture(scope="module")
def summary_pdf() -> bytes:
    return build_district_summary_pdf(summary())


def test_act_prints_the_fingerprint_in_sixteen_groups_and_the_passphrase_exactly(act_pdf):
    text = all_text(act_pdf)
    groups = [FINGERPRINT[i:i + 4] for i in range(0, 64, 4)]
    assert fingerprint_groups(FINGERPRINT.upper()) == groups
    assert " ".join(groups) in text
    assert PASSPHRASE in text


def test_a_wide_passphrase_shrinks_to_stay_on_one_line_inside_the_margins():
    data = handover_act()
    data["one_time_passphrase"] = wide = "WWWWW-MMMMM-WWWWW-MMMMM"
    document = pdfium.PdfDocument(build_handover_act_pdf(data))
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
    precinct = handover_act()["precinct"]
    assert "1001" in text and precinct["name"]["kk"] in text and precinct["name"]["ru"] in text
    assert "Сайлау пакетін беру актісі" in text and "Акт передачи пакета выборов" in text
    assert "package-1001.json" in text and handover_act()["package_id"] in text
    assert handover_act()["election_id"] in text
    assert "одной флешке" in text and "бір флешкада" in text
    assert "Страница 1 из 1" in text


def test_act_stays_on_one_page_with_long_names():
    data = handover_act()
    data["precinct"]["name"] = {"kk": "Тәуелсіздіктің жиырма жылдығы атындағы орта мектеп жанындағы " * 2,
                                "ru": "При средней школе имени двадцатилетия Независимости " * 2}
    data["election"]["title"] = {lang: text * 2 for lang, text in data["election"]["title"].items()}
    assert len(page_texts(build_handover_act_pdf(data))) == 1


def test_act_refuses_a_fingerprint_that_is_not_sha256():
    data = handover_act()
    data["fingerprint"] = FINGERPRINT[:-1]
    with pytest.raises(ValueError):
        build_handover_act_pdf(data)


def test_summary_lists_every_precinct_with_its_status(summary_pdf):
    data = summary()
    text = all_text(summary_pdf)
    for precinct in data["precincts"]:
        assert f'{precinct["number"]} {precinct["name"]["kk"]} {precinct["name"]["ru"]}' in text
        if precinct["protocol_hash"]:
            assert precinct["protocol_hash"][:12] in text
    for number in MISSING:
        assert f"{number} №{number} сайлау учаскесі, Ақсай ауылы Избирательный участок №{number}, село Аксай " \
               "түскен жоқ не поступил" in text
    assert "нұсқалар қайшы расхождение версий" in text
    assert "Участков: 40; принято: 37; не поступило: 2; расхождение версий: 1" in text


def test_summary_shows_every_total_in_figures_and_words(summary_pdf):
    text = all_text(summary_pdf)
    for line in summary()["lines"]:
        total = line["total"]
        assert f'{line["label"]["kk"]} {line["label"]["ru"]} {total} ' in text
        assert f'{number_words(total, "kk")} {number_words(total, "ru")}' in text


def test_summary_shows_candidates_leader_turnout_and_flags(summary_pdf):
    data = summary()
    text = all_text(summary_pdf)
    for candidate in data["candidates"]:
        assert candidate["label"]["kk"] in text and candidate["label"]["ru"] in text
    leader = next(c for c in data["candidates"] if c["is_leader"])
    valid = next(line["total"] for line in data["lines"] if line["key"] == "ballots_valid")
    share = f'{100 * leader["votes"] / valid:.2f}'.replace(".", ",")
    assert f'{leader["label"]["ru"]} {leader["votes"]} {share} ең көп дауыс наибольшее число голосов' in text
    assert "сайлаудан шықты выбыл" in text
    turnout = data["turnout"]
    assert f'{turnout["listed"]} {turnout["issued"]} {turnout["percent"]:.2f}'.replace(".", ",") in text
    assert RACE_FLAG["text"]["kk"] in text and RACE_FLAG["text"]["ru"] in text
    flagged = next(p for p in data["precincts"] if p["flags"])
    assert flagged["flags"][0]["kk"] in text and flagged["flags"][0]["ru"] in text
    assert "Лидер не определён" not in text


def test_summary_without_a_leader_says_it_is_left_to_the_district():
    data = summary(5)
    for candidate in data["candidates"]:
        candidate["is_leader"] = False
    text = all_text(build_district_summary_pdf(data))
    assert "Лидер не определён: отмечено для решения территориальной комиссией" in text
    assert "ең көп дауыс наибольшее число голосов" not in text


def test_summary_pages_carry_ids_and_page_numbers(summary_pdf):
    data = summary()
    pages = page_texts(summary_pdf)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert data["election_id"] in text and data["audit_head"] in text
        assert f"Страница {number} из {len(pages)}" in text


def test_many_precincts_paginate_with_the_table_heading_on_every_page():
    data = summary(120)
    pages = page_texts(build_district_summary_pdf(data))
    text = " ".join(pages)
    assert all(p["number"] in text for p in data["precincts"])
    first = next(i for i, page in enumerate(pages) if "Учаскелер: 120" in page)
    for page in pages[first + 1:]:
        if any(f"№{p['number']} сайлау учаскесі" in page for p in data["precincts"]):
            assert "Хаттама хэші (алғашқы 12) Хеш протокола (первые 12)" in page
    assert "Комиссия төрағасы" in pages[-1]


def test_district_papers_are_byte_identical_for_the_same_data(act_pdf, summary_pdf):
    assert build_handover_act_pdf(handover_act()) == act_pdf
    assert build_district_summary_pdf(summary()) == summary_pdf
    later = summary()
    later["precincts"][0]["sequence"] += 1
    assert build_district_summary_pdf(later) != summary_pdf


def test_district_papers_show_no_message_code(act_pdf, summary_pdf):
    assert "pdf-" not in all_text(act_pdf) and "pdf-" not in all_text(summary_pdf)
