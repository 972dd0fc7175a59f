"""The export page: the signed bundle for the district on a USB stick, backups, and restoring on a spare laptop."""

from __future__ import annotations

from pathlib import Path

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.restore_dialog import RestoreDialog
from akimdesk.gui.pages.base import Page, title_label
from akimdesk.gui.qt import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from akimdesk.gui.widgets.backup_box import BackupBox
from akimdesk.gui.widgets.drive_files import read_file
from akimdesk.gui.widgets.drive_picker import DrivePickerWidget
from akimdesk.gui.widgets.drive_result_banner import EXPORT, RESTORE, VERIFY, ResultBanner
from akimdesk.gui.work import run_job
from akimdesk.station.export_outcomes import BundleExportOutcome, BundleReport, RestoreOutcome
from akimdesk.station.exports import BundleExportWork, verify_bundle_bytes, work_bundle_export

REASON_STYLE = "color: #6b4b00;"


class ExportPage(Page):
    """Choose the stick, export and verify the bundle, back up, or restore a backup on an empty laptop."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._restore_dialog: RestoreDialog | None = None
        self.title_label = title_label()
        self.picker = DrivePickerWidget(desk)
        self.picker.drive_changed.connect(self._on_picker_drive_changed)
        self.banner = ResultBanner(desk)
        self.election_reason_label = QLabel()
        self.election_reason_label.setObjectName("exportReason")
        self.election_reason_label.setWordWrap(True)
        self.election_reason_label.setStyleSheet(REASON_STYLE)

        self.export_box = QGroupBox()
        self.export_intro_label = QLabel()
        self.export_intro_label.setWordWrap(True)
        self.member_label = QLabel()
        self.member_label.setObjectName("exportMember")
        self.member_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("exportPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self._on_export_button_clicked)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setMinimumHeight(38)
        bold = self.export_button.font()
        bold.setBold(True)
        self.export_button.setFont(bold)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyBundleButton")
        self.verify_button.setMinimumHeight(38)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self._member_caption, self._passphrase_caption = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self._member_caption, self.member_label)
        form.addRow(self._passphrase_caption, self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        export = QVBoxLayout(self.export_box)
        export.addWidget(self.export_intro_label)
        export.addLayout(form)
        export.addLayout(buttons)
        export.addStretch(1)

        self.backup_box = BackupBox(desk, self.picker, self.banner)
        self.backup_box.records_changed.connect(self.records_changed)

        self.restore_box = QGroupBox()
        self.restore_intro_label = QLabel()
        self.restore_intro_label.setWordWrap(True)
        self.restore_reason_label = QLabel()
        self.restore_reason_label.setObjectName("restoreReason")
        self.restore_reason_label.setWordWrap(True)
        self.restore_reason_label.setStyleSheet(REASON_STYLE)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("openRestoreButton")
        self.restore_button.setMinimumHeight(34)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        restore = QVBoxLayout(self.restore_box)
        restore.addWidget(self.restore_intro_label)
        restore.addWidget(self.restore_reason_label)
        restore.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.columns = QWidget()
        columns = QHBoxLayout(self.columns)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.export_box, 1)
        columns.addWidget(self.backup_box, 1)
        content = QWidget()
        self._body = QVBoxLayout(content)
        self._body.setContentsMargins(0, 0, 6, 0)
        for widget in (self.picker, self.banner, self.election_reason_label, self.columns, self.restore_box):
            self._body.addWidget(widget)
        self._body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        self.refresh()
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Export")

    def unavailable_reason(self) -> str:
        # Always reachable: on a spare laptop with an empty database this is where a backup is restored.
        return ""

    def refresh(self) -> None:
        """Follow the station: export and backups need an election, restore needs an empty database."""
        has_election = self._desk.station.has_election()
        self.export_box.setEnabled(has_election)
        self.backup_box.setEnabled(has_election)
        self.election_reason_label.setVisible(not has_election)
        self.restore_button.setEnabled(not has_election)
        self.restore_reason_label.setVisible(has_election)
        self.restore_intro_label.setVisible(not has_election)
        # On a spare laptop restoring is the one thing to do: it comes first.
        self._body.removeWidget(self.restore_box)
        self._body.insertWidget(self._body.indexOf(self.columns) + (1 if has_election else 0), self.restore_box)
        self.backup_box.refresh()
        self._fill_member()
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # A stick put in while another page was shown appears without pressing Refresh.
        if not self._desk.busy:
            self.picker.refresh_drives()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Export and backups"))
        self.election_reason_label.setText(self.tr(
            "The bundle for the district and backups need a loaded election. On a spare laptop, restore the "
            "backup of the lost one below."))
        self.export_box.setTitle(self.tr("Bundle for the district commission"))
        self.export_intro_label.setText(self.tr(
            "The signed bundle holds the finalised protocol, turnout, the records of the day (personal data "
            "sealed for the district) and the audit log. It is written to the stick and read back before you "
            "may remove the stick."))
        self._member_caption.setText(self.tr("Exported by"))
        self._passphrase_caption.setText(self.tr("Commission passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Commission passphrase for the export"))
        self.export_button.setText(self.tr("Export the bundle to the stick"))
        self.verify_button.setText(self.tr("Verify a bundle file…"))
        self.restore_box.setTitle(self.tr("Restore on a spare laptop"))
        self.restore_intro_label.setText(self.tr(
            "If the desk's laptop is lost or broken, start akimdesk on a spare laptop and restore the latest "
            "backup here, with the commission passphrase."))
        self.restore_reason_label.setText(self.tr(
            "This database already holds an election: a backup is restored only on a laptop whose database "
            "is still empty."))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self._fill_member()

    def _fill_member(self) -> None:
        station = self._desk.station
        member = station.election().member(self._desk.actor or "") if station.has_election() else None
        if member is None:
            self.member_label.setText(self.tr("choose the acting member in the toolbar"))
        else:
            self.member_label.setText(f"{member.member_id} — {member.name} ({self._desk.say('role-' + member.role)})")

    def _update_buttons(self) -> None:
        has_drive = self.picker.current_drive() is not None
        self.export_button.setEnabled(has_drive)

    def _on_picker_drive_changed(self) -> None:
        self._update_buttons()

    def _on_export_button_clicked(self) -> None:
        drive = self.picker.current_drive()
        if drive is None or not self.export_button.isEnabled():
            return
        station, actor, passphrase = self._desk.station, self._desk.actor, self.passphrase_edit.text()
        self.banner.clear()
        try:
            # The number is taken for good before any bundle carries it; the plan reads what the bundle holds.
            plan = station.plan_bundle_export(station.reserve_bundle_sequence(actor=actor), actor=actor)
        except AkimdeskError as error:
            self._on_export_failed(error)
            return
        self.export_button.setEnabled(False)
        run_job(self._desk, self.window(), self.tr("Writing the bundle to the stick and reading it back…"),
                lambda report: work_bundle_export(plan, passphrase, drive, report),
                lambda work: self._on_export_work_done(work, actor), self._on_export_failed)

    def _on_export_work_done(self, work: BundleExportWork, actor: str | None) -> None:
        try:
            outcome = self._desk.station.record_bundle_export(work, actor=actor)
        except AkimdeskError as error:
            self._on_export_failed(error)
            return
        self._on_export_done(outcome)

    def _on_export_done(self, outcome: BundleExportOutcome) -> None:
        self.passphrase_edit.clear()
        # The stick is named in the chooser above; its file is named by itself, so the line stays short.
        self.banner.show_done(EXPORT, "done-bundle-export", {
            "file": Path(outcome.file).name, "sequence": outcome.sequence,
            "protocol_version": outcome.protocol_version, "sha256": outcome.sha256, "bytes": outcome.bytes,
            "safe_to_remove": outcome.safe_to_remove,
        })
        self.picker.show_free_space()
        self._update_buttons()
        self.records_changed.emit()

    def _on_export_failed(self, error: AkimdeskError) -> None:
        self.banner.show_refusal(EXPORT, error)
        self.picker.show_free_space()
        self._update_buttons()

    def _on_verify_button_clicked(self) -> None:
        folder = self.picker.current_folder()
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the bundle to verify"),
                                                str(folder or ""), self.tr("akimdesk bundles (*.akb)"))
        if not chosen:
            return
        self.banner.clear()
        try:
            certificate_pem = self._desk.station.district_certificate_pem()
        except AkimdeskError as error:
            self._on_verify_failed(error)
            return
        run_job(self._desk, self.window(), self.tr("Checking the bundle…"),
                lambda _report: verify_bundle_bytes(read_file(chosen), certificate_pem),
                self._on_verify_done, self._on_verify_failed)

    def _on_verify_done(self, report: BundleReport) -> None:
        self.banner.show_done(VERIFY, "done-bundle-verify", {
            "precinct": report.precinct, "sequence": report.sequence,
            "protocol_versions": ", ".join(str(v) for v in report.protocol_versions),
        })
        self._update_buttons()

    def _on_verify_failed(self, error: AkimdeskError) -> None:
        self.banner.show_refusal(VERIFY, error)
        self._update_buttons()

    def _on_restore_button_clicked(self) -> None:
        self._restore_dialog = RestoreDialog(self._desk, self.picker.current_folder(), self)
        self._restore_dialog.station_restored.connect(self._on_restore_dialog_station_restored)
        self._restore_dialog.open()

    def _on_restore_dialog_station_restored(self, outcome: RestoreOutcome) -> None:
        self.banner.show_done(RESTORE, "done-restore", {
            "database": outcome.database, "device_id": outcome.device_id,
            "state": self._desk.say(f"state-{outcome.state}")})
        self.records_changed.emit()
