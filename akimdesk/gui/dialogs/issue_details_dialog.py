"""A ballot issue with what is recorded beside it: the ID document, a helper, the mobile box and its carriers."""

from __future__ import annotations

from akimdesk.core.check_ins import DOCUMENT_TYPES
from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk, show_moment
from akimdesk.gui.dialogs.action_dialog import ActionDialog, member_combo, note_label, optional
from akimdesk.gui.qt import QCheckBox, QComboBox, QLabel, QLineEdit
from akimdesk.station import CheckInResult, Voter


class IssueDetailsDialog(ActionDialog):
    """Document type and number, helper's name, mobile box with two carriers; Enter issues the ballot."""

    def __init__(self, desk: Desk, voter: Voter, carriers: tuple[str | None, str | None] = (None, None),
                 parent=None) -> None:
        super().__init__(desk, parent)
        self._voter = voter
        try:
            self._request = desk.station.mobile_request(voter.iin)
        except AkimdeskError:
            self._request = None
        self.voter_label = QLabel()
        self.voter_label.setWordWrap(True)
        self.voter_label.setStyleSheet("font-weight: bold;")
        self.request_label = note_label()
        self.request_label.setObjectName("mobileRequestNote")
        self.request_label.setVisible(self._request is not None)
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("documentType")
        for document_type in DOCUMENT_TYPES:
            self.document_combo.addItem("", document_type)
        self.document_edit = QLineEdit()
        self.document_edit.setObjectName("documentNumber")
        self.helper_edit = QLineEdit()
        self.helper_edit.setObjectName("helperName")
        self.mobile_check = QCheckBox()
        self.mobile_check.setObjectName("mobileBox")
        self.mobile_check.toggled.connect(self._on_mobile_check_toggled)
        self.carrier_combos = [member_combo(desk, chosen) for chosen in carriers]
        for number, combo in enumerate(self.carrier_combos, start=1):
            combo.setObjectName(f"carrier{number}")
        self._captions = [QLabel() for _ in range(6)]
        fields = [self.document_combo, self.document_edit, self.helper_edit, self.mobile_check, *self.carrier_combos]
        for caption, field in zip(self._captions, fields, strict=False):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.note = note_label()
        self._finish([self.voter_label, self.request_label], fields, [self.note])
        self.document_edit.setFocus()
        self._on_mobile_check_toggled(False)

    def carriers(self) -> tuple[str, ...]:
        """The members chosen to carry the mobile box."""
        return tuple(c.currentData() for c in self.carrier_combos if c.currentData())

    def _submit(self) -> CheckInResult:
        number = optional(self.document_edit.text())
        mobile = self.mobile_check.isChecked()
        return self._desk.station.check_in(
            self._voter.iin, actor=self._desk.actor, mobile=mobile, carriers=self.carriers() if mobile else (),
            document_type=self.document_combo.currentData() if number else None, document_number=number,
            helper_name=optional(self.helper_edit.text()))

    def _on_mobile_check_toggled(self, checked: bool) -> None:
        for combo in self.carrier_combos:
            combo.setEnabled(checked)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Issue with document and helper"))
        self.voter_label.setText(self._voter_line(self._voter))
        if self._request is not None:
            self.request_label.setText(self.tr("Asked for the mobile box at {time}: {reason}").format(
                time=show_moment(self._request.at_local), reason=self._request.reason))
        names = {"id-card": self.tr("Identity card"), "passport": self.tr("Passport")}
        for row, document_type in enumerate(DOCUMENT_TYPES):
            self.document_combo.setItemText(row, names.get(document_type, document_type))
        for caption, text in zip(self._captions, (
                self.tr("ID document"), self.tr("Document number"), self.tr("Helper's name"),
                self.tr("Mobile box"), self.tr("First carrier"), self.tr("Second carrier")), strict=False):
            caption.setText(text)
        self.document_edit.setPlaceholderText(self.tr("empty: no document recorded"))
        self.helper_edit.setPlaceholderText(self.tr("only when the voter needs help"))
        self.mobile_check.setText(self.tr("the ballot was taken to the voter in the mobile box"))
        for combo in self.carrier_combos:
            combo.setPlaceholderText(self.tr("choose a member"))
        self.note.setText(self.tr(
            "A helper may not be a commission member. The mobile box is carried by two members."))
        self.ok_button.setText(self.tr("Issue the ballot"))
