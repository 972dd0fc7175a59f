"""The district's keys: made once (or restored from a key backup), their fingerprint, and the key backup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.district.service import make_keys, read_key_backup, restore_keys, write_key_backup
from akimdesk.gui.district.desk import ACTOR, DistrictDeskState
from akimdesk.gui.district.page import DistrictPage
from akimdesk.gui.district.widgets import OPEN_FILE, FingerprintGrid, MessageLabel, PathField, passphrase_edit
from akimdesk.gui.pages.base import title_label
from akimdesk.gui.qt import QFileDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, Qt, QVBoxLayout

KEY_BACKUP_NAME = "district-keys.json"


class KeysPage(DistrictPage):
    """The first step of the district: its signing and encryption keys under the district passphrase."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(desk, parent)
        self.title_label = title_label()

        self.keys_box = QGroupBox()
        self.name_caption = QLabel()
        self.district_name_label = QLabel()
        self.district_name_label.setObjectName("districtName")
        self.district_name_label.setWordWrap(True)
        self.fingerprint_caption = QLabel()
        self.fingerprint_grid = FingerprintGrid()
        self.fingerprint_note = QLabel()
        self.fingerprint_note.setWordWrap(True)
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("keyBackupButton")
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        facts = QFormLayout()
        facts.addRow(self.name_caption, self.district_name_label)
        facts.addRow(self.fingerprint_caption, self.fingerprint_grid)
        keys = QVBoxLayout(self.keys_box)
        keys.addLayout(facts)
        keys.addWidget(self.fingerprint_note)
        keys.addWidget(self.backup_note)
        keys.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.init_box = QGroupBox()
        self.init_intro = QLabel()
        self.init_intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("districtNameEdit")
        self.new_passphrase_edit = passphrase_edit("newPassphrase")
        self.repeat_passphrase_edit = passphrase_edit("repeatPassphrase")
        self.init_button = QPushButton()
        self.init_button.setObjectName("initButton")
        self.init_button.clicked.connect(self._on_init_button_clicked)
        self._init_captions = [QLabel() for _ in range(3)]
        init_form = QFormLayout()
        for caption, field in zip(self._init_captions,
                                  (self.name_edit, self.new_passphrase_edit, self.repeat_passphrase_edit), strict=False):
            init_form.addRow(caption, field)
        init = QVBoxLayout(self.init_box)
        init.addWidget(self.init_intro)
        init.addLayout(init_form)
        init.addWidget(self.init_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.restore_box = QGroupBox()
        self.restore_intro = QLabel()
        self.restore_intro.setWordWrap(True)
        self.backup_file_field = PathField(OPEN_FILE, "keyBackupFile", "JSON (*.json);;* (*)")
        self.restore_passphrase_edit = passphrase_edit("restorePassphrase")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self._restore_captions = [QLabel() for _ in range(2)]
        restore_form = QFormLayout()
        for caption, widget in zip(self._restore_captions, (self.backup_file_field, self.restore_passphrase_edit),
                                   strict=True):
            restore_form.addRow(caption, widget)
        restore = QVBoxLayout(self.restore_box)
        restore.addWidget(self.restore_intro)
        restore.addLayout(restore_form)
        restore.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.message_label = MessageLabel("keysMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.keys_box)
        layout.addWidget(self.init_box)
        layout.addWidget(self.restore_box)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("District keys")

    def refresh(self) -> None:
        """Show the keys when they exist, else the forms that make or restore them."""
        initialised = self._desk.is_initialised()
        self.keys_box.setVisible(initialised)
        self.init_box.setVisible(not initialised)
        self.restore_box.setVisible(not initialised)
        if initialised:
            keys = self._desk.district.keys_info()
            self.district_name_label.setText(keys.name)
            self.fingerprint_grid.set_fingerprint(keys.fingerprint)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("District keys"))
        self.keys_box.setTitle(self.tr("The district's keys"))
        self.name_caption.setText(self.tr("District commission"))
        self.fingerprint_caption.setText(self.tr("Certificate fingerprint"))
        self.fingerprint_note.setText(self.tr(
            "Every handover act prints this fingerprint: a precinct loads its election package only when the "
            "fingerprint typed from the act matches."))
        self.backup_note.setText(self.tr(
            "Keep a key backup on a separate stick in the safe. The keys inside stay sealed under the district "
            "passphrase."))
        self.backup_button.setText(self.tr("Save a key backup…"))
        self.init_box.setTitle(self.tr("Make the district's keys"))
        self.init_intro.setText(self.tr(
            "On first use the district makes its signing key with its own certificate, and a separate key for "
            "the personal data the precincts send. Both are sealed under the district passphrase: choose a long "
            "one and keep it in writing in the safe."))
        for caption, text in zip(self._init_captions, (self.tr("District commission's name"),
                                                       self.tr("District passphrase"),
                                                       self.tr("Passphrase again")), strict=False):
            caption.setText(text)
        self.name_edit.setAccessibleName(self.tr("District commission's name"))
        self.new_passphrase_edit.setAccessibleName(self.tr("District passphrase"))
        self.repeat_passphrase_edit.setAccessibleName(self.tr("Passphrase again"))
        self.init_button.setText(self.tr("Make the keys"))
        self.restore_box.setTitle(self.tr("Or restore the keys from a key backup"))
        self.restore_intro.setText(self.tr(
            "On a spare computer, take the district's keys from the key backup made on the first one."))
        self._restore_captions[0].setText(self.tr("Key backup file"))
        self._restore_captions[1].setText(self.tr("District passphrase"))
        self.backup_file_field.set_accessible_name(self.tr("Key backup file"))
        self.restore_passphrase_edit.setAccessibleName(self.tr("District passphrase"))
        self.restore_button.setText(self.tr("Restore the keys"))

    def _on_init_button_clicked(self) -> None:
        passphrase = self.new_passphrase_edit.text()
        if passphrase != self.repeat_passphrase_edit.text():
            self.message_label.say(lambda: self.tr("The two passphrases differ: type the same passphrase twice."),
                                   False)
            return
        name = self.name_edit.text()
        district = self._desk.district
        plan = self._planned(district.plan_keys)
        if plan is None:
            return
        # Making and sealing the keys is slow and needs no database; storing them happens back here.
        self._start(self.tr("Making the district's keys…"), lambda report: make_keys(plan, name, passphrase),
                    lambda work: district.record_keys(work, actor=ACTOR), "done-district-init")

    def _on_restore_button_clicked(self) -> None:
        file, passphrase = self.backup_file_field.text(), self.restore_passphrase_edit.text()
        district = self._desk.district
        if not file:
            self.message_label.say(lambda: self.tr("Choose the key backup file first."), False)
            return
        plan = self._planned(district.plan_keys)
        if plan is None:
            return
        self._start(self.tr("Restoring the district's keys…"),
                    lambda report: restore_keys(plan, read_key_backup(Path(file)), passphrase),
                    lambda work: district.record_keys(work, actor=ACTOR), "done-district-key-restore")

    def _on_backup_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a key backup"), KEY_BACKUP_NAME,
                                                "JSON (*.json)")
        if not chosen:
            return
        data = self._planned(self._desk.district.key_backup)
        if data is None:
            return
        self._start(self.tr("Writing the key backup…"), lambda report: write_key_backup(data, Path(chosen)),
                    lambda saved: saved, "done-district-key-backup")

    def _planned(self, plan: Callable[[], Any]) -> Any:
        """What `plan()` reads on the interface thread, or None after showing its refusal."""
        try:
            return plan()
        except AkimdeskError as error:
            self._refused(error)
            return None

    def _refused(self, error: AkimdeskError) -> None:
        self.message_label.say(lambda: self._desk.explain(error), False)

    def _start(self, label: str, task: Any, record: Callable[[Any], Any], done_code: str) -> None:
        def done(work: Any) -> None:
            try:
                result = record(work)
            except AkimdeskError as error:
                failed(error)
                return
            self.message_label.say(lambda: self._desk.say(done_code, asdict(result)), True)
            for edit in (self.new_passphrase_edit, self.repeat_passphrase_edit, self.restore_passphrase_edit):
                edit.clear()
            self.records_changed.emit()

        def failed(error: AkimdeskError) -> None:
            self.message_label.say(lambda: self._desk.explain(error), False)

        self._run(label, task, done, failed)
