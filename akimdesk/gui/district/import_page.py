"""Bundles in from the precincts: several files at once or every bundle on the USB sticks, each one's outcome."""

from __future__ import annotations

from akimdesk.core.errors import AkimdeskError
from akimdesk.district.intake import ImportWork, work_import
from akimdesk.district.records import ImportOutcome, ImportStatus
from akimdesk.gui.district.desk import ACTOR, DistrictDeskState
from akimdesk.gui.district.models import OutcomeTableModel
from akimdesk.gui.district.page import DistrictPage
from akimdesk.gui.district.widgets import MessageLabel, passphrase_edit
from akimdesk.gui.pages.base import title_label
from akimdesk.gui.qt import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)


class ImportPage(DistrictPage):
    """The district's intake: every bundle is verified, then accepted if newer, or refused with the reason."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(desk, parent)
        self.title_label = title_label()
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.passphrase_caption = QLabel()
        self.passphrase_edit = passphrase_edit("importPassphrase")
        form = QFormLayout()
        form.addRow(self.passphrase_caption, self.passphrase_edit)
        self.files_button = QPushButton()
        self.files_button.setObjectName("chooseBundlesButton")
        self.files_button.clicked.connect(self._on_files_button_clicked)
        self.sticks_button = QPushButton()
        self.sticks_button.setObjectName("sticksButton")
        self.sticks_button.clicked.connect(self._on_sticks_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.sticks_button)
        buttons.addStretch(1)
        self.message_label = MessageLabel("importMessage")
        self.model = OutcomeTableModel(desk, self)
        self.outcomes_view = QTableView()
        self.outcomes_view.setObjectName("outcomesTable")
        self.outcomes_view.setModel(self.model)
        self.outcomes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomes_view.setWordWrap(True)
        self.outcomes_view.verticalHeader().hide()
        header = self.outcomes_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Wrapped cells need their rows measured again once the columns have their final widths.
        header.sectionResized.connect(lambda *_: self.outcomes_view.resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.outcomes_view, 1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Import bundles")

    def unavailable_reason(self) -> str:
        if not self._desk.is_initialised():
            return self.tr("Bundles are imported once the district's keys exist.")
        return "" if self._desk.race() is not None else self._desk.say("district-race-unknown")

    def retranslate(self) -> None:
        self.outcomes_view.setAccessibleName(self.tr("Bundles imported"))
        self.title_label.setText(self.tr("Import the precincts' bundles"))
        self.intro_label.setText(self.tr(
            "Each bundle is checked: the signature over every byte, the precinct's certificate, every part and "
            "the signed protocol. A bundle is accepted only if it is newer than what that precinct sent before; "
            "the same file again changes nothing."))
        self.passphrase_caption.setText(self.tr("District passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("District passphrase"))
        self.files_button.setText(self.tr("Choose bundle files…"))
        self.sticks_button.setText(self.tr("Import every bundle on the USB sticks"))
        self.model.retranslate()

    def _on_files_button_clicked(self) -> None:
        if not self._has_passphrase():
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose the precincts' bundles"), "",
                                                self.tr("akimdesk bundles (*.akb);;All files (*)"))
        if files:
            self._import(files)

    def _on_sticks_button_clicked(self) -> None:
        if not self._has_passphrase():
            return
        files = [str(path) for path in self._desk.district.bundles_on_drives()]
        if not files:
            self.message_label.say(lambda: self.tr("No bundles (.akb files) were found on the USB sticks."), False)
            return
        self._import(files)

    def _has_passphrase(self) -> bool:
        if self.passphrase_edit.text():
            return True
        self.message_label.say(lambda: self.tr("Type the district passphrase first."), False)
        self.passphrase_edit.setFocus()
        return False

    def _import(self, files: list[str]) -> None:
        district, passphrase = self._desk.district, self.passphrase_edit.text()
        try:
            plan = district.plan_import()
        except AkimdeskError as error:
            self._on_refused(error)
            return
        # Each file is read when its turn comes, so one that cannot be read is refused on its own.
        bundles = district.bundle_files(files)
        self.model.set_rows([])
        # Only reading, verifying and decrypting runs in the background; the district records it back here.
        self._run(self.tr("Checking and importing {count} bundle(s)…").format(count=len(files)),
                lambda report: work_import(plan, bundles, passphrase, report), self._on_worked, self._on_refused)

    def _on_worked(self, work: ImportWork) -> None:
        try:
            outcomes = self._desk.district.record_import(work, actor=ACTOR)
        except AkimdeskError as error:
            self._on_refused(error)
            return
        self._on_imported(outcomes)

    def _on_imported(self, outcomes: tuple[ImportOutcome, ...]) -> None:
        self.model.set_rows(list(outcomes))
        self.outcomes_view.resizeRowsToContents()
        accepted = sum(o.status == ImportStatus.ACCEPTED for o in outcomes)
        troubled = sum(o.is_troubled for o in outcomes)

        def words() -> str:
            text = self._desk.say("done-district-import", {"accepted": accepted})
            if troubled:
                text += " " + self.tr("Not accepted: {count} (see the reasons below).").format(count=troubled)
            return text

        self.message_label.say(words, not troubled)
        if any(o.status in (ImportStatus.ACCEPTED, ImportStatus.CONFLICT) for o in outcomes):
            self.records_changed.emit()

    def _on_refused(self, error: AkimdeskError) -> None:
        self.message_label.say(lambda: self._desk.explain(error), False)
