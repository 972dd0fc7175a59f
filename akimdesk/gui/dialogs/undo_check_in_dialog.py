"""Asks why a ballot issue is being undone; the service records the reason with the undo."""

from __future__ import annotations

from akimdesk.gui.dialogs.reason_dialog import ReasonDialog
from akimdesk.station import Voter


class UndoCheckInDialog(ReasonDialog):
    """One line for the reason, with the voter named above it."""

    def __init__(self, voter: Voter, parent=None) -> None:
        super().__init__("undoReason", 420, parent)
        self.voter_label = self.subject_label
        self._voter = voter
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Undo the ballot issue"))
        self.voter_label.setText(self.tr("Voter: {name}, IIN {iin}").format(name=self._voter.full_name,
                                                                           iin=self._voter.iin))
        self.prompt_label.setText(self.tr("Why is the issue being undone? The reason is kept in the record."))
        self._name_buttons(self.tr("Undo the issue"))
