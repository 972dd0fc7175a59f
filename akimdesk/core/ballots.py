"""Who holds a ballot: the replay of the append-only issue and undo events of the check-ins."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from akimdesk.core.check_ins import BallotMode, CheckInKind


class CheckInEvent(NamedTuple):
    """What the replay needs of one check-in event; `check_in_id` orders the events.

    A named tuple rather than a dataclass: a bundle carries a thousand or more of them, made in a blink."""

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
        return self.by_mode[mode]

    @property
    def by_mode(self) -> dict[BallotMode, int]:
        """Ballots held per mode, every mode present."""
        counts = dict.fromkeys(BallotMode, 0)
        for held in self.modes.values():
            counts[held] += 1
        return counts


KINDS = {kind.value: kind for kind in CheckInKind}
MODES = {mode.value: mode for mode in BallotMode}


def check_in_event(check_in_id: int, voter_id: int, kind: str, mode: str | None) -> CheckInEvent:
    """An event from its recorded values (a kind or mode outside the enumerations is refused with KeyError)."""
    return CheckInEvent(check_in_id, voter_id, KINDS[kind], None if mode is None else MODES[mode])


def ballot_holders(events: Iterable[CheckInEvent]) -> BallotHolders:
    """Replay the events in `check_in_id` order: a voter's newest event says whether the voter holds a ballot."""
    held: dict[int, BallotMode] = {}
    for event in sorted(events, key=lambda e: e.check_in_id):
        if event.kind == CheckInKind.ISSUE:
            held[event.voter_id] = event.mode if event.mode is not None else BallotMode.STATION
        else:
            held.pop(event.voter_id, None)
    return BallotHolders(held)
