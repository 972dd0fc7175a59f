"""Restoring a backup on a spare laptop whose database is still empty, opened with the commission passphrase."""

from __future__ import annotations

from pathlib import Path

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.gui.widgets.drive_files import BACKUP_SUFFIX, files_on, read_file
from akimdesk.gui.work import run_job
from akimdesk.station.restore import (
    SET_ASIDE_SUFFIX,
    RestorePlan,
    RestoreWork,
    plan_restore,
    put_in_place_of_empty_station,
    record_restore_beside,
    restore_outcome,
    work_restore,
)

__all__ = ["SET_ASIDE_SUFFIX", "RestoreDialog"]

class RestoreDialog(Retranslating, QDialog):
    """The backups found on the stick (or a file chosen by hand), the passphrase, and the restore."""

    station_restored = Signal(object)

    def __init__(self, desk: Desk, folder: Path | None, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._folder = folder
        self._error: AkimdeskError | None = None
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.list_caption = QLabel()
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setMinimumHeight(110)
        self.backup_list.currentRowChanged.connect(self._on_backup_list_current_row_changed)
        self.file_button = QPushButton()
        self.file_button.setObjectName("chooseBackupFileButton")
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.passphrase_caption = QLabel()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("restorePassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.message_label = QLabel()
        self.message_label.setObjectName("restoreMessage")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_caption, 1)
        list_row.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(list_row)
        layout.addWidget(self.backup_list)
        layout.addWidget(self.passphrase_caption)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        for path in files_on(folder, BACKUP_SUFFIX):
            self._add_file(path)
        self.backup_list.setCurrentRow(0 if self.backup_list.count() else -1)
        self.retranslate()

    def chosen_file(self) -> Path | None:
        """The backup file selected in the list."""
        item = self.backup_list.currentItem()
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def _add_file(self, path: Path) -> None:
        item = QListWidgetItem(path.name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.backup_list.addItem(item)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro_label.setText(self.tr(
            "Restore the latest backup of the lost or broken laptop. This laptop then carries on as a new desk "
            "of the same precinct, with everything recorded up to the backup. The backup opens only with the "
            "commission passphrase."))
        if self._folder is None:
            self.list_caption.setText(self.tr("No USB stick is chosen: choose the backup file."))
        elif self.backup_list.count():
            self.list_caption.setText(self.tr("Backups on {folder}:").format(folder=self._folder))
        else:
            self.list_caption.setText(self.tr("No backup on {folder}: choose the file.").format(folder=self._folder))
        self.list_caption.setWordWrap(True)
        self.backup_list.setAccessibleName(self.tr("Backup file"))
        self.file_button.setText(self.tr("Choose a file…"))
        self.passphrase_caption.setText(self.tr("Commission passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Commission passphrase"))
        self.restore_button.setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self._error is not None:
            show_message(self.message_label, self._desk.explain(self._error), False)
        else:
            self.message_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.chosen_file() is not None and bool(self.passphrase_edit.text())
        self.restore_button.setEnabled(ready)

    def _on_backup_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()

    def _on_passphrase_edit_text_changed(self, _text: str) -> None:
        self._update_buttons()

    def _on_file_button_clicked(self) -> None:
        start = str(self._folder or Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the backup file"), start,
                                                self.tr("akimdesk backups (*.akbak)"))
        if not chosen:
            return
        self._add_file(Path(chosen))
        self.backup_list.setCurrentRow(self.backup_list.count() - 1)

    def _on_buttons_accepted(self) -> None:
        path = self.chosen_file()
        if path is None or not self.passphrase_edit.text():
            return
        desk, passphrase = self._desk, self.passphrase_edit.text()
        self._error = None
        self.message_label.clear()
        try:
            plan = plan_restore(desk.station)
        except AkimdeskError as error:
            self._on_restore_failed(error)
            return
        self.restore_button.setEnabled(False)
        run_job(desk, self, self.tr("Restoring the backup…"),
                lambda _report: work_restore(read_file(path), passphrase),
                lambda work: self._on_restore_work_done(plan, work), self._on_restore_failed)

    def _on_restore_work_done(self, plan: RestorePlan, work: RestoreWork) -> None:
        desk = self._desk
        try:
            record_restore_beside(plan, work, desk.clock)
            put_in_place_of_empty_station(desk.station, plan, desk.clock, self._adopt)
        except AkimdeskError as error:
            self._on_restore_failed(error)
            return
        outcome = restore_outcome(desk.station)
        self.passphrase_edit.clear()
        self.accept()
        self.station_restored.emit(outcome)

    def _adopt(self, station) -> None:
        self._desk.station = station

    def _on_restore_failed(self, error: AkimdeskError) -> None:
        self._error = error
        show_message(self.message_label, self._desk.explain(error), False)
        self._update_buttons()
