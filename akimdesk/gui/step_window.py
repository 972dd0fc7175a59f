"""The frame both desks' windows share: the numbered steps on the left, the menus, the status bar, the languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimdesk.gui.comfort import Comfort, ViewMenu
from akimdesk.gui.pages.base import Page
from akimdesk.gui.qt import (
    QAction,
    QActionGroup,
    QApplication,
    QCloseEvent,
    QEvent,
    QFontMetrics,
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
    application,
)
from akimdesk.gui.settings import LaptopSettings
from akimdesk.gui.translations import LANGUAGE_NAMES, Translations
from akimdesk.gui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from akimdesk.gui.desk import Desk
    from akimdesk.gui.district.desk import DistrictDeskState

NAV_ROOM, NAV_FONT_SCALE = 16, 1.2


class PageStack(QStackedWidget):
    """The pages, one at a time, at least as large as the largest page's minimum."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        # Otherwise the window's minimum height would be the height of the longest wrapped text of any page,
        # shown or not, at the narrowest width: taller than a laptop screen.
        return False


class StepWindow(QMainWindow):
    """A desk's one window: its pages as numbered steps (Ctrl+1..), greyed with their reason while unavailable.

    A subclass makes its pages in `_make_pages`, names its status labels in STATUS_KEYS ("database" is the one
    that gives way when the bar is short), adds its own parts and then calls `_open_first_step`. It says what
    the title, the status bar and the step for the present state are.
    """

    STATUS_KEYS: tuple[str, ...] = ("database",)
    # The narrowest the steps' column may be; it grows to the longest step name in the interface language.
    NAV_WIDTH = 210
    # A greyed step's reason is shown under the navigation from this step on (earlier ones keep it as tooltip).
    FIRST_EXPLAINED_STEP = 0

    def __init__(self, desk: Desk | DistrictDeskState, translations: Translations, comfort: Comfort | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._translations = translations
        self.comfort = comfort or Comfort(application(), LaptopSettings())
        self.page_list: list[Page] = self._make_pages()

        self.pages = PageStack()
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navigation")
        self.nav_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page in self.page_list:
            self.pages.addWidget(page)
            self.nav_list.addItem(QListWidgetItem())
        self.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        self.nav_reason_label = QLabel()
        self.nav_reason_label.setObjectName("navigationReason")
        self.nav_reason_label.setWordWrap(True)
        self.nav_reason_label.setStyleSheet("color: #6b4b00;")
        nav = self.nav_layout = QVBoxLayout()
        nav.addWidget(self.nav_list, 1)
        nav.addWidget(self.nav_reason_label)
        self.nav_widget = QWidget()
        self.nav_widget.setLayout(nav)
        central = QWidget()
        body = QHBoxLayout(central)
        body.addWidget(self.nav_widget)
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
        self.status_labels = {key: ElidedLabel() if key == "database" else QLabel() for key in self.STATUS_KEYS}
        self.statusBar().setStyleSheet("QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #b8b8b8; }")
        for key, label in self.status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label, 1 if key == "database" else 0)
        for row in range(len(self.page_list)):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self._go_to(row))

    def _make_pages(self) -> list[Page]:
        """The window's pages in the order of the navigation."""
        raise NotImplementedError

    def _update_title(self) -> None:
        """Set the window title in the interface language."""

    def _fill_status(self) -> None:
        """Set the status bar's labels from the desk's database."""

    def _step_for_state(self) -> int:
        """The step the desk most likely wants in its present state."""
        return 0

    def _step_when_blocked(self) -> int:
        """Where the window goes when the step in view becomes unavailable."""
        return self._step_for_state()

    def _page_shown(self, page: Page) -> None:
        """Called just before a page comes into view."""

    def _open_first_step(self, width: int, height: int) -> None:
        """Once every part is made: the first size, everything read, the step for the state, every text set."""
        self.resize(width, height)
        self.refresh()
        self._go_to(self._step_for_state())
        self.retranslate()
        # The pages were filled while hidden: their size as first measured must not set the window's first size.
        self.pages.updateGeometry()

    def refresh(self) -> None:
        """Read the desk again: pages, navigation and status bar."""
        for page in self.page_list:
            page.refresh()
        self._follow_state()
        self._fill_status()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._desk.busy:
            # Work is under way (a file half written, a result not yet recorded): the window stays until it ends.
            event.ignore()
            self.statusBar().showMessage(self.tr("Please wait: the work under way must finish first."), 5000)
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.nav_list.setAccessibleName(self.tr("Steps of the day"))
        self._update_title()
        for row, page in enumerate(self.page_list):
            self.nav_list.item(row).setText(f"{row + 1}. {page.nav_title()}")
        self._fit_navigation()
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.quit_action.setText(self.tr("Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._follow_state()
        self._fill_status()

    def _fit_navigation(self) -> None:
        # The steps are set a size larger than the pages' text and follow the View menu's text size; the column
        # is as wide as the longest step name in the interface language.
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * NAV_FONT_SCALE)
        self.nav_list.setFont(font)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.nav_list.item(row).text()) for row in range(self.nav_list.count()))
        margins = self.nav_layout.contentsMargins()
        around = 2 * self.nav_list.frameWidth() + margins.left() + margins.right() + NAV_ROOM
        self.nav_widget.setFixedWidth(max(self.NAV_WIDTH, widest + around))

    def _follow_state(self) -> None:
        # A step that cannot be used now is greyed out with its reason as tooltip; the reason of the first such
        # step from FIRST_EXPLAINED_STEP on (the one the desk is heading for) is shown under the navigation.
        shown_reason = ""
        current_blocked = False
        for row, page in enumerate(self.page_list):
            reason = page.unavailable_reason()
            item = self.nav_list.item(row)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if reason else flags | Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(reason)
            if reason and not shown_reason and row >= self.FIRST_EXPLAINED_STEP:
                shown_reason = reason
            if reason and row == self.pages.currentIndex():
                current_blocked = True
        self.nav_reason_label.setText(shown_reason)
        self.nav_reason_label.setVisible(bool(shown_reason))
        if current_blocked:
            self._go_to(self._step_when_blocked())

    def _go_to(self, row: int) -> None:
        if self.nav_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.nav_list.setCurrentRow(row)

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self._page_shown(self.page_list[row])
            self.pages.setCurrentIndex(row)
            self._focus_current_page()

    def _on_language_actions_triggered(self, action: QAction) -> None:
        self._desk.language = action.data()
        self._translations.switch(action.data())
        self.comfort.settings.language = action.data()
        self._focus_current_page()

    def _focus_current_page(self) -> None:
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus()
