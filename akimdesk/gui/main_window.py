"""The main window: navigation that follows the station's state, the acting member, language and status."""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.timeline import parse_utc_text, to_local
from akimdesk.gui.comfort import Comfort, ViewMenu
from akimdesk.gui.desk import Desk
from akimdesk.gui.lock import DeskLock
from akimdesk.gui.member_bar import MemberBar
from akimdesk.gui.pages.base import Page
from akimdesk.gui.pages.check_in_page import CheckInPage
from akimdesk.gui.pages.count_page import CountPage
from akimdesk.gui.pages.export_page import ExportPage
from akimdesk.gui.pages.protocol_page import ProtocolPage
from akimdesk.gui.pages.setup_page import SetupPage
from akimdesk.gui.pages.station_page import StationPage
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
    QTimer,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from akimdesk.gui.settings import LaptopSettings
from akimdesk.gui.translations import LANGUAGE_NAMES, Translations
from akimdesk.gui.widgets.elided_label import ElidedLabel
from akimdesk.gui.work import QuietJob
from akimdesk.station.exports import PreparedBackup, write_backup

# The steps of the day in the order a commission meets them; Ctrl+1.. go to each.
SETUP, STATION, CHECK_IN, COUNT, PROTOCOL, EXPORT = range(6)
BACKUP_CHECK_MS = 60_000
NAV_WIDTH, NAV_ROOM, NAV_FONT_SCALE = 210, 16, 1.2
# Room for the check-in results with their addresses beside the voter card; fits a 1366-pixel-wide laptop screen.
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 760


class PageStack(QStackedWidget):
    """The pages, one at a time, at least as large as the largest page's minimum."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        # Otherwise the window's minimum height would be the height of the longest wrapped text of any page,
        # shown or not, at the narrowest width: taller than a laptop screen.
        return False


class MainWindow(QMainWindow):
    """The desk's one window: pages on the left, the acting member above, the station's figures below."""

    def __init__(self, desk: Desk, translations: Translations, comfort: Comfort | None = None, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._translations = translations
        self.comfort = comfort or Comfort(QApplication.instance(), LaptopSettings())
        self._members: tuple = ()
        self._backup_error: AkimdeskError | None = None
        self.backup_job: QuietJob | None = None

        self.setup_page = SetupPage(desk)
        self.station_page = StationPage(desk)
        self.check_in_page = CheckInPage(desk)
        self.count_page = CountPage(desk)
        self.protocol_page = ProtocolPage(desk)
        self.export_page = ExportPage(desk)
        self.page_list: list[Page] = [self.setup_page, self.station_page, self.check_in_page, self.count_page,
                                      self.protocol_page, self.export_page]
        self.pages = PageStack()
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navigation")
        self.nav_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for page in self.page_list:
            self.pages.addWidget(page)
            if page is not self.check_in_page:
                page.records_changed.connect(self._on_page_records_changed)
            self.nav_list.addItem(QListWidgetItem())
        self.station_page.station_opened.connect(self._on_station_page_station_opened)
        self.check_in_page.records_changed.connect(self._on_check_in_page_records_changed)
        self.nav_list.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        self.nav_reason_label = QLabel()
        self.nav_reason_label.setObjectName("navigationReason")
        self.nav_reason_label.setWordWrap(True)
        self.nav_reason_label.setStyleSheet("color: #6b4b00;")
        nav = QVBoxLayout()
        nav.addWidget(self.nav_list, 1)
        nav.addWidget(self.nav_reason_label)
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_widget = QWidget()
        self.nav_widget.setLayout(nav)
        central = QWidget()
        body = QHBoxLayout(central)
        body.addWidget(self.nav_widget)
        body.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("memberToolbar")
        self.toolbar.setMovable(False)
        # Members sign in with their PIN: the lock screen hides the pages until one does.
        self.lock = DeskLock(self, desk)
        self.lock.signed_in.connect(self._on_lock_signed_in)
        self.member_bar = MemberBar(desk, self.lock, self)
        self.member_bar.records_changed.connect(self._on_page_records_changed)
        self.toolbar.addWidget(self.member_bar)
        self.addToolBar(self.toolbar)

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
                              for key in ("state", "clock", "turnout", "ballots", "backup", "database")}
        self.statusBar().setStyleSheet("QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #b8b8b8; }")
        for key, label in self.status_labels.items():
            label.setObjectName(f"status_{key}")
            if key == "database":
                self.statusBar().addPermanentWidget(label, 1)
            else:
                self.statusBar().addPermanentWidget(label)
        for row in range(len(self.page_list)):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self._go_to(row))

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self.clock_timer.start()
        # Automatic backups also run when nothing is being written (the service decides whether one is due).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._on_backup_timer_timeout)
        self.backup_timer.start()
        self.resize(DEFAULT_WIDTH, DEFAULT_HEIGHT)
        self.refresh()
        self._go_to(self._step_for_state())
        self._retranslate()
        # The pages were filled while hidden: their size as first measured must not set the window's first size.
        self.pages.updateGeometry()

    def refresh(self, *, only_current_page: bool = False) -> None:
        """Read the station again: navigation, member list, pages (or just the page in view) and status bar."""
        station = self._desk.station
        members = station.election().members if station.has_election() else ()
        if members != self._members:
            self._members = members
            ids = [m.member_id for m in members]
            if self._desk.actor not in ids:
                self._desk.actor = None  # whoever acts signs in with their PIN
            self._fill_members()
        self.lock.refresh()
        for page in [self.pages.currentWidget()] if only_current_page else self.page_list:
            page.refresh()
        self._follow_state()
        self._fill_status()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._desk.busy:
            # Work on the database or a USB stick is under way: the window stays until it has finished.
            event.ignore()
            self.statusBar().showMessage(self.tr("Please wait: the work under way must finish first."), 5000)
            return
        self.clock_timer.stop()
        self.backup_timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

    def _fit_navigation(self) -> None:
        # The steps are set a size larger than the pages' text and follow the View menu's text size; the column
        # is as wide as the longest step name in the interface language.
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * NAV_FONT_SCALE)
        self.nav_list.setFont(font)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.nav_list.item(row).text()) for row in range(self.nav_list.count()))
        margins = self.nav_widget.layout().contentsMargins()
        around = 2 * self.nav_list.frameWidth() + margins.left() + margins.right() + NAV_ROOM
        self.nav_widget.setFixedWidth(max(NAV_WIDTH, widest + around))

    def _update_title(self) -> None:
        title = self.tr("akimdesk — precinct desk")
        if self._desk.station.has_election():
            election = self._desk.station.election()
            title = self.tr("akimdesk — precinct {number}").format(number=election.precinct_number)
            title += " [DEMO]" if election.is_demo else ""
        self.setWindowTitle(title)

    def _retranslate(self) -> None:
        self._update_title()
        for row, page in enumerate(self.page_list):
            self.nav_list.item(row).setText(f"{row + 1}. {page.nav_title()}")
        self._fit_navigation()
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.quit_action.setText(self.tr("Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._fill_members()
        self._follow_state()
        self._fill_status()

    def _fill_members(self) -> None:
        self.member_bar.refresh()

    def _follow_state(self) -> None:
        # A step that cannot be used now is greyed out with its reason as tooltip; the reason of the next
        # such step (the one the commission is heading for) is shown under the navigation.
        shown_reason = ""
        current_blocked = False
        for row, page in enumerate(self.page_list):
            reason = page.unavailable_reason()
            item = self.nav_list.item(row)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if reason else flags | Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(reason)
            if reason and not shown_reason and row > STATION:
                shown_reason = reason
            if reason and row == self.pages.currentIndex():
                current_blocked = True
        self.nav_reason_label.setText(shown_reason)
        self.nav_reason_label.setVisible(bool(shown_reason))
        if current_blocked:
            self._go_to(STATION)

    def _fill_status(self) -> None:
        status = self._desk.station.status()
        labels = self.status_labels
        labels["state"].setText(self.tr("State: {state}").format(state=self._desk.say(f"state-{status['state']}")))
        labels["database"].setText(self.tr("Database: {file}").format(file=status["database"]))
        labels["database"].setToolTip(status["database"])
        if status.get("voter_list"):
            figures = self._desk.station.turnout()
            labels["turnout"].setText(self.tr("Turnout: {percent} %").format(percent=f"{figures.percent:.2f}"))
            labels["ballots"].setText(self.tr("Ballots left: {count}").format(count=status["ballots_left"]))
        for key in ("turnout", "ballots"):
            labels[key].setVisible(bool(status.get("voter_list")))
        if status.get("last_backup"):
            when = to_local(parse_utc_text(status["last_backup"]), self._desk.station.election().time_zone)
            labels["backup"].setText(self.tr("Last backup: {time}").format(time=when.strftime("%H:%M")))
        else:
            labels["backup"].setText(self.tr("No backup yet"))
        labels["backup"].setVisible("last_backup" in status)
        self._on_clock_timer_timeout()
        if self._backup_error is not None:
            reason = self._desk.explain(self._backup_error)
            self.statusBar().showMessage(self._desk.say("backup-automatic-failed", {"reason": reason}))

    def _step_for_state(self) -> int:
        """The page a commission most likely wants when the window opens in the station's present state."""
        state = self._desk.station.state()
        if state == "empty" or (state == "setup" and not self._desk.station.status().get("voter_list")):
            return SETUP
        return {"open": CHECK_IN, "closed": COUNT, "counting": COUNT, "finalised": PROTOCOL}.get(
            self._desk.station.state(), STATION)

    def _go_to(self, row: int) -> None:
        if self.nav_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.nav_list.setCurrentRow(row)

    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_list[row].refresh()
            self.pages.setCurrentIndex(row)
            self.pages.currentWidget().setFocus()

    def _on_lock_signed_in(self) -> None:
        for page in self.page_list:
            page.refresh()
        self.pages.currentWidget().setFocus()

    def _on_language_actions_triggered(self, action: QAction) -> None:
        self._desk.language = action.data()
        self._translations.switch(action.data())
        self.comfort.settings.language = action.data()
        self.pages.currentWidget().setFocus()

    def _on_page_records_changed(self) -> None:
        self._start_backup_if_due()
        self.refresh()
        self._update_title()

    def _on_check_in_page_records_changed(self) -> None:
        # The hot path: a check-in reads again only the page in view and the status bar; the other pages
        # are read when they are shown, and a due backup waits for the backup timer.
        self.refresh(only_current_page=True)

    def _start_backup_if_due(self) -> None:
        """Take the automatic backup if it is due: the snapshot here, the file written on another thread."""
        if self._desk.busy or self.backup_job is not None or not self._desk.station.has_election():
            return
        station = self._desk.station
        try:
            folder = station.due_backup_folder()
            if folder is None:
                return
            prepared = station.prepare_backup(folder)
        except AkimdeskError as error:
            self._on_backup_job_failed(error)
            return
        self.backup_job = QuietJob(self._desk, self, lambda: write_backup(prepared))
        self.backup_job.done.connect(self._on_backup_job_done)
        self.backup_job.failed.connect(self._on_backup_job_failed)
        self.backup_job.start()

    def _on_backup_job_done(self, written: PreparedBackup) -> None:
        self.backup_job = None
        try:
            self._desk.station.record_backup(written)
            self._backup_error = None
        except AkimdeskError as error:
            self._backup_error = error
        self._fill_status()

    def _on_backup_job_failed(self, error: AkimdeskError) -> None:
        # A failed automatic backup must not hide the work that goes on; it is shown in the status bar.
        self.backup_job = None
        self._backup_error = error
        self._fill_status()

    def _on_backup_timer_timeout(self) -> None:
        self._start_backup_if_due()

    def _on_station_page_station_opened(self) -> None:
        self._go_to(CHECK_IN)

    def _on_clock_timer_timeout(self) -> None:
        self.status_labels["clock"].setText(self._desk.local_now().strftime("%H:%M:%S"))
        if self._desk.busy:
            return
        for page in self.page_list:
            page.tick()
