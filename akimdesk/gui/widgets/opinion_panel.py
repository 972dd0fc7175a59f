"""Special opinions: the acting member writes theirs; every one recorded is listed and goes with the protocol."""

from __future__ import annotations

from collections.abc import Sequence

from akimdesk.core.election import Member
from akimdesk.core.errors import AkimdeskError
from akimdesk.core.protocol import Opinion
from akimdesk.gui.desk import Desk
from akimdesk.gui.pages.base import show_message
from akimdesk.gui.qt import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating


class OpinionPanel(Retranslating, QGroupBox):
    """The opinions recorded so far, and a form for the acting member's own."""

    opinion_added = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._opinions: list[Opinion] = []
        self._members: dict[str, Member] = {}
        self._message: tuple[str, dict, bool] | AkimdeskError | None = None
        self.opinion_list = QListWidget()
        self.opinion_list.setObjectName("opinionList")
        self.opinion_list.setWordWrap(True)
        self.opinion_list.setMinimumHeight(90)
        self.author_label = QLabel()
        self.author_label.setObjectName("opinionAuthor")
        self.author_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("opinionText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(110)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addOpinionButton")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("opinionMessage")
        self.message_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: #4a5263;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.opinion_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.author_label)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message_label)
        self.retranslate()

    def show_opinions(self, members: Sequence[Member], opinions: Sequence[Opinion], *,
                      editable: bool) -> None:
        """List the opinions recorded for this protocol version; `editable` is False once it is finalised."""
        self._members = {m.member_id: m for m in members}
        self._opinions = list(opinions)
        self.text_edit.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self._fill_texts()

    def retranslate(self) -> None:
        self.opinion_list.setAccessibleName(self.tr("Special opinions"))
        self.setTitle(self.tr("Special opinions"))
        self.text_edit.setPlaceholderText(self.tr("A member who disagrees with the count writes the opinion here"))
        self.text_edit.setAccessibleName(self.tr("Text of the special opinion"))
        self.add_button.setText(self.tr("Record the special opinion"))
        self.empty_label.setText(self.tr("No special opinion is recorded."))
        self._fill_texts()

    def _member_text(self, member_id: str) -> str:
        member = self._members.get(member_id)
        return member_id if member is None else f"{member.member_id} — {member.name}"

    def _fill_texts(self) -> None:
        self.opinion_list.clear()
        for opinion in self._opinions:
            self.opinion_list.addItem(QListWidgetItem(f"{self._member_text(opinion.member_id)}: {opinion.text}"))
        self.empty_label.setVisible(not self._opinions)
        actor = self._desk.actor
        self.author_label.setText(
            self.tr("Opinion of the acting member: {member}").format(member=self._member_text(actor)) if actor
            else self.tr("Choose the acting member in the toolbar: the opinion is recorded as theirs."))
        if isinstance(self._message, AkimdeskError):
            show_message(self.message_label, self._desk.explain(self._message), False)
        elif self._message is not None:
            code, params, is_success = self._message
            show_message(self.message_label, self._desk.say(code, params), is_success)
        else:
            self.message_label.clear()

    def _on_add_button_clicked(self) -> None:
        try:
            self._desk.station.add_opinion(self.text_edit.toPlainText(), actor=self._desk.actor)
        except AkimdeskError as error:
            self._message = error
            self._fill_texts()
            return
        self._message = ("done-protocol-opinion-add", {}, True)
        self.text_edit.clear()
        self._fill_texts()
        self.opinion_added.emit()
