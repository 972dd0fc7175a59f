"""The main window: navigation that follows the station's state, the acting member, language and status."""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.timeline import parse_utc_text, to_local
from akimdesk.gui.comfort import Comfort
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
from akimdesk.gui.qt import QCloseEvent, QTimer, QToolBar
from akimdesk.gui.step_window import StepWindow
from akimdesk.gui.translations import Translations
from akimdesk.gui.work import QuietJob
from akimdesk.station.exports import PreparedBackup, seal_backup, write_backup

# The steps of the day in the order a commission meets them; Ctrl+1.. go to each.
SETUP, STATION, CHECK_IN, COUNT, PROTOCOL, EXPORT = range(6)
BACKUP_CHECK_MS = 60_000
# Room for the check-in results with their addresses beside the voter card; fits a 1366-pixel-wide laptop screen.
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1280, 760


class MainWindow(StepWindow):
    """The desk's one window: pages on the left, the acting member above, the station's figures below."""

    STATUS_KEYS = ("state", "clock", "turnout", "ballots", "backup", "database")
    _desk: Desk
    # Setup and Station explain themselves; the reason shown is that of the step the commission heads for.
    FIRST_EXPLAINED_STEP = STATION + 1

    def __init__(self, desk: Desk, translations: Translations, comfort: Comfort | None = None, parent=None) -> None:
        super().__init__(desk, translations, comfort, parent)
        self._members: tuple = ()
        self._backup_error: AkimdeskError | None = None
        self.backup_job: QuietJob | None = None
        for page in self.page_list:
            if page is not self.check_in_page:
                page.records_changed.connect(self._on_page_records_changed)
        self.station_page.station_opened.connect(self._on_station_page_station_opened)
        self.check_in_page.records_changed.connect(self._on_check_in_page_records_changed)

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

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self.clock_timer.start()
        # Automatic backups also run when nothing is being written (the service decides whether one is due).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._on_backup_timer_timeout)
        self.backup_timer.start()
        self._open_first_step(DEFAULT_WIDTH, DEFAULT_HEIGHT)

    def _make_pages(self) -> list[Page]:
        desk = self._desk
        self.setup_page = SetupPage(desk)
        self.station_page = StationPage(desk)
        self.check_in_page = CheckInPage(desk)
        self.count_page = CountPage(desk)
        self.protocol_page = ProtocolPage(desk)
        self.export_page = ExportPage(desk)
        return [self.setup_page, self.station_page, self.check_in_page, self.count_page, self.protocol_page,
                self.export_page]

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
        current = self.pages.currentIndex()
        for page in self.page_list[current:current + 1] if only_current_page else self.page_list:
            page.refresh()
        self._follow_state()
        self._fill_status()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        if event.isAccepted():
            self.clock_timer.stop()
            self.backup_timer.stop()

    def _update_title(self) -> None:
        title = self.tr("akimdesk — precinct desk")
        if self._desk.station.has_election():
            election = self._desk.station.election()
            title = self.tr("akimdesk — precinct {number}").format(number=election.precinct_number)
            title += " [DEMO]" if election.is_demo else ""
        self.setWindowTitle(title)

    def retranslate(self) -> None:
        self._fill_members()
        super().retranslate()

    def _fill_members(self) -> None:
        self.member_bar.refresh()

    def _fill_status(self) -> None:
        status = self._desk.station.status()
        labels = self.status_labels
        labels["state"].setText(self.tr("State: {state}").format(state=self._desk.say(f"state-{status.state}")))
        labels["database"].setText(self.tr("Database: {file}").format(file=status.database))
        labels["database"].setToolTip(status.database)
        if status.voter_list:
            figures = self._desk.station.turnout()
            labels["turnout"].setText(self.tr("Turnout: {percent} %").format(percent=f"{figures.percent:.2f}"))
            labels["ballots"].setText(self.tr("Ballots left: {count}").format(count=status.ballots_left))
        for key in ("turnout", "ballots"):
            labels[key].setVisible(status.voter_list is not None)
        if status.last_backup:
            when = to_local(parse_utc_text(status.last_backup), self._desk.station.election().time_zone)
            labels["backup"].setText(self.tr("Last backup: {time}").format(time=when.strftime("%H:%M")))
        else:
            labels["backup"].setText(self.tr("No backup yet"))
        labels["backup"].setVisible(status.election_id is not None)
        self._on_clock_timer_timeout()
        if self._backup_error is not None:
            reason = self._desk.explain(self._backup_error)
            self.statusBar().showMessage(self._desk.say("backup-automatic-failed", {"reason": reason}))

    def _step_for_state(self) -> int:
        """The page a commission most likely wants when the window opens in the station's present state."""
        state = self._desk.station.state()
        if state == "empty" or (state == "setup" and self._desk.station.status().voter_list is None):
            return SETUP
        return {"open": CHECK_IN, "closed": COUNT, "counting": COUNT, "finalised": PROTOCOL}.get(
            self._desk.station.state(), STATION)

    def _step_when_blocked(self) -> int:
        return STATION

    def _page_shown(self, page: Page) -> None:
        page.refresh()  # after a check-in only the page in view was read again

    def _on_lock_signed_in(self) -> None:
        for page in self.page_list:
            page.refresh()
        self._focus_current_page()

    def _on_page_records_changed(self) -> None:
        self._start_backup_if_due()
        self.refresh()
        self._update_title()

    def _on_check_in_page_records_changed(self) -> None:
        # The hot path: a check-in reads again only the page in view and the status bar; the other pages
        # are read when they are shown, and a due backup waits for the backup timer.
        self.refresh(only_current_page=True)

    def _start_backup_if_due(self) -> None:
        """Take the automatic backup if it is due: planned here, snapshot and file made on another thread."""
        if self._desk.busy or self.backup_job is not None or not self._desk.station.has_election():
            return
        station = self._desk.station
        try:
            folder = station.due_backup_folder()
            if folder is None:
                return
            plan = station.plan_backup(folder)
        except AkimdeskError as error:
            self._on_backup_job_failed(error)
            return
        self.backup_job = QuietJob(self._desk, self, lambda: write_backup(seal_backup(plan)))
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
        for page in self.page_list:
            page.tick()
