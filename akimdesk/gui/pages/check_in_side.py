"""Beside the check-in results: the voter card and the action buttons, scrolling only when the window is short."""

from __future__ import annotations

from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.check_in_actions import CheckInActionsWidget
from akimdesk.gui.pages.voter_card import VoterCardWidget
from akimdesk.gui.qt import QFrame, QScrollArea, Qt, QVBoxLayout, QWidget

SIDE_WIDTH = 346


class CheckInSide(QScrollArea):
    """The card above the buttons; scrolls only when the window is too short (larger text on a small screen)."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.card = VoterCardWidget(desk)
        self.action_panel = CheckInActionsWidget()
        side = self._side_layout = QVBoxLayout()
        side.addWidget(self.card)
        side.addWidget(self.action_panel)
        side.addStretch(1)
        self.side_widget = QWidget()
        self.side_widget.setLayout(side)
        self.setWidget(self.side_widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def fit(self) -> None:
        """SIDE_WIDTH, or wider when the buttons' texts need it (a language's longer words, larger text)."""
        margins = self._side_layout.contentsMargins()
        width = max(SIDE_WIDTH, self.action_panel.minimumSizeHint().width() + margins.left() + margins.right())
        self.side_widget.setMinimumWidth(width)
        self.setFixedWidth(width + self.verticalScrollBar().sizeHint().width())
