"""What every district page is: a page of the step window over the district's desk state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from akimdesk.core.errors import AkimdeskError
from akimdesk.gui.district.desk import DistrictDeskState
from akimdesk.gui.pages.base import Page
from akimdesk.gui.work import Report, run_job


class DistrictPage(Page):
    """A page whose desk is the district's (the shared page base and the job runner are typed for the station's)."""

    # The district's desk state has what the page base and the jobs use of a desk: the language and `busy`.
    _desk: DistrictDeskState  # type: ignore[assignment]

    def __init__(self, desk: DistrictDeskState, parent: Any = None) -> None:
        super().__init__(cast(Any, desk), parent)

    def _run(self, label: str, work: Callable[[Report], Any], on_done: Callable[[Any], None],
             on_failed: Callable[[AkimdeskError], None]) -> None:
        """Run `work` (which touches no database) in the background; `on_done` records on the interface thread."""
        run_job(cast(Any, self._desk), self, label, work, on_done, on_failed)
