"""Protocol PDFs as page images: rendered by PDFium for the preview, and painted onto a printer at 300 dpi."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pypdfium2

from akimdesk.gui.qt import QImage, QMarginsF, QPageLayout, QPageSize, QPainter, QPrinter, QRect, QSizeF, Qt
from akimdesk.gui.work import Report

PREVIEW_DPI = 150
PRINT_DPI = 300
_POINTS_PER_INCH = 72
# PDFium may not be entered from two threads at once; the preview and a print job can overlap.
_pdfium_lock = threading.Lock()


def page_images(pdf: bytes, dpi: int) -> Iterator[QImage]:
    """Each page of `pdf` as an image at `dpi`, one at a time so that a long print holds one page in memory."""
    with _pdfium_lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    bitmap = page.render(scale=dpi / _POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
                    # copy(): the image must own its pixels once PDFium frees the bitmap.
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBX8888).copy()
                    bitmap.close()
                finally:
                    page.close()
                yield image
        finally:
            document.close()


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI, report: Report | None = None) -> list[QImage]:
    """Every page of `pdf` as an image, reporting progress page by page."""
    total = count_pages(pdf)
    images = []
    for image in page_images(pdf, dpi):
        images.append(image)
        if report is not None:
            report(len(images), total)
    return images


def count_pages(pdf: bytes) -> int:
    """How many pages `pdf` has."""
    with _pdfium_lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def first_page_size(pdf: bytes) -> QPageSize:
    """The paper size of the first page (A4 for every protocol), matched to a standard size when close."""
    with _pdfium_lock:
        document = pypdfium2.PdfDocument(pdf)
        try:
            width, height = document[0].get_size()
        finally:
            document.close()
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def new_printer(pdf: bytes) -> QPrinter:
    """A high-resolution printer set to the protocol's paper, with no margins of its own (the PDF has them)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(first_page_size(pdf))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def print_pdf(printer: QPrinter, pdf: bytes, report: Report | None = None) -> bool:
    """Paint every page of `pdf`, rendered at 300 dpi, onto `printer`; False when the printer cannot start.

    Each page is scaled to the printable area keeping its proportions and centred in it. Painting onto a
    printer is allowed off the interface thread, so this runs as background work.
    """
    total = count_pages(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, image in enumerate(page_images(pdf, PRINT_DPI), start=1):
            if number > 1:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - size.width()) // 2,
                           area.y() + (area.height() - size.height()) // 2, size.width(), size.height())
            painter.drawImage(target, image)
            if report is not None:
                report(number, total)
    finally:
        painter.end()
    return True
