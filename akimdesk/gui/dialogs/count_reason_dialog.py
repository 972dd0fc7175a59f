"""Asks why a line taken from the station's records is entered with another value; the service keeps the reason."""

from __future__ import annotations

from akimdesk.gui.dialogs.reason_dialog import ReasonDialog


class CountReasonDialog(ReasonDialog):
    """The service's refusal above, one line for the reason below."""

    def __init__(self, refusal: str, line_number: str, value: int, parent=None) -> None:
        super().__init__("countReason", 480, parent)
        self.refusal_label = self.subject_label
        self.refusal_label.setText(refusal)
        self.refusal_label.setObjectName("countReasonRefusal")
        self.refusal_label.setStyleSheet("color: #6b4b00; font-weight: bold;")
        self._line_number = line_number
        self._value = value
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Line {number}: a value other than the records").format(number=self._line_number))
        self.prompt_label.setText(self.tr(
            "Why does the commission enter {value} on line {number}? The reason is kept with the entry.").format(
            value=self._value, number=self._line_number))
        self.reason_edit.setAccessibleName(self.tr("Reason for the different value"))
        self._name_buttons(self.tr("Enter the value"))
