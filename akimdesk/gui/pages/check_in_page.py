"""The check-in page, the desk's hot path: find the voter, see the card, issue the ballot."""

from __future__ import annotations

from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.iin import looks_like_iin
from akimdesk.gui.desk import Desk
from akimdesk.gui.icons import BALLOT_ISSUED, WARNING, icon
from akimdesk.gui.dialogs.undo_check_in_dialog import UndoCheckInDialog
from akimdesk.gui.models.voter_table_model import VoterTableModel
from akimdesk.gui.pages.base import Page, title_label
from akimdesk.gui.pages.voter_card import VoterCardWidget
from akimdesk.gui.qt import (
    QAbstractItemView,
    QEvent,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from akimdesk.station import SEARCH_LIMIT, CheckInResult, Voter

BANNER_STYLES = {
    True: "#checkInBanner { background: #dff3e4; border: 1px solid #7cc08f; } QLabel { color: #0a4d20; }",
    False: "#checkInBanner { background: #fde2e1; border: 2px solid #d33a32; } "
           "QLabel { color: #7a1010; font-weight: bold; }",
}


class CheckInPage(Page):
    """One input that always has the focus; the keyboard alone carries a voter from search to ballot."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._banner_message: tuple[str, dict[str, Any], bool] | None = None
        self._undo_dialog: UndoCheckInDialog | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("checkInSearch")
        self.search_edit.setClearButtonEnabled(True)
        big = self.search_edit.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.search_edit.setFont(big)
        self.search_edit.installEventFilter(self)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)

        self.banner = QFrame()
        self.banner.setObjectName("checkInBanner")
        self.banner_icon = QLabel()
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.banner_label, 1)
        self.banner.hide()

        self.model = VoterTableModel(self)
        self.results_view = QTableView()
        self.results_view.setModel(self.model)
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.verticalHeader().hide()
        header = self.results_view.horizontalHeader()
        # Names are what the member reads first: they take their full width; the address gets the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(32)
        self.results_view.selectionModel().currentRowChanged.connect(self._on_results_current_row_changed)
        self.results_view.clicked.connect(lambda _index: self.search_edit.setFocus())

        self.card = VoterCardWidget(desk)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("issueButton")
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        for button in (self.issue_button, self.undo_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(36)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555;")

        side = QVBoxLayout()
        side.addWidget(self.card)
        side.addWidget(self.issue_button)
        side.addWidget(self.undo_button)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(340)
        body = QHBoxLayout()
        body.addWidget(self.results_view, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        self.title_label = title_label()
        layout.addWidget(self.title_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint_label)
        self.setFocusProxy(self.search_edit)
        self.retranslate()
        self._update_buttons()

    def selected_voter(self) -> Voter | None:
        """The voter chosen in the results, if any."""
        index = self.results_view.selectionModel().currentIndex()
        return self.model.voter(index.row()) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                return True
            # Taken here, before the field's own text undo, because the field always has the focus.
            if event.matches(QKeySequence.StandardKey.Undo):
                self._on_undo_button_clicked()
                return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        """Forget the search, the card and the last message."""
        self.search_edit.clear()
        self.card.show_voter(None)
        self._set_banner(None)
        self._update_buttons()
        self.search_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.search_edit.setFocus()

    def nav_title(self) -> str:
        return self.tr("Check-in")

    def unavailable_reason(self) -> str:
        state = self._desk.station.state()
        if state == "open":
            return ""
        if state == "empty":
            return self.tr("Check-in starts once an election is loaded and the station is opened.")
        if state == "setup":
            return self.tr("Check-in starts when the chair opens the station.")
        return self.tr("The station is closed: check-in is over.")

    def retranslate(self) -> None:
        self.title_label.setText(self.nav_title())
        self.search_edit.setPlaceholderText(self.tr("Scan or type the IIN, or the first letters of the name"))
        self.issue_button.setText(self.tr("Issue the ballot (Enter)"))
        self.undo_button.setText(self.tr("Undo the issue… (Ctrl+Z)"))
        self.hint_label.setText(self.tr(
            "Enter: find, then issue · Up/Down: choose a voter · Esc: clear · the IIN scanner types into the field"))
        self.model.retranslate()
        self._show_banner()

    def _on_search_text_changed(self, text: str) -> None:
        if not text.strip():
            self.model.set_voters([])
            self._update_buttons()
            return
        self.card.show_voter(None)
        try:
            self.model.set_voters(self._desk.station.find_voters(text, limit=SEARCH_LIMIT))
        except AkimdeskError as error:
            self.model.set_voters([])
            self._set_banner((error.code, error.params, False))
        self._update_buttons()

    def _on_search_return_pressed(self) -> None:
        voter = self.selected_voter()
        if voter is not None:
            self._issue(voter)
        elif self.model.rowCount() > 0:
            self._select_row(0)
        elif looks_like_iin(self.search_edit.text()):
            # Nothing found: ask the service by IIN so the member reads its own reason.
            try:
                self._show_found(self._desk.station.voter(self.search_edit.text()))
            except AkimdeskError as error:
                self._set_banner((error.code, error.params, False))
        self.search_edit.setFocus()

    def _on_results_current_row_changed(self, current, _previous) -> None:
        voter = self.model.voter(current.row()) if current.isValid() else None
        if voter is not None:
            self.card.show_voter(voter)
        self._update_buttons()

    def _on_issue_button_clicked(self) -> None:
        voter = self.selected_voter() or self.card.voter
        if voter is not None:
            self._issue(voter)
        self.search_edit.setFocus()

    def _on_undo_button_clicked(self) -> None:
        if self.card.voter is None:
            return
        self._undo_dialog = UndoCheckInDialog(self.card.voter, self)
        self._undo_dialog.reason_given.connect(self._on_undo_dialog_reason_given)
        self._undo_dialog.finished.connect(self._on_undo_dialog_finished)
        self._undo_dialog.open()

    def _on_undo_dialog_reason_given(self, reason: str) -> None:
        voter = self.card.voter
        if voter is None:
            return
        try:
            result = self._desk.station.undo_check_in(voter.iin, actor=self._desk.actor, reason=reason)
        except AkimdeskError as error:
            self._set_banner((error.code, error.params, False))
            return
        self._after_write(result, "done-checkin-undo")

    def _on_undo_dialog_finished(self, _result: int) -> None:
        self._undo_dialog = None
        self.search_edit.setFocus()

    def _issue(self, voter: Voter) -> None:
        self.card.show_voter(voter)
        try:
            result = self._desk.station.check_in(voter.iin, actor=self._desk.actor)
        except AkimdeskError as error:
            self._set_banner((error.code, error.params, False))
            self.search_edit.clear()
            self.card.show_voter(voter)
            self._update_buttons()
            return
        self._after_write(result, "done-checkin")

    def _after_write(self, result: CheckInResult, code: str) -> None:
        params = {"voter_full_name": result.voter.full_name, "at_local": result.at_local,
                  "ballots_left": result.ballots_left}
        self.search_edit.clear()
        self.card.show_voter(result.voter)
        self._set_banner((code, params, True))
        self._update_buttons()
        self.search_edit.setFocus()
        self.records_changed.emit()

    def _show_found(self, voter: Voter) -> None:
        self.model.set_voters([voter])
        self._select_row(0)

    def _move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.results_view.selectionModel().currentIndex()
        row = 0 if not current.isValid() else max(0, min(rows - 1, current.row() + step))
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.results_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.results_view.scrollTo(index)

    def _set_banner(self, message: tuple[str, dict[str, Any], bool] | None) -> None:
        self._banner_message = message
        self._show_banner()

    def _show_banner(self) -> None:
        if self._banner_message is None:
            self.banner.hide()
            return
        code, params, is_success = self._banner_message
        self.banner_label.setText(self._desk.say(code, params))
        self.banner_icon.setPixmap(icon(BALLOT_ISSUED if is_success else WARNING).pixmap(24, 24))
        self.banner.setStyleSheet(BANNER_STYLES[is_success])
        self.banner.show()

    def _update_buttons(self) -> None:
        self.issue_button.setEnabled(self.selected_voter() is not None)
        self.undo_button.setEnabled(self.card.voter is not None)
