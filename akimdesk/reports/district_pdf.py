"""The district's papers: the package handover act for a precinct chair and the race result summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from akimdesk.core.aggregate import AGAINST_ALL
from akimdesk.core.bilingual import Bilingual
from akimdesk.core.district_paper import (
    HandoverAct,
    PaperCandidate,
    PaperFlag,
    PaperLine,
    PaperPrecinct,
    PaperStatus,
    PaperTurnout,
    SummaryPaper,
)
from akimdesk.core.fingerprint import GROUPS_PER_ROW, fingerprint_groups
from akimdesk.core.turnout import percent_text, turnout_percent
from akimdesk.reports.fonts import register_fonts
from akimdesk.reports.layout import (
    ALERT,
    GRID,
    HEAD_FILL,
    INK,
    RULE,
    FooterId,
    Paper,
    bi,
    bi_words,
    both,
    boxed,
    build_paper,
    content_width,
    escape,
    head_cell,
    header_block,
    heading,
    pair,
    printable,
    signature_lines,
    styles,
    words,
)
from akimdesk.reports.words import number_words

VALID_BALLOTS = "ballots_valid"
HASH_START = 12
PASSPHRASE_BOX = 130 * mm
PASSPHRASE_SIZE = 24
# Room enough for a heading, a table's column heads and a few rows; tables split with repeated heads.
SECTION_START = 40 * mm
STATUS_CODES = {PaperStatus.ACCEPTED: "pdf-status-accepted", PaperStatus.MISSING: "pdf-status-missing",
                PaperStatus.CONFLICT: "pdf-status-conflict"}
PRECINCT_COLUMNS = ("pdf-col-precinct", "pdf-col-precinct-name", "pdf-col-status", "pdf-col-version",
                    "pdf-col-sequence", "pdf-col-hash-start", "pdf-col-flags")
# Millimetres of each precinct column; the flags take what is left of the frame.
PRECINCT_WIDTHS_MM = (14, 52, 25, 13, 14, 23, 0)


def build_handover_act_pdf(act: HandoverAct) -> bytes:
    """The one-page handover act with the district fingerprint and the one-time passphrase, as an A4 PDF."""
    groups = fingerprint_groups(act.fingerprint)
    district = act.district_name
    paper = Paper(
        title=both("pdf-handover-title"),
        form=" · ".join(text for text in (district, both("pdf-handover-title")) if text),
        election=pair(dict(cast(Mapping[str, str], act.election.get("title") or {}))),
        precinct=both("pdf-precinct", {"number": act.precinct.get("number", "")}),
        ids=(FooterId("pdf-election-id", act.election_id), FooterId("pdf-package-id", act.package_id)),
        keywords=("handover-act", act.election_id, act.package_id),
    )
    width = content_width(paper)
    header = {"election": act.election, "race": act.race, "precinct": act.precinct, "is_demo": act.is_demo}

    def story() -> list[Flowable]:
        s = styles()
        facts = [f'{both("pdf-district-commission")}: <b>{escape(district)}</b>',
                 f'{both("pdf-issued-at")}: <b>{escape(act.issued_at_local)}</b>']
        return [
            *header_block(header, "pdf-handover-title", "", width),
            Paragraph(" · ".join(facts), ParagraphStyle("facts", s["small"], alignment=TA_CENTER)),
            heading("pdf-fingerprint"), _fingerprint_block(groups, width),
            heading("pdf-one-time-passphrase"), _passphrase_box(act.one_time_passphrase, width),
            Spacer(0, 2 * mm), _passphrase_warning(width),
            heading("pdf-package"), _package_table(act, width),
            Spacer(0, 3 * mm), _handover_signatures(width),
        ]

    return build_paper(paper, story)


def _fingerprint_block(groups: list[str], width: float) -> Table:
    """The fingerprint as a grid of groups, read row by row, with how to use it beside it."""
    _, bold = register_fonts()
    rows = [groups[i:i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
    grid = Table(rows, colWidths=[26 * mm] * GROUPS_PER_ROW, rowHeights=[9 * mm] * len(rows))
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), bold, 18), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 1.4, INK), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    grid_width = 26 * mm * GROUPS_PER_ROW
    table = Table([[grid, bi_words("pdf-fingerprint-note", "small")]], colWidths=[grid_width + 5 * mm,
                                                                              width - grid_width - 5 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _passphrase_box(passphrase: str, width: float) -> Table:
    """The passphrase on one line in the largest size that fits its box, with how to type it beside it."""
    _, bold = register_fonts()
    # A wrapped passphrase could be typed with a line break or a missing hyphen, so it shrinks instead.
    size = min(PASSPHRASE_SIZE, (PASSPHRASE_BOX - 10) / max(stringWidth(passphrase, bold, 1), 1))
    table = Table([[printable(passphrase), bi_words("pdf-passphrase-note", "small")]],
                  colWidths=[PASSPHRASE_BOX, width - PASSPHRASE_BOX])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, 0), bold, size), ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("BOX", (0, 0), (0, 0), 1.4, INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOTTOMPADDING", (0, 0), (0, 0), size * 0.3), ("LEFTPADDING", (1, 0), (1, 0), 5 * mm),
    ]))
    return table


def _passphrase_warning(width: float) -> Table:
    s = styles()
    kk, ru = words("pdf-passphrase-warning")
    return boxed([Paragraph(f"<b>{escape(kk)}</b>", s["body"]),
                  Paragraph(f'<font color="#9e0d0d"><b>{escape(ru)}</b></font>', s["body"])], width, 1.8, ALERT)


def _package_table(act: HandoverAct, width: float) -> Table:
    s = styles()
    fields = (("pdf-package-file", act.package_file), ("pdf-package-id", act.package_id),
              ("pdf-election-id", act.election_id))
    label_width = 68 * mm
    rows = [[Paragraph(escape(both(code)), s["tiny"]), Paragraph(f"<b>{escape(value or '—')}</b>", s["body"])]
            for code, value in fields]
    table = Table(rows, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _handover_signatures(width: float) -> Table:
    """Name, signature and date lines for who handed the package over and who received it, beside the seal."""
    s = styles()
    seal_width = 34 * mm
    party_width = (width - seal_width) / 2

    def party(code: str) -> Table:
        rows: list[list[Any]] = [[bi_words(code, "small"), ""]]
        rows += [[Paragraph(f'<font color="#474747">{escape(both(field))}</font>', s["tiny"]), ""]
                 for field in ("pdf-name-short", "pdf-signature", "pdf-date")]
        table = Table(rows, colWidths=[22 * mm, party_width - 27 * mm], rowHeights=[None, 8 * mm, 8 * mm, 8 * mm])
        table.setStyle(TableStyle([
            ("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (1, 1), (1, -1), 0.7, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    kk, ru = words("pdf-seal")
    seal = Table([[Paragraph(f"<b>{escape(kk)}<br/>{escape(ru)}</b>", s["banner"])]],
                 colWidths=[30 * mm], rowHeights=[30 * mm])
    seal.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GRID, None, [3, 2]),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    table = Table([[party("pdf-handed-over"), party("pdf-received"), seal]],
                  colWidths=[party_width, party_width, seal_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_district_summary_pdf(data: SummaryPaper) -> bytes:
    """The race summary over every precinct, with totals in figures and words, as an A4 PDF."""
    district = data.district_name
    printed_at = data.printed_at_local
    title = both("pdf-district-summary-title")
    paper = Paper(
        title=title,
        form=" · ".join(text for text in (district, title, printed_at and f'{both("pdf-printed")}: {printed_at}')
                        if text),
        election=pair(dict(data.election_title)),
        precinct=pair(dict(data.race_title)),
        ids=(FooterId("pdf-election-id", data.election_id), FooterId("pdf-audit-head", data.audit_head)),
        keywords=("district-summary", data.election_id),
    )
    width = content_width(paper)
    # The district's name stands where a day paper names its precinct.
    header = {"election": {"title": data.election_title, "date": data.election_date},
              "race": {"title": data.race_title}, "precinct": {"name": {"kk": district}}, "is_demo": data.is_demo}

    def story() -> list[Flowable]:
        lines = data.lines
        return [
            *header_block(header, "pdf-district-summary-title", printed_at, width),
            *_section("pdf-race-totals", *_not_counted(data.precincts, width), _totals_table(lines, width)),
            *_section("pdf-candidates", *_candidates(data.candidates, lines, width)),
            *_section("pdf-turnout", _turnout_table(data.turnout, width)),
            *_section("pdf-flags", _race_flags(data.flags, width)),
            *_section("pdf-precincts", *_precincts(data.precincts, width)),
            KeepTogether([Spacer(0, 12 * mm), signature_lines(width)]),
        ]

    return build_paper(paper, story)


def _section(code: str, *flowables: Flowable) -> list[Flowable]:
    """A heading with its content, started on a new page when too little of this one is left."""
    return [CondPageBreak(SECTION_START), heading(code), *flowables]


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _grid_style(*commands: tuple[Any, ...]) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3), *commands,
    ])


def _not_counted(precincts: Sequence[PaperPrecinct], width: float) -> list[Flowable]:
    """Above the totals, the precincts in conflict, which the totals leave out until the commission resolves them."""
    held = [p.number for p in precincts if p.status == PaperStatus.CONFLICT]
    if not held:
        return []
    s = styles()
    kk, ru = words("pdf-conflicts-not-counted", {"precincts": ", ".join(held)})
    return [boxed([Paragraph(f"<b>{escape(kk)}</b>", s["body"]), Paragraph(f"<b>{escape(ru)}</b>", s["body"])],
                  width, 1.8, ALERT), Spacer(0, 2 * mm)]


def _totals_table(lines: Sequence[PaperLine], width: float) -> Table:
    s = styles()
    widths = [9 * mm, 86 * mm, 22 * mm]
    widths.append(width - sum(widths))
    rows: list[list[Any]] = [[head_cell(code) for code in ("pdf-col-number", "pdf-col-line", "pdf-col-digits",
                                                          "pdf-col-words")]]
    for line in lines:
        label, total = line.label, line.total
        if total is not None and _is_count(total):
            digits, spoken = Paragraph(str(total), s["digits"]), bi(number_words(total, "kk"),
                                                                     number_words(total, "ru"), "small")
        else:
            digits, spoken = Paragraph("—", s["digits"]), ""
        rows.append([Paragraph(escape(line.number), s["small"]),
                     bi(label.get("kk", ""), label.get("ru", ""), "small"), digits, spoken])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(("BOX", (2, 1), (2, -1), 1.1, INK)))
    return table


def _valid_ballots(candidates: Sequence[PaperCandidate], lines: Sequence[PaperLine]) -> int:
    """The valid ballots line, or (when the template has none) the votes that make it up."""
    totals = {line.key: line.total for line in lines}
    valid = totals.get(VALID_BALLOTS)
    if valid is not None:
        return valid
    votes = [c.votes for c in candidates] + [totals.get(AGAINST_ALL)]
    return sum(value for value in votes if value is not None)


def _share(votes: int | None, valid: int) -> str:
    if votes is None or valid <= 0:
        return "—"
    # A share rounds as turnout does: half up to two places.
    return percent_text(turnout_percent(votes, valid), decimal_comma=True)


def _candidates(candidates: Sequence[PaperCandidate], lines: Sequence[PaperLine], width: float) -> list[Flowable]:
    s = styles()
    valid = _valid_ballots(candidates, lines)
    widths = [9 * mm, 0, 24 * mm, 32 * mm, 38 * mm]
    widths[1] = width - sum(widths)
    rows: list[list[Any]] = [[head_cell(code) for code in ("pdf-col-number", "pdf-col-candidate", "pdf-col-votes",
                                                          "pdf-col-share", "pdf-col-note")]]
    commands: list[tuple[Any, ...]] = []
    for index, candidate in enumerate(candidates, start=1):
        label = candidate.label
        kk, ru = escape(label.get("kk", "")), escape(label.get("ru", ""))
        note: Any = ""
        if candidate.is_withdrawn:
            name = Paragraph(f'<strike>{kk}</strike><br/><font size="7" color="#474747"><strike>{ru}</strike></font>',
                             s["small"])
            note = bi_words("pdf-withdrawn", "small")
        else:
            name = Paragraph(f'{kk}<br/><font size="7" color="#474747">{ru}</font>', s["small"])
        if candidate.is_leader:
            lead_kk, lead_ru = words("pdf-leader")
            note = Paragraph(f"<b>{escape(lead_kk)}</b><br/><b>{escape(lead_ru)}</b>", s["small"])
            commands += [("BACKGROUND", (0, index), (-1, index), HEAD_FILL), ("BOX", (0, index), (-1, index), 1.4, INK)]
        votes = candidate.votes
        rows.append([Paragraph(str(index), s["small"]), name,
                     Paragraph("—" if votes is None else str(votes), s["digits"]),
                     Paragraph(_share(votes, valid), s["number"]), note])
    against = next((line for line in lines if line.key == AGAINST_ALL), None)
    if against:
        label = against.label
        total = against.total
        rows.append(["", bi(label.get("kk", ""), label.get("ru", ""), "small"),
                     Paragraph("—" if total is None else str(total), s["digits"]),
                     Paragraph(_share(total, valid), s["number"]), ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(*commands))
    out: list[Flowable] = [table]
    if not any(c.is_leader for c in candidates):
        kk, ru = words("pdf-no-leader")
        out += [Spacer(0, 2 * mm), boxed([Paragraph(escape(kk), s["banner"]), Paragraph(escape(ru), s["banner"])],
                                         width, 1.8, ALERT)]
    return out


def _turnout_table(turnout: PaperTurnout, width: float) -> Table:
    s = styles()
    cells = [Paragraph(str(value), s["digits"]) for value in (turnout.listed, turnout.issued)]
    cells.append(Paragraph(percent_text(turnout.percent, decimal_comma=True), s["digits"]))
    table = Table([[head_cell(code) for code in ("pdf-col-listed", "pdf-col-issued-total", "pdf-col-percent")], cells],
                  colWidths=[width / 3] * 3)
    table.setStyle(_grid_style(("TOPPADDING", (0, 1), (-1, 1), 3), ("BOTTOMPADDING", (0, 1), (-1, 1), 4)))
    return table


def _flag_text(text: Bilingual) -> str:
    return f'{escape(text.kk)}<br/><font color="#474747">{escape(text.ru)}</font>'


def _race_flags(flags: Sequence[PaperFlag], width: float) -> Flowable:
    s = styles()
    if not flags:
        return Paragraph(escape(both("pdf-no-flags")), s["body"])
    items = [Paragraph(_flag_text(flag.text), s["body"], bulletText="•") for flag in flags]
    return boxed(items, width, 1.8, ALERT)


def _precincts(precincts: Sequence[PaperPrecinct], width: float) -> list[Flowable]:
    s = styles()
    counts = {str(status): sum(p.status == status for p in precincts) for status in STATUS_CODES}
    summary = both("pdf-precinct-counts", {"total": len(precincts), **counts})
    widths = [w * mm for w in PRECINCT_WIDTHS_MM]
    widths[-1] = width - sum(widths)
    rows: list[list[Any]] = [[head_cell(code) for code in PRECINCT_COLUMNS]]
    commands: list[tuple[Any, ...]] = []
    for index, precinct in enumerate(precincts, start=1):
        status = precinct.status
        status_kk, status_ru = words(STATUS_CODES[status])
        status_text = f"{escape(status_kk)}<br/>{escape(status_ru)}"
        if status != PaperStatus.ACCEPTED:
            status_text = f'<font color="#9e0d0d"><b>{status_text}</b></font>'
            commands.append(("BACKGROUND", (0, index), (-1, index), HEAD_FILL))
        name = precinct.name
        digest = precinct.protocol_hash or ""
        flags = "<br/>".join(_flag_text(flag.text) for flag in precinct.flags)
        rows.append([
            Paragraph(f"<b>{escape(precinct.number)}</b>", s["small"]),
            bi(name.get("kk", ""), name.get("ru", ""), "tiny"),
            Paragraph(status_text, s["tiny"]),
            Paragraph(_or_dash(precinct.version), s["number"]),
            Paragraph(_or_dash(precinct.sequence), s["number"]),
            Paragraph(escape(digest[:HASH_START] or "—"), s["small"]),
            Paragraph(flags, s["tiny"]),
        ])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(*commands))
    return [Paragraph(escape(summary), s["body"]), Spacer(0, 1.5 * mm), table]


def _or_dash(value: int | None) -> str:
    return "—" if value is None else escape(str(value))
