"""The embedded font draws every Kazakh letter, and the GUI can take the same bytes."""

from __future__ import annotations

from akimdesk.reports import KAZAKH_LETTERS, font_bytes, register_fonts
from akimdesk.reports.fonts import BOLD, REGULAR, missing_glyphs


def test_font_bytes_are_truetype():
    for style in ("regular", "bold"):
        data = font_bytes(style)
        assert data[:4] == b"\x00\x01\x00\x00"
        assert len(data) > 100_000


def test_fonts_register_once_and_keep_their_names():
    assert register_fonts() == (REGULAR, BOLD)
    assert register_fonts() == (REGULAR, BOLD)


def test_every_kazakh_and_russian_letter_has_a_glyph():
    alphabet = KAZAKH_LETTERS + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№«»—·"
    assert set("әғқңөұүһіӘҒҚҢӨҰҮҺІ") <= set(KAZAKH_LETTERS)
    assert missing_glyphs(alphabet, REGULAR) == ""
    assert missing_glyphs(alphabet, BOLD) == ""


def test_missing_glyphs_are_noticed():
    assert missing_glyphs("≤ә", REGULAR) == "≤"
