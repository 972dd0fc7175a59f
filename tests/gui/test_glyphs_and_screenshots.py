"""Every character on every page has a glyph in the app's own font; screenshots of each page to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from akimdesk.gui.dialogs.undo_check_in_dialog import UndoCheckInDialog
from akimdesk.gui.qt import (
    QAbstractButton,
    QComboBox,
    QFontMetrics,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QRawFont,
    Qt,
    QTableView,
    QWidget,
)
from akimdesk.reports.fonts import font_bytes
from tests.conftest import CHAIR, ISSUER
from tests.gui.test_languages import choose_language

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory) -> Path:
    """AKIMDESK_SCREENSHOTS when set (to keep them), else a temporary folder."""
    kept = os.environ.get("AKIMDESK_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def visible_text(top: QWidget) -> str:
    """All text the window shows: labels, buttons, titles, fields, lists, tables, menus."""
    parts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            parts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            parts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableView):
            model = widget.model()
            parts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
            parts += [str(model.index(r, c).data() or "") for r in range(model.rowCount())
                      for c in range(model.columnCount())]
    if hasattr(top, "menuBar"):
        for menu_action in top.menuBar().actions():
            parts.append(menu_action.text())
            parts += [a.text() for a in menu_action.menu().actions()]
    return "\n".join(parts)


def missing_glyphs(text: str, app_font) -> str:
    """Characters that neither face of the bundled font can draw (Qt's own check, then the font's cmap)."""
    metrics = QFontMetrics(app_font)
    faces = [QRawFont(font_bytes(style), 12) for style in ("regular", "bold")]
    return "".join(
        ch for ch in sorted(set(text)) if not ch.isspace() and not (
            metrics.inFontUcs4(ord(ch)) and all(face.supportsCharacter(ord(ch)) for face in faces))
    )


def show_each_page(window, qtbot, station, iins):
    """Yield (name, widget) for each page in a state worth seeing."""
    window._go_to(0)
    yield "station", window
    window._go_to(1)
    page = window.check_in_page
    page.clear()
    qtbot.keyClicks(page.search_edit, iins[0])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.search_edit, iins[0])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    # The issued voter's surname lists them with their mark among namesakes.
    page.search_edit.setText(station.voter(iins[0]).surname)
    page._move_selection(1)
    yield "check-in", window
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(UndoCheckInDialog)
    yield "undo-dialog", dialog
    dialog.reject()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_visible_character_has_a_glyph_and_each_page_is_photographed(
        make_window, open_station, voter_iins, app_font, screenshot_dir, qtbot, clock, language):
    clock.set("09:15")
    window = make_window(open_station, actor=ISSUER)
    choose_language(window, LANGUAGE_NAMES[language])
    for name, widget in show_each_page(window, qtbot, open_station, voter_iins):
        qtbot.wait(100)
        assert missing_glyphs(visible_text(widget), app_font) == "", (name, language)
        path = screenshot_dir / f"{name}-{language}.png"
        assert widget.grab().save(str(path))
        assert path.stat().st_size > 5_000


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_opening_form_and_the_demo_offer_have_every_glyph(
        make_window, empty_station, app_font, screenshot_dir, clock, qtbot, language):
    from akimdesk.gui.dialogs.demo_election_dialog import DemoElectionDialog

    clock.set("07:10", clock.now.date())
    window = make_window(empty_station, actor=CHAIR)
    choose_language(window, LANGUAGE_NAMES[language])
    qtbot.wait(100)
    assert missing_glyphs(visible_text(window), app_font) == ""
    window.grab().save(str(screenshot_dir / f"station-empty-{language}.png"))
    qtbot.mouseClick(window.station_page.demo_button, Qt.MouseButton.LeftButton)
    dialog = window.station_page.findChild(DemoElectionDialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    for name, widget in (("demo-dialog", dialog), ("station-setup", window)):
        qtbot.wait(100)
        assert missing_glyphs(visible_text(widget), app_font) == "", name
        widget.grab().save(str(screenshot_dir / f"{name}-{language}.png"))


def test_the_check_catches_a_character_the_font_lacks(app_font):
    assert missing_glyphs("Әліппе ✔", app_font) == "✔"
