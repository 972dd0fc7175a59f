"""The composition root: the clock, the store and the station service wired together."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from akimdesk.core.errors import BadInput
from akimdesk.station import Station
from akimdesk.storage.store import open_store


def system_clock() -> dt.datetime:
    """The laptop's clock in UTC; AKIMDESK_NOW pins it (ISO time with offset) for drills and tests."""
    pinned = os.environ.get("AKIMDESK_NOW")
    if pinned:
        try:
            moment = dt.datetime.fromisoformat(pinned)
        except ValueError:
            raise BadInput("clock-setting-invalid", value=pinned) from None
        if moment.tzinfo is None:
            raise BadInput("clock-setting-invalid", value=pinned)
        return moment.astimezone(dt.UTC)
    return dt.datetime.now(dt.UTC)


def open_district(path: Path, *, clock=system_clock) -> Any:
    """Open the district database as its single writer, with the district desk over it."""
    from akimdesk.district import DistrictDesk

    return DistrictDesk.open(path, clock)


def open_station(path: Path, *, writable: bool, clock=system_clock) -> Station:
    """Open the station database as its single writer, or read-only beside the writer."""
    return Station(open_store(path, writable=writable), clock)
