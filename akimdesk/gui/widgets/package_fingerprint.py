"""The district fingerprint a package names, row by row beside the fields where the chair types the paper act's."""

from __future__ import annotations

from akimdesk.gui.qt import QFont, QGridLayout, QLabel, QLineEdit, Qt, QWidget
from akimdesk.station.setup import fingerprint_matches

GROUP_SIZE = 4
GROUPS_PER_ROW = 4  # as the handover act prints it: four rows of four groups
ROW_SIZE = GROUP_SIZE * GROUPS_PER_ROW
ROWS = 4
MATCH_STYLES = {None: "color: #555;", True: "color: #0a4d20; font-weight: bold;",
                False: "color: #a61b1b; font-weight: bold;"}
ROW_STYLES = {None: "", True: "QLineEdit { background: #dff3e4; }", False: "QLineEdit { background: #fde2e1; }"}


class PackageFingerprintWidget(QWidget):
    """The package's fingerprint in the act's grid, one input per row, and whether what was typed matches."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fingerprint: str | None = None
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setBold(True)
        mono.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.package_caption = QLabel()
        self.act_caption = QLabel()
        self.package_rows = [QLabel() for _ in range(ROWS)]
        self.act_edits = [QLineEdit() for _ in range(ROWS)]
        self.match_label = QLabel()
        self.match_label.setObjectName("fingerprintMatch")
        self.match_label.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.package_caption, 0, 0)
        layout.addWidget(self.act_caption, 0, 1)
        for row, (label, edit) in enumerate(zip(self.package_rows, self.act_edits, strict=False), start=1):
            label.setObjectName(f"packageFingerprintRow{row}")
            label.setFont(mono)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            edit.setObjectName(f"actFingerprintRow{row}")
            edit.setFont(mono)
            edit.setMaxLength(ROW_SIZE * 2)
            edit.textEdited.connect(self._on_act_edit_text_edited)
            layout.addWidget(label, row, 0)
            layout.addWidget(edit, row, 1)
        layout.addWidget(self.match_label, ROWS + 1, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(ROWS + 2, 1)
        self.act_caption.setBuddy(self.act_edits[0])
        self.setFocusProxy(self.act_edits[0])
        self.retranslate()

    def set_fingerprint(self, fingerprint: str | None) -> None:
        """The fingerprint of the chosen package, or None when no package is chosen."""
        self._fingerprint = fingerprint
        for row, label in enumerate(self.package_rows):
            if fingerprint is None:
                label.setText("—" if row == 0 else "")
                continue
            part = fingerprint[row * ROW_SIZE:(row + 1) * ROW_SIZE]
            label.setText(" ".join(part[i:i + GROUP_SIZE] for i in range(0, ROW_SIZE, GROUP_SIZE)))
        self._show_match()

    def typed(self) -> str:
        """The fingerprint as the chair typed it from the act, rows joined."""
        return " ".join(edit.text().strip() for edit in self.act_edits).strip()

    def clear(self) -> None:
        """Forget the typed fingerprint."""
        for edit in self.act_edits:
            edit.clear()
        self._show_match()

    def retranslate(self) -> None:
        """Every text again in the interface language."""
        self.package_caption.setText(self.tr("Fingerprint in the package"))
        self.act_caption.setText(self.tr("Fingerprint on the paper act"))
        for row, edit in enumerate(self.act_edits, start=1):
            edit.setAccessibleName(self.tr("Fingerprint on the paper act, row {row}").format(row=row))
        self._show_match()

    def _on_act_edit_text_edited(self, text: str) -> None:
        # A full row typed moves on to the next one, as the chair reads the act row by row.
        edit = self.sender()
        if not isinstance(edit, QLineEdit):
            return
        row = self.act_edits.index(edit) if edit in self.act_edits else -1
        if 0 <= row < ROWS - 1 and len(_hex(text)) == ROW_SIZE and edit.cursorPosition() == len(text):
            self.act_edits[row + 1].setFocus()
        self._show_match()

    def _show_match(self) -> None:
        expected = self._fingerprint
        for row, edit in enumerate(self.act_edits):
            typed = _hex(edit.text())
            same = None
            if expected is not None and len(typed) == ROW_SIZE:
                same = typed == expected[row * ROW_SIZE:(row + 1) * ROW_SIZE]
            edit.setStyleSheet(ROW_STYLES[same])
        matches: bool | None = None
        text = ""
        if expected is not None:
            matches = fingerprint_matches(self.typed(), expected)
            if matches is None:
                text = self.tr("Type the fingerprint from the act row by row.")
            elif matches:
                text = self.tr("Matches the fingerprint in the package.")
            else:
                text = self.tr("Does not match the package: do not load it, call the district commission.")
        self.match_label.setText(text)
        self.match_label.setStyleSheet(MATCH_STYLES[matches])


def _hex(text: str) -> str:
    """The characters of a typed row that count, as normalize_fingerprint reads them."""
    return "".join(text.split()).replace(":", "").replace("-", "").lower()
