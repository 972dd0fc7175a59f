"""The control ratios beside the tally sheet: each one met, not met or waiting, worded from the catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from akimdesk.core.ratios import RatioResult, Severity, hard_failures
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import QFrame, QGroupBox, QLabel, QScrollArea, Qt, QVBoxLayout, QWidget
from akimdesk.gui.translations import Retranslating

# A ratio's row: a coloured bar and tint for its outcome, and the word in the same colour before the explanation.
OUTCOME_STYLES = {
    "met": ("#2e8b4a", "#eef8f1", "#0a4d20"),
    "failed": ("#d33a32", "#fde2e1", "#a61b1b"),
    "warning": ("#d9a21b", "#fff4d6", "#6b4b00"),
    "waiting": ("#9aa1ad", "#f3f5f8", "#4a5263"),
}


def outcome(result: RatioResult) -> str:
    """met, failed (a hard ratio), warning (a soft one) or waiting (lines still missing)."""
    if result.ok is None:
        return "waiting"
    if result.ok:
        return "met"
    return "failed" if result.severity is Severity.HARD else "warning"


class RatiosPanel(Retranslating, QGroupBox):
    """Every ratio of the protocol template in order, with its outcome and the catalogue's explanation."""

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._results: list[RatioResult] = []
        self.summary_label = QLabel()
        self.summary_label.setObjectName("ratiosSummary")
        self.summary_label.setWordWrap(True)
        self._rows_widget = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_widget)
        self._rows_layout.setContentsMargins(0, 0, 4, 0)
        self._rows_layout.setSpacing(6)
        self._rows_layout.addStretch(1)
        self.rows: list[QFrame] = []
        self.texts: list[QLabel] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._rows_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def show_results(self, results: Sequence[RatioResult]) -> None:
        """Show these outcomes (one row per ratio, in the template's order)."""
        self._results = list(results)
        while len(self.rows) < len(self._results):
            self._add_row()
        seen: dict[str, int] = {}
        for index, (row, text) in enumerate(zip(self.rows, self.texts, strict=False)):
            row.setVisible(index < len(self._results))
            if index >= len(self._results):
                continue
            result = self._results[index]
            seen[result.ratio_id] = seen.get(result.ratio_id, 0) + 1
            suffix = "" if seen[result.ratio_id] == 1 else f"_{seen[result.ratio_id]}"
            row.setObjectName(f"ratioRow_{result.ratio_id}{suffix}")
            text.setObjectName(f"ratioText_{result.ratio_id}{suffix}")
            row.setProperty("outcome", outcome(result))
            bar, tint, _ = OUTCOME_STYLES[outcome(result)]
            row.setStyleSheet(f"QFrame#{row.objectName()} {{ background: {tint}; border-left: 5px solid {bar}; }}")
        self._fill_texts()

    def outcome_of(self, ratio_id: str) -> str:
        """met, failed, warning or waiting: the first ratio with this id as its row shows it."""
        row = self.findChild(QFrame, f"ratioRow_{ratio_id}")
        return str(row.property("outcome")) if row is not None else "waiting"

    def text(self, ratio_id: str) -> QLabel:
        """The explanation of the first ratio with this id."""
        label = self.findChild(QLabel, f"ratioText_{ratio_id}")
        if label is None:
            raise KeyError(ratio_id)
        return label

    def retranslate(self) -> None:
        self.setTitle(self.tr("Control ratios"))
        self._fill_texts()

    def _add_row(self) -> None:
        row = QFrame()
        text = QLabel()
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.addWidget(text)
        self._rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self.texts.append(text)

    def _fill_texts(self) -> None:
        words = {"met": self.tr("met"), "failed": self.tr("not met"), "warning": self.tr("warning"),
                 "waiting": self.tr("waiting")}
        tips = {"hard": self.tr("Mandatory: when not met, finalising needs the commission's reason"),
                "soft": self.tr("Warning: does not block finalising")}
        for row, text, result in zip(self.rows, self.texts, self._results, strict=False):
            _, _, colour = OUTCOME_STYLES[outcome(result)]
            text.setText(f'<span style="color: {colour}; font-weight: bold;">{escape(words[outcome(result)])}</span>'
                         f" — {escape(self._desk.say(result.code, dict(result.params)))}")
            row.setToolTip(tips[result.severity])
        failures = hard_failures(self._results)
        if failures:
            self.summary_label.setText(self.tr("Not met: {ratios}. Finalising needs the commission's reason.").format(
                ratios=", ".join(r.ratio_id for r in failures)))
            self.summary_label.setStyleSheet("color: #a61b1b; font-weight: bold;")
        elif self._results and all(r.ok is not None for r in self._results):
            self.summary_label.setText(self.tr("Every mandatory ratio is met."))
            self.summary_label.setStyleSheet("color: #0a4d20; font-weight: bold;")
        else:
            self.summary_label.setText(self.tr("The ratios are checked as the lines are entered."))
            self.summary_label.setStyleSheet("color: #4a5263;")
