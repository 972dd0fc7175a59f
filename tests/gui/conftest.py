"""The window on the offscreen platform, with the app's own font, over the shared test stations."""

from __future__ import annotations

import os

# Chosen before any QApplication exists; the window then needs no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import tempfile  # noqa: E402

# The laptop's settings file of the test run: never the user's own.
os.environ.setdefault("AKIMDESK_SETTINGS", os.path.join(tempfile.mkdtemp(prefix="akimdesk-settings-"), "akimdesk.ini"))

import pytest  # noqa: E402

from akimdesk.gui.app import install_app_font  # noqa: E402
from akimdesk.gui.desk import Desk  # noqa: E402
from akimdesk.gui.main_window import MainWindow  # noqa: E402
from akimdesk.gui.qt import QEvent, Qt  # noqa: E402
from akimdesk.gui.translations import Translations  # noqa: E402


@pytest.fixture(scope="session")
def app_font(qapp):
    """The bundled Noto Sans, registered once and made the application font."""
    return install_app_font(qapp)


@pytest.fixture(scope="session")
def catalogues(qapp, app_font):
    """One set of installed translators for the run, so a switch always removes the previous language."""
    return Translations(qapp)


@pytest.fixture
def translations(catalogues):
    """The interface in Kazakh at the start of each test."""
    catalogues.switch("kk")
    return catalogues


@pytest.fixture
def make_window(qapp, make_station, translations, clock):
    """A shown main window over a station, acting as `actor`; gone before the station's file is closed."""
    windows = []

    def make(station, actor: str | None = None) -> MainWindow:
        desk = Desk(station, clock, language=translations.language, actor=actor)
        window = MainWindow(desk, translations)
        windows.append(window)
        window.show()
        window.activateWindow()
        qapp.processEvents()
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def type_text(widget, text: str) -> None:
    """Type text one character at a time (pytest-qt's keyClicks aborts on non-ASCII characters)."""
    from akimdesk.gui.qt import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)

