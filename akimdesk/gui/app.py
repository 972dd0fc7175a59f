"""Starting the desktop windows: the application, its own font, the language, and the station or district database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from akimdesk.app import clock_from_environment, open_station
from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.comfort import Comfort
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.demo_election_dialog import DemoElectionDialog
from akimdesk.gui.main_window import MainWindow
from akimdesk.gui.qt import QApplication, QEvent, QFont, QFontDatabase, QMessageBox
from akimdesk.gui.settings import DEFAULT_FONT_POINTS, LaptopSettings
from akimdesk.gui.translations import Translations
from akimdesk.messages import DEFAULT_LANGUAGE, LANGUAGES, render
from akimdesk.paths import database_path
from akimdesk.recording import Clock
from akimdesk.reports.fonts import font_bytes


def install_app_font(app: QApplication) -> QFont:
    """Register the bundled Noto Sans and make it the application font, so Kazakh letters render anywhere."""
    families: list[str] = []
    for style in ("regular", "bold"):
        font_id = QFontDatabase.addApplicationFontFromData(font_bytes(style))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(families[0] if families else app.font().family())
    font.setPointSizeF(DEFAULT_FONT_POINTS)
    # The bundled face's Cyrillic "ccmp" swaps і (U+0456) for a dotless glyph, so Kazakh і would read as ı; the
    # window's texts are precomposed and need no glyph composition.
    font.setFeature(QFont.Tag("ccmp"), 0)
    app.setFont(font)
    return font


def _application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv if argv is not None else sys.argv)


def initial_language(settings: LaptopSettings) -> str:
    """AKIMDESK_LANG when it names a known language, else the laptop's last choice, else Kazakh."""
    language = os.environ.get("AKIMDESK_LANG") or settings.language or DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def run_gui(argv: list[str] | None = None, *, clock: Clock | None = None) -> int:
    """Open the station database (AKIMDESK_DB or the default) in the window; return the exit status."""
    app = _application(argv)
    app.setApplicationName("akimdesk")
    install_app_font(app)
    settings = LaptopSettings()
    comfort = Comfort(app, settings)
    translations = Translations(app)
    translations.switch(initial_language(settings))
    try:
        clock = clock or clock_from_environment()
        station = open_station(database_path(None), writable=True, clock=clock)
    except AkimdeskError as error:
        QMessageBox.critical(None, "akimdesk", render(error.code, error.params, translations.language))
        return error.exit_code
    desk = Desk(station, clock, language=translations.language)
    window = None
    try:
        if not station.has_election():
            DemoElectionDialog(desk).exec()
        window = MainWindow(desk, translations, comfort)
        window.show()
        return app.exec()
    finally:
        # The window goes before the database it reads is closed.
        if window is not None:
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # A restore on a spare laptop (export page) puts the restored station in the desk.
        desk.station.store.close()


def run_district_gui(database: Path, argv: list[str] | None = None, *, clock: Clock | None = None) -> int:
    """Open the district database at `database` in the district commission's window; return the exit status."""
    from akimdesk.app import open_district
    from akimdesk.gui.district.desk import DistrictDeskState
    from akimdesk.gui.district.window import DistrictWindow

    app = _application(argv)
    app.setApplicationName("akimdesk")
    install_app_font(app)
    settings = LaptopSettings()
    comfort = Comfort(app, settings)  # the laptop's text size and contrast
    translations = Translations(app)
    translations.switch(initial_language(settings))
    try:
        clock = clock or clock_from_environment()
        district = open_district(database, clock=clock)
    except AkimdeskError as error:
        QMessageBox.critical(None, "akimdesk", render(error.code, error.params, translations.language))
        return error.exit_code
    window = None
    try:
        window = DistrictWindow(DistrictDeskState(district, clock, language=translations.language),
                                translations, comfort)
        window.show()
        return app.exec()
    finally:
        # The window goes before the database it reads is closed.
        if window is not None:
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        district.close()
