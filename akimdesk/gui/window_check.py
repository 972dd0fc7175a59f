"""The self-test's look at the window: the station window drawn with the app font, catalogues and icons."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from akimdesk.gui import icons
from akimdesk.gui.app import install_app_font
from akimdesk.gui.comfort import Comfort
from akimdesk.gui.desk import Desk
from akimdesk.gui.main_window import MainWindow
from akimdesk.gui.qt import QApplication, QEvent, QFontMetrics, QImage
from akimdesk.gui.settings import LaptopSettings
from akimdesk.gui.translations import Translations
from akimdesk.paths import APP_NAME
from akimdesk.reports.fonts import KAZAKH_LETTERS

# A drawn window has text, lines and icons; an empty or unpainted one has a colour or two.
MIN_WINDOW_COLOURS = 16
ACTOR = "M1"

# The application outlives the call: Qt wants one per process, and the report may still show a message box.
_application: list[QApplication] = []


def render_station_window(station: Any, clock: Any, settings_file: Path, picture: Path | None, *,
                          display_expected: bool = False) -> str:
    """Draw the station's window in Kazakh and check it; a one-line account, or AssertionError naming the fault."""
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0] if sys.argv else APP_NAME])
    _application.append(app)
    if display_expected and app.platformName() == "offscreen":
        display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY")
        raise AssertionError(f"the window cannot open on the display {display} (Qt says why on standard error)")
    family = _app_font_family(app)
    translations = Translations(app)
    catalogues = _check_catalogues(translations)
    _check_icons()
    desk = Desk(station, clock, language=translations.language, actor=ACTOR)
    window = MainWindow(desk, translations, Comfort(app, LaptopSettings(settings_file)))
    try:
        image = window.grab().toImage()
        colours = image_colours(image)
        if colours < MIN_WINDOW_COLOURS:
            raise AssertionError(f"the drawn window is blank ({colours} colours)")
        if picture is not None:
            image.save(str(picture))
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        translations.switch("en")
    return (f"{image.width()}x{image.height()} drawn on '{app.platformName()}' with {colours} colours; "
            f"font {family}; {', '.join(catalogues)}")


def _app_font_family(app: QApplication) -> str:
    font = install_app_font(app)
    metrics = QFontMetrics(font)
    missing = "".join(ch for ch in KAZAKH_LETTERS if not metrics.inFontUcs4(ord(ch)))
    if missing:
        raise AssertionError(f"the window font {font.family()!r} has no glyph for {missing!r}")
    return font.family()


def _check_catalogues(translations: Translations) -> list[str]:
    """Switch to Russian, then Kazakh: each must load the app's catalogue and Qt's own."""
    loaded_names = []
    for language in ("ru", "kk"):
        translations.switch(language)
        loaded = sorted(path.name for path in translations.loaded)
        expected = [f"akimdesk_{language}.qm", f"qtbase_{language}.qm"]
        if loaded != expected:
            raise AssertionError(f"catalogues loaded for {language}: {loaded}, expected {expected}")
        loaded_names += loaded
    return loaded_names


def _check_icons() -> None:
    names = [value for key, value in vars(icons).items() if key.isupper() and isinstance(value, str)]
    broken = [name for name in names if icons.icon(name).pixmap(24, 24).isNull()]
    if broken:
        raise AssertionError(f"icons that do not draw: {', '.join(broken)}")


def image_colours(image: QImage, step: int = 3) -> int:
    """How many different colours a grid of the image's pixels has."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})
