"""What the station service hands to the shells: voters, check-in results, turnout figures."""

from __future__ import annotations

from dataclasses import dataclass

from akimdesk.core.check_ins import BallotMode, CheckInKind, PriorBallot
from akimdesk.core.turnout import turnout_percent


@dataclass(frozen=True)
class Voter:
    """A voter as the desk shows them, with where their ballot stands."""

    voter_id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: str
    address: str
    book: str
    iin_problem: str | None
    added_reason: str | None
    ballot: PriorBallot | None
    has_absentee_certificate: bool

    @property
    def full_name(self) -> str:
        """Surname, given name and patronymic."""
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass(frozen=True)
class CheckInResult:
    """A ballot issued (or an issue undone)."""

    check_in_id: int
    voter: Voter
    kind: CheckInKind
    mode: BallotMode | None
    at: str
    at_local: str
    device_id: str
    device_seq: int
    ballots_left: int


@dataclass(frozen=True)
class TurnoutFigures:
    """Turnout at one moment: listed includes voters added on the day."""

    at_local: str | None
    listed: int
    added: int
    issued_station: int
    issued_mobile: int

    @property
    def issued(self) -> int:
        """Ballots held by voters."""
        return self.issued_station + self.issued_mobile

    @property
    def percent(self) -> float:
        """Share of listed voters who have received a ballot, rounded by the one turnout rule (half up)."""
        return float(turnout_percent(self.issued, self.listed) or 0)
