"""The composition root: the clock, the store and the station and district services wired together."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from akimdesk.core.errors import BadInput
from akimdesk.recording import Clock, DrillClock
from akimdesk.station import Station
from akimdesk.storage.store import open_store

if TYPE_CHECKING:
    from akimdesk.district import DistrictDesk


def system_clock() -> dt.datetime:
    """The laptop's clock in UTC."""
    return dt.datetime.now(dt.UTC)


def clock_from_environment() -> Clock:
    """The laptop's clock, or the moment AKIMDESK_NOW pins (ISO time with offset) for a drill on a demo election.

    Tests in the same process pass their clock in instead; a real election refuses every write under a pinned
    clock (`drill-clock-real-election`)."""
    pinned = os.environ.get("AKIMDESK_NOW")
    if not pinned:
        return system_clock
    try:
        moment = dt.datetime.fromisoformat(pinned)
    except ValueError:
        raise BadInput("clock-setting-invalid", value=pinned) from None
    if moment.tzinfo is None:
        raise BadInput("clock-setting-invalid", value=pinned)
    return DrillClock(moment.astimezone(dt.UTC))


def open_district(path: Path, *, clock: Clock = system_clock) -> DistrictDesk:
    """Open the district database as its single writer, with the district desk over it."""
    from akimdesk.district import DistrictDesk

    return DistrictDesk.open(path, clock)


def open_station(path: Path, *, writable: bool, clock: Clock = system_clock) -> Station:
    """Open the station database as its single writer, or read-only beside the writer."""
    return Station(open_store(path, writable=writable), clock)
