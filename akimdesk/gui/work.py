"""Slow work (PDFs, USB sticks, big imports) off the interface thread, with a progress dialog only when it is slow.

A job runs only the work of an action (build, sign, seal, parse, verify, write files): the service planned it on
the interface thread and records its result there, so no database connection ever crosses a thread (SQLite would
refuse one that did). The window stays usable meanwhile: the progress dialog takes neither the keyboard nor the
mouse from it, so a scanner at the check-in desk keeps typing into the check-in input. The desk counts running jobs
as `busy`, so the window is not closed and the desk does not lock itself under one. A job that ends within
`SHOW_AFTER_MS` never shows its dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.desk import Desk
from akimdesk.gui.qt import QObject, QProgressDialog, Qt, QThread, QTimer, QWidget, Signal

SHOW_AFTER_MS = 600
# A job is given `report(done, total)` and may call it from its thread; total 0 means "how much is unknown".
Report = Callable[[int, int], None]

class _Thread(QThread):
    progressed = Signal(int, int)

    def __init__(self, task: Callable[[Report], Any]) -> None:
        super().__init__()
        self._task = task
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._task(self.progressed.emit)
        except BaseException as error:  # noqa: BLE001 - handed to the interface thread, which reports it
            self.error = error


def _hand_over(thread: _Thread, done: Any, failed: Any) -> None:
    """Give a finished thread's result to `done`, a refusal to `failed`; anything else is a bug and is raised."""
    thread.deleteLater()
    if thread.error is None:
        done.emit(thread.result)
    elif isinstance(thread.error, AkimdeskError):
        failed.emit(thread.error)
    else:
        raise thread.error


class Job(QObject):
    """One piece of background work; `done` carries its result, `failed` a refusal the core worded."""

    done = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, desk: Desk, parent: QWidget, label: str, task: Callable[[Report], Any]) -> None:
        super().__init__(parent)
        self._desk = desk
        self._parent = parent
        self.label = label
        self.dialog: QProgressDialog | None = None
        self.running = False
        self._thread = _Thread(task)
        self._thread.progressed.connect(self._on_progressed)
        self._thread.finished.connect(self._on_thread_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_dialog)
        self._last: tuple[int, int] = (0, 0)

    def start(self) -> Job:
        self.running = True
        self._desk.busy += 1
        self._timer.start()
        self._thread.start()
        return self

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self.label, "", 0, 0, self._parent)
        dialog.setObjectName("progressDialog")
        dialog.setCancelButton(None)
        # Work goes on at the desk meanwhile: the dialog is shown without taking the focus or blocking the window.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        dialog.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        dialog.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowTitle("akimdesk")
        self.dialog = dialog
        self._on_progressed(*self._last)
        dialog.show()

    def _on_progressed(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            if total:
                self.dialog.setValue(min(done, total))

    def _on_thread_finished(self) -> None:
        self._timer.stop()
        self._desk.busy -= 1
        self.running = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        try:
            _hand_over(self._thread, self.done, self.failed)
        finally:
            self.ended.emit()


def run_job(desk: Desk, parent: QWidget, label: str, task: Callable[[Report], Any],
            on_done: Callable[[Any], None], on_failed: Callable[[AkimdeskError], None]) -> Job:
    """Start `task(report)` in the background; `on_done(result)` or `on_failed(error)` runs on the interface thread."""
    job = Job(desk, parent, label, task)
    job.done.connect(on_done)
    job.failed.connect(on_failed)
    job.ended.connect(job.deleteLater)
    return job.start()


class QuietJob(QObject):
    """Background work that touches no database (e.g. writing a prepared file): no dialog, input goes on.

    The desk counts it as busy, so the window does not close under it."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, desk: Desk, parent: QObject, task: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._desk = desk
        self.running = False
        self._thread = _Thread(lambda _report: task())
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> QuietJob:
        self.running = True
        self._desk.busy += 1
        self._thread.start()
        return self

    def _on_thread_finished(self) -> None:
        self._desk.busy -= 1
        self.running = False
        _hand_over(self._thread, self.done, self.failed)
