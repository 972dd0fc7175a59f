"""The app's own icons (SVG files under resources/icons), so no mark depends on a font's symbols."""

from __future__ import annotations

from functools import cache

from akimdesk.gui.qt import QIcon
from akimdesk.paths import resources_dir

BALLOT_ISSUED = "ballot-issued"
WARNING = "warning"
ABSENTEE = "absentee"


@cache
def icon(name: str) -> QIcon:
    """The icon named `name` (one of the constants above)."""
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
