"""Kazakh by default; Russian and English from the menu, at once and without a restart."""

from __future__ import annotations

from akimdesk.gui.main_window import CHECK_IN, STATION
from akimdesk.gui.qt import QApplication, QCoreApplication, Qt
from akimdesk.messages import render
from tests.conftest import ISSUER


def choose_language(window, name: str) -> None:
    action = next(a for a in window.language_menu.actions() if a.text() == name)
    action.trigger()
    # Twice: the language change first rewords, and the rewording then asks for a new layout.
    QApplication.processEvents()
    QApplication.processEvents()


def test_switching_language_rewords_what_is_on_screen(make_window, open_station, voter_iins, qtbot):
    window = make_window(open_station, actor=ISSUER)
    page = window.check_in_page
    qtbot.keyClicks(page.search_edit, "850315300128")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    seen = lambda: (window.nav_list.item(STATION).text(), window.nav_list.item(CHECK_IN).text(), page.issue_button.text(),  # noqa: E731
                    window.status_labels["state"].text(), window.language_menu.title())
    assert seen() == ("2. Учаске", "3. Бюллетень беру", "Бюллетень беру (Enter)", "Күйі: ашық", "&Тіл")
    assert page.banner_label.text() == render("voter-not-on-list", {}, "kk")

    choose_language(window, "Русский")
    assert seen() == ("2. Участок", "3. Выдача бюллетеней", "Выдать бюллетень (Enter)", "Состояние: открыт", "&Язык")
    assert page.banner_label.text() == render("voter-not-on-list", {}, "ru")
    assert "член комиссии" in window.member_bar.member_label.text()
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "ИИН"

    choose_language(window, "English")
    assert seen() == ("2. Station", "3. Check-in", "Issue the ballot (Enter)", "State: open", "&Language")
    assert page.banner_label.text() == render("voter-not-on-list", {}, "en")
    assert QApplication.focusWidget() is page.search_edit

    choose_language(window, "Қазақша")
    assert seen()[0] == "2. Учаске"


def test_qt_own_catalogue_is_loaded_with_the_app_catalogue(translations):
    for language, cancel in (("kk", "Бас тарту"), ("ru", "Отмена")):
        translations.switch(language)
        assert [p.name for p in translations.loaded] == [f"akimdesk_{language}.qm", f"qtbase_{language}.qm"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    translations.switch("en")
    assert translations.loaded == []
