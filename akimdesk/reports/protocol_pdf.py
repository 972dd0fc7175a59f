"""The precinct protocol on paper: bilingual lines in figures and words, ratios, signatures, seal and QR."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from akimdesk.core.bilingual import Bilingual
from akimdesk.core.election import ROLES
from akimdesk.core.protocol import LineValue, MemberMark, Opinion, Override, ProtocolData, RatioOutcome
from akimdesk.reports.fonts import register_fonts
from akimdesk.reports.layout import (
    ALERT,
    GRID,
    HEAD_FILL,
    RULE,
    SOFT_INK,
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
    heading,
    local_date,
    pair,
    styles,
    words,
)
from akimdesk.reports.qr import QR_SIZE, qr_drawing
from akimdesk.reports.words import number_words

SIDE_COLUMN = QR_SIZE + 4 * mm
# A table nested beside the seal cannot split across pages, so only a commission this small sits there.
MEMBERS_BESIDE_SEAL = 12
SHORT_REASON = 240


def protocol_hash(data: ProtocolData) -> str:
    """The hash printed on the protocol: SHA-256 of the data's canonical JSON."""
    return data.protocol_hash


def build_protocol_pdf(data: ProtocolData, *, qr_text: str | None, draft: bool = False,
                       copies: int | None = None) -> bytes:
    """The protocol as an A4 PDF, byte-identical for the same input (`copies` numbered copies in one file)."""
    if copies is not None and copies < 1:
        raise ValueError("copies must be at least 1")
    paper = Paper(
        title=pair(data.template.title.to_json()),
        form=f'{pair(data.template.form.to_json())} · {both("pdf-template")}: {data.template.template_id}',
        election=pair(data.election.title.to_json()),
        precinct=both("pdf-precinct", {"number": data.precinct.number}),
        ids=(FooterId("pdf-election-id", data.election_id),
             FooterId("pdf-protocol-hash", protocol_hash(data)),
             FooterId("pdf-audit-head", data.audit_head or "")),
        is_draft=draft, copies=copies, keywords=("protocol", data.election_id),
    )
    qr = None if draft else qr_text
    return build_paper(paper, lambda: _story(data, qr, content_width(paper)))


def _story(data: ProtocolData, qr_text: str | None, width: float) -> list[Flowable]:
    story: list[Flowable] = _title_block(data, qr_text, width)
    story += _lines_table(data.lines, width)
    story += _ratios(data.ratios, data.overrides, width)
    members = data.members
    story.append(heading("pdf-members"))
    if len(members) <= MEMBERS_BESIDE_SEAL:
        story.append(_beside(_members_table(members, width - SIDE_COLUMN), _seal_and_time(data), width))
        story += _opinions(data.opinions, members)
    else:
        story.append(_members_table(members, width))
        story += _opinions(data.opinions, members)
        story.append(KeepTogether([Spacer(0, 3 * mm), _beside(Spacer(0, 0), _seal_and_time(data), width)]))
    return story


def _title_block(data: ProtocolData, qr_text: str | None, width: float) -> list[Flowable]:
    s = styles()
    title, election = data.template.title, data.election.title
    out: list[Flowable] = [
        Paragraph(escape(title.kk), s["title"]),
        Paragraph(escape(title.ru), s["title-ru"]),
        Spacer(0, 2 * mm),
    ]
    # The QR sits on the first page, where a scanner (and the district's check) looks first.
    left_width = width - SIDE_COLUMN if qr_text else width
    left: list[Flowable] = [
        Paragraph(escape(election.kk), s["subtitle"]),
        Paragraph(f'<font color="#474747">{escape(election.ru)}</font>', s["subtitle"]),
        Spacer(0, 2 * mm), _facts_table(data, left_width, columns=1 if qr_text else 2),
    ]
    if data.is_demo:
        demo = "<br/>" if qr_text else "  ·  "
        left += [Spacer(0, 2 * mm),
                 boxed([Paragraph(demo.join(escape(text) for text in words("pdf-demo")), s["banner"])], left_width, 1)]
    # A short repeat-protocol banner fills the room left beside the QR; a long one needs the full width.
    is_short = len((data.amends.reason or "") if data.amends else "") <= SHORT_REASON
    banner = _repeat_banner(data, left_width if is_short else width)
    if qr_text:
        left += banner if is_short else []
        out.append(_beside(left, [qr_drawing(qr_text), bi_words("pdf-qr-note", "tiny")], width, valign="TOP"))
        out += [] if is_short else banner
    else:
        out += left + banner
    return out


def _texts(value: Bilingual | None) -> dict[str, str]:
    return value.to_json() if value else {}


def _facts_table(data: ProtocolData, width: float, columns: int) -> Table:
    race, precinct = data.race, data.precinct
    number = precinct.number
    name = {lang: text if number in text else f"№{number} · {text}" for lang, text in _texts(precinct.name).items()}
    fields = [
        ("pdf-race", _texts(race.title)),
        ("pdf-district", _texts(race.district)),
        ("pdf-election-date", {"kk": local_date(data.election.date)}),
        ("pdf-precinct-label", name),
        ("pdf-address", _texts(precinct.address)),
    ]
    cells = [(bi_words(code, "tiny"), _value(value)) for code, value in fields if value]
    label_width = 30 * mm
    if columns == 2:
        half = (len(cells) + 1) // 2
        rows = [[*cells[i], *(cells[i + half] if i + half < len(cells) else ("", ""))] for i in range(half)]
        widths = [label_width, width / 2 - label_width] * 2
    else:
        rows, widths = [list(cell) for cell in cells], [label_width, width - label_width]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), *([("LEFTPADDING", (2, 0), (2, -1), 8)] if columns == 2 else []),
    ]))
    return table


def _beside(main: Any, side: Any, width: float, valign: str = "MIDDLE") -> Table:
    """`main` with `side` (the QR, or the seal and time) in a column on its right."""
    table = Table([[main, side]], colWidths=[width - SIDE_COLUMN, SIDE_COLUMN])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 4 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _value(texts: dict[str, str]) -> Paragraph:
    if texts.get("ru") and texts.get("ru") != texts.get("kk"):
        return bi(texts.get("kk", ""), texts["ru"], "body")
    return Paragraph(escape(texts.get("kk") or texts.get("ru", "")), styles()["body"])


def _repeat_banner(data: ProtocolData, width: float) -> list[Flowable]:
    amends = data.amends
    if not amends:
        return []
    s = styles()
    kk, ru = words("pdf-repeat-protocol", {"version": data.version, "previous": amends.version})
    replaced = f'{both("pdf-replaced-hash")}: <b>{escape(amends.protocol_hash)}</b>'
    reason = f'{both("pdf-reason")}: <b>{escape(amends.reason or "")}</b>'
    return [Spacer(0, 2 * mm), boxed([Paragraph(escape(kk), s["banner"]), Paragraph(escape(ru), s["banner"]),
                                        Paragraph(replaced, s["small"]), Paragraph(reason, s["body"])],
                                       width, 2, ALERT)]


def _lines_table(lines: Sequence[LineValue], width: float) -> list[Flowable]:
    widths = [8 * mm, 90 * mm, 20 * mm]
    widths.append(width - sum(widths))
    rows: list[list[Any]] = [[head_cell(code) for code in ("pdf-col-number", "pdf-col-line", "pdf-col-digits",
                                                          "pdf-col-words")]]
    commands: list[tuple[Any, ...]] = []
    seen_candidates = False
    for line in lines:
        if line.candidate_id and not seen_candidates:
            seen_candidates = True
            here = len(rows)
            commands += [("SPAN", (0, here), (-1, here)), ("BACKGROUND", (0, here), (-1, here), HEAD_FILL)]
            rows.append([bi_words("pdf-votes-for", "label"), "", "", ""])
        rows.append(_line_row(line))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("BOX", (2, 1), (2, -1), 1.1, colors.black),
        *commands,
    ]))
    return [heading("pdf-results"), table]


def _line_row(line: LineValue) -> list[Any]:
    s = styles()
    kk, ru = escape(line.label.kk), escape(line.label.ru)
    value = line.value
    if line.is_withdrawn:
        gone_kk, gone_ru = words("pdf-withdrawn")
        label = Paragraph(
            f'<strike>{kk}</strike> — <b>{escape(gone_kk)}</b><br/>'
            f'<font size="7" color="#474747"><strike>{ru}</strike> — <b>{escape(gone_ru)}</b></font>', s["small"])
    else:
        label = Paragraph(f'{kk}<br/><font size="7" color="#474747">{ru}</font>', s["small"])
    if isinstance(value, int) and not isinstance(value, bool):
        digits = Paragraph(f"{value}", s["digits"])
        spoken = bi(number_words(value, "kk"), number_words(value, "ru"), "small")
    else:
        digits, spoken = Paragraph("—", s["digits"]), ""
    return [Paragraph(escape(line.number), s["small"]), label, digits, spoken]


def _ratios(ratios: Sequence[RatioOutcome], overrides: Sequence[Override], width: float) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = []
    if ratios:
        widths = [23 * mm, 25 * mm]
        widths.append(width - sum(widths))
        rows: list[list[Any]] = [[head_cell("pdf-col-ratio"), head_cell("pdf-col-result"), ""]]
        for ratio in ratios:
            ok = bool(ratio.ok)
            kk, ru = words("pdf-ratio-ok" if ok else "pdf-ratio-failed")
            color = "#000000" if ok else "#9e0d0d"
            status = Paragraph(f'<font color="{color}"><b>{escape(kk)}</b><br/><b>{escape(ru)}</b></font>', s["tiny"])
            kind_kk, kind_ru = words("pdf-ratio-hard" if ratio.is_hard else "pdf-ratio-soft")
            label = Paragraph(f'<b>{escape(ratio.ratio_id)}</b> <font size="6" color="#474747">'
                              f'{escape(kind_kk)} / {escape(kind_ru)}</font>', s["small"])
            rows.append([label, status, bi(ratio.text.kk, ratio.text.ru, "tiny")])
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("SPAN", (1, 0), (2, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ]))
        out += [heading("pdf-ratios"), table]
    if overrides:
        kk, ru = words("pdf-overrides")
        lines: list[Flowable] = [Paragraph(f"{escape(kk)}<br/>{escape(ru)}", s["banner"])]
        for item in overrides:
            lines.append(Paragraph(f'<b>{escape(item.ratio_id)}</b> — {both("pdf-reason")}: '
                                   f'<b>{escape(item.reason)}</b>', s["body"]))
        out += [Spacer(0, 2.5 * mm), boxed(lines, width, 1.8, ALERT)]
    return out


class SignatureLine(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An empty line to sign on, with its caption underneath."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 7.5 * mm

    def draw(self) -> None:
        regular, _ = register_fonts()
        self.canv.setLineWidth(0.7)
        self.canv.line(0, 2.8 * mm, self.width, 2.8 * mm)
        self.canv.setFont(regular, 5.8)
        self.canv.setFillColor(SOFT_INK)
        self.canv.drawCentredString(self.width / 2, 0.3 * mm, both("pdf-signature"))


def _members_table(members: Sequence[MemberMark], width: float) -> Table:
    s = styles()
    widths = [6 * mm, 0, 42 * mm]
    widths[1] = width - sum(widths)
    head = [head_cell("pdf-col-number"),
            Paragraph(f'<b>{both("pdf-col-name")}</b><br/><font color="#474747">{both("pdf-col-role")}</font>',
                      s["cell-head"]),
            head_cell("pdf-signature")]
    rows: list[list[Any]] = [head]
    opinion_kk, opinion_ru = words("pdf-has-opinion")
    for index, member in enumerate(members, start=1):
        role_kk, role_ru = words(_role_code(member.role))
        text = (f'<b>{escape(member.name)}</b><br/><font size="6.8" color="#474747">'
                f'{escape(role_kk)} / {escape(role_ru)}</font>')
        if member.has_opinion:
            text += f'<br/><font size="7" color="#9e0d0d"><b>* {escape(opinion_kk)} / {escape(opinion_ru)}</b></font>'
        if member.is_present:
            signature: Any = SignatureLine(widths[2] - 6)
        else:
            kk, ru = words("pdf-absent")
            signature = Paragraph(f"<b>{escape(kk.upper())}</b><br/><b>{escape(ru.upper())}</b>", s["banner"])
        rows.append([Paragraph(str(index), s["small"]), Paragraph(text, s["small"]), signature])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID), ("LINEABOVE", (0, 0), (-1, 0), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _role_code(role: str | None) -> str:
    return f"pdf-role-{role if role in ROLES else 'member'}"


def _opinions(opinions: Sequence[Opinion], members: Sequence[MemberMark]) -> list[Flowable]:
    if not opinions:
        return []
    s = styles()
    by_id = {m.member_id: m for m in members}
    out: list[Flowable] = [heading("pdf-opinions")]
    for opinion in opinions:
        member = by_id.get(opinion.member_id)
        role = both(_role_code(member.role if member else None))
        who = escape(member.name if member else opinion.member_id)
        out.append(Paragraph(f"<b>{who}</b> ({escape(role)}): {escape(opinion.text)}", s["small"]))
        out.append(Spacer(0, 1.2 * mm))
    return out


def _seal() -> Drawing:
    _, bold = register_fonts()
    size = 30 * mm
    drawing = Drawing(size, size)
    drawing.add(Circle(size / 2, size / 2, size / 2 - 1, strokeColor=GRID, strokeWidth=0.8,
                       strokeDashArray=[3, 2], fillColor=None))
    kk, ru = words("pdf-seal")
    drawing.add(String(size / 2, size / 2 + 2, kk, fontName=bold, fontSize=11, textAnchor="middle"))
    drawing.add(String(size / 2, size / 2 - 11, ru, fontName=bold, fontSize=11, textAnchor="middle"))
    return drawing


def _seal_and_time(data: ProtocolData) -> list[Flowable]:
    s = styles()
    kk, ru = words("pdf-finalised")
    when = escape(data.finalised_at_local or "") or "____________"
    return [_seal(), Spacer(0, 3 * mm), Paragraph(f"{escape(kk)}<br/>{escape(ru)}:", s["small"]),
            Paragraph(f'<font size="13"><b>{when}</b></font>', s["body"])]
