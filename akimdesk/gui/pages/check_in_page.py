"""The check-in page, the desk's hot path: find the voter, see the card, issue the ballot.

Around the hot path, each from the search field by a shortcut: the ballot with a document, a helper or the
mobile box (Ctrl+D), a voter added on the day (Ctrl+N), a mobile-box request (Ctrl+M) and, before the station
opens, an absentee certificate (Ctrl+A).
"""

from __future__ import annotations

from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.iin import looks_like_iin
from akimdesk.gui.desk import Desk, show_moment
from akimdesk.gui.dialogs.absentee_dialog import AbsenteeDialog
from akimdesk.gui.dialogs.add_voter_dialog import AddedVoter, AddVoterDialog
from akimdesk.gui.dialogs.issue_details_dialog import IssueDetailsDialog
from akimdesk.gui.dialogs.mobile_request_dialog import MobileRequestDialog
from akimdesk.gui.dialogs.undo_check_in_dialog import UndoCheckInDialog
from akimdesk.gui.pages.base import Page, title_label
from akimdesk.gui.pages.check_in_banner import CheckInBanner
from akimdesk.gui.pages.check_in_results import CheckInResultsView
from akimdesk.gui.pages.check_in_side import CheckInSide
from akimdesk.gui.qt import (
    QDialog,
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
)
from akimdesk.station import CheckInResult, Voter


class CheckInPage(Page):
    """One input that always has the focus; the keyboard alone carries a voter from search to ballot."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._dialog: QDialog | None = None
        self._carriers: tuple[str | None, str | None] = (None, None)
        self._state = ""

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("checkInSearch")
        self.search_edit.setClearButtonEnabled(True)
        big = self.search_edit.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.search_edit.setFont(big)
        self.search_edit.installEventFilter(self)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)

        self.banner = CheckInBanner(desk)
        self._recorded_voter_id: int | None = None  # the voter the banner's success message is about
        self.banner_label = self.banner.label

        self.results_view = CheckInResultsView()
        self.model = self.results_view.voter_model
        self.results_view.selectionModel().currentRowChanged.connect(self._on_results_current_row_changed)
        self.results_view.clicked.connect(lambda _index: self.search_edit.setFocus())

        self.side = CheckInSide(desk)
        self.card = self.side.card
        self.action_panel = self.side.action_panel
        self.issue_button = self.action_panel.issue_button
        self.details_button = self.action_panel.details_button
        self.undo_button = self.action_panel.undo_button
        self.add_button = self.action_panel.add_button
        self.mobile_button = self.action_panel.mobile_button
        self.absentee_button = self.action_panel.absentee_button
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.mobile_button.clicked.connect(self._on_mobile_button_clicked)
        self.absentee_button.clicked.connect(self._on_absentee_button_clicked)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("checkInNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #6b4b00; font-weight: bold;")
        self.notice_label.hide()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555;")

        body = QHBoxLayout()
        body.addWidget(self.results_view, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        self.title_label = title_label()
        layout.addWidget(self.title_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint_label)
        self.setFocusProxy(self.search_edit)
        self.retranslate()
        self._update_buttons()

    def refresh(self) -> None:
        """Offer the actions of the day's stage: before opening, only absentee certificates and requests."""
        self._state = self._desk.station.state()
        self.action_panel.offer(self._state)
        self.side.fit()
        self.notice_label.setVisible(self._state == "setup")
        self._retranslate_hint()
        self._update_buttons()

    def selected_voter(self) -> Voter | None:
        """The voter chosen in the results, if any."""
        return self.results_view.selected_voter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.search_edit and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            button = self.action_panel.button_for(event)
            if button is not None:
                # Taken before the field sees it (Ctrl+A would select its text); accepting the override brings
                # the key back here as a key press, where it acts once.
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self._press(button)
                return True
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results_view.move_selection(1 if key == Qt.Key.Key_Down else -1)
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
        self.banner.show_text(None)
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
            # Before opening, the page is where absentee certificates and mobile-box requests are recorded.
            if self._desk.station.status().voter_list is not None:
                return ""
            return self.tr("Check-in starts when the chair opens the station.")
        return self.tr("The station is closed: check-in is over.")

    def retranslate(self) -> None:
        self.search_edit.setAccessibleName(self.tr("IIN or name of the voter"))
        self.title_label.setText(self.nav_title())
        self.search_edit.setPlaceholderText(self.tr("Scan or type the IIN, or the first letters of the name"))
        self.notice_label.setText(self.tr(
            "The station is not open yet: ballots are issued once the chair opens it. Until then, record the "
            "absentee certificates issued before the day (Ctrl+A) and mobile-box requests (Ctrl+M)."))
        self._retranslate_hint()
        self.results_view.retranslate()
        self.banner.reword()

    def _retranslate_hint(self) -> None:
        if self._state == "setup":
            self.hint_label.setText(self.tr("Enter: find · Up/Down: choose a voter · Esc: clear"))
        else:
            self.hint_label.setText(self.tr(
                "Enter: find, then issue · Up/Down: choose a voter · Esc: clear · the IIN scanner types into "
                "the field"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self.results_view.fit_fixed_columns()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self.side.fit)  # once the buttons have their new texts and font
        super().changeEvent(event)

    def _on_search_text_changed(self, text: str) -> None:
        try:
            if self.results_view.search(self._desk.station, text):
                self.card.show_voter(None)  # a new list: the card waits for a voter to be chosen
        except AkimdeskError as error:
            self.card.show_voter(None)
            self.banner.say(error.code, error.params, False)
        self._update_buttons()

    def _on_search_return_pressed(self) -> None:
        voter = self.selected_voter()
        if voter is not None:
            self._issue(voter)
        elif self.model.rowCount() > 0:
            self.results_view.select_row(0)
        elif any(ch.isdigit() for ch in self.search_edit.text()):
            # Nothing found for a number (names have no digits): ask the service by IIN so the member reads its own
            # reason, a number too short, too long or with a letter in it included.
            try:
                self.results_view.show_found(self._desk.station.voter(self.search_edit.text()))
            except AkimdeskError as error:
                self.banner.say(error.code, error.params, False)
        self.search_edit.setFocus()

    def _on_results_current_row_changed(self, current, _previous) -> None:
        voter = self.model.voter(current.row()) if current.isValid() else None
        if voter is not None:
            if voter.voter_id != self._recorded_voter_id:
                self.banner.show_text(None)  # what was done for the previous voter is not about this one
            self.card.show_voter(voter)
        self._update_buttons()

    def _on_issue_button_clicked(self) -> None:
        voter = self._chosen_voter()
        if voter is not None:
            self._issue(voter)
        self.search_edit.setFocus()

    def _on_undo_button_clicked(self) -> None:
        if self.card.voter is None or not self.action_panel.is_offered("issue", self._state):
            return
        dialog = UndoCheckInDialog(self.card.voter, self)
        dialog.reason_given.connect(self._on_undo_dialog_reason_given)
        self._open(dialog)

    def _on_details_button_clicked(self) -> None:
        voter = self._chosen_voter()
        if voter is not None:
            dialog = IssueDetailsDialog(self._desk, voter, self._carriers, self)
            dialog.succeeded.connect(lambda result: self._on_details_dialog_succeeded(dialog, result))
            self._open(dialog)

    def _on_add_button_clicked(self) -> None:
        text = self.search_edit.text()
        dialog = AddVoterDialog(self._desk, text if looks_like_iin(text) else "", self)
        dialog.succeeded.connect(self._on_add_dialog_succeeded)
        self._open(dialog)

    def _on_mobile_button_clicked(self) -> None:
        voter = self._chosen_voter()
        if voter is not None:
            dialog = MobileRequestDialog(self._desk, voter, self)
            dialog.succeeded.connect(lambda _result: self._on_mobile_dialog_succeeded(voter))
            self._open(dialog)

    def _on_absentee_button_clicked(self) -> None:
        voter = self._chosen_voter()
        if voter is not None:
            dialog = AbsenteeDialog(self._desk, voter, self)
            dialog.succeeded.connect(self._on_absentee_dialog_succeeded)
            self._open(dialog)

    def _on_undo_dialog_reason_given(self, reason: str) -> None:
        voter = self.card.voter
        if voter is None:
            return
        try:
            result = self._desk.station.undo_check_in(voter.iin, actor=self._desk.actor, reason=reason)
        except AkimdeskError as error:
            self.banner.say(error.code, error.params, False)
            return
        self._after_write(result, "done-checkin-undo")

    def _on_details_dialog_succeeded(self, dialog: IssueDetailsDialog, result: CheckInResult) -> None:
        if result.mode == "mobile":
            self._carriers = (dialog.carrier_combos[0].currentData(), dialog.carrier_combos[1].currentData())
        self._after_write(result, "done-checkin")

    def _on_add_dialog_succeeded(self, added: AddedVoter) -> None:
        said = ("done-voters-add", {"voter_full_name": added.voter.full_name})
        if not self._issue(added.voter, said, document_type=added.document_type,
                           document_number=added.document_number):
            self.records_changed.emit()  # the voter is added even when the ballot is refused

    def _on_mobile_dialog_succeeded(self, voter: Voter) -> None:
        request = self._desk.station.mobile_request(voter.iin)
        self._after_record(voter, "done-mobile-request", {"at": show_moment(request.at_local if request else "")})

    def _on_absentee_dialog_succeeded(self, voter: Voter) -> None:
        self._after_record(voter, "done-absentee-issue", {"voter_full_name": voter.full_name})

    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        # The page's window takes the keyboard back from the closed dialog, and the search field has it.
        self.activateWindow()
        self.search_edit.setFocus()

    def _open(self, dialog: QDialog) -> None:
        """Show one dialog at a time; when it closes, the search field has the focus again."""
        self._dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _press(self, button: QPushButton) -> None:
        if button.isHidden():
            return
        if button.isEnabled():
            button.click()
        else:
            self.banner.show_text(
                lambda: self.tr("Choose a voter first: scan the IIN or type the name, then Enter."), False)

    def _chosen_voter(self) -> Voter | None:
        return self.selected_voter() or self.card.voter

    def _issue(self, voter: Voter, said: tuple[str, dict[str, Any]] | None = None, **details: Any) -> bool:
        """Issue the ballot, True when it was; `said` is what was done just before, told with the outcome."""
        self.card.show_voter(voter)
        try:
            result = self._desk.station.check_in(voter.iin, actor=self._desk.actor, **details)
        except AkimdeskError as error:
            self.banner.say(error.code, error.params, False, said)
            self.search_edit.clear()
            self.card.show_voter(voter)
            self._update_buttons()
            return False
        self._after_write(result, "done-checkin", said)
        return True

    def _after_write(self, result: CheckInResult, code: str, said: tuple[str, dict[str, Any]] | None = None) -> None:
        params = {"voter_full_name": result.voter.full_name, "at_local": result.at_local,
                  "ballots_left": result.ballots_left}
        self._after_record(result.voter, code, params, said)

    def _after_record(self, voter: Voter, code: str, params: dict[str, Any],
                      said: tuple[str, dict[str, Any]] | None = None) -> None:
        """After any record: the card shows the voter, the banner what was done; on with the next voter."""
        self.search_edit.clear()
        self._recorded_voter_id = voter.voter_id
        self.card.show_voter(voter)
        self.banner.say(code, params, True, said)
        self._update_buttons()
        self.search_edit.setFocus()
        self.records_changed.emit()

    def _update_buttons(self) -> None:
        self.action_panel.enable_for(selected=self.selected_voter() is not None, on_card=self.card.voter is not None)
