"""Refusals of the count as the window words them: all in the interface language."""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk


def count_refusal_text(desk: Desk, error: AkimdeskError) -> str:
    """The refusal in the interface language, the failing ratio's explanation included."""
    params = dict(error.params)
    if error.code == "ratio-blocks-finalising":
        # The service puts the ratio's explanation in English (for the log); the window words it again.
        failing = next((r for r in desk.station.tally_sheet()["ratios"]
                        if r["id"] == params.get("ratio") and r["ok"] is False), None)
        if failing is not None:
            params["explanation"] = desk.say(failing["code"], failing["params"])
    return desk.explain(AkimdeskError(error.code, **params))
