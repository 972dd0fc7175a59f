"""The interface language: the app's own catalogue and Qt's, swapped at runtime without a restart."""

from __future__ import annotations

from pathlib import Path

from akimdesk.gui.qt import QCoreApplication, QEvent, QLibraryInfo, QTranslator
from akimdesk.messages import DEFAULT_LANGUAGE, LANGUAGES
from akimdesk.paths import resources_dir

# Each language is named in itself, so a chair can find their own in any interface language.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def translations_dir() -> Path:
    """The folder of the app's compiled catalogues (.qm)."""
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    """The folder of Qt's own catalogues shipped with PySide6."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Retranslating:
    """Mixin (listed before the Qt class) for a widget that sets its texts in `retranslate()`: Qt's language
    change then calls it again, so every text follows the interface language at once."""

    def retranslate(self) -> None:
        """Set every text of the widget in the interface language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt class listed after this mixin has it


class Translations:
    """Installs the catalogues of one language into the application; English needs none."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE
        self.loaded: list[Path] = []

    def switch(self, language: str) -> None:
        """Make `language` the interface language; Qt then sends every widget a LanguageChange event."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.language = language
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.loaded = []
        if language == "en":
            return
        for path in (translations_dir() / f"akimdesk_{language}.qm", qt_translations_dir() / f"qtbase_{language}.qm"):
            translator = QTranslator(self._app)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                self.loaded.append(path)
