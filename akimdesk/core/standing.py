"""Where each precinct of a race stands for the district: received, amended, conflicting or missing.

A precinct in conflict has sent two different protocols under one version number, or two different bundles under
one bundle number. The district cannot tell which one is true, so such a precinct is never counted: its figures stay
out of the race totals, flagged, until the district commission resolves the conflict. It has reported, so it is
not missing either. The window's precinct list and the summary paper both take the status from here.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from akimdesk.core.aggregate import Flag, FlagCode, PrecinctResult, RaceSummary, aggregate_race, flag_key


class StandingKind(StrEnum):
    """Where a precinct stands for the district."""

    RECEIVED = "received"
    AMENDED = "amended"
    CONFLICTING = "conflicting"
    MISSING = "missing"


RECEIVED, AMENDED, CONFLICTING, MISSING = (StandingKind.RECEIVED, StandingKind.AMENDED, StandingKind.CONFLICTING,
                                           StandingKind.MISSING)
STATUSES = tuple(StandingKind)
CONFLICT_CODES = frozenset({FlagCode.PRECINCT_VERSION_CONFLICT, FlagCode.PRECINCT_BUNDLE_CONFLICT})


@dataclass(frozen=True)
class PrecinctStanding:
    """One precinct of the race: its status and every flag raised for it."""

    precinct: str
    status: StandingKind
    flags: tuple[Flag, ...] = ()

    @property
    def is_counted(self) -> bool:
        """Whether the precinct's figures are in the race totals."""
        return self.status in (RECEIVED, AMENDED)


def sum_race(
    election_id: str,
    expected_precincts: Sequence[str],
    results: Sequence[PrecinctResult],
    bundle_conflicts: Mapping[str, Collection[int]] | None = None,
) -> RaceSummary:
    """The race summed without the precincts in conflict, each of them flagged and neither counted nor missing.

    `bundle_conflicts` names, per precinct, the bundle numbers under which two different bundles arrived.
    """
    held = {p: tuple(sorted(set(numbers))) for p, numbers in (bundle_conflicts or {}).items() if numbers}
    summary = aggregate_race(election_id, expected_precincts, [r for r in results if r.precinct not in held])
    flags = [Flag(FlagCode.PRECINCT_BUNDLE_CONFLICT, {"precinct": p, "sequences": numbers})
             for p, numbers in held.items()]
    flags += summary.flags
    conflicting = {f.precinct for f in flags if f.code in CONFLICT_CODES}
    # The sum could not count a precinct in conflict, but the precinct did report: it is not "missing".
    flags = [f for f in flags if not (f.code == FlagCode.PRECINCT_MISSING and f.precinct in conflicting)]
    # The sum's own order of flags, so that a held-out precinct's flag stands where the race's order puts it.
    order = {p: i for i, p in enumerate(dict.fromkeys(summary.expected_precincts + summary.reported + tuple(held)))}
    return replace(
        summary,
        missing=tuple(p for p in summary.missing if p not in conflicting),
        flags=tuple(sorted(flags, key=lambda f: flag_key(f, order))),
    )


def precinct_standings(summary: RaceSummary) -> tuple[PrecinctStanding, ...]:
    """Every precinct of the race in its order (then any other one a flag names) with its status and flags."""
    flags: dict[str, list[Flag]] = {}
    for flag in summary.flags:
        if flag.precinct:
            flags.setdefault(flag.precinct, []).append(flag)
    standings = []
    for precinct in dict.fromkeys(summary.expected_precincts + summary.reported + tuple(flags)):
        found = tuple(flags.get(precinct, ()))
        if any(f.code in CONFLICT_CODES for f in found):
            status = CONFLICTING
        elif precinct not in summary.reported:
            status = MISSING
        elif any(f.code == FlagCode.PRECINCT_AMENDED for f in found):
            status = AMENDED
        else:
            status = RECEIVED
        standings.append(PrecinctStanding(precinct, status, found))
    return tuple(standings)
