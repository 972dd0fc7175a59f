"""The protocol's QR code as a square drawing with its quiet zone."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

QR_SIZE = 58 * mm
QUIET_MODULES = 4


def qr_drawing(text: str, size: float = QR_SIZE) -> Drawing:
    """A `size`-square drawing of `text` as a QR code (error level M, four-module quiet zone)."""
    widget = QrCodeWidget(text, barLevel="M", barWidth=size, barHeight=size, barBorder=QUIET_MODULES)
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing
