"""The district commission's window: its steps on the left, the language menu, the database below."""

from __future__ import annotations

from akimdesk.gui.comfort import Comfort
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.district.import_page import ImportPage
from akimdesk.gui.district.keys_page import KeysPage
from akimdesk.gui.district.packages_page import PackagesPage
from akimdesk.gui.district.precincts_page import PrecinctsPage
from akimdesk.gui.district.race_page import RacePage
from akimdesk.gui.district.report_page import ReportPage
from akimdesk.gui.pages.base import Page
from akimdesk.gui.step_window import StepWindow
from akimdesk.gui.translations import Translations

# The district's steps in the order it meets them; Ctrl+1.. go to each.
KEYS, PACKAGES, IMPORT, RACE, PRECINCTS, REPORT = range(6)
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1180, 760


class DistrictWindow(StepWindow):
    """The district desk's one window over its own database."""

    STATUS_KEYS = ("district", "race", "database")
    _desk: DistrictDeskState
    NAV_WIDTH = 265

    def __init__(self, desk: DistrictDeskState, translations: Translations, comfort: Comfort | None = None,
                 parent=None) -> None:
        super().__init__(desk, translations, comfort, parent)
        for page in self.page_list:
            page.records_changed.connect(self._on_page_records_changed)
        self._open_first_step(DEFAULT_WIDTH, DEFAULT_HEIGHT)

    def _make_pages(self) -> list[Page]:
        desk = self._desk
        self.keys_page = KeysPage(desk)
        self.packages_page = PackagesPage(desk)
        self.import_page = ImportPage(desk)
        self.race_page = RacePage(desk)
        self.precincts_page = PrecinctsPage(desk)
        self.report_page = ReportPage(desk)
        return [self.keys_page, self.packages_page, self.import_page, self.race_page, self.precincts_page,
                self.report_page]

    def _update_title(self) -> None:
        title = self.tr("akimdesk — district election commission")
        if self._desk.is_initialised():
            title += f" — {self._desk.district.keys().name}"
        race = self._desk.race()
        if race is not None and race.is_demo:
            title += " [DEMO]"
        self.setWindowTitle(title)

    def _fill_status(self) -> None:
        labels = self.status_labels
        path = str(self._desk.district.database_path)
        labels["database"].setText(self.tr("District database: {file}").format(file=path))
        labels["database"].setToolTip(path)
        initialised = self._desk.is_initialised()
        labels["district"].setText(self._desk.district.keys().name if initialised else
                                   self.tr("No district keys yet"))
        race = self._desk.race()
        summary = self._desk.summary()
        if race is not None and summary is not None:
            labels["race"].setText(self.tr("Precincts counted: {reported} of {expected}").format(
                reported=len(summary.reported), expected=len(summary.expected_precincts)))
        labels["race"].setVisible(race is not None)

    def _step_for_state(self) -> int:
        """The page the district most likely wants now."""
        if not self._desk.is_initialised():
            return KEYS
        return PACKAGES if self._desk.race() is None else RACE

    def _on_page_records_changed(self) -> None:
        self._desk.forget()
        self.refresh()
        self.retranslate()
