"""The form that loads the district's election package (or a newer version of it) from a file or a USB stick."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from akimdesk.core.election import Election
from akimdesk.core.errors import AkimdeskError, BadInput
from akimdesk.core.message import os_error_message
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from akimdesk.gui.widgets.package_fingerprint import PackageFingerprintWidget
from akimdesk.gui.widgets.package_source import ChosenPackage, chosen_package, package_files_on_sticks
from akimdesk.gui.work import Job, run_job
from akimdesk.station.setup import ElectionLoadWork, work_election_load
from akimdesk.station.setup_records import PackageLoadOutcome


class PackageForm(QGroupBox):
    """Choose the package, compare its fingerprint with the paper act, give the passphrases, load.

    Once an election is loaded the form folds to one line naming it, with a button that opens the same
    form for a newer version of the package.
    """

    election_loaded = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._package: ChosenPackage | None = None
        self._drive_files: list[tuple[Any, Path]] = []
        self._message: tuple[Callable[[], str], bool] | None = None
        self._job: Job | None = None
        self._has_election = False
        self._is_updating = False

        self.loaded_label = QLabel()
        self.loaded_label.setObjectName("loadedElection")
        self.loaded_label.setWordWrap(True)
        self.update_button = QPushButton()
        self.update_button.setObjectName("updatePackageButton")
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.loaded_widget = QWidget()
        loaded = QHBoxLayout(self.loaded_widget)
        loaded.setContentsMargins(0, 0, 0, 0)
        loaded.addWidget(self.loaded_label, 1)
        loaded.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignTop)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.file_caption = QLabel()
        self.choose_file_button = QPushButton()
        self.choose_file_button.setObjectName("choosePackageFileButton")
        self.choose_file_button.clicked.connect(self._on_choose_file_button_clicked)
        self.usb_caption = QLabel()
        self.usb_list = QListWidget()
        self.usb_list.setObjectName("usbPackageList")
        self.usb_list.setMaximumHeight(64)
        self.usb_list.currentRowChanged.connect(self._on_usb_list_current_row_changed)
        self.usb_caption.setBuddy(self.usb_list)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshDrivesButton")
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.usb_empty_label = QLabel()
        self.usb_empty_label.setWordWrap(True)
        self.usb_empty_label.setStyleSheet("color: #555;")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("packageSummary")
        self.summary_label.setWordWrap(True)
        self.fingerprint = PackageFingerprintWidget()
        self.member_caption = QLabel()
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("loadingMember")
        self.member_caption.setBuddy(self.member_combo)
        self.member_label = QLabel()
        self.member_label.setWordWrap(True)
        self.one_time_edit = QLineEdit()
        self.one_time_edit.setObjectName("oneTimePassphrase")
        self.new_passphrase_edit = QLineEdit()
        self.new_passphrase_edit.setObjectName("newPassphrase")
        self.repeat_passphrase_edit = QLineEdit()
        self.repeat_passphrase_edit.setObjectName("repeatPassphrase")
        self._passphrase_captions = [QLabel() for _ in range(3)]
        for caption, edit in zip(self._passphrase_captions, self._passphrases(), strict=False):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.returnPressed.connect(self._on_load_button_clicked)
            caption.setBuddy(edit)
        self.load_button = QPushButton()
        self.load_button.setObjectName("loadPackageButton")
        self.load_button.clicked.connect(self._on_load_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelUpdateButton")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("packageMessage")
        self.message_label.setWordWrap(True)

        usb_row = QHBoxLayout()
        usb_row.addWidget(self.usb_list, 1)
        usb_row.addWidget(self.usb_empty_label, 1)
        usb_row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        source = QVBoxLayout()
        source.addWidget(self.file_caption)
        source.addWidget(self.choose_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        source.addWidget(self.usb_caption)
        source.addLayout(usb_row)
        source.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(source, 1)
        top.addSpacing(16)
        top.addWidget(self.fingerprint, 1)
        unlock = QGridLayout()
        unlock.addWidget(self.member_caption, 0, 0)
        unlock.addWidget(self.member_combo, 1, 0)
        unlock.addWidget(self.member_label, 1, 0)
        cells = ((0, 1), (2, 0), (2, 1))
        for (row, column), caption, edit in zip(cells, self._passphrase_captions, self._passphrases(), strict=False):
            unlock.addWidget(caption, row, column)
            unlock.addWidget(edit, row + 1, column)
        unlock.setColumnStretch(0, 1)
        unlock.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.form_widget = QWidget()
        form = QVBoxLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.intro_label)
        form.addLayout(top)
        form.addWidget(self.summary_label)
        form.addLayout(unlock)
        form.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loaded_widget)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.message_label)
        chain = (self.update_button, self.choose_file_button, self.usb_list, self.refresh_button,
                 *self.fingerprint.act_edits, self.member_combo, *self._passphrases(), self.load_button,
                 self.cancel_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def clear_message(self) -> None:
        """Forget the result of the last load, once the chair has moved on."""
        self._message = None
        self._show_message()

    def first_input(self) -> QWidget:
        """Where the keyboard starts in the form as it is shown now."""
        return self.update_button if self.form_widget.isHidden() else self.choose_file_button

    def refresh(self) -> None:
        """Follow the station: the first load asks for the member and passphrases, an update does not."""
        self._has_election = self._desk.station.has_election()
        if not self._has_election:
            self._is_updating = False
        self.retranslate()

    def scan_drives(self) -> None:
        """List the package files found at the top of every removable drive."""
        self.usb_list.blockSignals(True)
        self.usb_list.clear()
        self._drive_files = package_files_on_sticks()
        for drive, path in self._drive_files:
            self.usb_list.addItem(QListWidgetItem(f"{drive.label}: {path.name}"))
        self.usb_list.setCurrentRow(-1)
        self.usb_list.blockSignals(False)
        self.usb_list.setVisible(bool(self._drive_files))
        self.usb_empty_label.setVisible(not self._drive_files)

    def retranslate(self) -> None:
        is_update = self._has_election
        self.loaded_widget.setVisible(self._has_election and not self._is_updating)
        self.form_widget.setVisible(not self._has_election or self._is_updating)
        for caption, edit in zip(self._passphrase_captions, self._passphrases(), strict=False):
            caption.setVisible(not is_update)
            edit.setVisible(not is_update)
        self.member_combo.setVisible(not is_update)
        self.member_label.setVisible(is_update)
        self.cancel_button.setVisible(is_update)
        self.setTitle(self.tr("Election package"))
        self.intro_label.setText(self.tr(
            "A newer version of the package from the district is loaded the same way; the program accepts only "
            "the changes the district may make.") if is_update else self.tr(
            "Load the package the district commission handed over. The fingerprint and the one-time "
            "passphrase are printed on the paper handover act."))
        self.update_button.setText(self.tr("Load a newer version…"))
        self.file_caption.setText(self.tr("Package file"))
        self.choose_file_button.setText(self.tr("Choose the file…"))
        self.usb_caption.setText(self.tr("Or from a USB stick"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.usb_empty_label.setText(self.tr("No package file on a USB stick. Insert the stick and press Refresh."))
        self.member_caption.setText(self.tr("Acting member"))
        captions = (self.tr("One-time passphrase from the act"), self.tr("New commission passphrase"),
                    self.tr("New passphrase again"))
        for caption, edit, text in zip(self._passphrase_captions, self._passphrases(), captions, strict=False):
            caption.setText(text)
            edit.setAccessibleName(text)
        self.new_passphrase_edit.setPlaceholderText(self.tr("at least 12 characters"))
        self.load_button.setText(self.tr("Load the newer version") if is_update else self.tr("Load the package"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.usb_list.setAccessibleName(self.tr("Package files on USB sticks"))
        self.choose_file_button.setAccessibleName(self.tr("Choose the package file"))
        self.member_combo.setAccessibleName(self.tr("Acting member"))
        self.fingerprint.retranslate()
        self._fill_loaded()
        self._fill_package()
        self._fill_member()
        self._show_message()

    def _passphrases(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.one_time_edit, self.new_passphrase_edit, self.repeat_passphrase_edit

    def _titles(self, election: Election) -> tuple[str, str]:
        kazakh = self._desk.language == "kk"
        title = ("[DEMO] " if election.is_demo else "") + (election.title_kk if kazakh else election.title_ru)
        return title, election.precinct_name_kk if kazakh else election.precinct_name_ru

    def _fill_loaded(self) -> None:
        if not self._has_election:
            return
        election = self._desk.station.election()
        title, precinct = self._titles(election)
        self.loaded_label.setText(self.tr("Loaded: {election}, {precinct}, package version {version}.").format(
            election=title, precinct=precinct, version=election.package_version))

    def _fill_package(self) -> None:
        package = self._package
        self.fingerprint.set_fingerprint(package.fingerprint if package else None)
        self.load_button.setEnabled(package is not None and self._job is None)
        if package is None:
            self.summary_label.setText(self.tr("No package chosen yet."))
            return
        title, precinct = self._titles(package.election)
        self.summary_label.setText(self.tr("{file}: {election}, {precinct}, package version {version}.").format(
            file=package.name, election=title, precinct=precinct, version=package.election.package_version))

    def _fill_member(self) -> None:
        chosen = self.member_combo.currentData()
        self.member_combo.clear()
        for m in self._package.election.members if self._package is not None else ():
            self.member_combo.addItem(f"{m.member_id} — {m.name} ({self._desk.say('role-' + m.role)})", m.member_id)
        self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(chosen)))
        if self._has_election:
            member = self._desk.station.election().member(self._desk.actor or "")
            self.member_label.setText(self.tr("choose the acting member in the toolbar") if member is None else
                                      f"{member.member_id} — {member.name} ({self._desk.say('role-' + member.role)})")

    def _on_update_button_clicked(self) -> None:
        self._is_updating = True
        self._message = None
        self.retranslate()
        self.choose_file_button.setFocus()

    def _on_cancel_button_clicked(self) -> None:
        self._forget_package()
        self._is_updating = False
        self.retranslate()
        self.update_button.setFocus()

    def _on_choose_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the election package"), "",
                                              self.tr("Election package (*.json);;All files (*)"))
        if not path:
            return
        self.usb_list.setCurrentRow(-1)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._refuse(BadInput("file-unreadable", file=Path(path).name, reason=os_error_message(exc)))
            return
        self._choose(Path(path).name, data)

    def _on_usb_list_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._drive_files):
            return
        drive, path = self._drive_files[row]
        try:
            data = drive.read_file(path)
        except OSError:
            self._refuse(BadInput("drive-gone", drive=drive.label, file=path.name))
            return
        self._choose(path.name, data)

    def _on_refresh_button_clicked(self) -> None:
        self.scan_drives()

    def _choose(self, name: str, data: bytes) -> None:
        try:
            self._package = chosen_package(name, data)
        except AkimdeskError as error:
            self._refuse(error)
            return
        self._message = None
        self.retranslate()

    def _refuse(self, error: AkimdeskError) -> None:
        self._package = None
        self._message = (lambda: self._desk.explain(error), False)
        self.retranslate()

    def _forget_package(self) -> None:
        self._package = None
        self.fingerprint.clear()
        for edit in self._passphrases():
            edit.clear()
        self.usb_list.setCurrentRow(-1)

    def _on_load_button_clicked(self) -> None:
        package = self._package
        if package is None or self._job is not None:
            return
        station = self._desk.station
        if self._has_election:
            actor, one_time, new = self._desk.actor, None, None
        else:
            actor = self.member_combo.currentData()
            one_time = self.one_time_edit.text() or None
            new = self.new_passphrase_edit.text() or None
            if self.new_passphrase_edit.text() != self.repeat_passphrase_edit.text():
                self._message = (lambda: self.tr("The new passphrase and its repetition differ."), False)
                self._show_message()
                self.repeat_passphrase_edit.setFocus()
                self.repeat_passphrase_edit.selectAll()
                return
        fingerprint = self.fingerprint.typed()
        try:
            plan = station.plan_election_load(package.data, fingerprint=fingerprint, actor=actor)
        except AkimdeskError as error:
            self._on_load_refused(error)
            return
        self.load_button.setEnabled(False)
        self.clear_message()
        self._job = run_job(self._desk, self, self.tr("Loading the election package…"),
                            lambda report: work_election_load(plan, one_time, new, report),
                            lambda work: self._on_load_work_done(work, actor), self._on_load_refused)
        self._job.ended.connect(self._on_job_ended)

    def _on_load_work_done(self, work: ElectionLoadWork, actor: str | None) -> None:
        try:
            outcome = self._desk.station.record_election_load(work)
        except AkimdeskError as error:
            self._on_load_refused(error)
            return
        self._on_loaded(outcome, actor)

    def _on_loaded(self, outcome: PackageLoadOutcome, actor: str | None) -> None:
        station = self._desk.station
        election = station.election()
        rows = None if outcome.voter_list is None else outcome.voter_list.imported
        if actor:
            self._desk.actor = actor

        def text() -> str:
            title, precinct = self._titles(election)
            lines = [self._desk.say("done-election-load", {"package_version": outcome.package_version,
                                                           "election_id": outcome.election_id}),
                     self.tr("{election}, {precinct}.").format(election=title, precinct=precinct)]
            if rows and not outcome.updated:
                lines.append(self.tr("The voter list sealed in the package is loaded: {rows} voters.").format(rows=rows))
            return "\n".join(lines)

        self._message = (text, True)
        self._forget_package()
        self._is_updating = False
        self.election_loaded.emit()
        self.refresh()

    def _on_load_refused(self, error: AkimdeskError) -> None:
        self._message = (lambda: self._desk.explain(error), False)
        self._show_message()

    def _on_job_ended(self) -> None:
        self._job = None
        self._fill_package()

    def _show_message(self) -> None:
        self.message_label.setVisible(self._message is not None)
        if self._message is None:
            self.message_label.clear()
            return
        text, is_success = self._message
        show_message(self.message_label, text(), is_success)
