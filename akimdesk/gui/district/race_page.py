"""The race across its precincts: each candidate's votes, every protocol line summed, and the flags to review."""

from __future__ import annotations

from akimdesk.core.aggregate import RaceSummary
from akimdesk.core.turnout import percent_text
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.models import CandidateTableModel, LineTableModel, candidate_rows
from akimdesk.gui.district.page import DistrictPage
from akimdesk.gui.icons import WARNING, icon
from akimdesk.gui.pages.base import title_label
from akimdesk.gui.qt import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
)

FACTS = ("election", "reported", "turnout", "leader")
NOTE_COLUMN = 3
NOTE_WIDTH_EM = 9


def _table(model, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Wrapped labels need their rows measured again once the columns have their final widths.
    header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
    return view


class RacePage(DistrictPage):
    """The district's race table; the leader is shown, never decided when a flag asks the commission to."""

    def __init__(self, desk: DistrictDeskState, parent=None) -> None:
        super().__init__(desk, parent)
        self.summary: RaceSummary | None = None
        self.title_label = title_label()
        self._fact_captions = {key: QLabel() for key in FACTS}
        self.fact_values = {key: QLabel() for key in FACTS}
        facts = QFormLayout()
        for key in FACTS:
            self.fact_values[key].setObjectName(f"race_{key}")
            self.fact_values[key].setWordWrap(True)
            facts.addRow(self._fact_captions[key], self.fact_values[key])

        self.candidates_box = QGroupBox()
        self.candidate_model = CandidateTableModel(desk, self)
        self.candidates_view = _table(self.candidate_model, "candidatesTable", 1)
        # The note ("most votes", "withdrawn") wraps, so the names keep the width.
        note = self.candidates_view.horizontalHeader()
        note.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Interactive)
        note.resizeSection(NOTE_COLUMN, self.fontMetrics().horizontalAdvance("M") * NOTE_WIDTH_EM)
        QVBoxLayout(self.candidates_box).addWidget(self.candidates_view)
        self.flags_box = QGroupBox()
        self.flags_list = QListWidget()
        self.flags_list.setObjectName("flagsList")
        self.flags_list.setWordWrap(True)
        QVBoxLayout(self.flags_box).addWidget(self.flags_list)
        top = QHBoxLayout()
        top.addWidget(self.candidates_box, 3)
        top.addWidget(self.flags_box, 2)

        self.lines_box = QGroupBox()
        self.line_model = LineTableModel(desk, self)
        self.lines_view = _table(self.line_model, "linesTable", 1)
        QVBoxLayout(self.lines_box).addWidget(self.lines_view)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(facts)
        layout.addLayout(top, 2)
        layout.addWidget(self.lines_box, 3)
        self.retranslate()

    def nav_title(self) -> str:
        return self.tr("Race results")

    def unavailable_reason(self) -> str:
        if not self._desk.is_initialised() or self._desk.race() is None:
            return self._desk.say("district-race-unknown")
        return ""

    def refresh(self) -> None:
        """Sum the race again from the accepted bundles."""
        self.summary = self._desk.summary()
        summary = self.summary
        self.candidate_model.set_rows(candidate_rows(summary) if summary else [])
        self.line_model.set_rows(list(summary.lines) if summary else [])
        self._fill()
        self.candidates_view.resizeRowsToContents()
        self.lines_view.resizeRowsToContents()

    def retranslate(self) -> None:
        self.candidates_view.setAccessibleName(self.tr("Votes by candidate"))
        self.lines_view.setAccessibleName(self.tr("Protocol lines summed"))
        self.flags_list.setAccessibleName(self.tr("For the district commission to review"))
        self.title_label.setText(self.tr("Race results"))
        captions = {"election": self.tr("Race"), "reported": self.tr("Precincts counted"),
                    "turnout": self.tr("Turnout"), "leader": self.tr("Most votes")}
        for key, text in captions.items():
            self._fact_captions[key].setText(text)
        self.candidates_box.setTitle(self.tr("Candidates: votes over the counted precincts"))
        self.flags_box.setTitle(self.tr("For the district commission to review"))
        self.lines_box.setTitle(self.tr("Protocol lines summed over the counted precincts"))
        self.candidate_model.retranslate()
        self.line_model.retranslate()
        self._fill()
        self.candidates_view.resizeRowsToContents()
        self.lines_view.resizeRowsToContents()

    def _fill(self) -> None:
        summary = self.summary
        self.flags_list.clear()
        if summary is None:
            for label in self.fact_values.values():
                label.setText("—")
            return
        race = self._desk.district.race(summary.election_id)
        self.fact_values["election"].setText(self._desk.title(race.title))
        self.fact_values["reported"].setText(self.tr("{reported} of {expected}; missing: {missing}").format(
            reported=len(summary.reported), expected=len(summary.expected_precincts),
            missing=", ".join(summary.missing) or "—"))
        turnout = summary.turnout
        self.fact_values["turnout"].setText(self.tr("{percent} % ({issued} ballots issued, {listed} listed)").format(
            percent=percent_text(turnout.percent), issued=turnout.issued, listed=turnout.listed))
        leader = next((row for row in candidate_rows(summary) if row.is_leader), None)
        self.fact_values["leader"].setText(
            f"{self._desk.title(leader.label)} ({leader.votes})" if leader
            else self.tr("not decided: see the flags for the district commission"))
        for flag in summary.flags:
            item = QListWidgetItem(icon(WARNING), self._desk.say(flag.code, flag.params))
            self.flags_list.addItem(item)
        if not summary.flags:
            self.flags_list.addItem(self.tr("Nothing to review."))
