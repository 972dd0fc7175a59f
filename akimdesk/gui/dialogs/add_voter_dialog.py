"""Adds a voter who is not on the list, with the grounds; the page then issues their ballot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from akimdesk.core.check_ins import ADDED_REASONS, DOCUMENT_TYPES
from akimdesk.core.errors import BadInput
from akimdesk.core.iin import iin_birth_date
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.action_dialog import ActionDialog, note_label, optional
from akimdesk.gui.qt import QComboBox, QLabel, QLineEdit
from akimdesk.station import Voter


@dataclass(frozen=True)
class AddedVoter:
    """The voter the service added, and the ID document to record with their ballot."""

    voter: Voter
    document_type: str | None
    document_number: str | None


class AddVoterDialog(ActionDialog):
    """IIN, names, birth date, address, the grounds with their document, and the voter's ID document."""

    def __init__(self, desk: Desk, iin: str = "", parent=None) -> None:
        super().__init__(desk, parent)
        self.iin_edit = QLineEdit()
        self.iin_edit.setObjectName("addedIin")
        self.iin_edit.setMaxLength(14)
        self.iin_edit.textChanged.connect(self._on_iin_edit_text_changed)
        self.surname_edit = QLineEdit()
        self.surname_edit.setObjectName("addedSurname")
        self.given_name_edit = QLineEdit()
        self.given_name_edit.setObjectName("addedGivenName")
        self.patronymic_edit = QLineEdit()
        self.patronymic_edit.setObjectName("addedPatronymic")
        # One field, not a date editor: Tab then leaves it in one step like every other field.
        self.birth_edit = QLineEdit()
        self.birth_edit.setObjectName("addedBirthDate")
        self.birth_edit.setInputMask("99.99.9999")
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("addedAddress")
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("addedReason")
        for reason in ADDED_REASONS:
            self.reason_combo.addItem("", reason)
        self.reason_combo.currentIndexChanged.connect(self._on_reason_combo_current_index_changed)
        self.detail_edit = QLineEdit()
        self.detail_edit.setObjectName("addedDetail")
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("documentType")
        for document_type in DOCUMENT_TYPES:
            self.document_combo.addItem("", document_type)
        self.document_edit = QLineEdit()
        self.document_edit.setObjectName("documentNumber")
        fields = [self.iin_edit, self.surname_edit, self.given_name_edit, self.patronymic_edit, self.birth_edit,
                  self.address_edit, self.reason_combo, self.detail_edit, self.document_combo, self.document_edit]
        self._captions = [QLabel() for _ in fields]
        for caption, field in zip(self._captions, fields, strict=False):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.intro = note_label()
        self._min_width = 640
        self._finish([self.intro], fields)
        self.iin_edit.setText(iin)

    def _submit(self) -> AddedVoter:
        voter = self._desk.station.add_voter(
            actor=self._desk.actor, iin=self.iin_edit.text(), surname=self.surname_edit.text(),
            given_name=self.given_name_edit.text(), patronymic=self.patronymic_edit.text(),
            birth_date=self._birth_date(), address=self.address_edit.text(),
            reason=self.reason_combo.currentData(), detail=optional(self.detail_edit.text()))
        number = optional(self.document_edit.text())
        return AddedVoter(voter, self.document_combo.currentData() if number else None, number)

    def _birth_date(self) -> dt.date:
        text = self.birth_edit.text()
        try:
            return dt.datetime.strptime(text, "%d.%m.%Y").date()
        except ValueError:
            raise BadInput("date-invalid-input", value=text) from None

    def _on_iin_edit_text_changed(self, text: str) -> None:
        # The birth date is written in the IIN: filled from it, still open to correction.
        born = iin_birth_date("".join(text.split()))
        if born is not None:
            self.birth_edit.setText(born.strftime("%d.%m.%Y"))

    def _on_reason_combo_current_index_changed(self, _index: int) -> None:
        self._show_detail_hint()

    def _show_detail_hint(self) -> None:
        hints = {
            "absentee-certificate": self.tr("number of the absentee certificate"),
            "address-certificate": self.tr("number of the address certificate"),
            "court-decision": self.tr("court, number and date of the decision"),
            "other": self.tr("why the voter is added"),
        }
        self.detail_edit.setPlaceholderText(hints.get(self.reason_combo.currentData(), ""))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a voter who is not on the list"))
        self.intro.setText(self.tr(
            "A voter who is not on the list is added with the grounds and their document; the ballot is "
            "issued as soon as they are added."))
        for caption, text in zip(self._captions, (
                self.tr("IIN"), self.tr("Surname"), self.tr("Given name"), self.tr("Patronymic"),
                self.tr("Date of birth"), self.tr("Address"), self.tr("Grounds"), self.tr("Grounds document"),
                self.tr("ID document"), self.tr("Document number")), strict=False):
            caption.setText(text)
        reasons = {
            "absentee-certificate": self.tr("Absentee certificate from another precinct"),
            "address-certificate": self.tr("Certificate of the address of residence"),
            "court-decision": self.tr("Court decision"),
            "other": self.tr("Other grounds"),
        }
        for row, reason in enumerate(ADDED_REASONS):
            self.reason_combo.setItemText(row, reasons.get(reason, reason))
        names = {"id-card": self.tr("Identity card"), "passport": self.tr("Passport")}
        for row, document_type in enumerate(DOCUMENT_TYPES):
            self.document_combo.setItemText(row, names.get(document_type, document_type))
        self.patronymic_edit.setPlaceholderText(self.tr("if any"))
        self.document_edit.setPlaceholderText(self.tr("empty: no document recorded"))
        self._show_detail_hint()
        self.ok_button.setText(self.tr("Add and issue the ballot"))
