"""The paper fallback voter list: every voter, by book, with a place to sign on every row."""

from __future__ import annotations

import datetime as dt

import pytest

from akimdesk.reports import build_voter_list_pdf
from akimdesk.reports.day_papers import VoterListPaper, VoterMark
from tests.conftest import ISSUER
from tests.reports.conftest import all_text, page_texts
from tests.reports.day import ADDED_IIN, record_day

LONG_ADDRESS = "Ақсай ауылы, " + "Тәуелсіздіктің жиырма жылдығы атындағы көше " * 3 + "7"


@pytest.fixture
def voter_list(setup_station, voter_iins, clock) -> VoterListPaper:
    station = record_day(setup_station, voter_iins, clock)
    station.add_voter(actor=ISSUER, iin="900101300215", surname="Сейітқали", given_name="Бақыт",
                      birth_date=dt.date(1990, 1, 1), address=LONG_ADDRESS, reason="other",
                      detail="court")
    return station.voter_list_paper()


@pytest.fixture
def voter_pages(voter_list) -> list[str]:
    return page_texts(build_voter_list_pdf(voter_list))


def test_every_voter_is_printed(voter_list, voter_pages):
    assert len(voter_list.voters) == 202
    text = " ".join(voter_pages)
    missing = [v.iin for v in voter_list.voters if v.iin not in text]
    assert missing == []
    first = voter_list.voters[0]
    assert first.full_name in text
    year, month, day = first.birth_date.split("-")
    assert f"{day}.{month}.{year}" in text


def test_voters_are_grouped_by_book_each_on_its_own_pages(voter_list, voter_pages):
    # Voters added on the day have no book of the list: they are printed with the first book.
    book_of = {v.iin: v.book or "1" for v in voter_list.voters}
    books = sorted(set(book_of.values()))
    starts = []
    for book in books:
        count = sum(b == book for b in book_of.values())
        heading = f"{book}-кітап / Книга {book} · Сайлаушылар саны: {count} / Избирателей: {count}"
        starts.append(next(i for i, text in enumerate(voter_pages) if heading in text))
        first_of_book = next(v for v in voter_list.voters if book_of[v.iin] == book)
        assert first_of_book.iin in voter_pages[starts[-1]]
    assert starts == sorted(starts) and len(set(starts)) == len(books) > 1


def test_table_header_and_footer_repeat_on_every_page(voter_list, voter_pages):
    assert len(voter_pages) > 3
    for number, text in enumerate(voter_pages, start=1):
        assert "ЖСН ИИН" in text
        assert "Сайлаушының қолы Подпись избирателя" in text
        assert voter_list.audit_head in text
        assert voter_list.header.election_id in text
        assert f"Страница {number} из {len(voter_pages)}" in text


def test_check_in_marks_are_printed_with_their_time(voter_list, voter_pages, voter_iins):
    marks = {v.iin: v for v in voter_list.voters}
    assert (marks[voter_iins[0]].mark, marks[voter_iins[0]].mark_at_local) == (VoterMark.ISSUED, "09:00")
    assert marks[voter_iins[5]].mark == VoterMark.NONE  # the undone check-in leaves no mark
    assert marks[voter_iins[10]].mark == VoterMark.MOBILE and marks[voter_iins[20]].mark == VoterMark.ABSENTEE
    assert marks[ADDED_IIN].mark == marks["900101300215"].mark == VoterMark.ADDED
    text = " ".join(voter_pages)
    row = text[text.index(voter_iins[0]):][:250]
    assert "берілді выдан 09:00" in row
    for words in ("жылжымалы жәшік переносной ящик", "есептен шығару куәлігі открепительное",
                  "қосымша енгізілді доп. включён"):
        assert words in text


def test_long_addresses_wrap_instead_of_running_off(voter_list):
    assert "атындағы көше 7" in all_text(build_voter_list_pdf(voter_list))
