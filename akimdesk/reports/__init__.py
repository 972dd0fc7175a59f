"""The printed papers (protocol, turnout, statistics, voter list, district papers) as byte-identical A4 PDFs.

Names load from their modules on first use: reportlab is slow to import, and opening the window or checking a
voter in needs no paper.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "day_pdf": ("build_stats_pdf", "build_turnout_pdf"),
    "district_pdf": ("build_district_summary_pdf", "build_handover_act_pdf", "fingerprint_groups"),
    "fonts": ("KAZAKH_LETTERS", "font_bytes", "register_fonts"),
    "protocol_pdf": ("build_protocol_pdf", "protocol_hash"),
    "voter_list_pdf": ("build_voter_list_pdf",),
    "words": ("number_words",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'akimdesk.reports' has no attribute {name!r}")
    return getattr(importlib.import_module(f"akimdesk.reports.{module}"), name)
