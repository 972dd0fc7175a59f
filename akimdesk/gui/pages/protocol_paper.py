"""The protocol on paper and on disk: printing numbered copies and saving the signed original."""

from __future__ import annotations

from pathlib import Path

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.printing import new_printer, print_pdf
from akimdesk.gui.qt import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QSpinBox,
    QStandardPaths,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.gui.work import Job, run_job
from akimdesk.station.count_records import SavedProtocol
from akimdesk.station.protocol import work_protocol_pdf, work_save_protocol

MAX_COPIES = 20  # as many as the service's print file holds


def default_file_name(precinct: str, version: int) -> str:
    """The name offered when saving a signed protocol: precinct and version."""
    return f"protocol-{precinct}-v{version}.pdf"


class ProtocolPaperBox(Retranslating, QGroupBox):
    """Print the shown version (the service's print file with numbered copies) or save its signed original."""

    # A result or refusal to show under the page's buttons: a function wording it now (so that it follows
    # a change of language), and whether it is a success.
    reported = Signal(object, bool)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._version: int | None = None
        self._kind: str | None = None
        self._printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.print_job: Job | None = None
        self.save_job: Job | None = None

        self.copies_caption = QLabel()
        self.copies_spin = QSpinBox()
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(1, MAX_COPIES)
        self.copies_caption.setBuddy(self.copies_spin)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        copies = QHBoxLayout()
        copies.addWidget(self.copies_caption)
        copies.addWidget(self.copies_spin)
        copies.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(copies)
        layout.addWidget(self.print_button)
        layout.addWidget(self.save_button)
        self.retranslate()
        self.set_shown(None, None)

    def set_shown(self, version: int | None, kind: str | None) -> None:
        """The version on screen and what it is (signed or draft); None when nothing is shown."""
        self._version, self._kind = version, kind
        self.print_button.setEnabled(kind is not None)
        self.copies_spin.setEnabled(kind is not None)
        self.save_button.setEnabled(kind == "signed")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Paper and file"))
        self.copies_caption.setText(self.tr("Copies"))
        self.copies_spin.setAccessibleName(self.tr("Number of printed copies"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save the signed original…"))

    # Printing

    def _on_print_button_clicked(self) -> None:
        try:
            pdf = work_protocol_pdf(self._desk.station.plan_protocol_pdf(version=self._version))
        except AkimdeskError as error:
            self.reported.emit(lambda refusal=error: self._desk.explain(refusal), False)
            return
        self._printer = new_printer(pdf)
        self._printer.setCopyCount(self.copies_spin.value())
        self.print_dialog = QPrintDialog(self._printer, self)
        self.print_dialog.setObjectName("printDialog")
        self.print_dialog.accepted.connect(self._on_print_dialog_accepted)
        self.print_dialog.finished.connect(self._on_print_dialog_finished)
        # QPrintDialog's own open() wants a slot to call; the plain window-modal open is QDialog's.
        QDialog.open(self.print_dialog)

    def _on_print_dialog_accepted(self) -> None:
        printer = self._printer
        if printer is None:
            return
        copies = printer.copyCount()
        self.copies_spin.setValue(min(max(copies, 1), MAX_COPIES))
        # The print file carries the numbered copies ("copy 1 of 3"), so the printer makes one of it.
        printer.setCopyCount(1)
        self.print_to(printer, copies)

    def _on_print_dialog_finished(self, _result: int) -> None:
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
        self.print_dialog = None

    def print_to(self, printer: QPrinter, copies: int) -> Job | None:
        """Print the shown version as the service's print file with `copies` numbered copies."""
        # The print file's data is read here; the background job builds and prints it with no database.
        try:
            plan = self._desk.station.plan_protocol_pdf(version=self._version, copies=copies)
        except AkimdeskError as error:
            self._on_job_failed(error)
            return None

        def task(report):
            return print_pdf(printer, work_protocol_pdf(plan), report)

        self.print_job = run_job(self._desk, self, self.tr("Printing the protocol…"), task,
                                 self._on_print_job_done, self._on_job_failed)
        self.print_job.ended.connect(self._on_print_job_ended)
        return self.print_job

    def _on_print_job_done(self, started: bool) -> None:
        if started:
            self.reported.emit(lambda: self.tr("The protocol was sent to the printer."), True)
        else:
            self.reported.emit(lambda: self.tr("The printer could not start printing. Check it and try again."),
                               False)

    def _on_print_job_ended(self) -> None:
        self.print_job = None
        self._printer = None

    # Saving

    def _on_save_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = default_file_name(self._desk.station.election().precinct_number, self._version or 1)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the signed protocol"),
                                                    str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path if Path(path).suffix else path + ".pdf")

    def save_to(self, path: str) -> Job | None:
        """Write the shown version's signed original to `path`, read it back, and record who saved it."""
        try:
            plan = self._desk.station.plan_save_protocol(version=self._version)
        except AkimdeskError as error:
            self._on_job_failed(error)
            return None

        def task(_report):
            return work_save_protocol(plan, Path(path))

        self.save_job = run_job(self._desk, self, self.tr("Saving the protocol…"), task,
                                self._on_save_job_done, self._on_job_failed)
        self.save_job.ended.connect(self._on_save_job_ended)
        return self.save_job

    def _on_save_job_done(self, saved: SavedProtocol) -> None:
        try:
            self._desk.station.record_save_protocol(saved, actor=self._desk.actor)
        except AkimdeskError as error:
            self._on_job_failed(error)
            return
        path = saved.path
        self.reported.emit(lambda: self.tr("The signed protocol was saved to {file}.").format(file=path), True)

    def _on_save_job_ended(self) -> None:
        self.save_job = None

    def _on_job_failed(self, error: AkimdeskError) -> None:
        self.reported.emit(lambda: self._desk.explain(error), False)
