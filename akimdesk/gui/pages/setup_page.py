"""The setup page: the district's election package, the voter list, and the IINs the chair must review."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import Page, show_message, title_label
from akimdesk.gui.qt import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from akimdesk.gui.widgets.import_problem_table import ImportProblemTable
from akimdesk.gui.widgets.package_form import PackageForm
from akimdesk.gui.widgets.setup_flagged_table import FlaggedVoterTable
from akimdesk.gui.work import Job, run_job
from akimdesk.station.records import StationStatus
from akimdesk.station.setup import VoterImportWork, work_voter_import
from akimdesk.station.setup_records import VoterImportOutcome


class SetupPage(Page):
    """Load the election package (or a newer version), import the voter list, review the flagged IINs."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._status: StationStatus | None = None
        self._message: tuple[Callable[[], str], bool] | None = None
        self._flagged_list_id: int | None = None
        self._job: Job | None = None
        self.title_label = title_label()

        self.package_form = PackageForm(desk)
        self.package_form.election_loaded.connect(self._on_package_form_election_loaded)

        self.list_box = QGroupBox()
        self.list_status_label = QLabel()
        self.list_status_label.setObjectName("voterListStatus")
        self.list_status_label.setWordWrap(True)
        self.list_intro_label = QLabel()
        self.list_intro_label.setWordWrap(True)
        self.import_reason_label = QLabel()
        self.import_reason_label.setObjectName("importReason")
        self.import_reason_label.setWordWrap(True)
        self.import_reason_label.setStyleSheet("color: #6b4b00;")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importVotersButton")
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.import_message_label = QLabel()
        self.import_message_label.setObjectName("importMessage")
        self.import_message_label.setWordWrap(True)
        self.problem_table = ImportProblemTable(desk)
        self.problem_table.setObjectName("importProblems")
        self.problem_table.setMinimumHeight(160)
        self.problem_table.hide()
        voter_list = QVBoxLayout(self.list_box)
        voter_list.addWidget(self.list_status_label)
        voter_list.addWidget(self.list_intro_label)
        voter_list.addWidget(self.import_reason_label)
        voter_list.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        voter_list.addWidget(self.import_message_label)
        voter_list.addWidget(self.problem_table, 1)

        self.flagged_box = QGroupBox()
        self.flagged_label = QLabel()
        self.flagged_label.setObjectName("flaggedSummary")
        self.flagged_label.setWordWrap(True)
        self.flagged_table = FlaggedVoterTable(desk)
        self.flagged_table.setObjectName("flaggedTable")
        self.flagged_table.setMinimumHeight(140)
        flagged = QVBoxLayout(self.flagged_box)
        flagged.addWidget(self.flagged_label)
        flagged.addWidget(self.flagged_table, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.package_form)
        body.addWidget(self.list_box)
        body.addWidget(self.flagged_box)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.scroll_area, 1)
        QWidget.setTabOrder(self.package_form.load_button, self.import_button)
        self.package_form.scan_drives()
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Setup")

    def refresh(self) -> None:
        """Read the station again: what is loaded, whether a list may be imported, the flagged IINs."""
        self._status = self._desk.station.status()
        self.package_form.refresh()
        voter_list = self._status.voter_list
        list_id = voter_list.list_id if voter_list else None
        if list_id != self._flagged_list_id:
            self._show_flagged(list_id)
        self.setFocusProxy(self.import_button if self._status.state == "setup" and not voter_list
                           else self.package_form.first_input())
        self._fill()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._desk.busy:
            self.package_form.scan_drives()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Setting the station up"))
        self.list_box.setTitle(self.tr("Voter list"))
        self.list_intro_label.setText(self.tr(
            "The list from the akimat, as a CSV or XLSX file. It is imported whole or not at all; a corrected "
            "list replaces the imported one until the station opens."))
        self.flagged_box.setTitle(self.tr("IINs to review"))
        self.import_button.setAccessibleName(self.tr("Import the voter list"))
        self.package_form.retranslate()
        self.problem_table.retranslate()
        self.flagged_table.retranslate()
        self._fill()

    def _fill(self) -> None:
        status = self._status
        if status is None:
            return
        voter_list = status.voter_list
        state = status.state
        if voter_list:
            self.list_status_label.setText(self.tr("{rows} voters are on the imported list.").format(
                rows=voter_list.rows))
        else:
            self.list_status_label.setText(self.tr("No voter list is imported yet."))
        self.import_button.setText(self.tr("Replace the voter list…") if voter_list
                                   else self.tr("Import the voter list…"))
        reason = self._import_unavailable_reason(state)
        self.import_reason_label.setText(reason)
        self.import_reason_label.setVisible(bool(reason))
        self.import_button.setEnabled(not reason and self._job is None)
        count = self.flagged_table.rowCount()
        if count:
            text = self.tr("Voters imported with an IIN that failed the checks: {count}. Compare each IIN with "
                           "the voter's identity document before election day.").format(count=count)
        else:
            text = self.tr("No IIN on the list failed the checks.")
        self.flagged_label.setText(text)
        self.flagged_table.setVisible(bool(count))
        self.flagged_box.setVisible(bool(voter_list))
        self._show_message()

    def _import_unavailable_reason(self, state: str) -> str:
        if state == "setup":
            return ""
        if state == "empty":
            return self.tr("Load the election package first.")
        return self.tr("The voter list can be imported or replaced only before the station opens.")

    def _show_flagged(self, list_id: int | None) -> None:
        self._flagged_list_id = list_id
        self.flagged_table.show_voters(self._desk.station.flagged_voters() if list_id is not None else [])

    def _on_package_form_election_loaded(self) -> None:
        self._message = None
        self.problem_table.hide()
        self.records_changed.emit()

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the voter list"), "",
                                              self.tr("Voter list (*.csv *.xlsx);;All files (*)"))
        if not path or self._job is not None:
            return
        station, actor = self._desk.station, self._desk.actor
        self.package_form.clear_message()
        self._message = None
        self._show_message()
        try:
            plan = station.plan_voter_import(Path(path), actor=actor)
        except AkimdeskError as error:
            self._on_import_refused(error)
            return
        self.import_button.setEnabled(False)
        self._job = run_job(self._desk, self, self.tr("Importing the voter list…"),
                            lambda report: work_voter_import(plan, report),
                            self._on_import_work_done, self._on_import_refused)
        self._job.ended.connect(self._on_job_ended)

    def _on_import_work_done(self, work: VoterImportWork) -> None:
        try:
            outcome = self._desk.station.record_voter_import(work)
        except AkimdeskError as error:
            self._on_import_refused(error)
            return
        self._on_imported(outcome)

    def _on_imported(self, outcome: VoterImportOutcome) -> None:
        self._message = (lambda: self._desk.say("done-voters-import", {
            "imported": outcome.imported, "flagged": outcome.flagged}), True)
        self.problem_table.show_problems([])
        self.problem_table.hide()
        self.records_changed.emit()

    def _on_import_refused(self, error: AkimdeskError) -> None:
        self._message = (lambda: self._desk.explain(error), False)
        problems = getattr(error, "problems", [])
        self.problem_table.show_problems(problems)
        self.problem_table.setVisible(bool(problems))
        self._show_message()

    def _on_job_ended(self) -> None:
        self._job = None
        self._fill()

    def _show_message(self) -> None:
        self.import_message_label.setVisible(self._message is not None)
        if self._message is None:
            self.import_message_label.clear()
            return
        text, is_success = self._message
        show_message(self.import_message_label, text(), is_success)
