"""The district commission's window: its steps on the left, the language menu, the database below."""

from __future__ import annotations

from akimdesk.gui.comfort import Comfort, ViewMenu
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.import_page import ImportPage
from akimdesk.gui.district.keys_page import KeysPage
from akimdesk.gui.district.packages_page import PackagesPage
from akimdesk.gui.district.precincts_page import PrecinctsPage
from akimdesk.gui.district.race_page import RacePage
from akimdesk.gui.district.report_page import ReportPage
from akimdesk.gui.pages.base import Page
from akimdesk.gui.qt import (
    QAction,
    QActionGroup,
    QApplication,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QShortcut,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from akimdesk.gui.settings import LaptopSettings
from akimdesk.gui.translations import LANGUAGE_NAMES, Translations
from akimdesk.gui.widgets.elided_label import ElidedLabel

# The district's steps in the order it meets them; Ctrl+1.. go to each.
KEYS, PACKAGES, IMPORT, RACE, PRECINCTS, REPORT = range(6)
NAV_WIDTH = 265


class DistrictWindow(QMainWindow):
    """The district desk's one window over its own database."""

    def __init__(self, desk: DistrictDeskState, translations: Translations, comfort: Comfort | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._translations = translations
        self.comfort = comfort or Comfort(QApplication.instance(), LaptopSettings())
        self.keys_page = KeysPage(desk)
        self.packages_page = PackagesPage(desk)
        self.import_page = ImportPage(desk)
        self.race_page = RacePage(desk)
        self.precincts_page = PrecinctsPage(desk)
        self.report_page = ReportPage(desk)
        self.page_list: list[Page] = [self.keys_page, self.packages_page, self.import_page, self.race_page,
                                      self.precincts_page, self.report_page]
        self.pages = QStackedWidget()
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navigation")
        self.nav_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for page in self.page_list:
            self.pages.addWidget(page)
            page.records_changed.connect(self._on_page_records_changed)
            self.nav_list.addItem(QListWidgetItem())
        self.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        self.nav_reason_label = QLabel()
        self.nav_reason_label.setObjectName("navigationReason")
        self.nav_reason_label.setWordWrap(True)
        self.nav_reason_label.setStyleSheet("color: #6b4b00;")
        nav = QVBoxLayout()
        nav.addWidget(self.nav_list, 1)
        nav.addWidget(self.nav_reason_label)
        nav_widget = QWidget()
        nav_widget.setLayout(nav)
        nav_widget.setFixedWidth(NAV_WIDTH)
        nav_font = self.nav_list.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.2)
        self.nav_list.setFont(nav_font)
        central = QWidget()
        body = QHBoxLayout(central)
        body.addWidget(nav_widget)
        body.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.desk_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.desk_menu.addAction(self.quit_action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == translations.language)
            self.language_actions.addAction(action)
            self.language_menu.addAction(action)
        self.language_actions.triggered.connect(self._on_language_actions_triggered)
        self.view_menu = ViewMenu(self.comfort, self)
        self.menuBar().addMenu(self.view_menu)

        # The database path gives way first when the bar is short; its tooltip keeps it whole.
        self.status_labels = {key: ElidedLabel() if key == "database" else QLabel()
                              for key in ("district", "race", "database")}
        self.statusBar().setStyleSheet("QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #b8b8b8; }")
        for key, label in self.status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label, 1 if key == "database" else 0)
        for row in range(len(self.page_list)):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self._go_to(row))

        self.resize(1180, 760)
        self.refresh()
        self._go_to(self._step_for_state())
        self._retranslate()

    def refresh(self) -> None:
        """Read the district again: pages, navigation and status bar."""
        for page in self.page_list:
            page.refresh()
        self._follow_state()
        self._fill_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title = self.tr("akimdesk — district election commission")
        if self._desk.is_initialised():
            title += f" — {self._desk.district.keys()['name']}"
        race = self._desk.race()
        if race is not None and race["definition"]["election"].get("is_demo"):
            title += " [DEMO]"
        self.setWindowTitle(title)
        for row, page in enumerate(self.page_list):
            self.nav_list.item(row).setText(f"{row + 1}. {page.nav_title()}")
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.quit_action.setText(self.tr("Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._follow_state()
        self._fill_status()

    def _follow_state(self) -> None:
        # A step that cannot be used now is greyed out with its reason as tooltip; the first such reason is
        # shown under the navigation.
        shown_reason = ""
        current_blocked = False
        for row, page in enumerate(self.page_list):
            reason = page.unavailable_reason()
            item = self.nav_list.item(row)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if reason else flags | Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(reason)
            shown_reason = shown_reason or reason
            current_blocked = current_blocked or (bool(reason) and row == self.pages.currentIndex())
        self.nav_reason_label.setText(shown_reason)
        self.nav_reason_label.setVisible(bool(shown_reason))
        if current_blocked:
            self._go_to(self._step_for_state())

    def _fill_status(self) -> None:
        labels = self.status_labels
        path = str(self._desk.district.store.path)
        labels["database"].setText(self.tr("District database: {file}").format(file=path))
        labels["database"].setToolTip(path)
        initialised = self._desk.is_initialised()
        labels["district"].setText(self._desk.district.keys()["name"] if initialised else
                                   self.tr("No district keys yet"))
        race = self._desk.race()
        summary = self._desk.summary()
        if race is not None and summary is not None:
            labels["race"].setText(self.tr("Precincts counted: {reported} of {expected}").format(
                reported=len(summary.reported), expected=len(summary.expected_precincts)))
        labels["race"].setVisible(race is not None)

    def _step_for_state(self) -> int:
        """The page the district most likely wants now."""
        if not self._desk.is_initialised():
            return KEYS
        return PACKAGES if self._desk.race() is None else RACE

    def _go_to(self, row: int) -> None:
        if self.nav_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.nav_list.setCurrentRow(row)

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)
            self.pages.currentWidget().setFocus()

    def _on_language_actions_triggered(self, action: QAction) -> None:
        self._desk.language = action.data()
        self._translations.switch(action.data())
        self.comfort.settings.language = action.data()

    def _on_page_records_changed(self) -> None:
        self._desk.forget()
        self.refresh()
        self._retranslate()
