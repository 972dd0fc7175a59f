"""The turnout report and the statistics sheet show the day's figures with the ids that tie them to it."""

from __future__ import annotations

import dataclasses

import pytest

from akimdesk.reports import build_stats_pdf, build_turnout_pdf
from akimdesk.reports.day_papers import StatsPaper, TurnoutPaper
from tests.reports.conftest import all_text, page_texts
from tests.reports.day import record_day


@pytest.fixture
def day_station(setup_station, voter_iins, clock):
    return record_day(setup_station, voter_iins, clock)


def test_turnout_report_shows_every_reporting_time_and_now(day_station):
    data = day_station.turnout_paper()
    assert [line.at_local for line in data.lines] == ["10:00", "12:00"]
    assert (data.lines[0].issued_station, data.lines[1].issued_station, data.now.issued_station) == (5, 6, 6)
    assert (data.lines[0].issued_mobile, data.lines[1].issued_mobile, data.now.added) == (0, 1, 1)
    text = all_text(build_turnout_pdf(data))
    assert "Сайлаушылардың дауыс беруге қатысуы туралы мәлімет" in text and "Сведения о явке избирателей" in text
    for line in [*data.lines, data.now]:
        if line.at_local:
            assert line.at_local in text
        assert f"{line.listed} {line.added} {line.issued_station} {line.issued_mobile} {line.issued}" in text
        assert f"{line.percent:.2f}".replace(".", ",") in text
    assert "қазір сейчас" in text


def test_the_now_row_is_labelled_now_whatever_its_time_field_says(day_station):
    data = day_station.turnout_paper()
    assert data.now.at_local == ""
    later = dataclasses.replace(data, now=dataclasses.replace(data.now, at_local="12:30"))
    assert "қазір сейчас" in all_text(build_turnout_pdf(later))


def test_stats_sheet_shows_every_figure(day_station):
    data = day_station.stats_paper()
    values = {figure.code: figure.value for figure in data.figures}
    assert values["stat-voters-listed"] == 201 and values["stat-voters-added"] == 1
    assert values["stat-ballots-issued-station"] == 6 and values["stat-ballots-issued-mobile"] == 1
    assert values["stat-check-ins-undone"] == 1 and values["stat-absentee-certificates"] == 1
    assert values["stat-ballots-left"] == 204 - 7 and values["stat-mobile-requests"] == 1
    text = all_text(build_stats_pdf(data))
    for figure in data.figures:
        value = figure.value if isinstance(figure.value, int) else f"{figure.value:.2f}".replace(".", ",")
        assert f"{figure.label.kk} {figure.label.ru} {value}" in text


def test_day_papers_carry_ids_printing_time_and_page_numbers_on_every_page(day_station):
    papers: list[tuple[object, TurnoutPaper | StatsPaper]] = [
        (build_turnout_pdf, day_station.turnout_paper()), (build_stats_pdf, day_station.stats_paper())]
    for build, data in papers:
        assert data.audit_head == day_station.audit_head() and data.printed_at_local == "2026-11-29 12:30"
        pages = page_texts(build(data))  # type: ignore[operator]
        for number, text in enumerate(pages, start=1):
            assert data.audit_head in text
            assert data.header.election_id in text
            assert data.printed_at_local in text
            assert f"Страница {number} из {len(pages)}" in text
            assert "№1001" in text


def test_day_papers_are_byte_identical_for_the_same_data(day_station, voter_iins):
    stats = day_station.stats_paper()
    assert build_turnout_pdf(day_station.turnout_paper()) == build_turnout_pdf(day_station.turnout_paper())
    assert build_stats_pdf(stats) == build_stats_pdf(day_station.stats_paper())
    day_station.check_in(voter_iins[40], actor="M4")
    assert build_stats_pdf(day_station.stats_paper()) != build_stats_pdf(stats)
