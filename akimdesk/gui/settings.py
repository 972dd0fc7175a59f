"""What this laptop remembers between runs: interface language, text size and contrast.

Kept in an INI file in the user's configuration folder (AKIMDESK_SETTINGS names another file, e.g. for drills
and tests). Backup folder and interval belong to the station and are kept in its database by the service.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from akimdesk.gui.qt import QSettings
from akimdesk.messages import LANGUAGES
from akimdesk.paths import APP_NAME

DEFAULT_FONT_POINTS = 10.5
FONT_POINTS_RANGE = (8.0, 20.0)


def settings_path() -> Path:
    """The settings file: AKIMDESK_SETTINGS, else akimdesk.ini in the user's configuration folder."""
    given = os.environ.get("AKIMDESK_SETTINGS")
    if given:
        return Path(given)
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "akimdesk.ini"


class LaptopSettings:
    """Typed access to the laptop's settings; every change is written at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self._qsettings.value(key, default)
        return default if value is None else value

    def _set(self, key: str, value) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()

    @property
    def language(self) -> str | None:
        value = str(self._get("interface/language", ""))
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._set("interface/language", value)

    @property
    def font_points(self) -> float:
        try:
            value = float(self._get("interface/font_points", DEFAULT_FONT_POINTS))
        except (TypeError, ValueError):
            return DEFAULT_FONT_POINTS
        low, high = FONT_POINTS_RANGE
        return min(max(value, low), high)

    @font_points.setter
    def font_points(self, value: float) -> None:
        self._set("interface/font_points", float(value))

    @property
    def high_contrast(self) -> bool:
        return str(self._get("interface/high_contrast", "false")).lower() in ("true", "1")

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._set("interface/high_contrast", bool(value))
