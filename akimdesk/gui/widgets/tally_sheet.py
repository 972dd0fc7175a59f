"""The tally sheet laid out like the enlarged protocol form: number, line text, the two entries and their status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from akimdesk.core.tally import LineStatus
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRegularExpressionValidator,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from akimdesk.gui.translations import Retranslating
from akimdesk.station.count_records import SheetLine

ENTRIES = (1, 2)
# Digits only; eight of them reach the largest value a line may hold.
DIGITS = "[0-9]{0,8}"
NUMBER, TEXT, ENTRY_1, ENTRY_2 = range(4)
COLUMNS = 4
FIELD_WIDTH = 92
ENTRY_COLUMNS = {1: ENTRY_1, 2: ENTRY_2}
ZEBRA = ("#ffffff", "#f3f5f8")
MISMATCH_ROW = "background: #fde2e1; border: 2px solid #d33a32;"
STATUS_COLOURS = {"agreed": "#0a4d20", "prefilled": "#1d4f91", "waiting": "#6b4b00", "missing": "#5a5a5a",
                  "mismatch": "#a61b1b"}
FIELD_STYLES = {
    "active": "QLineEdit { background: white; border: 1px solid #8a94a6; padding: 2px 6px; }"
              "QLineEdit:focus { border: 2px solid #2f6fd0; }",
    "other": "QLineEdit { background: #e9ecf1; color: #30343b; border: 1px solid #c9ced8; padding: 2px 6px; }",
    "mismatch": "QLineEdit { background: white; color: #a61b1b; font-weight: bold; border: 2px solid #d33a32;"
                " padding: 1px 5px; }",
}


@dataclass
class _Row:
    """The widgets of one protocol line and what the service last said about it."""

    frame: QFrame
    number_label: QLabel
    text_label: QLabel
    note_label: QLabel
    edits: dict[int, QLineEdit]
    status_label: QLabel
    line: SheetLine | None = None
    shown: dict[int, str] = field(default_factory=dict)

    def entered_by(self, entry: int) -> str | None:
        """Who made entry 1 or 2 of this line (None while it is not made)."""
        if self.line is None:
            return None
        return self.line.entry_1_by if entry == 1 else self.line.entry_2_by


class TallySheetWidget(Retranslating, QWidget):
    """One row per protocol line; the acting member types into one entry column, the other stays read-only."""

    value_entered = Signal(str, str)
    values_edited = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._rows: dict[str, _Row] = {}
        self._entry: int | None = 1
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 8, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(0)
        self._grid.setColumnStretch(TEXT, 1)
        self.header_labels = [QLabel() for _ in range(COLUMNS)]
        header_frame = QFrame()
        header_frame.setStyleSheet("background: #dfe4ec; border-bottom: 2px solid #5b6478;")
        self._grid.addWidget(header_frame, 0, 0, 1, COLUMNS)
        for column, label in enumerate(self.header_labels):
            label.setWordWrap(True)
            label.setContentsMargins(6, 6, 6, 6)
            label.setStyleSheet("font-weight: bold; color: #1f2430;")
            side = Qt.AlignmentFlag.AlignLeft if column == TEXT else Qt.AlignmentFlag.AlignRight
            label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(label, 0, column)
        self.retranslate()

    def show_sheet(self, lines: Sequence[SheetLine], *, entry: int | None) -> None:
        """Show the sheet as the service gave it; `entry` is the column the acting member types into (None: none)."""
        if [line.key for line in lines] != list(self._rows):
            self._build(lines)
        self._entry = entry
        for index, line in enumerate(lines):
            row = self._rows[line.key]
            row.line = line
            self._fill_row(row, index)
        self._chain_focus()
        self._fill_texts()

    def field(self, key: str, entry: int) -> QLineEdit:
        """The entry field of one line (by key)."""
        return self._rows[key].edits[entry]

    def status_label(self, key: str) -> QLabel:
        """The status shown beside one line."""
        return self._rows[key].status_label

    def row_status(self, key: str) -> LineStatus:
        """The line status the row is showing (one of the core's line statuses)."""
        line = self._rows[key].line
        return line.status if line else LineStatus.MISSING

    def working_values(self) -> dict[str, int]:
        """The figures the acting member works with: their own entries and what they are typing now."""
        if self._entry is None:
            return {}
        values = {}
        for key, row in self._rows.items():
            text = row.edits[self._entry].text()
            is_own = row.entered_by(self._entry) == self._desk.actor
            if text and (is_own or text != row.shown.get(self._entry, "")):
                values[key] = int(text)
        return values

    def first_open_field(self) -> QLineEdit | None:
        """Where typing starts: the first empty field of the acting column that the records do not fill."""
        if self._entry is None or not self._rows:
            return None
        fields = [row.edits[self._entry] for row in self._rows.values()]
        for row in self._rows.values():
            if not row.edits[self._entry].text() and (row.line is None or row.line.prefill is None):
                return row.edits[self._entry]
        return fields[0]

    def retranslate(self) -> None:
        for label, text in zip(self.header_labels, (
                self.tr("No."), self.tr("Protocol line"), self.tr("Entry 1"), self.tr("Entry 2")), strict=False):
            label.setText(text)
        self._fill_texts()

    def _build(self, lines: Sequence[SheetLine]) -> None:
        for row in self._rows.values():
            for widget in (row.frame, row.number_label, row.text_label.parentWidget(), *row.edits.values()):
                if widget is not None:
                    self._grid.removeWidget(widget)
                    widget.deleteLater()
        self._rows = {}
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        for index, line in enumerate(lines, start=1):
            key = line.key
            # The frame is created first so that it lies under the row's other widgets.
            frame = QFrame()
            frame.setObjectName(f"tallyRow_{key}")
            self._grid.addWidget(frame, index, 0, 1, COLUMNS)
            number_label = QLabel(line.number)
            number_label.setObjectName(f"tallyNumber_{key}")
            number_label.setContentsMargins(6, 6, 2, 6)
            number_label.setStyleSheet("font-weight: bold;")
            number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text_cell = QWidget()
            text_layout = QVBoxLayout(text_cell)
            text_layout.setContentsMargins(4, 6, 4, 6)
            text_layout.setSpacing(2)
            text_label = QLabel()
            text_label.setObjectName(f"tallyText_{key}")
            text_label.setWordWrap(True)
            note_label = QLabel()
            note_label.setObjectName(f"tallyNote_{key}")
            note_label.setWordWrap(True)
            note_label.setStyleSheet("color: #4a5263; font-size: 8.5pt;")
            status_label = QLabel()
            status_label.setObjectName(f"tallyStatus_{key}")
            status_label.setWordWrap(True)
            info = QHBoxLayout()
            info.setSpacing(12)
            info.addWidget(status_label)
            info.addWidget(note_label, 1)
            text_layout.addWidget(text_label)
            text_layout.addLayout(info)
            edits = {}
            for entry in ENTRIES:
                edit = QLineEdit()
                edit.setObjectName(f"tally_{key}_{entry}")
                edit.setValidator(QRegularExpressionValidator(DIGITS, edit))
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setFont(big)
                edit.setFixedWidth(FIELD_WIDTH)
                edit.editingFinished.connect(lambda key=key, entry=entry: self._on_edit_editing_finished(key, entry))
                edit.returnPressed.connect(lambda key=key: self._on_edit_return_pressed(key))
                edit.textEdited.connect(self._on_edit_text_edited)
                edits[entry] = edit
            self._grid.addWidget(number_label, index, NUMBER, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(text_cell, index, TEXT)
            for entry, edit in edits.items():
                self._grid.addWidget(edit, index, ENTRY_COLUMNS[entry], Qt.AlignmentFlag.AlignVCenter)
            self._rows[key] = _Row(frame, number_label, text_label, note_label, edits, status_label)
        self._grid.setRowStretch(len(lines) + 1, 1)

    def _fill_row(self, row: _Row, index: int) -> None:
        line = row.line
        assert line is not None
        status = line.status
        background = ZEBRA[index % 2]
        row.frame.setStyleSheet(
            f"QFrame#{row.frame.objectName()} {{ {MISMATCH_ROW} }}" if status == "mismatch" else
            f"QFrame#{row.frame.objectName()} {{ background: {background}; border-bottom: 1px solid #c9ced8; }}")
        row.status_label.setStyleSheet(f"color: {STATUS_COLOURS[status]};"
                                       + (" font-weight: bold;" if status in ("mismatch", "waiting") else ""))
        for entry, edit in row.edits.items():
            value = line.entry_1 if entry == 1 else line.entry_2
            text = "" if value is None else str(value)
            is_active = entry == self._entry
            edit.setText(text)
            row.shown[entry] = text
            edit.setReadOnly(not is_active)
            edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus if is_active else Qt.FocusPolicy.NoFocus)
            edit.setStyleSheet(FIELD_STYLES["mismatch" if status == "mismatch" else "active" if is_active else "other"])

    def _fill_texts(self) -> None:
        language = "ru" if self._desk.language == "ru" else "kk"
        for row in self._rows.values():
            line = row.line
            if line is None:
                continue
            row.text_label.setText(line.label.get(language))
            notes = []
            if line.is_withdrawn:
                notes.append(self.tr("candidate withdrawn"))
            if line.prefill is not None:
                notes.append(self.tr("Station records: {value}").format(value=line.prefill))
            row.note_label.setText(" · ".join(notes))
            row.note_label.setVisible(bool(notes))
            row.status_label.setText(self._desk.say(f"tally-status-{line.status}"))
            for entry, edit in row.edits.items():
                by = row.entered_by(entry)
                hidden = by is not None and (line.entry_1 if entry == 1 else line.entry_2) is None
                edit.setPlaceholderText(self.tr("hidden") if hidden else
                                        "" if line.prefill is None else str(line.prefill))
                edit.setToolTip(self.tr("Entered by {member}").format(member=by) if by else "")
                edit.setAccessibleName(self.tr("Line {number}, entry {entry}").format(number=line.number,
                                                                                      entry=entry))

    def _chain_focus(self) -> None:
        if self._entry is None:
            return
        fields = [row.edits[self._entry] for row in self._rows.values()]
        for before, after in zip(fields, fields[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _on_edit_editing_finished(self, key: str, entry: int) -> None:
        row = self._rows.get(key)
        if row is None or entry != self._entry:
            return
        text = row.edits[entry].text()
        if text != row.shown.get(entry, ""):
            self.value_entered.emit(key, text)

    def _on_edit_return_pressed(self, key: str) -> None:
        keys = list(self._rows)
        position = keys.index(key)
        if position + 1 < len(keys) and self._entry is not None:
            self._rows[keys[position + 1]].edits[self._entry].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_edit_text_edited(self, _text: str) -> None:
        self.values_edited.emit()
