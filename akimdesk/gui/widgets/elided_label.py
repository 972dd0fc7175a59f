"""A one-line label that shortens its text in the middle when room is short, e.g. a file path in the status bar."""

from __future__ import annotations

from akimdesk.gui.qt import QEvent, QLabel, QSize, Qt

# What is left for it when its neighbours need the room (larger text); its tooltip has the whole text.
MIN_WIDTH = 60


class ElidedLabel(QLabel):
    """`text()` is the whole text; the label shows as much of it as fits, with "…" where the middle was cut.

    Its neighbours keep their full width: this label gives way first, down to MIN_WIDTH.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._whole = ""

    def setText(self, text: str) -> None:  # noqa: N802
        self._whole = text
        self._elide()

    def text(self) -> str:
        return self._whole

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width() + self._hidden_width(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(MIN_WIDTH, hint.width() + self._hidden_width()), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def _hidden_width(self) -> int:
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance(self._whole) - metrics.horizontalAdvance(super().text())

    def _elide(self) -> None:
        # The room for text is the width less what the style adds around the shown text (padding, border).
        shown = super().text()
        around = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(shown) if shown else 0
        room = self.width() - around if self.isVisible() else 1 << 20
        fitted = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideMiddle, room)
        if fitted != shown:
            super().setText(fitted)
