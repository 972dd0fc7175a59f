"""The embedded Noto Sans fonts (SIL OFL, from pymupdf-fonts) that every paper is set in."""

from __future__ import annotations

import io
import threading
from functools import cache

import pymupdf_fonts

REGULAR = "AkimdeskSans"
BOLD = "AkimdeskSans-Bold"
_SOURCES = {"regular": "notos", "bold": "notosbo"}
_NAMES = {"regular": REGULAR, "bold": BOLD}
_lock = threading.Lock()

# Letters a Kazakh page cannot do without; reportlab silently draws a blank for a missing glyph.
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


@cache
def font_bytes(style: str) -> bytes:
    """The TrueType bytes of Noto Sans in `style` ("regular" or "bold")."""
    if style not in _SOURCES:
        raise ValueError(f"unknown font style: {style}")
    return bytes(pymupdf_fonts.myfont(_SOURCES[style]))


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab once per process; return their names."""
    # reportlab is imported here, not above: the window takes its font bytes from this module and needs no paper.
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if REGULAR in registered and BOLD in registered:
            return REGULAR, BOLD
        for style, name in _NAMES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(style))))
        # Lets <b> inside a Paragraph switch to the bold face; there is no italic, so it maps to upright.
        for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
    return REGULAR, BOLD


def missing_glyphs(text: str, font_name: str = REGULAR) -> str:
    """The characters of `text` that the registered font `font_name` has no glyph for."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return "".join(ch for ch in dict.fromkeys(text) if not ch.isspace() and ord(ch) not in face.charToGlyph)
