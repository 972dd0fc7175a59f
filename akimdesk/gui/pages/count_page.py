"""The count: the tally sheet entered twice, the control ratios beside it, attendance, opinions and finalising."""

from __future__ import annotations

from typing import Any

from akimdesk.core.errors import AkimdeskError, WrongPassphrase
from akimdesk.core.ratios import RatioResult, evaluate_ratios, hard_failures
from akimdesk.gui.desk import Desk
from akimdesk.gui.dialogs.count_reason_dialog import CountReasonDialog
from akimdesk.gui.dialogs.finalise_dialog import FinaliseDialog
from akimdesk.gui.pages.base import Page, show_message, title_label
from akimdesk.gui.qt import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from akimdesk.gui.widgets.attendance_panel import AttendancePanel
from akimdesk.gui.widgets.opinion_panel import OpinionPanel
from akimdesk.gui.widgets.ratios_panel import RatiosPanel
from akimdesk.gui.widgets.tally_sheet import ENTRIES, TallySheetWidget
from akimdesk.gui.work import run_job
from akimdesk.station.count_records import FinaliseOutcome, TallySheet
from akimdesk.station.protocol import FinaliseWork, work_finalise

COUNT_STATES = ("closed", "counting", "finalised")
EDITABLE_STATES = ("closed", "counting")
SHEET_TAB, MEMBERS_TAB = range(2)
_UNSET = object()


class CountPage(Page):
    """Two members enter every line blind; the ratios follow the figures; the chair finalises with the passphrase."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(desk, parent)
        self._sheet: TallySheet | None = None
        self._ratio_inputs: tuple | None = None
        self._entry = 1
        self._shown_actor: object = _UNSET
        self._message: tuple[str, dict[str, Any], bool] | AkimdeskError | None = None
        self._reason_dialog: CountReasonDialog | None = None
        self._pending_value: tuple[str, int] | None = None
        self._finalise_dialog: FinaliseDialog | None = None
        self.title_label = title_label()
        self.state_label = QLabel()
        self.state_label.setObjectName("countState")
        self.state_label.setWordWrap(True)

        self.entry_caption = QLabel()
        self.entry_group = QButtonGroup(self)
        self.entry_radios = {entry: QRadioButton() for entry in ENTRIES}
        for entry, radio in self.entry_radios.items():
            radio.setObjectName(f"entryRadio_{entry}")
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.entry_group.addButton(radio, entry)
        self.entry_group.idClicked.connect(self._on_entry_group_id_clicked)
        self.actor_label = QLabel()
        self.actor_label.setObjectName("countActor")
        self.actor_label.setWordWrap(True)  # a long name wraps instead of widening the window
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #4a5263;")
        entry_bar = QHBoxLayout()
        entry_bar.addWidget(self.entry_caption)
        for radio in self.entry_radios.values():
            entry_bar.addWidget(radio)
        entry_bar.addSpacing(16)
        entry_bar.addWidget(self.actor_label, 1)

        self.sheet_widget = TallySheetWidget(desk)
        self.sheet_widget.value_entered.connect(self._on_sheet_widget_value_entered)
        self.sheet_widget.values_edited.connect(self._on_sheet_widget_values_edited)
        self.sheet_scroll = QScrollArea()
        self.sheet_scroll.setWidgetResizable(True)
        self.sheet_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.sheet_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sheet_scroll.setWidget(self.sheet_widget)
        self.ratios_panel = RatiosPanel(desk)
        self.ratios_panel.setObjectName("ratiosPanel")
        self.ratios_panel.setMinimumWidth(300)
        self.ratios_panel.setMaximumWidth(380)
        sheet_body = QHBoxLayout()
        sheet_body.addWidget(self.sheet_scroll, 1)
        sheet_body.addWidget(self.ratios_panel)
        sheet_tab = QWidget()
        sheet_layout = QVBoxLayout(sheet_tab)
        sheet_layout.addLayout(entry_bar)
        sheet_layout.addWidget(self.hint_label)
        sheet_layout.addLayout(sheet_body, 1)

        self.attendance_panel = AttendancePanel(desk)
        self.attendance_panel.attendance_recorded.connect(self.records_changed)
        self.opinion_panel = OpinionPanel(desk)
        self.opinion_panel.opinion_added.connect(self.records_changed)
        members_tab = QWidget()
        members_body = QHBoxLayout(members_tab)
        members_body.addWidget(self.attendance_panel, 1)
        members_body.addWidget(self.opinion_panel, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("countTabs")
        self.tabs.addTab(sheet_tab, "")
        self.tabs.addTab(members_tab, "")

        self.message_label = QLabel()
        self.message_label.setObjectName("countMessage")
        self.message_label.setWordWrap(True)
        self.readiness_label = QLabel()
        self.readiness_label.setObjectName("countReadiness")
        self.readiness_label.setWordWrap(True)
        self.finalise_button = QPushButton()
        self.finalise_button.setObjectName("finaliseButton")
        self.finalise_button.setMinimumHeight(34)
        self.finalise_button.clicked.connect(self._on_finalise_button_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.readiness_label, 1)
        bottom.addWidget(self.finalise_button, 0, Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Count")

    def unavailable_reason(self) -> str:
        if self._desk.station.state() in COUNT_STATES:
            return ""
        return self.tr("The count starts when the station is closed.")

    def refresh(self) -> None:
        """Read the sheet, the attendance and the opinions again (the other entry stays hidden until both exist)."""
        station = self._desk.station
        if self.unavailable_reason():
            self._sheet = None
            return
        actor = self._desk.actor
        self._sheet = station.tally_sheet(viewer=actor)
        if actor != self._shown_actor:
            # The last member's own message ("line 14, entry 1: 1") goes with them: entry 2 is typed blind.
            self._shown_actor = actor
            self._entry = self._entry_for(actor)
            self._message = None
        self._ratio_inputs = (station.protocol_template().ratios, station.protocol_lines(), station.figures().by_key())
        preview = station.protocol_preview()
        members = station.election().members
        editable = self._is_editable()
        self._show_sheet()
        self.attendance_panel.show_attendance(
            members, [m.member_id for m in preview.members if m.is_present], editable=editable)
        self.opinion_panel.show_opinions(members, preview.opinions, editable=editable)
        self._fill()
        self._focus_first_open_field()

    def retranslate(self) -> None:
        self.entry_caption.setText(self.tr("You are entering:"))
        self.entry_radios[1].setText(self.tr("first entry"))
        self.entry_radios[2].setText(self.tr("second entry"))
        tip = self.tr("Two different members enter every line; the second entry does not see the first.")
        for radio in self.entry_radios.values():
            radio.setToolTip(tip)
        self.hint_label.setText(self.tr(
            "Type the figures of the protocol: Enter or Tab moves to the next line. A line filled from the station's "
            "records shows that value; another value there needs a reason. A line whose two entries differ turns red."))
        self.tabs.setTabText(SHEET_TAB, self.tr("Tally sheet"))
        self.tabs.setTabText(MEMBERS_TAB, self.tr("Members present and special opinions"))
        self.finalise_button.setText(self.tr("Finalise and sign…"))
        self._fill()

    def _is_editable(self) -> bool:
        return self._desk.station.state() in EDITABLE_STATES

    def _entry_for(self, actor: str | None) -> int:
        """The entry a member most likely continues: their own, or the second when another made the first."""
        assert self._sheet is not None
        lines = self._sheet.lines
        own = {entry for line in lines for entry, by in zip(ENTRIES, (line.entry_1_by, line.entry_2_by), strict=True)
               if by == actor}
        if len(own) == 1:
            return own.pop()
        if not own and any(line.entry_1_by not in (None, actor) for line in lines):
            return 2
        return self._entry

    def _show_sheet(self) -> None:
        if self._sheet is None:
            return
        self.sheet_widget.show_sheet(self._sheet.lines, entry=self._entry if self._is_editable() else None)
        self.entry_radios[self._entry].setChecked(True)
        self._update_ratios()

    def _focus_first_open_field(self) -> None:
        # Typing starts at the first empty field of the acting column (nothing to type into: no proxy).
        self.setFocusProxy(self.sheet_widget.first_open_field())  # type: ignore[arg-type]

    def _ratios(self, values: dict[str, int | None]) -> list[RatioResult]:
        if self._ratio_inputs is None:
            return []
        ratios, lines, figures = self._ratio_inputs
        return evaluate_ratios(ratios, lines, values, figures)

    def _settled_values(self) -> dict[str, int | None]:
        return {line.key: line.value for line in self._sheet.lines} if self._sheet else {}

    def _update_ratios(self) -> None:
        # The settled lines, with the acting member's own figures (entered or being typed) over them.
        values = self._settled_values()
        values.update(self.sheet_widget.working_values())
        self.ratios_panel.show_results(self._ratios(values))

    def _fill(self) -> None:
        self.title_label.setText(self.nav_title())
        if self._sheet is None:
            return
        station = self._desk.station
        version = self._sheet.version or 1
        state = station.state()
        if version > 1:
            self.title_label.setText(self.tr("Count — repeat protocol, version {version}").format(version=version))
        if state == "finalised":
            self.state_label.setText(self.tr(
                "Protocol version {version} is finalised and signed; the figures can no longer change. A correction "
                "is made as a repeat protocol.").format(version=version))
            self.state_label.setStyleSheet("color: #0a4d20; font-weight: bold;")
        self.state_label.setVisible(state == "finalised")
        editable = state in EDITABLE_STATES
        for widget in (self.entry_caption, *self.entry_radios.values(), self.hint_label, self.readiness_label,
                       self.finalise_button):
            widget.setVisible(editable)
        member = station.election().member(self._desk.actor or "")
        self.actor_label.setText(
            self.tr("acting member: {member}").format(member=f"{member.member_id} — {member.name}") if member
            else self.tr("choose the acting member in the toolbar"))
        self._show_message()
        if editable:
            self._show_readiness()

    def _show_readiness(self) -> None:
        try:
            self._desk.station.check_finalise()
        except AkimdeskError as error:
            self.readiness_label.setText(self._desk.explain(error))
            self.readiness_label.setStyleSheet("color: #6b4b00;")
            return
        self.readiness_label.setText(self.tr(
            "Ready to finalise: every line is entered twice and agrees, and the quorum is present."))
        self.readiness_label.setStyleSheet("color: #0a4d20; font-weight: bold;")

    def _show_message(self) -> None:
        if self._message is None:
            self.message_label.clear()
        elif isinstance(self._message, AkimdeskError):
            show_message(self.message_label, self._desk.explain(self._message), False)
        else:
            code, params, is_success = self._message
            show_message(self.message_label, self._desk.say(code, params), is_success)

    def _on_entry_group_id_clicked(self, entry: int) -> None:
        self._entry = entry
        self._show_sheet()
        self._focus_first_open_field()
        self.setFocus()

    def _on_sheet_widget_values_edited(self) -> None:
        self._update_ratios()

    def _on_sheet_widget_value_entered(self, key: str, text: str) -> None:
        if self._reason_dialog is not None:
            return
        if not text:
            # An entry is replaced by another value, never erased: the field shows what is recorded.
            self._show_sheet()
            return
        self._enter(key, int(text), None)

    def _enter(self, key: str, value: int, reason: str | None) -> None:
        try:
            result = self._desk.station.set_tally(key, value, entry=self._entry, actor=self._desk.actor,
                                                  reason=reason)
        except AkimdeskError as error:
            if error.code == "tally-prefilled-needs-reason" and reason is None:
                self._ask_reason(key, value, error)
                return
            self._message = error
            self._show_sheet()
            self._show_message()
            return
        status = self._desk.say(f"tally-status-{result.status}")
        self._message = ("done-tally-set", {"line": result.line, "key": result.key, "entry": result.entry,
                                            "value": result.value, "status": status}, True)
        self.records_changed.emit()

    def _ask_reason(self, key: str, value: int, error: AkimdeskError) -> None:
        self._pending_value = (key, value)
        self._reason_dialog = CountReasonDialog(self._desk.explain(error), str(error.params["line"]),
                                                value, self)
        self._reason_dialog.reason_given.connect(self._on_reason_dialog_reason_given)
        self._reason_dialog.finished.connect(self._on_reason_dialog_finished)
        self._reason_dialog.open()

    def _on_reason_dialog_reason_given(self, reason: str) -> None:
        if self._pending_value is not None:
            key, value = self._pending_value
            self._pending_value = None
            self._enter(key, value, reason)

    def _on_reason_dialog_finished(self, result: int) -> None:
        self._reason_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self._pending_value = None
            self._show_sheet()
        # The window takes the keyboard back from the closed dialog, so the next line can be typed at once.
        self.activateWindow()
        self.setFocus()

    def _on_finalise_button_clicked(self) -> None:
        failing = hard_failures(self._ratios(self._settled_values())) if self._sheet else []
        self._finalise_dialog = FinaliseDialog(self._desk, failing, self)
        self._finalise_dialog.finalise_requested.connect(self._on_finalise_dialog_finalise_requested)
        self._finalise_dialog.finished.connect(self._on_finalise_dialog_finished)
        self._finalise_dialog.open()

    def _on_finalise_dialog_finalise_requested(self, passphrase: str, reason: str) -> None:
        # Plan here, sign in the background (no database there), record back here.
        try:
            plan = self._desk.station.plan_finalise(actor=self._desk.actor, override_reason=reason or None)
        except AkimdeskError as error:
            self._on_finalise_job_failed(error)
            return
        run_job(self._desk, self._finalise_dialog or self, self.tr("Signing the protocol…"),
                lambda report: work_finalise(plan, passphrase, report),
                self._on_finalise_job_done, self._on_finalise_job_failed)

    def _on_finalise_job_done(self, work: FinaliseWork) -> None:
        try:
            outcome: FinaliseOutcome = self._desk.station.record_finalise(work, actor=self._desk.actor)
        except AkimdeskError as error:
            self._on_finalise_job_failed(error)
            return
        self._message = ("done-protocol-finalise", {"version": outcome.version,
                                                    "protocol_hash": outcome.protocol_hash,
                                                    "finalised_at_local": outcome.finalised_at_local}, True)
        if self._finalise_dialog is not None:
            self._finalise_dialog.accept()
        self.records_changed.emit()

    def _on_finalise_job_failed(self, error: AkimdeskError) -> None:
        if self._finalise_dialog is not None:
            self._finalise_dialog.show_refusal(self._desk.explain(error),
                                               retype_passphrase=isinstance(error, WrongPassphrase))

    def _on_finalise_dialog_finished(self, _result: int) -> None:
        self._finalise_dialog = None
        # The window takes the keyboard back from the closed dialog: Ctrl+5 then shows the signed protocol.
        self.activateWindow()
        self.setFocus()
