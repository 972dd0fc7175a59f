"""Text size, high contrast and language are the laptop's own: chosen once, kept for the next start."""

from __future__ import annotations

import pytest

from akimdesk.gui.app import initial_language
from akimdesk.gui.comfort import Comfort
from akimdesk.gui.qt import QApplication, QPalette
from akimdesk.gui.settings import DEFAULT_FONT_POINTS, LaptopSettings
from tests.conftest import ISSUER
from tests.gui.test_languages import choose_language


@pytest.fixture
def window(make_window, open_station, qapp):
    """A check-in window; the laptop's look is put back afterwards for the tests that follow."""
    window = make_window(open_station, actor=ISSUER)
    yield window
    settings = window.comfort.settings
    settings.font_points = DEFAULT_FONT_POINTS
    settings.high_contrast = False
    Comfort(qapp, settings)


def test_larger_text_applies_at_once_and_is_kept_for_the_next_start(window):
    settings = window.comfort.settings
    before = window.check_in_page.hint_label.font().pointSizeF()
    window.view_menu.larger_action.trigger()
    window.view_menu.larger_action.trigger()
    QApplication.processEvents()
    assert window.check_in_page.hint_label.font().pointSizeF() == pytest.approx(before + 2)
    assert LaptopSettings(settings.path).font_points == pytest.approx(DEFAULT_FONT_POINTS + 2)
    window.view_menu.normal_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(DEFAULT_FONT_POINTS)


def test_high_contrast_makes_text_black_on_white_and_back(window, qapp):
    settings = window.comfort.settings
    window.view_menu.contrast_action.setChecked(True)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert disabled.lightness() < 100, "greyed-out text stays readable"
    assert LaptopSettings(settings.path).high_contrast
    window.view_menu.contrast_action.setChecked(False)
    assert not LaptopSettings(settings.path).high_contrast
    assert qapp.styleSheet() == ""


def test_the_chosen_language_is_the_next_start_language(window, monkeypatch):
    monkeypatch.delenv("AKIMDESK_LANG", raising=False)
    choose_language(window, "Русский")
    assert initial_language(LaptopSettings(window.comfort.settings.path)) == "ru"
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    assert initial_language(LaptopSettings(window.comfort.settings.path)) == "en"
    choose_language(window, "Қазақша")
