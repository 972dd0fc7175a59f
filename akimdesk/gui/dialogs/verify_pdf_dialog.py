"""Checks any protocol PDF as `akimdesk protocol verify` does and shows the verdict, the signer and the QR data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk, show_date, show_moment
from akimdesk.gui.icons import BALLOT_ISSUED, WARNING, icon
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.gui.work import Job, run_job
from akimdesk.station.protocol import verify_protocol_file

if TYPE_CHECKING:
    from akimdesk.station.protocol import VerifiedProtocol

FACTS = ("file", "signer", "precinct", "election", "version", "finalised", "hash")
QR_FACTS = ("template", "version", "hash")


class VerifyPdfDialog(Retranslating, QDialog):
    """Pick a file, verify it in the background with the station's certificate, read the result."""

    verified = Signal(bool)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._path = ""
        self._result = None
        self._error: AkimdeskError | None = None
        self.job: Job | None = None

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.result_icon = QLabel()
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts_box = QGroupBox()
        self._fact_captions = {key: QLabel() for key in FACTS}
        self.fact_values = {key: QLabel() for key in FACTS}
        facts = QFormLayout(self.facts_box)
        for key in FACTS:
            value = self.fact_values[key]
            value.setObjectName(f"verify_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(self._fact_captions[key], value)

        self.qr_box = QGroupBox()
        self._qr_captions = {key: QLabel() for key in QR_FACTS}
        self.qr_values = {key: QLabel() for key in QR_FACTS}
        qr_form = QFormLayout()
        for key in QR_FACTS:
            value = self.qr_values[key]
            value.setObjectName(f"qr_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            qr_form.addRow(self._qr_captions[key], value)
        self.lines_table = QTableWidget(0, 3)
        self.lines_table.setObjectName("qrLines")
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_table.verticalHeader().hide()
        self.lines_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines_table.setMinimumHeight(200)
        qr_layout = QVBoxLayout(self.qr_box)
        qr_layout.addLayout(qr_form)
        qr_layout.addWidget(self.lines_table, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.intro_label, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        result = QHBoxLayout()
        result.addWidget(self.result_icon, 0, Qt.AlignmentFlag.AlignTop)
        result.addWidget(self.result_label, 1)
        layout.addLayout(top)
        layout.addLayout(result)
        layout.addWidget(self.facts_box)
        layout.addWidget(self.qr_box, 1)
        # Takes the free height while there is no QR table to give it to.
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._layout = layout
        self.resize(780, 720)
        self.retranslate()

    def choose_file(self) -> None:
        """Ask for a PDF and verify it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a protocol PDF"), "", self.tr("PDF files (*.pdf);;All files (*)"))
        if path:
            self.verify_file(path)

    def verify_file(self, path: str) -> Job:
        """Verify the file at `path` in the background; the result is shown when it ends."""
        self._path = path
        self._result = None
        self._error = None
        # The certificate is read here; the background job checks the file with no database.
        district_pem = self._desk.station.district_certificate_pem()

        def task(_report):
            return verify_protocol_file(Path(path), district_pem)

        self.job = run_job(self._desk, self, self.tr("Verifying the protocol…"), task,
                           self._on_job_done, self._on_job_failed)
        self._show()
        return self.job

    def _on_choose_button_clicked(self) -> None:
        self.choose_file()

    def _on_job_done(self, result) -> None:
        self.job = None
        self._result = result
        self._show()
        self.verified.emit(True)

    def _on_job_failed(self, error: AkimdeskError) -> None:
        self.job = None
        self._error = error
        self._show()
        self.verified.emit(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a protocol PDF"))
        self.intro_label.setText(self.tr(
            "Any protocol PDF (from this laptop, a USB stick or e-mail) is checked against the district "
            "certificate of the loaded election: the precinct's signature over the whole file, the attached "
            "data and the signed QR code."))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.facts_box.setTitle(self.tr("Checked file"))
        captions = {"file": self.tr("File"), "signer": self.tr("Signed by"), "precinct": self.tr("Precinct"),
                    "election": self.tr("Election"), "version": self.tr("Protocol version"),
                    "finalised": self.tr("Finalised at"), "hash": self.tr("Protocol hash")}
        for key, text in captions.items():
            self._fact_captions[key].setText(text)
        self.qr_box.setTitle(self.tr("QR code on the protocol"))
        for key, text in {"template": self.tr("Template"), "version": self.tr("Protocol version"),
                          "hash": self.tr("Protocol hash")}.items():
            self._qr_captions[key].setText(text)
        self.lines_table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Protocol line"), self.tr("Value")])
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._show()

    def _show(self) -> None:
        result, error = self._result, self._error
        self.fact_values["file"].setText(self._path or "—")
        self.facts_box.setVisible(bool(self._path))
        self.qr_box.setVisible(result is not None)
        self._layout.setStretch(self._layout.indexOf(self.qr_box) + 1, 0 if result is not None else 1)
        for key in FACTS[1:]:
            self.fact_values[key].setText("—")
            self.fact_values[key].setVisible(result is not None)
            self._fact_captions[key].setVisible(result is not None)
        self.result_label.setVisible(bool(self._path))
        self.result_icon.setVisible(bool(self._path) and self.job is None)
        if not self._path:
            return
        if self.job is not None:
            self.result_label.setStyleSheet("")
            self.result_label.setText(self.tr("Verifying…"))
        elif error is not None:
            self.result_icon.setPixmap(icon(WARNING).pixmap(32, 32))
            show_message(self.result_label, self.tr("NOT VALID: {reason}").format(
                reason=self._desk.explain(error)), False)
        elif result is not None:
            self.result_icon.setPixmap(icon(BALLOT_ISSUED).pixmap(32, 32))
            show_message(self.result_label, self.tr("VALID. {details}").format(details=self._desk.say(
                "done-protocol-verify", {"precinct": result.precinct, "version": result.data.version,
                                         "protocol_hash": result.protocol_hash})), True)
            self._show_verified(result)

    def _show_verified(self, result: VerifiedProtocol) -> None:
        data = result.data
        side = "kk" if self._desk.language == "kk" else "ru"
        values = self.fact_values
        values["signer"].setText(result.signer_name or "—")
        values["precinct"].setText(f"{result.precinct} — {data.precinct.name.get(side)}")
        values["election"].setText(f"{data.election.title.get(side)}, {show_date(data.election.date)}")
        values["version"].setText(str(data.version))
        values["finalised"].setText(show_moment(data.finalised_at_local) or "—")
        values["hash"].setText(result.protocol_hash)
        payload = result.qr
        self.qr_values["template"].setText(payload.template_id)
        self.qr_values["version"].setText(str(payload.version))
        self.qr_values["hash"].setText(payload.protocol_hash)
        lines = data.lines
        self.lines_table.setRowCount(len(payload.values))
        for row, value in enumerate(payload.values):
            line = lines[row] if row < len(lines) else None
            cells = (line.number if line else str(row + 1), line.label.get(side) if line else "", str(value))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines_table.setItem(row, column, item)
