"""The printed protocol: what a chair, an observer and the district read and scan from it.

The protocol printed here is one the station service finalised and signed (see conftest), not a hand-made one.
"""

from __future__ import annotations

import copy
import hashlib
import re

import pytest

from akimdesk.core.protocol import protocol_hash
from akimdesk.reports import number_words
from tests.reports import samples
from tests.reports.conftest import all_text, build_protocol, decoded_qr_codes, page_texts


def test_every_line_is_printed_in_figures_and_in_both_languages_words(protocol_data, protocol_pdf):
    text = all_text(protocol_pdf)
    for line in protocol_data["lines"]:
        assert line["label"]["kk"] in text
        assert number_words(line["value"], "kk") in text, line["key"]
        assert number_words(line["value"], "ru") in text, line["key"]
        assert re.search(rf"\b{line['value']}\b", text), line["key"]


def test_kazakh_letters_survive_into_the_text(protocol_pdf):
    text = all_text(protocol_pdf)
    assert [letter for letter in "әғқңөұүһі" if letter not in text] == []


def test_header_names_the_form_election_and_precinct(protocol_data, protocol_pdf):
    first = page_texts(protocol_pdf)[0]
    for text in (protocol_data["template"]["form"]["kk"], protocol_data["template"]["form"]["ru"],
                 protocol_data["election"]["title"]["kk"], protocol_data["election"]["title"]["ru"],
                 protocol_data["precinct"]["address"]["kk"], "29.11.2026", "ХАТТАМАСЫ", "ПРОТОКОЛ"):
        assert text in first, text
    assert "ДЕМО: оқу үшін" in first


def test_every_page_carries_ids_and_page_x_of_y(protocol_data, protocol_pdf):
    pages = page_texts(protocol_pdf)
    # A real 10-candidate protocol (ten ratio rows worded in full, an override, an opinion) takes three pages.
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert protocol_data["election_id"] in text
        assert protocol_data["audit_head"] in text
        assert protocol_hash(protocol_data) in text
        assert f"Страница {number} из {len(pages)}" in text
        assert f"{len(pages)} беттің {number}-беті" in text


def test_the_printed_protocol_hash_follows_the_data(protocol_data):
    changed = copy.deepcopy(protocol_data)
    changed["opinions"][0]["text"] += "."
    text = all_text(build_protocol(changed, qr_text=None))
    assert protocol_hash(changed) in text and protocol_hash(protocol_data) not in text


def test_every_member_is_listed_and_the_absent_one_has_no_signature_line(protocol_data, protocol_pdf):
    text = all_text(protocol_pdf)
    for member in protocol_data["members"]:
        assert member["name"] in text
    absent = next(m for m in protocol_data["members"] if not m["present"])
    row = text[text.index(absent["name"]):][:120]
    assert "ҚАТЫСПАДЫ" in row and "ОТСУТСТВУЕТ" in row
    present = sum(1 for m in protocol_data["members"] if m["present"])
    assert text.count("Қолы / Подпись") == present


def test_special_opinion_is_marked_and_printed(protocol_data, protocol_pdf):
    text = all_text(protocol_pdf)
    holder = next(m for m in protocol_data["members"] if m["has_opinion"])
    assert "ерекше пікірі бар / особое мнение" in text[text.index(holder["name"]):][:150]
    opinion = " ".join(protocol_data["opinions"][0]["text"].split())
    assert opinion in text


def test_withdrawn_candidate_is_marked(protocol_data, protocol_pdf):
    text = all_text(protocol_pdf)
    withdrawn = next(line for line in protocol_data["lines"] if line.get("is_withdrawn"))
    assert f'{withdrawn["label"]["kk"]} — сайлаудан шықты' in text
    assert f'{withdrawn["label"]["ru"]} — выбыл' in text


def test_ratios_and_overrides_are_printed(protocol_data, protocol_pdf):
    text = all_text(protocol_pdf)
    for ratio in protocol_data["ratios"]:
        assert ratio["id"] in text
    assert "ОРЫНДАЛМАДЫ НЕ ВЫПОЛНЕНО" in text
    assert "<=" in text, "a ≤ the font cannot draw is spelled out"
    override = protocol_data["overrides"][0]
    assert f'{override["ratio"]} — Себебі / Причина: {override["reason"]}' in text


def test_seal_and_finalising_time(protocol_data, protocol_pdf):
    text = all_text(protocol_pdf)
    assert "М.О." in text and "М.П." in text
    assert protocol_data["finalised_at_local"] in text


def test_qr_decodes_to_exactly_the_payload(protocol_pdf):
    assert 300 <= len(samples.QR_TEXT) <= 400
    assert decoded_qr_codes(protocol_pdf) == [samples.QR_TEXT]


def test_qr_is_on_the_first_page_where_a_scanner_looks(protocol_data):
    amended = {**protocol_data, "version": 2,
               "amends": {"version": 1, "protocol_hash": "a" * 64, "reason": "Қайта санау. " * 40}}
    for data in (protocol_data, amended):
        pdf = build_protocol(data, qr_text=samples.QR_TEXT)
        assert decoded_qr_codes(pdf, pages=1, grayscale=True) == [samples.QR_TEXT]


def test_same_input_gives_the_same_bytes(protocol_data, protocol_pdf):
    again = build_protocol(copy.deepcopy(protocol_data), qr_text=samples.QR_TEXT)
    assert again == protocol_pdf


def test_different_input_gives_different_bytes(protocol_data, protocol_pdf):
    changed = copy.deepcopy(protocol_data)
    changed["lines"][-1]["value"] += 1
    assert build_protocol(changed, qr_text=samples.QR_TEXT) != protocol_pdf
    assert build_protocol(protocol_data, qr_text=samples.QR_TEXT + "X") != protocol_pdf


def test_draft_is_watermarked_on_every_page_and_has_no_qr(protocol_data):
    pdf = build_protocol(protocol_data, qr_text=samples.QR_TEXT, draft=True)
    pages = page_texts(pdf)
    for text in pages:
        assert "ЖОБА / ПРОЕКТ / DRAFT" in text
        assert "қол қойылмаған / не подписан" in text
        assert protocol_data["election_id"] in text
    assert decoded_qr_codes(pdf) == []


def test_copies_are_numbered_and_paged_separately(protocol_data, protocol_pdf):
    single = len(page_texts(protocol_pdf))
    pages = page_texts(build_protocol(protocol_data, qr_text=samples.QR_TEXT, copies=3))
    assert len(pages) == 3 * single
    for index, text in enumerate(pages):
        copy_number, page = divmod(index, single)
        assert f"{copy_number + 1}-дана, барлығы 3" in text
        assert f"Экземпляр {copy_number + 1} из 3" in text
        assert f"Страница {page + 1} из {single}" in text
    assert sum("Экземпляр" in text for text in pages) == len(pages)


def test_copies_each_carry_a_qr(protocol_data):
    pdf = build_protocol(protocol_data, qr_text=samples.QR_TEXT, copies=2)
    assert decoded_qr_codes(pdf) == [samples.QR_TEXT] * 2


def test_repeat_protocol_banner(protocol_data):
    previous = hashlib.sha256(b"version 1").hexdigest()
    amended = {**protocol_data, "version": 2,
               "amends": {"version": 1, "protocol_hash": previous, "reason": "Санау қатесі түзетілді"}}
    text = all_text(build_protocol(amended, qr_text=samples.QR_TEXT))
    assert "ҚАЙТАЛАНҒАН ХАТТАМА, 2-нұсқа, 1-нұсқаның орнына" in text
    assert "ПОВТОРНЫЙ ПРОТОКОЛ, версия 2, заменяет версию 1" in text
    assert previous in text.replace(" ", "")
    assert "Санау қатесі түзетілді" in text


def test_a_real_repeat_protocol_takes_no_more_pages_than_the_first(protocol_data, protocol_pdf):
    amended = {**protocol_data, "is_demo": False, "version": 2,
               "amends": {"version": 1, "protocol_hash": "b" * 64, "reason": "7-жолда қате / Ошибка в строке 7"}}
    first = len(page_texts(protocol_pdf))
    assert len(page_texts(build_protocol(amended, qr_text=samples.QR_TEXT))) == first


def test_first_version_and_real_election_have_no_banners(protocol_data):
    text = all_text(build_protocol({**protocol_data, "is_demo": False}, qr_text=None))
    assert "ПОВТОРНЫЙ" not in text and "ДЕМО:" not in text


@pytest.mark.parametrize("members", [3, 15])
def test_small_and_large_commissions_print_with_a_readable_qr(protocol_data, members):
    data = copy.deepcopy(protocol_data)
    base = data["members"]
    data["members"] = [{**base[i % len(base)], "id": f"M{i}", "name": f"{base[i % len(base)]['name']} {i}"}
                       for i in range(members)]
    pdf = build_protocol(data, qr_text=samples.QR_TEXT)
    text = all_text(pdf)
    assert all(m["name"] in text for m in data["members"])
    assert decoded_qr_codes(pdf) == [samples.QR_TEXT]


def test_copies_must_be_positive(protocol_data):
    with pytest.raises(ValueError):
        build_protocol(protocol_data, qr_text=None, copies=0)
