"""The turnout report and the statistics sheet show the day's figures with the ids that tie them to it."""

from __future__ import annotations

from akimdesk.reports import build_stats_pdf, build_turnout_pdf
from tests.reports import samples
from tests.reports.conftest import all_text, page_texts


def test_turnout_report_shows_every_reporting_time_and_now():
    data = samples.turnout()
    text = all_text(build_turnout_pdf(data))
    assert "Сайлаушылардың дауыс беруге қатысуы туралы мәлімет" in text and "Сведения о явке избирателей" in text
    for row in [*data["rows"], data["now"]]:
        if row["at_local"] != "now":
            assert row["at_local"] in text
        station, mobile = row["issued_station"], row["issued_mobile"]
        assert f'{row["listed"]} {row["added"]} {station} {mobile} {station + mobile}' in text
        assert f'{row["percent"]:.2f}'.replace(".", ",") in text
    assert "қазір сейчас" in text


def test_the_now_row_is_labelled_now_whatever_its_time_field_says():
    data = samples.turnout()
    data["now"]["at_local"] = ""
    assert "қазір сейчас" in all_text(build_turnout_pdf(data))


def test_stats_sheet_shows_every_figure():
    data = samples.stats()
    text = all_text(build_stats_pdf(data))
    for figure in data["figures"]:
        assert f'{figure["label"]["kk"]} {figure["label"]["ru"]} {figure["value"]}' in text


def test_fractional_figures_print_with_a_decimal_comma():
    data = samples.stats()
    data["figures"].append({"label": {"kk": "Қатысу, %", "ru": "Явка, %"}, "value": 77.753})
    assert "Қатысу, % Явка, % 77,75" in all_text(build_stats_pdf(data))


def test_day_papers_carry_ids_printing_time_and_page_numbers_on_every_page():
    for build, data in ((build_turnout_pdf, samples.turnout()), (build_stats_pdf, samples.stats())):
        pages = page_texts(build(data))
        for number, text in enumerate(pages, start=1):
            assert data["audit_head"] in text
            assert data["header"]["election_id"] in text
            assert data["printed_at_local"] in text
            assert f"Страница {number} из {len(pages)}" in text
            assert "№1001" in text


def test_day_papers_are_byte_identical_for_the_same_data():
    assert build_turnout_pdf(samples.turnout()) == build_turnout_pdf(samples.turnout())
    later = samples.stats()
    later["figures"][0]["value"] += 1
    assert build_stats_pdf(samples.stats()) == build_stats_pdf(samples.stats()) != build_stats_pdf(later)
