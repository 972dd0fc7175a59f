"""Backups from the export page: one now to the chosen stick, and the automatic backups' folder and interval."""

from __future__ import annotations

from pathlib import Path

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.timeline import parse_utc_text, to_local
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    Qt,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.gui.widgets.drive_picker import DrivePickerWidget
from akimdesk.gui.widgets.drive_result_banner import BACKUP, ResultBanner
from akimdesk.gui.work import run_job
from akimdesk.station.export_outcomes import BackupInfo, BackupWork
from akimdesk.station.exports import work_backup

# The same bounds as `akimdesk backup --every`.
MINUTES_RANGE = (1, 24 * 60)
DEFAULT_MINUTES = 10


class BackupBox(Retranslating, QGroupBox):
    """When the last backup was made, a Back up now button, and the automatic backup settings."""

    records_changed = Signal()

    def __init__(self, desk: Desk, picker: DrivePickerWidget, banner: ResultBanner, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._picker = picker
        self._banner = banner
        self._last_backup: str | None = None
        self._shown_settings: tuple[str | None, str | None] | None = None
        self._settings_error: AkimdeskError | None = None
        self.last_backup_label = QLabel()
        self.last_backup_label.setObjectName("lastBackup")
        self.last_backup_label.setWordWrap(True)
        self.passphrase_caption = QLabel()
        self.passphrase_caption.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("backupPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.setMinimumHeight(34)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)

        self.settings_title = QLabel()
        self.settings_title.setStyleSheet("font-weight: bold;")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backupFolder")
        self.folder_edit.textChanged.connect(self._on_folder_edit_text_changed)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("backupFolderButton")
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("backupMinutes")
        self.minutes_spin.setRange(*MINUTES_RANGE)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.minutes_spin.setMaximumWidth(110)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveBackupSettingsButton")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.settings_label = QLabel()
        self.settings_label.setObjectName("backupSettingsState")
        self.settings_label.setWordWrap(True)
        self.settings_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        now_form = QFormLayout()
        now_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        now_form.addRow(self.passphrase_caption, self.passphrase_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self._folder_caption, self._minutes_caption = QLabel(), QLabel()
        settings_form = QFormLayout()
        settings_form.addRow(self._folder_caption, folder_row)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes_spin)
        minutes_row.addStretch(1)
        minutes_row.addWidget(self.save_button)
        settings_form.addRow(self._minutes_caption, minutes_row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last_backup_label)
        layout.addLayout(now_form)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(line)
        layout.addWidget(self.settings_title)
        layout.addLayout(settings_form)
        layout.addWidget(self.settings_label)
        self._picker.drive_changed.connect(self._update_buttons)
        self.retranslate()

    def refresh(self) -> None:
        """Read the last backup and the stored settings again."""
        station = self._desk.station
        self._last_backup = station.status().last_backup if station.has_election() else None
        settings = (station.store.setting("backup_folder"), station.store.setting("backup_minutes"))
        if settings != self._shown_settings:
            # Filled only when the stored settings change, so a half-typed folder is not overwritten.
            self._shown_settings = settings
            self.folder_edit.setText(settings[0] or "")
            self.minutes_spin.setValue(int(settings[1]) if settings[1] else DEFAULT_MINUTES)
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.passphrase_caption.setText(self.tr("Commission passphrase (first backup only)"))
        self.passphrase_edit.setAccessibleName(self.tr("Commission passphrase for the first backup"))
        self.backup_button.setText(self.tr("Back up now to the stick"))
        self.settings_title.setText(self.tr("Automatic backups"))
        self._folder_caption.setText(self.tr("Folder"))
        self._minutes_caption.setText(self.tr("Every (minutes)"))
        self.folder_edit.setPlaceholderText(self.tr("a second folder or the USB stick"))
        self.folder_edit.setAccessibleName(self.tr("Folder for automatic backups"))
        self.folder_button.setText(self.tr("Choose…"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes between automatic backups"))
        self.save_button.setText(self.tr("Save the settings"))
        self._fill()

    def _fill(self) -> None:
        last = self._last_backup
        if last:
            when = to_local(parse_utc_text(last), self._desk.station.election().time_zone)
            self.last_backup_label.setText(self.tr("Last backup: {time}").format(time=when.strftime("%d.%m.%Y %H:%M")))
        else:
            self.last_backup_label.setText(self.tr("No backup has been made yet."))
        first = not last
        self.passphrase_caption.setVisible(first)
        self.passphrase_edit.setVisible(first)
        folder, minutes = self._shown_settings or (None, None)
        if self._settings_error is not None:
            show_message(self.settings_label, self._desk.explain(self._settings_error), False)
        elif folder and minutes:
            text = self.tr("Automatic backup every {minutes} minutes to {folder}.").format(
                minutes=minutes, folder=folder)
            if first:
                text += " " + self.tr("They start after the first backup with the passphrase.")
            self.settings_label.setText(text)
            self.settings_label.setStyleSheet("color: #333;")
        else:
            self.settings_label.setText(self.tr("Automatic backups are not set up."))
            self.settings_label.setStyleSheet("color: #6b4b00;")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(self._picker.current_drive() is not None)
        self.save_button.setEnabled(bool(self.folder_edit.text().strip()))

    def _on_folder_edit_text_changed(self, _text: str) -> None:
        self._update_buttons()

    def _on_folder_button_clicked(self) -> None:
        start = self.folder_edit.text().strip() or str(self._picker.current_folder() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for automatic backups"), start)
        if folder:
            self.folder_edit.setText(folder)

    def _on_save_button_clicked(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            return
        try:
            self._desk.station.configure_backups(Path(folder), self.minutes_spin.value())
        except AkimdeskError as error:
            self._settings_error = error
            self._fill()
            return
        self._settings_error = None
        self.records_changed.emit()

    def _on_backup_button_clicked(self) -> None:
        folder = self._picker.current_folder()
        if folder is None:
            return
        station, actor = self._desk.station, self._desk.actor or "system"
        passphrase = self.passphrase_edit.text() or None
        self._banner.clear()
        try:
            plan = station.plan_backup(folder, passphrase=passphrase)
        except AkimdeskError as error:
            self._on_backup_failed(error)
            return
        self.backup_button.setEnabled(False)
        run_job(self._desk, self.window(), self.tr("Writing the backup…"),
                lambda report: work_backup(plan, report),
                lambda work: self._on_backup_work_done(work, actor), self._on_backup_failed)

    def _on_backup_work_done(self, work: BackupWork, actor: str) -> None:
        try:
            info = self._desk.station.record_backup(work, actor=actor)
        except AkimdeskError as error:
            self._on_backup_failed(error)
            return
        self._on_backup_done(info)

    def _on_backup_done(self, info: BackupInfo) -> None:
        self.passphrase_edit.clear()
        self._banner.show_done(BACKUP, "done-backup", {
            "file": Path(info.file).name, "audit_head": info.audit_head, "sha256": info.sha256, "bytes": info.bytes})
        self._picker.show_free_space()
        self.records_changed.emit()
        self._update_buttons()

    def _on_backup_failed(self, error: AkimdeskError) -> None:
        self._banner.show_refusal(BACKUP, error)
        self._update_buttons()
