"""Who holds a ballot: the replay of the append-only issue and undo events of the check-ins."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class CheckInKind(StrEnum):
    """A check-in event issues a ballot, or undoes an earlier issue."""

    ISSUE = "issue"
    UNDO = "undo"


class BallotMode(StrEnum):
    """Where a ballot was issued: in the station or from the mobile box."""

    STATION = "station"
    MOBILE = "mobile"


@dataclass(frozen=True)
class CheckInEvent:
    """What the replay needs of one check-in event; `check_in_id` orders the events."""

    check_in_id: int
    voter_id: int
    kind: CheckInKind
    mode: BallotMode | None = None


@dataclass(frozen=True)
class BallotHolders:
    """The voters holding a ballot now, each with the mode of the issue that gave it."""

    modes: Mapping[int, BallotMode]

    @property
    def voter_ids(self) -> frozenset[int]:
        """The voters holding a ballot."""
        return frozenset(self.modes)

    def count(self, mode: BallotMode) -> int:
        """Ballots held that were issued in `mode`."""
        return sum(1 for held in self.modes.values() if held == mode)

    @property
    def by_mode(self) -> dict[BallotMode, int]:
        """Ballots held per mode, every mode present."""
        return {mode: self.count(mode) for mode in BallotMode}


def ballot_holders(events: Iterable[CheckInEvent]) -> BallotHolders:
    """Replay the events in `check_in_id` order: a voter's newest event says whether the voter holds a ballot."""
    held: dict[int, BallotMode] = {}
    for event in sorted(events, key=lambda e: e.check_in_id):
        if event.kind == CheckInKind.ISSUE:
            held[event.voter_id] = BallotMode(event.mode) if event.mode is not None else BallotMode.STATION
        else:
            held.pop(event.voter_id, None)
    return BallotHolders(held)
