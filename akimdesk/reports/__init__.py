"""The printed papers (protocol, turnout, statistics, voter list, district papers) as byte-identical A4 PDFs."""

from akimdesk.reports.day_pdf import build_stats_pdf, build_turnout_pdf
from akimdesk.reports.district_pdf import build_district_summary_pdf, build_handover_act_pdf, fingerprint_groups
from akimdesk.reports.fonts import KAZAKH_LETTERS, font_bytes, register_fonts
from akimdesk.reports.protocol_pdf import build_protocol_pdf, protocol_hash
from akimdesk.reports.voter_list_pdf import build_voter_list_pdf
from akimdesk.reports.words import number_words

__all__ = [
    "KAZAKH_LETTERS",
    "build_district_summary_pdf",
    "build_handover_act_pdf",
    "build_protocol_pdf",
    "build_stats_pdf",
    "build_turnout_pdf",
    "build_voter_list_pdf",
    "fingerprint_groups",
    "font_bytes",
    "number_words",
    "protocol_hash",
    "register_fonts",
]
