"""Starting the desktop window: the application, its own font, the language and the station database."""

from __future__ import annotations

import os
import sys

from akimdesk.app import open_station, system_clock
from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.demo_election_dialog import DemoElectionDialog
from akimdesk.gui.main_window import MainWindow
from akimdesk.gui.qt import QApplication, QEvent, QFont, QFontDatabase, QMessageBox
from akimdesk.gui.translations import Translations
from akimdesk.messages import DEFAULT_LANGUAGE, LANGUAGES, render
from akimdesk.paths import database_path
from akimdesk.reports.fonts import font_bytes

FONT_POINT_SIZE = 10.5


def install_app_font(app: QApplication) -> QFont:
    """Register the bundled Noto Sans and make it the application font, so Kazakh letters render anywhere."""
    families: list[str] = []
    for style in ("regular", "bold"):
        font_id = QFontDatabase.addApplicationFontFromData(font_bytes(style))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(families[0] if families else app.font().family())
    font.setPointSizeF(FONT_POINT_SIZE)
    app.setFont(font)
    return font


def initial_language() -> str:
    """AKIMDESK_LANG when it names a known language, else Kazakh."""
    language = os.environ.get("AKIMDESK_LANG", DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def run_gui(argv: list[str] | None = None) -> int:
    """Open the station database (AKIMDESK_DB or the default) in the window; return the exit status."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("akimdesk")
    install_app_font(app)
    translations = Translations(app)
    translations.switch(initial_language())
    try:
        station = open_station(database_path(None), writable=True)
    except AkimdeskError as error:
        QMessageBox.critical(None, "akimdesk", render(error.code, error.params, translations.language))
        return error.exit_code
    desk = Desk(station, system_clock, language=translations.language)
    window = None
    try:
        if not station.has_election():
            DemoElectionDialog(desk).exec()
        window = MainWindow(desk, translations)
        window.show()
        return app.exec()
    finally:
        # The window goes before the database it reads is closed.
        if window is not None:
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        station.store.close()
