"""A small form that does one thing through the station service; a refusal stays in the form to be fixed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from akimdesk.station import Voter

ERROR_STYLE = "color: #a61b1b; font-weight: bold;"
NOTE_STYLE = "color: #555;"


class ActionDialog(QDialog):
    """Fields in a form, Enter to do it, Esc to leave; the dialog closes only when the service agrees."""

    succeeded = Signal(object)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._error: AkimdeskError | None = None
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.error_label = QLabel()
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._min_width = 480

    @property
    def ok_button(self) -> QPushButton:
        """The button that does the dialog's action (Enter presses it)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        """The button that leaves without doing anything (as Esc does)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_all()
        super().changeEvent(event)

    def _finish(self, above: Sequence[QWidget], fields: Sequence[QWidget], below: Sequence[QWidget] = ()) -> None:
        """Lay the dialog out (notes above the form, notes below it) and chain Tab through the form in order."""
        layout = QVBoxLayout(self)
        # The dialog grows with what it shows (a refusal appears under the form), never squeezing the fields.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        chain = [*fields, self.ok_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QDialog.setTabOrder(first, second)
        self._retranslate_all()
        self._fit()
        if fields:
            fields[0].setFocus()

    def _submit(self) -> Any:
        """Call the service with what the form holds and return its result (a refusal is raised)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again in the interface language."""

    def _retranslate_all(self) -> None:
        self.retranslate()
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_error()

    def _on_buttons_accepted(self) -> None:
        try:
            result = self._submit()
        except AkimdeskError as error:
            self._error = error
            self._show_error()
            return
        self._error = None
        self.accept()
        self.succeeded.emit(result)

    def _voter_line(self, voter: Voter) -> str:
        """The voter the dialog is about, named as on the card."""
        return self.tr("Voter: {name}, IIN {iin}").format(name=voter.full_name, iin=voter.iin)

    def _show_error(self) -> None:
        self.error_label.setText(self._desk.explain(self._error) if self._error else "")
        self.error_label.setVisible(self._error is not None)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped line of the notes and the refusal (a window's layout does not)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width() if self.isVisible() else 0, self._min_width, self.sizeHint().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.resize(width, max(height, self.height() if self.isVisible() else 0))


def note_label(text: str = "") -> QLabel:
    """A grey explanation under or above a form."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def member_combo(desk: Desk, chosen: str | None) -> QComboBox:
    """A choice of commission member, by id and name; empty until one is chosen."""
    combo = QComboBox()
    for member in desk.station.election().members:
        combo.addItem(f"{member.member_id} — {member.name}", member.member_id)
    combo.setCurrentIndex(combo.findData(chosen) if chosen else -1)
    return combo


def optional(text: str) -> str | None:
    """A typed value, or None when the field was left empty."""
    return text.strip() or None
