"""Issuing the precincts' signed election packages and their printed handover acts."""

from __future__ import annotations

from pathlib import Path

from akimdesk.core.errors import AkimdeskError
from akimdesk.district.packages import PackagesWork, work_packages
from akimdesk.district.records import PackagesIssued
from akimdesk.gui.district.desk import ACTOR, DistrictDeskState
from akimdesk.gui.district.page import DistrictPage
from akimdesk.gui.district.widgets import FOLDER, OPEN_FILE, FingerprintGrid, MessageLabel, PathField, passphrase_edit
from akimdesk.gui.pages.base import title_label
from akimdesk.gui.qt import (
    QAbstractItemView,
    QDesktopServices,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
)

JSON_FILTER = "JSON (*.json);;* (*)"
FIELDS = ("election", "precincts", "voters", "packages", "acts")
ISSUED_TABLE_HEIGHT = 150


class PackagesPage(DistrictPage):
    """Every precinct's package with its voter list sealed inside, and an act carrying the one-time passphrase."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(desk, parent)
        self._acts_dir: Path | None = None
        self.title_label = title_label()

        self.inputs_box = QGroupBox()
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.fields = {
            "election": PathField(OPEN_FILE, "electionFile", JSON_FILTER),
            "precincts": PathField(OPEN_FILE, "precinctsFile", JSON_FILTER),
            "voters": PathField(FOLDER, "votersFolder"),
            "packages": PathField(FOLDER, "packagesFolder"),
            "acts": PathField(FOLDER, "actsFolder"),
        }
        self.passphrase_edit = passphrase_edit("packagesPassphrase")
        self._captions = {key: QLabel() for key in (*FIELDS, "passphrase")}
        form = QFormLayout()
        for key in FIELDS:
            form.addRow(self._captions[key], self.fields[key])
        form.addRow(self._captions["passphrase"], self.passphrase_edit)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("issueButton")
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        inputs = QVBoxLayout(self.inputs_box)
        inputs.addWidget(self.intro_label)
        inputs.addLayout(form)
        inputs.addWidget(self.issue_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.message_label = MessageLabel("packagesMessage")

        self.issued_box = QGroupBox()
        self.fingerprint_caption = QLabel()
        self.fingerprint_grid = FingerprintGrid()
        self.acts_note = QLabel()
        self.acts_note.setWordWrap(True)
        self.acts_note.setStyleSheet("color: #7a1010; font-weight: bold;")
        self.issued_table = QTableWidget(0, 3)
        self.issued_table.setObjectName("issuedTable")
        self.issued_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued_table.verticalHeader().hide()
        self.issued_table.setTextElideMode(Qt.TextElideMode.ElideLeft)  # the file names stay in sight
        self.issued_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issued_table.horizontalHeader().setStretchLastSection(True)
        self.open_acts_button = QPushButton()
        self.open_acts_button.setObjectName("openActsButton")
        self.open_acts_button.clicked.connect(self._on_open_acts_button_clicked)
        self.issued_table.setMinimumHeight(ISSUED_TABLE_HEIGHT)
        fingerprint = QVBoxLayout()
        fingerprint.addWidget(self.fingerprint_caption)
        fingerprint.addWidget(self.fingerprint_grid)
        act_facts = QHBoxLayout()
        act_facts.addLayout(fingerprint)
        act_facts.addWidget(self.acts_note, 1)
        issued = QVBoxLayout(self.issued_box)
        issued.addLayout(act_facts)
        issued.addWidget(self.issued_table, 1)
        issued.addWidget(self.open_acts_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.issued_box.hide()

        # The form and the issued acts together outgrow a laptop screen: they scroll rather than squeeze.
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.inputs_box)
        body.addWidget(self.message_label)
        body.addWidget(self.issued_box, 1)
        body.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Packages and acts")

    def unavailable_reason(self) -> str:
        return "" if self._desk.is_initialised() else self.tr("Packages are issued once the district's keys exist.")

    def retranslate(self) -> None:
        self.issued_table.setAccessibleName(self.tr("Packages issued"))
        self.title_label.setText(self.tr("Election packages and handover acts"))
        self.inputs_box.setTitle(self.tr("What goes into the packages"))
        self.intro_label.setText(self.tr(
            "The election file names the election, race and candidates; the precincts file lists each precinct "
            "with its members and ballots; the voter lists folder holds one list per precinct, named by its "
            "number (1001.csv or 1001.xlsx). Every input is checked first: on any problem nothing is written."))
        captions = {
            "election": self.tr("Election file"), "precincts": self.tr("Precincts file"),
            "voters": self.tr("Voter lists folder"), "packages": self.tr("Folder for the packages"),
            "acts": self.tr("Folder for the acts"), "passphrase": self.tr("District passphrase"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
            if key in self.fields:
                self.fields[key].set_accessible_name(text)
        self.passphrase_edit.setAccessibleName(captions["passphrase"])
        self.issue_button.setText(self.tr("Issue the packages and acts"))
        self.issued_box.setTitle(self.tr("Issued"))
        self.fingerprint_caption.setText(self.tr("District certificate fingerprint, as every act prints it:"))
        self.acts_note.setText(self.tr(
            "Each precinct's one-time passphrase is printed only on its act. Print the acts and hand each to the "
            "precinct chair apart from the stick with the package, never in the same envelope."))
        self.issued_table.setHorizontalHeaderLabels([self.tr("Precinct"), self.tr("Package file"),
                                                     self.tr("Handover act")])
        self.open_acts_button.setText(self.tr("Open the acts folder"))

    def _on_issue_button_clicked(self) -> None:
        paths = {key: field.text() for key, field in self.fields.items()}
        missing = [key for key in FIELDS if not paths[key]]
        if missing:
            self.message_label.say(lambda: self.tr("Fill in: {fields}.").format(
                fields=", ".join(self._captions[key].text() for key in missing)), False)
            return
        district, passphrase = self._desk.district, self.passphrase_edit.text()
        try:
            inputs = district.package_inputs(Path(paths["election"]), Path(paths["precincts"]), Path(paths["voters"]),
                                             Path(paths["packages"]), Path(paths["acts"]),
                                             handover_cost=self._desk.handover_cost)
            plan = district.plan_packages()
        except AkimdeskError as error:
            self._on_refused(error)
            return
        self.issue_button.setEnabled(False)
        # Checking, signing and writing need no database; the packages issued are recorded back here.
        self._run(self.tr("Signing the packages and writing the acts…"),
                lambda report: work_packages(plan, inputs, passphrase), self._on_worked, self._on_refused)

    def _on_worked(self, work: PackagesWork) -> None:
        try:
            result = self._desk.district.record_packages(work, actor=ACTOR)
        except AkimdeskError as error:
            self._on_refused(error)
            return
        self._on_issued(result)

    def _on_issued(self, result: PackagesIssued) -> None:
        self.issue_button.setEnabled(True)
        self.passphrase_edit.clear()
        params = {"election_id": result.election_id, "fingerprint": result.fingerprint}
        self.message_label.say(lambda: self._desk.say("done-district-package", params), True)
        self.fingerprint_grid.set_fingerprint(result.fingerprint)
        self.issued_table.setRowCount(len(result.issued))
        for row, entry in enumerate(result.issued):
            for column, value in enumerate((entry.precinct, Path(entry.package).name, entry.act)):
                item = QTableWidgetItem(value)
                item.setToolTip(entry.package if column == 1 else value)
                self.issued_table.setItem(row, column, item)
        self._acts_dir = Path(result.issued[0].act).parent if result.issued else None
        self.issued_box.show()
        self.records_changed.emit()
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(self.issued_box))

    def _on_refused(self, error: AkimdeskError) -> None:
        self.issue_button.setEnabled(True)
        self.message_label.say(lambda: self._desk.explain(error), False)

    def _on_open_acts_button_clicked(self) -> None:
        if self._acts_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._acts_dir)))
