"""The buttons beside the voter card: each names its shortcut, and the day's stage decides which are offered."""

from __future__ import annotations

from akimdesk.gui.qt import QKeyEvent, QKeySequence, QPushButton, Qt, QVBoxLayout, QWidget
from akimdesk.gui.translations import Retranslating

# The day's stages that offer each action; the service still decides every one of them.
STATES_OF = {"issue": ("open",), "add": ("open",), "mobile": ("setup", "open"), "absentee": ("setup",)}


class CheckInActionsWidget(Retranslating, QWidget):
    """Issue, with details, undo; add a voter, mobile-box request, absentee certificate. None takes the focus."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.issue_button = self._button("issueButton", 36)
        self.details_button = self._button("detailsButton")
        self.undo_button = self._button("undoButton")
        self.add_button = self._button("addVoterButton")
        self.mobile_button = self._button("mobileRequestButton")
        self.absentee_button = self._button("absenteeButton")
        self._by_action = {"issue": (self.issue_button, self.details_button, self.undo_button),
                           "add": (self.add_button,), "mobile": (self.mobile_button,),
                           "absentee": (self.absentee_button,)}
        self._shortcuts = {QKeySequence("Ctrl+D"): self.details_button, QKeySequence("Ctrl+N"): self.add_button,
                           QKeySequence("Ctrl+M"): self.mobile_button, QKeySequence("Ctrl+A"): self.absentee_button}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.issue_button, self.details_button, self.undo_button):
            layout.addWidget(button)
        layout.addSpacing(8)
        for button in (self.add_button, self.mobile_button, self.absentee_button):
            layout.addWidget(button)
        self.retranslate()

    def button_for(self, event: QKeyEvent) -> QPushButton | None:
        """The button whose shortcut the key is, if any."""
        return self._shortcuts.get(QKeySequence(event.keyCombination()))

    def offer(self, state: str) -> None:
        """Show the actions of the day's stage: before opening, only certificates and requests."""
        for action, buttons in self._by_action.items():
            for button in buttons:
                button.setVisible(state in STATES_OF[action])

    def is_offered(self, action: str, state: str) -> bool:
        """Whether the day's stage offers `action` (issue, add, mobile, absentee)."""
        return state in STATES_OF[action]

    def enable_for(self, *, selected: bool, on_card: bool) -> None:
        """Issue needs a voter chosen in the results; the others a voter chosen or on the card."""
        self.issue_button.setEnabled(selected)
        self.undo_button.setEnabled(on_card)
        for button in (self.details_button, self.mobile_button, self.absentee_button):
            button.setEnabled(selected or on_card)

    def _button(self, name: str, height: int = 30) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(height)
        return button

    def retranslate(self) -> None:
        self.issue_button.setText(self.tr("Issue the ballot (Enter)"))
        self.details_button.setText(self.tr("With document, helper, mobile box… (Ctrl+D)"))
        self.undo_button.setText(self.tr("Undo the issue… (Ctrl+Z)"))
        self.add_button.setText(self.tr("Add a voter not on the list… (Ctrl+N)"))
        self.mobile_button.setText(self.tr("Mobile-box request… (Ctrl+M)"))
        self.absentee_button.setText(self.tr("Absentee certificate… (Ctrl+A)"))
