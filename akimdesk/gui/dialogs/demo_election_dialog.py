"""Offers the demo election for a database that holds none, then shows its members and passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    Signal,
)
from akimdesk.gui.translations import Retranslating

if TYPE_CHECKING:  # the demo module loads the signing libraries, which the window needs only for a demo
    from akimdesk.demo import DemoOutcome

DEMO_VOTERS = 1200


class DemoElectionDialog(Retranslating, QDialog):
    """Builds the signed synthetic election (marked DEMO) in the open, empty database."""

    demo_loaded = Signal()

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._result: DemoOutcome | None = None
        self._error: AkimdeskError | None = None
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("demoDetails")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startDemoButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.details_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    @property
    def outcome(self) -> DemoOutcome | None:
        """What run_demo returned, once the demo is loaded."""
        return self._result

    def _on_start_button_clicked(self) -> None:
        self.start_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from akimdesk.demo import run_demo  # signing libraries load only when a demo is made

            self._result = run_demo(self._desk.station, DEMO_VOTERS, self._desk.clock())
        except AkimdeskError as error:
            self._error = error
            self.start_button.setEnabled(True)
        finally:
            QApplication.restoreOverrideCursor()
        self.retranslate()
        if self._result is not None:
            self.start_button.hide()
            self.close_button.setFocus()
            self.demo_loaded.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demo election"))
        self.start_button.setText(self.tr("Start the demo election"))
        self.close_button.setText(self.tr("Close"))
        if self._result is None:
            self.text_label.setText(self.tr(
                "This database holds no election. A real election is loaded from the district's signed "
                "package. For training you can start a demo election instead: a synthetic election "
                "marked DEMO with {count} voters.").format(count=DEMO_VOTERS))
            self.details_label.setText(self._desk.explain(self._error) if self._error else "")
            return
        self.text_label.setText(self.tr(
            "The demo election is loaded with {count} voters. The commission members are:").format(
                count=self._result.voters))
        lines = [f"{m.id}  {m.name} — {self._desk.say('role-' + m.role)} · "
                 + self.tr("PIN {pin}").format(pin=m.pin) for m in self._result.members]
        lines.append("")
        lines.append(self.tr("Each member signs in to the desk's screen with their PIN."))
        lines.append(self.tr("Commission passphrase of the demo: {passphrase}").format(
            passphrase=self._result.commission_passphrase))
        self.details_label.setText("\n".join(lines))
