"""The page family every paper shares: header band, footer with ids and "page X of Y", stamps."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from akimdesk.messages import render
from akimdesk.reports.day_papers import PaperHeader
from akimdesk.reports.fonts import register_fonts

MARGIN = 14 * mm
BAND_HEIGHT = 16 * mm
FOOTER_HEIGHT = 15 * mm
INK = colors.black
SOFT_INK = colors.Color(0.28, 0.28, 0.28)
RULE = colors.Color(0.55, 0.55, 0.55)
GRID = colors.Color(0.6, 0.6, 0.6)
HEAD_FILL = colors.Color(0.92, 0.92, 0.92)
ALERT = colors.Color(0.62, 0.05, 0.05)


def words(code: str, params: dict[str, Any] | None = None) -> tuple[str, str]:
    """The Kazakh and the Russian wording of a `pdf-*` message."""
    return render(code, params, "kk"), render(code, params, "ru")


def both(code: str, params: dict[str, Any] | None = None, sep: str = " / ") -> str:
    """Kazakh, then Russian wording of a message (once when the two read the same)."""
    kk, ru = words(code, params)
    return kk if kk == ru else f"{kk}{sep}{ru}"


def pair(texts: dict[str, str] | None, sep: str = " / ") -> str:
    """A {"kk", "ru"} pair of data texts on one line (one of them when they are equal)."""
    texts = texts or {}
    kk, ru = texts.get("kk", ""), texts.get("ru", "")
    return kk if kk == ru or not ru else ru if not kk else f"{kk}{sep}{ru}"


# Noto Sans has no glyph for these; reportlab would print a blank in their place.
_NO_GLYPH = str.maketrans({"≤": "<=", "≥": ">=", "≠": "!=", "−": "-", "✓": "+", "✔": "+"})


def printable(text: object) -> str:
    """Text with the few characters the embedded font lacks spelled in ASCII."""
    return str(text).translate(_NO_GLYPH)


def escape(text: object) -> str:
    """Text made printable and safe for reportlab's paragraph mark-up."""
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def local_date(iso_date: str) -> str:
    """An ISO date (2026-11-29) as printed on Kazakh forms (29.11.2026)."""
    parts = str(iso_date).split("-")
    return ".".join(reversed(parts)) if len(parts) == 3 else str(iso_date)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the paper family."""
    regular, bold = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=10.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9),
        "tiny": ParagraphStyle("tiny", base, fontSize=6.8, leading=8.2),
        "cell-head": ParagraphStyle("cell-head", base, fontSize=7, leading=8.4, alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=11.5, leading=14, alignment=TA_CENTER),
        "title-ru": ParagraphStyle("title-ru", base, fontName=bold, fontSize=10, leading=12.5,
                                   alignment=TA_CENTER, textColor=SOFT_INK),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", base, fontName=bold, fontSize=9.5, leading=12,
                                  spaceBefore=7, spaceAfter=3),
        "banner": ParagraphStyle("banner", base, fontName=bold, fontSize=9, leading=11.5, alignment=TA_CENTER),
        "number": ParagraphStyle("number", base, fontSize=10, leading=12, alignment=TA_RIGHT),
        "digits": ParagraphStyle("digits", base, fontName=bold, fontSize=14, leading=16, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", base, fontName=bold, fontSize=7.5, leading=9),
    }


@dataclass(frozen=True)
class FooterId:
    """One identifier printed in full at the foot of every page."""

    code: str
    value: str


@dataclass(frozen=True)
class Paper:
    """What the header band and footer of one paper say."""

    title: str
    form: str
    election: str
    precinct: str
    ids: Sequence[FooterId] = ()
    is_landscape: bool = False
    is_draft: bool = False
    copies: int | None = None
    keywords: Sequence[str] = field(default_factory=tuple)

    @property
    def pagesize(self) -> tuple[float, float]:
        """A4, upright or on its side."""
        size: tuple[float, float] = landscape(A4) if self.is_landscape else A4
        return size


class CopyStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A zero-size mark that tells the canvas a new numbered copy begins on this page."""

    def __init__(self, copy: int) -> None:
        super().__init__()
        self.copy = copy

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._akimdesk_copy = self.copy


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float, x: float, y: float,
         align: str = "left", min_size: float = 5.5) -> None:
    """Draw one line, shrinking the font (then cutting the end) so it stays within `width`."""
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.25
    if stringWidth(text, font, size) > width:
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        text += "…"
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def _canvas_class(paper: Paper) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each can say "page X of Y" for its copy."""

    class PaperCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._akimdesk_copy = 1
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            per_copy: dict[int, int] = {}
            for state in self._held_pages:
                per_copy[state["_akimdesk_copy"]] = per_copy.get(state["_akimdesk_copy"], 0) + 1
            seen: dict[int, int] = {}
            for state in self._held_pages:
                self.__dict__.update(state)
                copy = state["_akimdesk_copy"]
                seen[copy] = seen.get(copy, 0) + 1
                _draw_page_furniture(self, paper, seen[copy], per_copy[copy], copy)
                Canvas.showPage(self)
            Canvas.save(self)

    return PaperCanvas


def _draw_page_furniture(canvas: Canvas, paper: Paper, page: int, pages: int, copy: int) -> None:
    """Header band, footer and stamps of one page."""
    regular, bold = register_fonts()
    width, height = paper.pagesize
    inner = width - 2 * MARGIN
    canvas.saveState()
    canvas.setFillColor(INK)
    top = height - MARGIN
    stamp = both("pdf-copy", {"copy": copy, "copies": paper.copies}) if paper.copies else ""
    stamp_width = stringWidth(stamp, bold, 9) + 4 * mm if stamp else 0
    _fit(canvas, paper.form, regular, 7, inner - stamp_width, MARGIN, top - 7)
    if stamp:
        canvas.setFont(bold, 9)
        canvas.drawRightString(width - MARGIN, top - 7.5, stamp)
    _fit(canvas, paper.election, regular, 7, inner, MARGIN, top - 16)
    _fit(canvas, paper.precinct, bold, 7.5, inner, MARGIN, top - 25.5)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - BAND_HEIGHT + 12, width - MARGIN, top - BAND_HEIGHT + 12)

    base = MARGIN - 4 * mm
    line_gap = 7.6
    canvas.line(MARGIN, base + FOOTER_HEIGHT - 2, width - MARGIN, base + FOOTER_HEIGHT - 2)
    page_kk, page_ru = words("pdf-page", {"page": page, "pages": pages})
    canvas.setFont(bold, 8)
    canvas.drawRightString(width - MARGIN, base + FOOTER_HEIGHT - 11, page_kk)
    canvas.setFont(regular, 7.5)
    canvas.drawRightString(width - MARGIN, base + FOOTER_HEIGHT - 20, page_ru)
    labels = [both(item.code) + ":" for item in paper.ids]
    label_width = max((stringWidth(label, regular, 6.2) for label in labels), default=0) + 2
    value_width = inner - 36 * mm - label_width
    y = base + FOOTER_HEIGHT - 10
    for label, item in zip(labels, paper.ids, strict=False):
        canvas.setFont(regular, 6.2)
        canvas.drawString(MARGIN, y, label)
        _fit(canvas, item.value or "—", bold, 6.6, value_width, MARGIN + label_width, y, min_size=4.5)
        y -= line_gap
    if paper.is_draft:
        _draw_draft_mark(canvas, width, height)
    canvas.restoreState()


def _draw_draft_mark(canvas: Canvas, width: float, height: float) -> None:
    """The diagonal "draft, not signed" watermark laid over the page."""
    _, bold = register_fonts()
    kk, ru = words("pdf-draft-mark")
    note_kk, note_ru = words("pdf-draft-note")
    big = f"{kk} / {ru} / {render('pdf-draft-mark', None, 'en')}"
    small = f"{note_kk} / {note_ru} / {render('pdf-draft-note', None, 'en')}"
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55 if height > width else 30)
    canvas.setFillColor(colors.Color(0.55, 0.1, 0.1), alpha=0.17)
    diagonal = (width**2 + height**2) ** 0.5 * 0.7
    size = min(72, 72 * diagonal / stringWidth(big, bold, 72))
    canvas.setFont(bold, size)
    canvas.drawCentredString(0, 0, big)
    size = min(30, 30 * diagonal / stringWidth(small, bold, 30))
    canvas.setFont(bold, size)
    canvas.drawCentredString(0, -size * 1.6, small)
    canvas.restoreState()


def build_paper(paper: Paper, make_story: Callable[[], list[Flowable]]) -> bytes:
    """Lay out the story (once per numbered copy) on the shared page family; return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=paper.pagesize, invariant=1, pageCompression=1,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + BAND_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT - 2 * mm,
        title=paper.title, author="akimdesk", creator="akimdesk", subject=paper.precinct,
        keywords=list(paper.keywords),
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="paper", frames=[frame], pagesize=paper.pagesize)])
    story: list[Flowable] = []
    for copy in range(1, (paper.copies or 1) + 1):
        if copy > 1:
            story.append(PageBreak())
        story.append(CopyStart(copy))
        story.extend(make_story())
    doc.build(story, canvasmaker=_canvas_class(paper))
    return buffer.getvalue()


def bi(kk: str, ru: str, style: str = "small") -> Paragraph:
    """Kazakh text with the Russian below it in softer ink, in one cell."""
    size = styles()[style].fontSize - 0.5
    return Paragraph(f'{escape(kk)}<br/><font size="{size}" color="#474747">{escape(ru)}</font>', styles()[style])


def head_cell(code: str) -> Paragraph:
    """A table column heading: Kazakh in bold, Russian below it."""
    kk, ru = words(code)
    text = f"<b>{escape(kk)}</b>" if kk == ru else f'<b>{escape(kk)}</b><br/><font color="#474747">{escape(ru)}</font>'
    return Paragraph(text, styles()["cell-head"])


def bi_words(code: str, style: str = "small") -> Paragraph:
    """A message's Kazakh wording with the Russian below it, in one cell."""
    return bi(*words(code), style=style)


def boxed(paragraphs: list[Flowable], width: float, border: float = 1.4, color: Any = colors.black) -> Table:
    """Paragraphs stacked inside one ruled box (banners)."""
    table = Table([[p] for p in paragraphs], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), border, color), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def heading(code: str) -> Paragraph:
    """A section heading: Kazakh, then Russian in softer ink."""
    kk, ru = words(code)
    return Paragraph(f'{escape(kk)} <font color="#474747">/ {escape(ru)}</font>', styles()["heading"])


def content_width(paper: Paper) -> float:
    """The width of the text frame on this paper's pages."""
    return float(paper.pagesize[0] - 2 * MARGIN)


def header_paper(header: dict[str, Any], title_code: str, audit_head: str, printed_at: str, *,
                 is_landscape: bool = False) -> Paper:
    """The band and footer of a day paper (turnout, statistics, voter list) from its header data."""
    precinct = header.get("precinct", {})
    election = header.get("election", {})
    printed = f'{both("pdf-printed")}: {printed_at}' if printed_at else ""
    return Paper(
        title=both(title_code), form=both(title_code) + (f" · {printed}" if printed else ""),
        election=pair(election.get("title")), precinct=both("pdf-precinct", {"number": precinct.get("number", "")}),
        ids=(FooterId("pdf-election-id", header.get("election_id", "")), FooterId("pdf-audit-head", audit_head)),
        is_landscape=is_landscape, keywords=(title_code, header.get("election_id", "")),
    )


def day_header(header: PaperHeader) -> dict[str, Any]:
    """A day paper's header in the shape `header_paper` and `header_block` share with the district's papers."""
    return {
        "election": {"type": header.election_type, "date": header.election_date,
                     "title": asdict(header.election_title)},
        "race": {"title": asdict(header.race_title)},
        "precinct": {"number": header.precinct_number, "name": asdict(header.precinct_name),
                     "address": asdict(header.precinct_address)},
        "election_id": header.election_id, "is_demo": header.is_demo, "template": {"id": header.template_id},
    }


def header_block(header: dict[str, Any], title_code: str, printed_at: str, width: float) -> list[Flowable]:
    """The opening of a day paper: its title, the election, the precinct and when it was printed."""
    s = styles()
    kk, ru = words(title_code)
    election, race, precinct = header.get("election", {}), header.get("race", {}), header.get("precinct", {})
    name = precinct.get("name", {})
    place = pair(name) or both("pdf-precinct", {"number": precinct.get("number", "")})
    out: list[Flowable] = [
        Paragraph(escape(kk), s["title"]), Paragraph(escape(ru), s["title-ru"]), Spacer(0, 1.5 * mm),
        Paragraph(escape(pair(election.get("title"))), s["subtitle"]),
        Paragraph(f'<font color="#474747">{escape(pair(race.get("title")))}</font>', s["subtitle"]),
        Paragraph(f"<b>{escape(place)}</b>", s["subtitle"]),
        Paragraph(escape(pair(precinct.get("address"))), s["subtitle"]),
    ]
    facts = [f'{both("pdf-election-date")}: <b>{escape(local_date(election.get("date", "")))}</b>']
    if printed_at:
        facts.append(f'{both("pdf-printed")}: <b>{escape(printed_at)}</b>')
    out += [Paragraph(" · ".join(facts), s["subtitle"]), Spacer(0, 2 * mm)]
    if header.get("is_demo"):
        out += [boxed([Paragraph(escape(both("pdf-demo", sep="  ·  ")), s["banner"])], width, 1), Spacer(0, 2 * mm)]
    return out


def signature_lines(width: float) -> Table:
    """Lines for the chair and the secretary to sign, with the seal mark."""
    s = styles()
    rows = [[bi_words(code, "small"), "", Paragraph(f'<font color="#474747">{both("pdf-signature")}</font>', s["tiny"])]
            for code in ("pdf-role-chair", "pdf-role-secretary")]
    rows.append([Paragraph(f"<b>{both('pdf-seal')}</b>", s["body"]), "", ""])
    table = Table(rows, colWidths=[55 * mm, 55 * mm, width - 110 * mm], rowHeights=[10 * mm, 10 * mm, 8 * mm])
    table.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 1), 0.7, INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
