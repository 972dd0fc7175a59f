"""The district's sum of a race: totals over the newest accepted protocols, the leader, and flags to review."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from akimdesk.core.turnout import turnout_percent

RECOUNTED_LINES = ("voters_listed", "ballots_issued_station", "ballots_issued_mobile")
AGAINST_ALL = "votes_against_all"

# Race-wide flags come first, then each precinct's in the race's order, then the voters'.
_GROUP = {"race": 0, "precinct": 1, "voter": 2}


@dataclass(frozen=True)
class PrecinctResult:
    """One accepted protocol of a precinct, with what the district recounted from its raw events."""

    precinct: str
    version: int
    data: Mapping[str, Any]
    raw_figures: Mapping[str, int] | None = None
    ballot_iins: frozenset[str] = frozenset()


class FlagCode(StrEnum):
    """What the district must look at; each code is a message in the catalogues."""

    RACE_SINGLE_CANDIDATE = "race-single-candidate"
    RACE_TIE = "race-tie"
    RACE_AGAINST_ALL_HIGHEST = "race-against-all-highest"
    PRECINCT_OTHER_ELECTION = "precinct-other-election"
    PRECINCT_VERSION_CONFLICT = "precinct-version-conflict"
    PRECINCT_BUNDLE_CONFLICT = "precinct-bundle-conflict"
    PRECINCT_MISSING = "precinct-missing"
    PRECINCT_UNEXPECTED = "precinct-unexpected"
    PRECINCT_AMENDED = "precinct-amended"
    PRECINCT_RATIO_OVERRIDDEN = "precinct-ratio-overridden"
    PRECINCT_RATIO_FAILED = "precinct-ratio-failed"
    PRECINCT_RECOUNT_DIFFERS = "precinct-recount-differs"
    VOTER_IN_SEVERAL_PRECINCTS = "voter-in-several-precincts"


@dataclass(frozen=True)
class Flag:
    """Something the district must look at: a stable code and its parameters."""

    code: FlagCode
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def precinct(self) -> str | None:
        """The precinct the flag is about, if any."""
        precinct = self.params.get("precinct")
        return None if precinct is None else str(precinct)


@dataclass(frozen=True)
class SummedLine:
    """One protocol line summed over the counted protocols."""

    key: str
    number: str
    label: Mapping[str, str]
    total: int


@dataclass(frozen=True)
class CandidateTotal:
    """One candidate in ballot order with the votes summed over the counted protocols."""

    id: str
    label: Mapping[str, str]
    votes: int
    is_withdrawn: bool


@dataclass(frozen=True)
class Turnout:
    """Listed voters, ballots issued (station and mobile) and the percentage (None with no listed voters)."""

    listed: int
    issued: int
    percent: Decimal | None


@dataclass(frozen=True)
class RaceSummary:
    """The race's totals, candidates, leader, turnout and flags, as the district sees them."""

    election_id: str
    expected_precincts: tuple[str, ...]
    reported: tuple[str, ...]
    missing: tuple[str, ...]
    totals: Mapping[str, int]
    lines: tuple[SummedLine, ...]
    candidates: tuple[CandidateTotal, ...]
    leader: str | None
    turnout: Turnout
    flags: tuple[Flag, ...]

    def line(self, key: str) -> SummedLine | None:
        """The summed line `key`, if any counted protocol has it."""
        return next((line for line in self.lines if line.key == key), None)


def iin_reference(iin: str) -> str:
    """A short stable reference to an IIN that does not show the IIN itself."""
    return hashlib.sha256(iin.encode("utf-8")).hexdigest()[:8]


def aggregate_race(
    election_id: str,
    expected_precincts: Sequence[str],
    results: Sequence[PrecinctResult],
) -> RaceSummary:
    """Sum the newest protocol of every precinct of the race and flag what code must not decide."""
    expected = tuple(dict.fromkeys(expected_precincts))
    flags: list[Flag] = []
    other = sorted({r.precinct for r in results if r.data.get("election_id") != election_id})
    flags.extend(Flag(FlagCode.PRECINCT_OTHER_ELECTION, {"precinct": p}) for p in other)

    chosen, conflicts = _newest(r for r in results if r.data.get("election_id") == election_id)
    flags.extend(Flag(FlagCode.PRECINCT_VERSION_CONFLICT, {"precinct": p, "version": v}) for p, v in conflicts.items())
    unexpected = sorted(set(chosen) - set(expected))
    reported = tuple(p for p in expected if p in chosen) + tuple(unexpected)
    missing = tuple(p for p in expected if p not in chosen)
    flags.extend(Flag(FlagCode.PRECINCT_MISSING, {"precinct": p}) for p in missing)
    flags.extend(Flag(FlagCode.PRECINCT_UNEXPECTED, {"precinct": p}) for p in unexpected)

    counted = [chosen[p][0] for p in reported]
    for precinct in reported:
        result, amended = chosen[precinct]
        flags.extend(_precinct_flags(result, amended))

    lines = _lines(counted)
    totals = _totals(counted, lines)
    candidates = _candidates(counted, totals)
    leader, race_flags = _winner(candidates, totals.get(AGAINST_ALL, 0))
    flags.extend(race_flags)
    flags.extend(_voters_in_several(counted))

    order = {p: i for i, p in enumerate(expected + tuple(unexpected) + tuple(p for p in other if p not in chosen))}
    return RaceSummary(
        election_id=election_id,
        expected_precincts=expected,
        reported=reported,
        missing=missing,
        totals=totals,
        lines=tuple(SummedLine(key, number, label, totals.get(key, 0)) for key, (number, label) in lines.items()),
        candidates=candidates,
        leader=leader,
        turnout=_turnout(totals),
        flags=tuple(sorted(flags, key=lambda f: flag_key(f, order))),
    )


def _newest(results: Iterable[PrecinctResult]) -> tuple[dict[str, tuple[PrecinctResult, bool]], dict[str, int]]:
    """The highest version per precinct with whether it was amended, and precincts whose newest versions disagree."""
    by_precinct: dict[str, list[PrecinctResult]] = {}
    for result in results:
        by_precinct.setdefault(result.precinct, []).append(result)
    chosen: dict[str, tuple[PrecinctResult, bool]] = {}
    conflicts: dict[str, int] = {}
    for precinct, versions in by_precinct.items():
        top = max(r.version for r in versions)
        newest = [r for r in versions if r.version == top]
        if any(r.data != newest[0].data for r in newest[1:]):
            # Two different protocols under one version number: the district decides, not the sum.
            conflicts[precinct] = top
            continue
        amended = len(versions) > len(newest) or top > 1 or bool(newest[0].data.get("amends"))
        chosen[precinct] = (newest[0], amended)
    return chosen, conflicts


def _precinct_flags(result: PrecinctResult, amended: bool) -> list[Flag]:
    """Flags raised by one counted protocol: amendment, overrides, failed ratios and recount differences."""
    precinct, data = result.precinct, result.data
    flags: list[Flag] = []
    if amended:
        flags.append(Flag(FlagCode.PRECINCT_AMENDED, {"precinct": precinct, "version": result.version}))
    overridden = tuple(dict.fromkeys(str(o.get("ratio")) for o in data.get("overrides") or ()))
    if overridden:
        flags.append(Flag(FlagCode.PRECINCT_RATIO_OVERRIDDEN,
                          {"precinct": precinct, "ratios": overridden, "version": result.version}))
    for ratio in data.get("ratios") or ():
        # Older protocol files name the severity "kind".
        severity = ratio.get("severity", ratio.get("kind"))
        if ratio.get("ok") is False and severity in ("hard", "soft"):
            flags.append(Flag(FlagCode.PRECINCT_RATIO_FAILED, {"precinct": precinct, "ratio": ratio.get("id")}))
    if result.raw_figures is not None:
        values = {line.get("key"): line.get("value") for line in data.get("lines") or ()}
        for key in RECOUNTED_LINES:
            if key in values and key in result.raw_figures and values[key] != result.raw_figures[key]:
                flags.append(Flag(FlagCode.PRECINCT_RECOUNT_DIFFERS, {
                    "precinct": precinct, "line": key, "protocol": values[key], "events": result.raw_figures[key]}))
    return flags


def _lines(counted: Sequence[PrecinctResult]) -> dict[str, tuple[str, dict[str, str]]]:
    """Every line key with its number and label, in the first counted protocol's order."""
    lines: dict[str, tuple[str, dict[str, str]]] = {}
    for result in counted:
        for line in result.data.get("lines") or ():
            if line.get("key") not in lines:
                lines[line["key"]] = (str(line.get("number", "")), dict(line.get("label") or {}))
    return lines


def _totals(counted: Sequence[PrecinctResult], lines: Mapping[str, Any]) -> dict[str, int]:
    """The sum of every line over the counted protocols; a blank value adds nothing."""
    totals = dict.fromkeys(lines, 0)
    for result in counted:
        for line in result.data.get("lines") or ():
            value = line.get("value")
            if isinstance(value, int) and not isinstance(value, bool):
                totals[line["key"]] += value
    return totals


def _candidates(counted: Sequence[PrecinctResult], totals: Mapping[str, int]) -> tuple[CandidateTotal, ...]:
    """Each candidate in ballot order with the summed votes; withdrawn if any counted protocol says so."""
    found: dict[str, list[Any]] = {}
    for result in counted:
        for line in result.data.get("lines") or ():
            cid = line.get("candidate_id")
            if not cid:
                continue
            if cid not in found:
                found[cid] = [dict(line.get("label") or {}), totals.get(line["key"], 0), False]
            found[cid][2] = found[cid][2] or bool(line.get("is_withdrawn"))
    return tuple(CandidateTotal(cid, label, votes, withdrawn) for cid, (label, votes, withdrawn) in found.items())


def _winner(candidates: Sequence[CandidateTotal], against_all: int) -> tuple[str | None, list[Flag]]:
    """The relative-majority leader among standing candidates, and the cases left to the district."""
    standing = [(c.id, c.votes) for c in candidates if not c.is_withdrawn]
    flags: list[Flag] = []
    if len(standing) == 1:
        flags.append(Flag(FlagCode.RACE_SINGLE_CANDIDATE, {"candidate": standing[0][0]}))
    top = max((votes for _cid, votes in standing), default=0)
    if top <= 0:
        if against_all > 0:
            flags.append(Flag(FlagCode.RACE_AGAINST_ALL_HIGHEST, {"against": against_all, "leader_votes": 0}))
        return None, flags
    leaders = tuple(cid for cid, votes in standing if votes == top)
    leader = leaders[0] if len(leaders) == 1 else None
    if leader is None:
        flags.append(Flag(FlagCode.RACE_TIE, {"candidates": leaders, "votes": top}))
    if against_all >= top:
        flags.append(Flag(FlagCode.RACE_AGAINST_ALL_HIGHEST, {"against": against_all, "leader_votes": top}))
    return leader, flags


def _voters_in_several(counted: Sequence[PrecinctResult]) -> list[Flag]:
    """Every IIN holding a ballot in more than one counted precinct, named only by its reference."""
    seen: set[str] = set()
    several: set[str] = set()
    # Set operations run in C: a thousand precincts of 1,500 voters take a fraction of a second.
    for result in counted:
        several |= seen.intersection(result.ballot_iins)
        seen |= result.ballot_iins
    if not several:
        return []
    where: dict[str, list[str]] = {}
    for result in counted:
        for iin in several.intersection(result.ballot_iins):
            where.setdefault(iin, []).append(result.precinct)
    return [Flag(FlagCode.VOTER_IN_SEVERAL_PRECINCTS, {"iin_ref": iin_reference(iin), "precincts": tuple(precincts)})
            for iin, precincts in where.items()]


def _turnout(totals: Mapping[str, int]) -> Turnout:
    """Listed voters, ballots issued (station and mobile) and the percentage by the one turnout rule."""
    listed = totals.get("voters_listed", 0)
    issued = totals.get("ballots_issued_station", 0) + totals.get("ballots_issued_mobile", 0)
    return Turnout(listed, issued, turnout_percent(issued, listed))


def flag_key(flag: Flag, order: Mapping[str, int]) -> tuple[int, int, str, str, str]:
    """A total order on flags: race first, then precincts in the race's order, then voters."""
    group = _GROUP[flag.code.split("-", 1)[0]]
    precinct = flag.params.get("precinct")
    position = order.get(precinct, len(order)) if precinct is not None else -1
    return group, position, str(precinct or ""), flag.code, repr(sorted(flag.params.items()))
