"""The paper fallback voter list: one table per book, landscape A4, a column for the voter to sign."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, PageBreak, Paragraph, TableStyle

from akimdesk.reports.day_papers import VoterListLine, VoterListPaper, VoterMark
from akimdesk.reports.fonts import register_fonts
from akimdesk.reports.layout import (
    GRID,
    HEAD_FILL,
    both,
    build_paper,
    content_width,
    day_header,
    escape,
    head_cell,
    header_block,
    header_paper,
    local_date,
    printable,
    styles,
    words,
)

COLUMNS = ("pdf-col-number", "pdf-col-iin", "pdf-col-voter", "pdf-col-birth", "pdf-address", "pdf-col-mark",
           "pdf-col-voter-signature")
# Millimetres of each column; the address takes what is left of the frame.
WIDTHS_MM = (11, 24, 62, 19, 0, 34, 46)
FONT_SIZE = 7.5
LEADING = 8.6
MARK_SIZE = 6.5
MARK_LEADING = 7.4
PADDING = 2.2
# Tall enough for a voter to sign in.
MIN_ROW_HEIGHT = 6.8 * mm
MARKS = tuple(mark for mark in VoterMark if mark != VoterMark.NONE)


def build_voter_list_pdf(data: VoterListPaper) -> bytes:
    """The voter list grouped by book, with check-in marks and an empty signature column, as a PDF."""
    header = day_header(data.header)
    paper = header_paper(header, "pdf-voter-list-title", data.audit_head, data.printed_at_local, is_landscape=True)
    width = content_width(paper)
    widths = [w * mm for w in WIDTHS_MM]
    widths[4] = width - sum(widths)

    def story() -> list[Flowable]:
        out: list[Flowable] = header_block(header, "pdf-voter-list-title", data.printed_at_local, width)
        books = _books(data.voters)
        for index, (book, voters) in enumerate(books):
            if index:
                out.append(PageBreak())
            out += [_book_heading(book, len(voters)), _book_table(voters, widths)]
        return out

    return build_paper(paper, story)


def _book_key(book: str) -> tuple[int, int | str]:
    return (0, int(book)) if book.isdigit() else (1, book)


def _books(voters: tuple[VoterListLine, ...]) -> list[tuple[str, list[VoterListLine]]]:
    """The voters grouped by book, books in natural order, voters kept in the given order."""
    books: dict[str, list[VoterListLine]] = {}
    for voter in voters:
        books.setdefault(voter.book or "1", []).append(voter)
    return sorted(books.items(), key=lambda item: _book_key(item[0]))


def _book_heading(book: str, count: int) -> Paragraph:
    title = both("pdf-book", {"book": book})
    return Paragraph(f'{escape(title)} · {escape(both("pdf-voter-count", {"count": count}))}', styles()["heading"])


def _book_table(voters: list[VoterListLine], widths: list[float]) -> LongTable:
    regular, bold = register_fonts()
    marks: dict[str, str] = {mark: "\n".join(words(f"pdf-mark-{mark}")) for mark in MARKS}
    rows: list[list[Any]] = [[head_cell(code) for code in COLUMNS]]
    heights: list[float | None] = [None]
    for voter in voters:
        mark = marks.get(voter.mark, "")
        if mark and voter.mark_at_local:
            mark = f"{mark} {voter.mark_at_local}"
        cells = [
            str(voter.n), voter.iin, _wrap(voter.full_name, widths[2], bold), local_date(voter.birth_date),
            _wrap(voter.address, widths[4], regular), mark, "",
        ]
        lines = max(cells[2].count("\n"), cells[4].count("\n")) + 1
        text_height = max(lines * LEADING, (mark.count("\n") + 1) * MARK_LEADING)
        rows.append(cells)
        heights.append(max(MIN_ROW_HEIGHT, text_height + 2 * PADDING))
    # Fixed row heights spare reportlab from measuring every cell of a 3,000-row table.
    table = LongTable(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), regular, FONT_SIZE, LEADING), ("FONT", (2, 1), (2, -1), bold, FONT_SIZE, LEADING),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("FONT", (5, 1), (5, -1), regular, MARK_SIZE, MARK_LEADING),
    ]))
    return table


def _wrap(text: str, width: float, font: str) -> str:
    """`text` broken into lines that fit the column (plain cells do not wrap by themselves)."""
    text = printable(text)
    room = width - 5
    if stringWidth(text, font, FONT_SIZE) <= room:
        return text
    return "\n".join(simpleSplit(text, font, FONT_SIZE, room))
