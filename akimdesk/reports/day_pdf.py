"""The day's papers: the turnout report and the statistics sheet."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from akimdesk.reports.day_papers import StatsPaper, TurnoutLine, TurnoutPaper
from akimdesk.reports.layout import (
    GRID,
    HEAD_FILL,
    bi,
    bi_words,
    build_paper,
    content_width,
    day_header,
    escape,
    head_cell,
    header_block,
    header_paper,
    signature_lines,
    styles,
)

TURNOUT_COLUMNS = ("pdf-col-time", "pdf-col-listed", "pdf-col-added", "pdf-col-issued-station",
                   "pdf-col-issued-mobile", "pdf-col-issued-total", "pdf-col-percent")


def build_turnout_pdf(data: TurnoutPaper) -> bytes:
    """The turnout report at the reporting times and now, as an A4 PDF."""
    header = day_header(data.header)
    paper = header_paper(header, "pdf-turnout-title", data.audit_head, data.printed_at_local)
    width = content_width(paper)

    def story() -> list[Flowable]:
        rows = [*((line, False) for line in data.lines), (data.now, True)]
        return [*header_block(header, "pdf-turnout-title", data.printed_at_local, width),
                _turnout_table(rows, width), Spacer(0, 12 * mm), signature_lines(width)]

    return build_paper(paper, story)


def _figure(value: Any) -> str:
    """A whole number as is, a fraction with two decimals and the comma used on Kazakh and Russian forms."""
    if isinstance(value, bool) or value is None:
        return "—"
    if isinstance(value, int):
        return str(value)
    try:
        return f"{float(value):.2f}".replace(".", ",")
    except (TypeError, ValueError):
        return escape(value)


def _turnout_table(rows: list[tuple[TurnoutLine, bool]], width: float) -> Table:
    s = styles()
    head = [head_cell(code) for code in TURNOUT_COLUMNS]
    widths = [20 * mm, 34 * mm] + [(width - 54 * mm) / 5] * 5
    body: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = []
    for row, is_now in rows:
        when = bi_words("pdf-now", "label") if is_now else Paragraph(f"<b>{escape(row.at_local)}</b>", s["body"])
        figures = [row.listed, row.added, row.issued_station, row.issued_mobile, row.issued]
        body.append([when, *(Paragraph(f"{value}", s["number"]) for value in figures),
                     Paragraph(f"<b>{_figure(float(row.percent))}</b>", s["number"])])
        if is_now:
            commands.append(("BACKGROUND", (0, len(body) - 1), (-1, len(body) - 1), HEAD_FILL))
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *commands,
    ]))
    return table


def build_stats_pdf(data: StatsPaper) -> bytes:
    """The statistics sheet of election day, as an A4 PDF."""
    header = day_header(data.header)
    paper = header_paper(header, "pdf-stats-title", data.audit_head, data.printed_at_local)
    width = content_width(paper)

    def story() -> list[Flowable]:
        s = styles()
        head = [head_cell("pdf-col-number"), head_cell("pdf-col-figure"),
                head_cell("pdf-col-value")]
        body: list[list[Any]] = [head]
        for index, figure in enumerate(data.figures, start=1):
            body.append([Paragraph(str(index), s["small"]), bi(figure.label.kk, figure.label.ru, "body"),
                         Paragraph(_figure(figure.value), s["digits"])])
        table = Table(body, colWidths=[10 * mm, width - 45 * mm, 35 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]))
        return [*header_block(header, "pdf-stats-title", data.printed_at_local, width),
                table, Spacer(0, 12 * mm), signature_lines(width)]

    return build_paper(paper, story)
