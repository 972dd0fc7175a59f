"""Election-day time: UTC timestamps as stored, local hours as the election defines them."""

from __future__ import annotations

import datetime as dt
import zoneinfo

UTC = dt.UTC


def utc_text(moment: dt.datetime) -> str:
    """A fixed-width UTC timestamp that sorts as text in time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc_text(text: str) -> dt.datetime:
    """The moment a stored timestamp names."""
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def local_moment(day: dt.date, hour: dt.time, time_zone: str) -> dt.datetime:
    """The instant of `hour` on `day` in the election's time zone."""
    return dt.datetime.combine(day, hour, tzinfo=zoneinfo.ZoneInfo(time_zone))


def to_local(moment: dt.datetime, time_zone: str) -> dt.datetime:
    """The same instant on the election's clock."""
    return moment.astimezone(zoneinfo.ZoneInfo(time_zone))
