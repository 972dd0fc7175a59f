"""The summary paper of the race and the check of the district's own audit chain."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.district.records import SummarySaved
from akimdesk.district.report import save_summary
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.page import DistrictPage
from akimdesk.gui.district.widgets import MessageLabel
from akimdesk.gui.pages.base import title_label
from akimdesk.gui.qt import QDesktopServices, QFileDialog, QGroupBox, QLabel, QPushButton, Qt, QUrl, QVBoxLayout

SUMMARY_NAME = "summary.pdf"


class ReportPage(DistrictPage):
    """Builds the bilingual summary PDF off the interface thread and saves it where the commission chooses."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(desk, parent)
        self._saved: Path | None = None
        self.title_label = title_label()

        self.summary_box = QGroupBox()
        self.summary_intro = QLabel()
        self.summary_intro.setWordWrap(True)
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("summaryButton")
        self.summary_button.clicked.connect(self._on_summary_button_clicked)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openSummaryButton")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.open_button.hide()
        self.summary_message = MessageLabel("summaryMessage")
        summary = QVBoxLayout(self.summary_box)
        summary.addWidget(self.summary_intro)
        summary.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignLeft)
        summary.addWidget(self.summary_message)
        summary.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.audit_box = QGroupBox()
        self.audit_intro = QLabel()
        self.audit_intro.setWordWrap(True)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.audit_message = MessageLabel("auditMessage")
        audit = QVBoxLayout(self.audit_box)
        audit.addWidget(self.audit_intro)
        audit.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        audit.addWidget(self.audit_message)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.audit_box)
        layout.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Summary and audit")

    def unavailable_reason(self) -> str:
        return "" if self._desk.is_initialised() else self.tr("The district's keys are made first.")

    def refresh(self) -> None:
        self.summary_button.setEnabled(self._desk.race() is not None)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Summary and audit"))
        self.summary_box.setTitle(self.tr("Summary table of the voting results"))
        self.summary_intro.setText(self.tr(
            "The bilingual summary paper: the race totals in figures and words, each candidate, turnout, the "
            "flags for the commission and every precinct with its status."))
        self.summary_button.setText(self.tr("Build and save the summary PDF…"))
        self.open_button.setText(self.tr("Open the summary"))
        self.audit_box.setTitle(self.tr("The district's audit chain"))
        self.audit_intro.setText(self.tr(
            "Every action of the district is an event in a hash chain. Checking it proves that no recorded "
            "row was changed or removed."))
        self.verify_button.setText(self.tr("Verify the audit chain"))

    def _on_summary_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the summary"), SUMMARY_NAME, "PDF (*.pdf)")
        if not chosen:
            return
        try:
            paper = self._desk.district.plan_report()
        except AkimdeskError as error:
            self._failed(self.summary_message)(error)
            return

        def done(result: SummarySaved) -> None:
            self._saved = Path(result.out)
            self.open_button.show()
            self.summary_message.say(lambda: self._desk.say("done-district-report", asdict(result)), True)

        # The paper's data is read here; building the PDF and writing it need no database.
        self._run(self.tr("Building the summary PDF…"),
                lambda report: save_summary(paper, Path(chosen)), done, self._failed(self.summary_message))

    def _on_open_button_clicked(self) -> None:
        if self._saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved)))

    def _on_verify_button_clicked(self) -> None:
        # The district's chain is short (an event per bundle): it is checked here, over the interface's own connection.
        try:
            result = self._desk.district.verify_audit()
        except AkimdeskError as error:
            self._failed(self.audit_message)(error)
            return
        self.audit_message.say(lambda: self._desk.say("done-district-verify", asdict(result)), True)

    def _failed(self, label: MessageLabel) -> Any:
        def failed(error: AkimdeskError) -> None:
            label.say(lambda: self._desk.explain(error), False)

        return failed
