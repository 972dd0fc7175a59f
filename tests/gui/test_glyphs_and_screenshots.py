"""Every page in Kazakh and Russian: each character has a glyph in the app's font, no label is cut, a screenshot.

AKIMDESK_SCREENSHOTS=DIR keeps the pictures (one PNG per page and language) to be looked at.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from akimdesk.bundle.usb import FolderDrive
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.district import DistrictDesk
from akimdesk.district.records import IssuedPackage, PackagesIssued
from akimdesk.gui.comfort import Comfort
from akimdesk.gui.dialogs.undo_check_in_dialog import UndoCheckInDialog
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.window import IMPORT, KEYS, PACKAGES, PRECINCTS, RACE, REPORT, DistrictWindow
from akimdesk.gui.main_window import (
    CHECK_IN,
    COUNT,
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    EXPORT,
    PROTOCOL,
    SETUP,
    STATION,
)
from akimdesk.gui.pages.count_page import MEMBERS_TAB, SHEET_TAB
from akimdesk.gui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QAction,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QEvent,
    QFileDialog,
    QFontMetrics,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QRawFont,
    QSize,
    Qt,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from akimdesk.gui.settings import DEFAULT_FONT_POINTS, LaptopSettings
from akimdesk.gui.widgets.elided_label import ElidedLabel
from akimdesk.reports.fonts import font_bytes
from akimdesk.signing.keys import certificate_fingerprint
from tests.conftest import BALANCED_COUNT, CHAIR, ISSUER, SECRETARY, TEST_KEY_COST, enter_count
from tests.gui.conftest import type_text
from tests.gui.test_languages import choose_language

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}
# Members with a PIN on the day; the others are listed on the lock screen as having none yet.
PINS = {CHAIR: "1111", SECRETARY: "3333", ISSUER: "4444"}
PRESENT = ["M1", "M2", "M3", "M4", "M5", "M7"]
# A button's text needs its width plus a little room inside the frame.
BUTTON_TEXT_ROOM = 8
JOB_TIMEOUT_MS = 30_000
# Latin that belongs on a Kazakh or Russian screen: the program's name, keys, acronyms, the demo mark.
LATIN_ALLOWED = {"akimdesk", "English", "PIN", "USB", "CSV", "XLSX", "PDF", "Enter", "Ctrl", "Esc", "Tab", "DEMO",
                 "AKIM_STICK", "STICK", "AKIM"}
DEFAULT_SIZE = QSize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
MARKUP = re.compile(r"</?(?:a|b|big|br|div|font|i|p|small|span|u)\b[^>]*>")


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory) -> Path:
    """AKIMDESK_SCREENSHOTS when set (to keep them), else a temporary folder."""
    kept = os.environ.get("AKIMDESK_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def without_markup(text: str) -> str:
    """The words of a label's text, without the tags of its rich text."""
    plain, tags = MARKUP.subn("", text)
    return html.unescape(plain) if tags else text


def visible_text(top: QWidget) -> str:
    """All text the window shows: labels, buttons, titles, fields, tabs, lists, tables, menus."""
    parts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            parts.append(without_markup(widget.text()))
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            parts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            shows_text = widget.echoMode() == QLineEdit.EchoMode.Normal
            parts += [widget.text() if shows_text else "", widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit):
            parts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            parts += [widget.tabText(i) for i in range(widget.count())]
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


def _needed_width(widget: QWidget) -> int:
    """The width a label or button needs to show its whole text."""
    if isinstance(widget, (QLabel, QCheckBox, QRadioButton)):
        return widget.sizeHint().width()
    # A push button's size hint adds the style's generous minimum; its text needs less.
    text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    room = widget.fontMetrics().horizontalAdvance(text) + BUTTON_TEXT_ROOM
    if not widget.icon().isNull():
        room += widget.iconSize().width() + 4
    return min(widget.sizeHint().width(), room) if isinstance(widget, QPushButton) else widget.sizeHint().width()


def cut_texts(top: QWidget) -> list[str]:
    """The single-line labels and buttons shown narrower than their text (word-wrapped labels may wrap)."""
    cut = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, ElidedLabel) or isinstance(widget, QLabel) and widget.wordWrap():
            continue
        needed = _needed_width(widget)
        if widget.width() < needed:
            cut.append(f"{widget.text()!r} ({widget.width()} < {needed} px)")
    return cut


def english_words(text: str) -> set[str]:
    """Latin words a Kazakh or Russian screen should not show: file names, key names and acronyms aside."""
    words = set()
    for token in text.split():
        if "/" in token or "\\" in token or re.search(r"\.[a-z]+\W*$", token) or DEMO_PASSPHRASE in token:
            continue  # a path, a file name, the demo's passphrase to type
        words |= {word for word in re.findall(r"[A-Za-z]{3,}", token)
                  if word not in LATIN_ALLOWED and not re.fullmatch(r"[0-9a-f]+", word)}
    return words


INPUT_TYPES = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def unnamed_inputs(top: QWidget) -> list[str]:
    """Visible input controls a screen reader could not name: no accessible name and no label pointing at them."""
    named = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES) or isinstance(widget, QHeaderView) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: the box itself carries the name
        if widget.accessibleName().strip() or id(widget) in named:
            continue
        found.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return found


class Camera:
    """Photographs a window in Kazakh and Russian and notes what would look wrong."""

    def __init__(self, qtbot, app_font, folder: Path) -> None:
        self._qtbot = qtbot
        self._app_font = app_font
        self._folder = folder
        self.problems: list[str] = []
        self.pictures: list[Path] = []

    def shoot(self, window, name: str, open_dialog: Callable[[], QDialog] | None = None, *,
              close_dialog: bool = True, size: QSize | None = None) -> None:
        """The window (or the dialog `open_dialog` opens) in each language: glyphs, cut texts, English, picture.

        A dialog is opened afresh in each language, as a member would (unless `close_dialog` is false); `size`
        is the window's size the page must fit in (no page may make the window grow).
        """
        for language, language_name in LANGUAGE_NAMES.items():
            choose_language(window, language_name)
            widget = open_dialog() if open_dialog else window
            self._qtbot.wait(30)
            text = visible_text(widget)
            missing = missing_glyphs(text, self._app_font)
            if missing:
                self.problems.append(f"{name} [{language}]: no glyph for {missing!r}")
            if english_words(text):
                self.problems.append(f"{name} [{language}]: English {sorted(english_words(text))}")
            self.problems += [f"{name} [{language}]: cut {cut}" for cut in cut_texts(widget)]
            self.problems += [f"{name} [{language}]: no accessible name for {field}" for field in unnamed_inputs(widget)]
            if size is not None and window.size() != size:
                self.problems.append(f"{name} [{language}]: the window grew to {window.width()}x{window.height()}")
            path = self._folder / f"{name}-{language}.png"
            assert widget.grab().save(str(path)), path
            self.pictures.append(path)
            if open_dialog and close_dialog:
                widget.reject()
                QApplication.processEvents()

    def assert_all_well(self) -> None:
        assert self.problems == [], "\n".join(self.problems)
        assert all(path.stat().st_size > 5_000 for path in self.pictures)


def go(qtbot, window, row: int) -> None:
    """Ctrl+1.. to the page on `row`, as a member would."""
    qtbot.waitUntil(lambda: not window._desk.busy, timeout=JOB_TIMEOUT_MS)
    # A job slow enough to show its progress dialog hands the window back only once that dialog is gone and the
    # window is active again; a shortcut typed before then reaches no window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and QApplication.activeWindow() is window,
                    timeout=JOB_TIMEOUT_MS)
    assert window.nav_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled, row
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == row


def sign_in(qtbot, window, member_id: str) -> None:
    """Lock the desk if needed (Ctrl+L), choose the member and type their PIN."""
    if not window.lock.is_locked:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = window.lock.screen
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_PageUp)
    for _ in range(screen.member_list.count()):
        if screen.chosen_member() == member_id:
            break
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Down)
    qtbot.keyClicks(screen.pin_edit, PINS[member_id])
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert not window.lock.is_locked


@pytest.fixture
def normal_look(qapp):
    """The laptop's look, put back to normal text and contrast for the tests that follow."""
    yield
    settings = LaptopSettings()
    settings.font_points = DEFAULT_FONT_POINTS
    settings.high_contrast = False
    Comfort(qapp, settings)


def choose(qtbot, *actions: QAction) -> None:
    """Choose menu entries one after the other, and let the window follow."""
    for action in actions:
        action.trigger()
    qtbot.wait(50)


def shown(dialog_type: type, parent: QWidget) -> QDialog:
    """The dialog of `dialog_type` that `parent` has open."""
    return next(dialog for dialog in parent.findChildren(dialog_type) if dialog.isVisible())


def test_every_page_of_the_day_has_every_glyph_no_cut_text_and_a_screenshot(
        make_window, setup_station, voter_iins, app_font, screenshot_dir, qtbot, clock, monkeypatch, tmp_path,
        normal_look):
    stick = FolderDrive(tmp_path / "AKIM_STICK", capacity_bytes=2_000_000_000, label="AKIM_STICK")
    monkeypatch.setattr("akimdesk.bundle.usb.list_removable_drives", lambda: [stick])
    camera = Camera(qtbot, app_font, screenshot_dir)
    station = setup_station
    for member_id, pin in PINS.items():
        station.set_pin(member_id, pin, actor=CHAIR)

    # The day before: the list is in, nobody has signed in yet.
    window = make_window(station)
    assert window.lock.is_locked and window.size() == DEFAULT_SIZE
    camera.shoot(window, "lock", size=DEFAULT_SIZE)
    sign_in(qtbot, window, CHAIR)
    go(qtbot, window, SETUP)
    camera.shoot(window, "setup", size=DEFAULT_SIZE)
    go(qtbot, window, STATION)
    camera.shoot(window, "station-setup", size=DEFAULT_SIZE)

    # Election day: open, one ballot issued, the namesakes found by surname with the issued voter chosen.
    clock.set("07:30")
    station.open_station(actor=CHAIR, ballots_received=204)
    window.refresh()
    camera.shoot(window, "station-open", size=DEFAULT_SIZE)
    sign_in(qtbot, window, ISSUER)
    go(qtbot, window, CHECK_IN)
    page = window.check_in_page
    clock.set("09:15")
    qtbot.keyClicks(page.search_edit, voter_iins[0])
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert station.voter(voter_iins[0]).ballot is not None
    type_text(page.search_edit, station.voter(voter_iins[0]).surname)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.selected_voter() is not None
    camera.shoot(window, "check-in", size=DEFAULT_SIZE)

    def open_undo_dialog() -> QDialog:
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
        return shown(UndoCheckInDialog, page)

    camera.shoot(window, "undo-dialog", open_undo_dialog)

    # The View menu: high contrast, then larger text, on the busiest page.
    menu = window.view_menu
    choose(qtbot, menu.contrast_action)
    camera.shoot(window, "check-in-high-contrast", size=DEFAULT_SIZE)
    choose(qtbot, menu.contrast_action, *[menu.larger_action] * 3)
    camera.shoot(window, "check-in-larger-text")
    choose(qtbot, menu.normal_action)
    window.resize(DEFAULT_SIZE)  # larger text widened the window; normal text leaves it as it is

    # The evening: closed, the count entered twice and agreed, attendance recorded.
    clock.set("11:00")
    for iin in voter_iins[1:6]:
        station.check_in(iin, actor=ISSUER)
    station.request_mobile(voter_iins[10], actor=SECRETARY, reason="ill at home")
    station.check_in(voter_iins[10], actor=ISSUER, mobile=True, carriers=("M6", "M7"))
    clock.set("20:00")
    station.close_station(actor=CHAIR)
    clock.set("20:30")
    enter_count(station, BALANCED_COUNT)
    station.record_present(PRESENT, actor=SECRETARY)
    window.refresh()
    go(qtbot, window, COUNT)
    camera.shoot(window, "count", size=DEFAULT_SIZE)
    window.count_page.tabs.setCurrentIndex(MEMBERS_TAB)
    camera.shoot(window, "count-members", size=DEFAULT_SIZE)
    window.count_page.tabs.setCurrentIndex(SHEET_TAB)
    choose(qtbot, menu.contrast_action, *[menu.larger_action] * 3)
    camera.shoot(window, "count-larger-high-contrast")
    choose(qtbot, menu.normal_action, menu.contrast_action)
    window.resize(DEFAULT_SIZE)

    # The protocol signed: the signed original, then the export to the stick.
    clock.set("23:10")
    station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    window.refresh()
    go(qtbot, window, PROTOCOL)
    protocol = window.protocol_page
    qtbot.waitUntil(lambda: protocol.preview.page_count() > 0 and protocol.render_job is None,
                    timeout=JOB_TIMEOUT_MS)
    camera.shoot(window, "protocol", size=DEFAULT_SIZE)
    go(qtbot, window, EXPORT)
    camera.shoot(window, "export", size=DEFAULT_SIZE)
    camera.assert_all_well()


def test_the_opening_form_and_the_demo_offer(make_window, empty_station, app_font, screenshot_dir, clock, qtbot):
    from akimdesk.gui.dialogs.demo_election_dialog import DemoElectionDialog

    camera = Camera(qtbot, app_font, screenshot_dir)
    clock.set("07:10", clock.now.date())
    window = make_window(empty_station, actor=CHAIR)
    assert window.pages.currentIndex() == SETUP
    camera.shoot(window, "setup-empty", size=DEFAULT_SIZE)
    go(qtbot, window, STATION)
    camera.shoot(window, "station-empty", size=DEFAULT_SIZE)

    def open_demo_dialog() -> QDialog:
        qtbot.mouseClick(window.station_page.demo_button, Qt.MouseButton.LeftButton)
        return shown(DemoElectionDialog, window.station_page)

    camera.shoot(window, "demo-dialog", open_demo_dialog)
    dialog = open_demo_dialog()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    camera.shoot(window, "demo-members", lambda: dialog, close_dialog=False)
    dialog.reject()
    camera.shoot(window, "demo-started", size=DEFAULT_SIZE)
    camera.assert_all_well()


@pytest.fixture
def district_window(qapp, translations, clock, tmp_path):
    """A shown district window over a fresh district database with its keys made."""
    from tests.gui.test_district_window import DISTRICT_NAME, HANDOVER_COST
    from tests.test_district import DISTRICT_PASSPHRASE

    district = DistrictDesk.open(tmp_path / "district.db", clock, key_cost=TEST_KEY_COST)
    district.init(DISTRICT_NAME, DISTRICT_PASSPHRASE)
    window = DistrictWindow(DistrictDeskState(district, clock, language=translations.language,
                                              handover_cost=HANDOVER_COST), translations)
    window.show()
    qapp.processEvents()
    yield window
    window.close()
    window.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    district.store.close()


def test_every_district_page_has_every_glyph_no_cut_text_and_a_screenshot(
        district_window, app_font, screenshot_dir, qtbot, clock, tmp_path, monkeypatch):
    from tests.gui.test_district_window import issue_through_the_page, wait_for_work, write_inputs
    from tests.test_district import DISTRICT_PASSPHRASE, export, precinct_day

    window = district_window
    camera = Camera(qtbot, app_font, screenshot_dir)
    inputs = write_inputs(tmp_path / "inputs")
    issue_through_the_page(qtbot, window, inputs)
    assert window.packages_page.issued_table.rowCount() == 3
    fingerprint = certificate_fingerprint(window._desk.district.signing_certificate())
    issued = PackagesIssued("", fingerprint, tuple(
        IssuedPackage(n, str(next(inputs["packages"].glob(f"package-*-p{n}.json"))), str(inputs["acts"] / f"act-p{n}.pdf"))
        for n in ("1001", "1002")))
    bundles = []
    for number, checkins in (("1001", 6), ("1002", 8)):
        path = tmp_path / f"p{number}.akb"
        path.write_bytes(export(precinct_day(tmp_path, clock, issued, number, checkins=checkins), tmp_path,
                                f"stick{number}"))
        bundles.append(str(path))
    (tmp_path / "broken.akb").write_bytes(b"not a bundle")
    bundles.append(str(tmp_path / "broken.akb"))
    intake = window.import_page
    go(qtbot, window, IMPORT)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (bundles, ""))
    qtbot.keyClicks(intake.passphrase_edit, DISTRICT_PASSPHRASE)
    qtbot.mouseClick(intake.files_button, Qt.MouseButton.LeftButton)
    wait_for_work(qtbot, window)
    assert intake.outcomes_view.model().rowCount() == 3
    size = window.size()
    for row, name in ((KEYS, "keys"), (PACKAGES, "packages"), (IMPORT, "import"), (RACE, "race"),
                      (PRECINCTS, "precincts"), (REPORT, "report")):
        go(qtbot, window, row)
        camera.shoot(window, f"district-{name}", size=size)
    camera.assert_all_well()


def test_a_new_district_keys_page_has_every_glyph_and_no_cut_text(
        qapp, translations, clock, tmp_path, app_font, screenshot_dir, qtbot):
    from tests.gui.test_district_window import HANDOVER_COST

    district = DistrictDesk.open(tmp_path / "new.db", clock, key_cost=TEST_KEY_COST)
    window = DistrictWindow(DistrictDeskState(district, clock, language=translations.language,
                                              handover_cost=HANDOVER_COST), translations)
    window.show()
    qapp.processEvents()
    try:
        camera = Camera(qtbot, app_font, screenshot_dir)
        go(qtbot, window, KEYS)
        camera.shoot(window, "district-keys-new", size=window.size())
        camera.assert_all_well()
    finally:
        window.close()
        window.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        district.store.close()


def test_the_kazakh_i_keeps_its_dot(app_font, qapp):
    # The bundled face's Cyrillic glyph composition would draw і (U+0456) as the Turkish dotless ı.
    def drawn(letter: str, bold: bool):
        label = QLabel(letter)
        font = QApplication.font()
        font.setPointSizeF(40)
        font.setBold(bold)
        label.setFont(font)
        label.adjustSize()
        return label.grab().toImage()

    for bold in (False, True):
        assert drawn("і", bold) == drawn("i", bold) != drawn("ı", bold), bold


def test_the_checks_catch_a_missing_glyph_a_cut_label_and_english(app_font, qapp):
    assert missing_glyphs("Әліппе ✔", app_font) == "✔"
    box = QWidget()
    label = QLabel("Сайлау учаскесінің хаттамасы", box)
    label.setFixedWidth(60)
    wrapped = QLabel("Сайлау учаскесінің хаттамасы", box)
    wrapped.setWordWrap(True)
    wrapped.setFixedWidth(60)
    box.show()
    assert [text.split(" (")[0] for text in cut_texts(box)] == ["'Сайлау учаскесінің хаттамасы'"]
    box.close()
    assert english_words("Учаске Ballot PIN (Ctrl+D) /tmp/station.db p1001.akb 2cfe0989") == {"Ballot"}
