"""Rendered PDF pages one under another in a scroll area, fitted to its width or at a chosen zoom."""

from __future__ import annotations

from akimdesk.gui.qt import QFrame, QImage, QLabel, QPixmap, QScrollArea, Qt, QVBoxLayout, QWidget

PAGE_STYLE = "QLabel#previewPage { background: white; border: 1px solid #9a9a9a; }"
PAGE_GAP = 12
FIT_WIDTH = 0.0
_SCREEN_DPI = 96


class PdfPreviewWidget(QScrollArea):
    """Page images shown as paper on a grey desk; zoom is the fit to the width or a factor of the actual size."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self._dpi = _SCREEN_DPI
        self._zoom = FIT_WIDTH
        self.page_labels: list[QLabel] = []
        self.placeholder_label = QLabel()
        self.placeholder_label.setObjectName("previewPlaceholder")
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setStyleSheet("color: #444;")
        self._sheet = QWidget()
        self._sheet.setObjectName("previewSheet")
        self._sheet.setStyleSheet("#previewSheet { background: #d5d7da; } " + PAGE_STYLE)
        self._pages_layout = QVBoxLayout(self._sheet)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.addWidget(self.placeholder_label)
        self._pages_layout.addStretch(1)
        self.setWidget(self._sheet)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Always there, so fitting to the width never makes the bar appear and the pages shrink again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def set_pages(self, images: list[QImage], dpi: int) -> None:
        """Show these page images, rendered at `dpi`, in place of the previous ones."""
        for label in self.page_labels:
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        self._images = list(images)
        self._dpi = dpi
        self.page_labels = []
        for number, _image in enumerate(self._images, start=1):
            label = QLabel()
            label.setObjectName("previewPage")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            self._pages_layout.insertWidget(self._pages_layout.count() - 1, label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.placeholder_label.setVisible(not self._images)
        self._scale_pages()
        self.verticalScrollBar().setValue(0)

    def clear(self, text: str = "") -> None:
        """Show no pages, only `text` (why there is nothing, or that the pages are on their way)."""
        self.set_pages([], self._dpi)
        self.placeholder_label.setText(text)

    def set_placeholder(self, text: str) -> None:
        """The text shown while there are no pages."""
        self.placeholder_label.setText(text)

    def page_count(self) -> int:
        """How many pages are shown."""
        return len(self.page_labels)

    def set_zoom(self, zoom: float) -> None:
        """FIT_WIDTH, or a factor of the paper's actual size on the screen (1.0 = 100 %)."""
        self._zoom = zoom
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if zoom == FIT_WIDTH else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scale_pages()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._zoom == FIT_WIDTH:
            self._scale_pages()

    def _scale_pages(self) -> None:
        if not self._images:
            return
        ratio = self.devicePixelRatioF()
        border = 2
        for label, image in zip(self.page_labels, self._images, strict=False):
            if self._zoom == FIT_WIDTH:
                width = max(80, self.viewport().width() - 2 * PAGE_GAP - border)
            else:
                width = max(80, round(image.width() * _SCREEN_DPI / self._dpi * self._zoom))
            pixmap = QPixmap.fromImage(image.scaledToWidth(round(width * ratio),
                                                           Qt.TransformationMode.SmoothTransformation))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(round(pixmap.width() / ratio) + border, round(pixmap.height() / ratio) + border)
