"""What every page works with: the station, the clock, the interface language and the acting member."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from akimdesk.core.errors import AkimdeskError
from akimdesk.core.timeline import to_local
from akimdesk.messages import DEFAULT_LANGUAGE, render
from akimdesk.station import Clock, Station


@dataclass
class Desk:
    """The shared, explicitly passed state of one open window."""

    station: Station
    clock: Clock
    language: str = DEFAULT_LANGUAGE
    actor: str | None = None
    # Background jobs running on the shared database connection (see gui.work); the clock skips reads meanwhile.
    busy: int = 0

    def say(self, code: str, params: dict[str, Any] | None = None) -> str:
        """A catalogue message in the interface language, with local moments written as the commission
        writes them (DD.MM.YYYY HH:MM)."""
        shown = {key: show_moment(value) if key.endswith("at_local") and isinstance(value, str) else value
                 for key, value in (params or {}).items()}
        return render(code, shown, self.language)

    def explain(self, error: AkimdeskError) -> str:
        """A refusal or bad input as the core words it, in the interface language."""
        return self.say(error.code, error.params)

    def local_now(self) -> dt.datetime:
        """The station clock in the election's time zone (the laptop's zone before an election is loaded)."""
        now = self.clock()
        if self.station.has_election():
            return to_local(now, self.station.election().time_zone)
        return now.astimezone()


def show_date(iso_date: str) -> str:
    """An ISO date as the commission writes it: DD.MM.YYYY."""
    try:
        return dt.date.fromisoformat(iso_date).strftime("%d.%m.%Y")
    except ValueError:
        return iso_date


_LOCAL_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def show_moment(local: str | None) -> str:
    """A local "YYYY-MM-DD HH:MM[:SS]" as the commission writes it: DD.MM.YYYY HH:MM (other text as it is)."""
    if not local:
        return ""
    if not _LOCAL_MOMENT.match(local):
        return local
    return f"{show_date(local[:10])} {local[11:16]}"
