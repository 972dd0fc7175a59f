"""What the station's day hands to the shells besides voters and turnout: status, outcomes, members, PINs."""

from __future__ import annotations

from dataclasses import dataclass

from akimdesk.core.check_ins import StationState
from akimdesk.core.election import MemberRole


@dataclass(frozen=True)
class ElectionTitle:
    """The election's title in both languages of the papers and the window."""

    kk: str
    ru: str


@dataclass(frozen=True)
class VoterListInfo:
    """The voter list in force and how many rows it was imported with."""

    list_id: int
    rows: int


@dataclass(frozen=True)
class StationStatus:
    """What the status bar shows: state, desk and audit head; the election's facts once one is loaded."""

    state: StationState
    device_id: str
    database: str
    audit_head: str | None
    election_id: str | None = None
    is_demo: bool = False
    title: ElectionTitle | None = None
    date: str | None = None
    precinct: str | None = None
    package_version: int | None = None
    voter_list: VoterListInfo | None = None
    ballots_left: int | None = None
    last_backup: str | None = None


@dataclass(frozen=True)
class StationOpened:
    """The opening as recorded: ballots received and the laptop's local time the chair confirmed."""

    state: StationState
    ballots_received: int
    laptop_time: str


@dataclass(frozen=True)
class StationClosed:
    """The closing as recorded, with the ballots issued by then."""

    state: StationState
    issued_station: int
    issued_mobile: int


@dataclass(frozen=True)
class MobileRequestRecorded:
    """A mobile-box request just recorded."""

    request_id: int
    voter_id: int
    at: str


@dataclass(frozen=True)
class MobileRequest:
    """A voter's mobile-box request as the desk shows it."""

    at_local: str
    reason: str
    member_id: str
    is_late: bool


@dataclass(frozen=True)
class MemberSignIn:
    """A member as the lock screen lists them: whether they have a PIN and how long they must wait."""

    member_id: str
    name: str
    role: MemberRole
    has_pin: bool
    wait_seconds: int


@dataclass(frozen=True)
class PinStored:
    """A member's PIN set by the chair or reset with the commission passphrase."""

    member: str
    name: str


@dataclass(frozen=True)
class AutoLockSetting:
    """Idle minutes before the desk's screen locks itself."""

    minutes: int
