"""Choosing where to write: the USB sticks the laptop sees, or a folder when the stick is not detected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.gui.widgets.drive_files import folder_drive, removable_drives

_GIGABYTE = 1000 ** 3
_MEGABYTE = 1000 ** 2


class DrivePickerWidget(Retranslating, QGroupBox):
    """A list of the removable drives with their free space, a Refresh button and a folder chooser."""

    drive_changed = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._drives: list[Any] = []
        self._folder_drive: Any = None
        self._error: AkimdeskError | None = None
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("driveCombo")
        self.drive_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A long mount path must not widen the page; the combo shows what fits.
        self.drive_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drive_combo.setMinimumContentsLength(24)
        self.drive_combo.currentIndexChanged.connect(self._on_drive_combo_current_index_changed)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshDrivesButton")
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("chooseFolderButton")
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.space_label = QLabel()
        self.space_label.setObjectName("driveSpace")
        self.space_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.drive_combo, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.space_label)
        self.refresh_drives()
        self.retranslate()

    def current_drive(self) -> Any:
        """The chosen stick or folder (something `write_verified` can write to), or None."""
        index = self.drive_combo.currentIndex()
        choices = self._choices()
        return choices[index] if 0 <= index < len(choices) else None

    def current_folder(self) -> Path | None:
        """The top folder of the chosen stick or folder, or None."""
        drive = self.current_drive()
        return None if drive is None else Path(drive.mount_point)

    def refresh_drives(self) -> None:
        """Look for sticks again, keeping the present choice when it is still there."""
        chosen = self.current_folder()
        self._drives = removable_drives()
        self._fill(chosen)

    def show_free_space(self) -> None:
        """Show the chosen drive's free space as it is now (after a write)."""
        drive = self.current_drive()
        if self._error is not None:
            self.space_label.setText(self._desk.explain(self._error))
            return
        if drive is None:
            self.space_label.setText(self.tr(
                "No USB stick found. Insert one and press Refresh, or choose a folder instead."))
            return
        try:
            free = drive.available_bytes() if drive.is_present() else 0
        except OSError:
            free = 0
        self.space_label.setText(self.tr("Free space: {free} of {total}").format(
            free=self._size_text(free), total=self._size_text(drive.total_bytes)))

    def _choices(self) -> list[Any]:
        return self._drives + ([self._folder_drive] if self._folder_drive is not None else [])

    def _fill(self, chosen: Path | None) -> None:
        self.drive_combo.blockSignals(True)
        self.drive_combo.clear()
        for drive in self._drives:
            self.drive_combo.addItem(self.tr("USB stick {label} ({folder})").format(
                label=drive.label, folder=drive.mount_point))
        if self._folder_drive is not None:
            self.drive_combo.addItem(self.tr("Folder {folder}").format(folder=self._folder_drive.mount_point))
        folders = [Path(d.mount_point) for d in self._choices()]
        self.drive_combo.setCurrentIndex(folders.index(chosen) if chosen in folders else 0 if folders else -1)
        self.drive_combo.setEnabled(bool(folders))
        self.drive_combo.blockSignals(False)
        self.show_free_space()
        self.drive_changed.emit()

    def _size_text(self, size: int) -> str:
        if size >= _GIGABYTE:
            return self.tr("{size} GB").format(size=f"{size / _GIGABYTE:.1f}")
        return self.tr("{size} MB").format(size=f"{size / _MEGABYTE:.1f}")

    def retranslate(self) -> None:
        self.setTitle(self.tr("USB stick"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.folder_button.setText(self.tr("Choose a folder instead…"))
        self.drive_combo.setAccessibleName(self.tr("USB stick"))
        self._fill(self.current_folder())

    def _on_drive_combo_current_index_changed(self, _index: int) -> None:
        self._error = None
        self.show_free_space()
        self.drive_changed.emit()

    def _on_refresh_button_clicked(self) -> None:
        self._error = None
        self.refresh_drives()

    def _on_folder_button_clicked(self) -> None:
        start = str(self.current_folder() or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to write to"), start)
        if not folder:
            return
        try:
            self._folder_drive = folder_drive(folder)
        except AkimdeskError as error:
            self._error = error
            self.show_free_space()
            return
        self._error = None
        self._fill(Path(folder))
