"""Text size and a high-contrast look, chosen from the View menu and remembered by the laptop."""

from __future__ import annotations

from akimdesk.gui.qt import (
    QAction,
    QApplication,
    QColor,
    QKeySequence,
    QMenu,
    QPalette,
    QStyleFactory,
)
from akimdesk.gui.settings import DEFAULT_FONT_POINTS, FONT_POINTS_RANGE, LaptopSettings
from akimdesk.gui.translations import Retranslating

FONT_STEP = 1.0

# Black on white with dark, thick edges: the inline colours of messages (green, red) stay readable on it.
HIGH_CONTRAST_COLOURS = {
    QPalette.ColorRole.Window: "#ffffff", QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#e8e8e8",
    QPalette.ColorRole.Text: "#000000", QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000", QPalette.ColorRole.Highlight: "#00007a",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffcc",
    QPalette.ColorRole.ToolTipText: "#000000", QPalette.ColorRole.PlaceholderText: "#303030",
    QPalette.ColorRole.Mid: "#000000", QPalette.ColorRole.Dark: "#000000", QPalette.ColorRole.Shadow: "#000000",
}
HIGH_CONTRAST_DISABLED_TEXT = "#505050"
HIGH_CONTRAST_SHEET = (
    "QLineEdit, QSpinBox, QTimeEdit, QComboBox, QPlainTextEdit, QTextEdit { border: 2px solid #000000; padding: 2px; }"
    "QLineEdit:focus, QSpinBox:focus, QTimeEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus,"
    "QPushButton:focus, QCheckBox:focus { border: 3px solid #00007a; }"
    "QPushButton { border: 2px solid #000000; padding: 4px 10px; background: #ffffff; }"
    "QPushButton:disabled { border-color: #808080; }"
)


class Comfort:
    """Applies the laptop's text size and contrast to the whole application."""

    def __init__(self, app: QApplication, settings: LaptopSettings) -> None:
        self._app = app
        self.settings = settings
        self._normal_style = app.style().name()
        self._normal_palette = QPalette(app.palette())
        self.apply()

    @property
    def font_points(self) -> float:
        return self.settings.font_points

    def apply(self) -> None:
        font = self._app.font()
        font.setPointSizeF(self.settings.font_points)
        self._app.setFont(font)
        if self.settings.high_contrast:
            self._app.setStyle(QStyleFactory.create("Fusion"))
            palette = QPalette()
            for role, colour in HIGH_CONTRAST_COLOURS.items():
                palette.setColor(role, QColor(colour))
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(HIGH_CONTRAST_DISABLED_TEXT))
            self._app.setPalette(palette)
            self._app.setStyleSheet(HIGH_CONTRAST_SHEET)
        else:
            self._app.setStyle(QStyleFactory.create(self._normal_style))
            self._app.setPalette(self._normal_palette)
            self._app.setStyleSheet("")

    def change_font(self, step: float) -> None:
        """Make the text larger (step > 0), smaller (< 0), or back to normal (0)."""
        low, high = FONT_POINTS_RANGE
        points = DEFAULT_FONT_POINTS if step == 0 else min(max(self.settings.font_points + step, low), high)
        self.settings.font_points = points
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self.settings.high_contrast = on
        self.apply()


class ViewMenu(Retranslating, QMenu):
    """Larger and smaller text, normal size, high contrast."""

    def __init__(self, comfort: Comfort, parent=None) -> None:
        super().__init__(parent)
        self._comfort = comfort
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.larger_action.triggered.connect(lambda: self._comfort.change_font(FONT_STEP))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller_action.triggered.connect(lambda: self._comfort.change_font(-FONT_STEP))
        self.normal_action = QAction(self)
        self.normal_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_action.triggered.connect(lambda: self._comfort.change_font(0))
        self.contrast_action = QAction(self, checkable=True)
        self.contrast_action.setChecked(comfort.settings.high_contrast)
        self.contrast_action.toggled.connect(self._comfort.set_high_contrast)
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.contrast_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&View"))
        self.larger_action.setText(self.tr("Larger text"))
        self.smaller_action.setText(self.tr("Smaller text"))
        self.normal_action.setText(self.tr("Normal text size"))
        self.contrast_action.setText(self.tr("High contrast"))
