"""Check-in rules: one ballot per voter, station states, mobile box and absentee certificates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from akimdesk.core.errors import RuleRefused
from akimdesk.core.names import search_form


class StationState(StrEnum):
    """Where the station's day stands, derived from what has been recorded."""

    EMPTY = "empty"
    SETUP = "setup"
    OPEN = "open"
    CLOSED = "closed"
    COUNTING = "counting"
    FINALISED = "finalised"


class CheckInKind(StrEnum):
    """A check-in either issues a ballot or undoes an earlier issue."""

    ISSUE = "issue"
    UNDO = "undo"


class BallotMode(StrEnum):
    """Where the voter received the ballot: at the station or from the mobile box."""

    STATION = "station"
    MOBILE = "mobile"


STATES = tuple(StationState)
DOCUMENT_TYPES = ("id-card", "passport")
ADDED_REASONS = ("absentee-certificate", "address-certificate", "court-decision", "other")


@dataclass(frozen=True)
class PriorBallot:
    """The check-in that gave a voter their ballot: shown when someone asks for a second."""

    check_in_id: int
    at: str
    at_local: str
    device_id: str
    member_id: str
    member_name: str
    mode: BallotMode


def station_state(
    has_election: bool, station_events: Sequence[dict[str, Any]], protocol: tuple[int, bool] | None = None
) -> StationState:
    """The station's state from what has been recorded; `protocol` is (newest version, is it finalised)."""
    if not has_election:
        return StationState.EMPTY
    if not station_events:
        return StationState.SETUP
    state = StationState(station_events[-1]["state"])
    if state == StationState.CLOSED and protocol is not None:
        return StationState.FINALISED if protocol[1] else StationState.COUNTING
    return state


def require_state(state: str, allowed: Sequence[str], action: str) -> None:
    """Refuse an action the station's state does not allow."""
    if state not in allowed:
        raise RuleRefused(f"station-{state}", action=action)


def check_ballot_allowed(
    *,
    prior: PriorBallot | None,
    has_absentee_certificate: bool,
    ballots_left: int,
) -> None:
    """Refuse a ballot for a voter who already has one, or who may not vote here."""
    if prior is not None:
        raise RuleRefused(
            "ballot-already-issued",
            at=prior.at,
            at_local=prior.at_local,
            device=prior.device_id[:8],
            member=prior.member_id,
            member_name=prior.member_name,
            mode=prior.mode,
        )
    if has_absentee_certificate:
        raise RuleRefused("voter-has-absentee-certificate")
    if ballots_left <= 0:
        raise RuleRefused("ballots-exhausted")


def check_mobile_ballot(
    *, has_request: bool, carriers: Sequence[str], member_ids: Sequence[str]
) -> None:
    """A mobile-box ballot needs a request and two different commission members carrying the box."""
    if not has_request:
        raise RuleRefused("mobile-request-missing")
    if len(carriers) != 2 or carriers[0] == carriers[1]:
        raise RuleRefused("mobile-carriers-needed")
    for carrier in carriers:
        if carrier not in member_ids:
            raise RuleRefused("actor-unknown", member=carrier)


def check_helper(helper_name: str | None, member_names: Sequence[str]) -> None:
    """A helper may not be a member of the commission."""
    if helper_name is None:
        return
    if not helper_name.strip():
        raise RuleRefused("helper-name-empty")
    folded = search_form(helper_name)
    if any(search_form(name) == folded for name in member_names):
        raise RuleRefused("helper-is-member", helper=helper_name)


def check_document(document_type: str | None, number: str | None) -> None:
    """An ID document is an identity card or a passport, with a number."""
    if document_type is None and number is None:
        return
    if document_type not in DOCUMENT_TYPES:
        raise RuleRefused("document-type-unknown", type=document_type or "")
    if not number or not number.strip():
        raise RuleRefused("document-number-empty")


def check_mobile_deadline(
    now_local: dt.datetime, election_date: dt.date, deadline: dt.time, override_reason: str | None
) -> None:
    """Requests come in until the deadline on election day, later only with a recorded reason."""
    late = now_local.date() > election_date or (
        now_local.date() == election_date and now_local.time() >= deadline
    )
    if late and not (override_reason and override_reason.strip()):
        raise RuleRefused("mobile-deadline-passed", deadline=deadline.strftime("%H:%M"))


def check_absentee_deadline(
    now_local: dt.datetime, election_date: dt.date, deadline: dt.time
) -> None:
    """Absentee certificates are issued until the deadline on the day before the election."""
    last_day = election_date - dt.timedelta(days=1)
    if now_local.date() > last_day or (now_local.date() == last_day and now_local.time() >= deadline):
        raise RuleRefused("absentee-deadline-passed", deadline=deadline.strftime("%H:%M"))


def check_close_time(
    now_local: dt.datetime, election_date: dt.date, polls_close: dt.time, override_reason: str | None
) -> None:
    """The station closes at the end of voting; earlier only with a recorded reason."""
    early = now_local.date() < election_date or (
        now_local.date() == election_date and now_local.time() < polls_close
    )
    if early and not (override_reason and override_reason.strip()):
        raise RuleRefused("close-before-hour", hour=polls_close.strftime("%H:%M"))


def check_added_reason(reason: str, detail: str | None) -> None:
    """An added voter needs a known reason; a certificate or other reason needs its detail."""
    if reason not in ADDED_REASONS:
        raise RuleRefused("added-reason-unknown", reason=reason)
    if reason in ("absentee-certificate", "other", "court-decision") and not (detail and detail.strip()):
        raise RuleRefused("added-detail-needed", reason=reason)
