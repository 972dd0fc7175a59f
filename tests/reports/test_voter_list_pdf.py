"""The paper fallback voter list: every voter, by book, with a place to sign on every row."""

from __future__ import annotations

import pytest

from akimdesk.reports import build_voter_list_pdf
from tests.reports import samples
from tests.reports.conftest import all_text, page_texts


@pytest.fixture(scope="module")
def voter_list() -> dict:
    return samples.voter_list(300)


@pytest.fixture(scope="module")
def voter_pages(voter_list) -> list[str]:
    return page_texts(build_voter_list_pdf(voter_list))


def test_every_voter_is_printed(voter_list, voter_pages):
    text = " ".join(voter_pages)
    missing = [v["iin"] for v in voter_list["voters"] if v["iin"] not in text]
    assert missing == []
    first = voter_list["voters"][0]
    assert first["full_name"] in text
    year, month, day = first["birth_date"].split("-")
    assert f"{day}.{month}.{year}" in text


def test_voters_are_grouped_by_book_each_on_its_own_pages(voter_list, voter_pages):
    books = sorted({v["book"] for v in voter_list["voters"]})
    starts = []
    for book in books:
        count = sum(v["book"] == book for v in voter_list["voters"])
        heading = f"{book}-кітап / Книга {book} · Сайлаушылар саны: {count} / Избирателей: {count}"
        starts.append(next(i for i, text in enumerate(voter_pages) if heading in text))
        first_of_book = next(v for v in voter_list["voters"] if v["book"] == book)
        assert first_of_book["iin"] in voter_pages[starts[-1]]
    assert starts == sorted(starts) and len(set(starts)) == len(books)


def test_table_header_and_footer_repeat_on_every_page(voter_list, voter_pages):
    assert len(voter_pages) > 3
    for number, text in enumerate(voter_pages, start=1):
        assert "ЖСН ИИН" in text
        assert "Сайлаушының қолы Подпись избирателя" in text
        assert voter_list["audit_head"] in text
        assert voter_list["header"]["election_id"] in text
        assert f"Страница {number} из {len(voter_pages)}" in text


def test_check_in_marks_are_printed_with_their_time(voter_list, voter_pages):
    text = " ".join(voter_pages)
    issued = next(v for v in voter_list["voters"] if v["mark"] == "issued")
    row = text[text.index(issued["iin"]):][:250]
    assert f'берілді выдан {issued["mark_at_local"]}' in row
    for words in ("жылжымалы жәшік переносной ящик", "есептен шығару куәлігі открепительное",
                  "қосымша енгізілді доп. включён"):
        assert words in text


def test_long_addresses_wrap_instead_of_running_off():
    data = samples.voter_list(5)
    data["voters"][0]["address"] = "Ақсай ауылы, " + "Тәуелсіздіктің жиырма жылдығы атындағы көше " * 3 + "7"
    text = all_text(build_voter_list_pdf(data))
    assert "атындағы көше 7" in text
