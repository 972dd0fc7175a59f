"""The printed papers (protocol, turnout, statistics, voter list) as byte-identical A4 PDFs."""

from akimdesk.reports.day_pdf import build_stats_pdf, build_turnout_pdf
from akimdesk.reports.fonts import KAZAKH_LETTERS, font_bytes, register_fonts
from akimdesk.reports.protocol_pdf import build_protocol_pdf, protocol_hash
from akimdesk.reports.voter_list_pdf import build_voter_list_pdf
from akimdesk.reports.words import number_words

__all__ = [
    "KAZAKH_LETTERS",
    "build_protocol_pdf",
    "build_stats_pdf",
    "build_turnout_pdf",
    "build_voter_list_pdf",
    "font_bytes",
    "number_words",
    "protocol_hash",
    "register_fonts",
]
