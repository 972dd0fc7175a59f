"""The station service: every use case of the precinct desk, called by the CLI and the GUI alike."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core import check_ins as rules
from akimdesk.core.audit import next_event
from akimdesk.core.election import Election, package_update_changes, parse_election
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.iin import iin_problem, looks_like_iin
from akimdesk.core.names import search_tokens, tidy_name
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import local_moment, parse_utc_text, to_local, utc_text
from akimdesk.core.voters import VoterRow
from akimdesk.signing.keys import (
    DEFAULT_SCRYPT_N,
    certificate_to_pem,
    check_new_passphrase,
    encrypt_private_key,
)
from akimdesk.signing.package import (
    check_precinct_identity,
    read_verified_package,
    unlock_handover_key,
)
from akimdesk.storage.audit_rows import RowsDigest, row_digest, verify_store
from akimdesk.storage.store import Store
from akimdesk.voter_files import load_voter_list

Clock = Callable[[], dt.datetime]
SEARCH_LIMIT = 50


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
    ballot: rules.PriorBallot | None
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
    kind: str
    mode: str | None
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
        """Share of listed voters who have received a ballot."""
        return round(100.0 * self.issued / self.listed, 2) if self.listed else 0.0


class Station:
    """One precinct desk over one open store."""

    def __init__(self, store: Store, clock: Clock, *, key_cost: int = DEFAULT_SCRYPT_N) -> None:
        self.store = store
        self.clock = clock
        self.key_cost = key_cost
        self._election: Election | None = None
        if store.is_writable and store.setting("device_id") is None:
            self._create_device()

    # reading
    @property
    def device_id(self) -> str:
        """This laptop's random desk id."""
        return self.store.setting("device_id") or ""

    def election(self) -> Election:
        """The loaded election, or a refusal when none is loaded."""
        if self._election is None:
            row = self.store.current_package()
            if row is None:
                raise RuleRefused("election-not-loaded")
            self._election = parse_election(json.loads(row["content"]))
        return self._election

    def has_election(self) -> bool:
        """Whether a package has been loaded."""
        return self.store.has_package()

    def state(self) -> str:
        """empty, setup, open or closed."""
        return rules.station_state(self.has_election(), self.store.station_events())

    def audit_head(self) -> str | None:
        """The hash of the newest audit event: print it on reports."""
        last = self.store.last_audit_event()
        return None if last is None else last.hash

    def status(self) -> dict[str, Any]:
        """What the status bar shows: state, election, counts, desk and audit head."""
        info: dict[str, Any] = {"state": self.state(), "device_id": self.device_id,
                                "database": str(self.store.path), "audit_head": self.audit_head()}
        if self.has_election():
            election = self.election()
            current = self.store.current_list()
            info.update(
                election_id=election.election_id, is_demo=election.is_demo,
                title={"kk": election.title_kk, "ru": election.title_ru},
                date=election.date.isoformat(), precinct=election.precinct_number,
                package_version=election.package_version,
                voter_list=None if current is None else {"list_id": current["list_id"],
                                                         "rows": current["row_count"]},
                ballots_left=self._ballots_left(),
            )
        return info

    def find_voters(self, text: str, limit: int = SEARCH_LIMIT) -> list[Voter]:
        """Find by exact IIN (digits) or by name prefixes in any order."""
        current = self._current_list()
        if looks_like_iin(text):
            row = self.store.voter_by_iin(current["list_id"], text.replace(" ", ""))
            return [] if row is None else [self._voter(row)]
        tokens = search_tokens(text)[:4]
        if not tokens:
            return []
        rows = self.store.find_voters_by_tokens(current["list_id"], tokens, limit)
        return [self._voter(row) for row in rows]

    def voter(self, iin: str) -> Voter:
        """The voter with this IIN, or a refusal."""
        row = self.store.voter_by_iin(self._current_list()["list_id"], _clean_iin(iin))
        if row is None:
            raise RuleRefused("voter-not-on-list")
        return self._voter(row)

    def flagged_voters(self) -> list[Voter]:
        """Voters whose IIN failed the checksum or date rules, for the chair to review."""
        return [self._voter(row) for row in self.store.flagged_voters(self._current_list()["list_id"])]

    def turnout(self, at: dt.time | None = None) -> TurnoutFigures:
        """Turnout now, or at a local time of election day, computed from the events."""
        election = self.election()
        list_id = self._current_list()["list_id"]
        until = None
        label = None
        if at is not None:
            moment = local_moment(election.date, at, election.time_zone)
            if moment > self.clock():
                raise RuleRefused("turnout-time-future", at=at.strftime("%H:%M"))
            until, label = utc_text(moment), at.strftime("%H:%M")
        voters = self.store.voter_counts(list_id, until)
        issued = self.store.ballots_issued(until)
        return TurnoutFigures(label, voters["listed"] + voters["added"], voters["added"],
                              issued["station"], issued["mobile"])

    def reporting_turnout(self) -> list[TurnoutFigures]:
        """Turnout at each reporting hour already passed."""
        election = self.election()
        now = self.clock()
        return [
            self.turnout(hour) for hour in election.reporting_hours
            if local_moment(election.date, hour, election.time_zone) <= now
        ]

    def verify_audit(self, head: str | None = None) -> dict[str, Any]:
        """Check the audit chain and that every recorded row matches its event."""
        last = verify_store(self.store, head)
        return {"events": 0 if last is None else last.seq, "head": None if last is None else last.hash}

    # writing: election package and voter list
    def load_election(
        self,
        package_bytes: bytes,
        *,
        fingerprint: str,
        actor: str,
        one_time_passphrase: str | None = None,
        new_passphrase: str | None = None,
    ) -> dict[str, Any]:
        """Load the district's signed package (or a newer version of the loaded one)."""
        package = read_verified_package(package_bytes, fingerprint)
        election = parse_election(package.content)
        member = require_member(election, actor, "load-election")
        if self.has_election():
            return self._update_election(package, election, actor)
        check_precinct_identity(package, election.election_id, election.precinct_number)
        if one_time_passphrase is None or new_passphrase is None:
            raise BadInput("passphrase-needed")
        check_new_passphrase(new_passphrase)
        key = unlock_handover_key(package, one_time_passphrase)
        envelope = encrypt_private_key(key, new_passphrase, n=self.key_cost)
        now = utc_text(self.clock())
        with self.store.transaction():
            rows = [
                ("packages", self.store.insert_package(self._package_row(package, election, now, actor))),
                ("precinct_keys", self.store.insert_precinct_key({
                    "certificate_pem": certificate_to_pem(package.precinct_certificate),
                    "encrypted_key": json.dumps(envelope, sort_keys=True),
                    "created_at": now,
                })),
            ]
            self._audit("election-loaded", member.member_id, now, rows, {
                "election_id": election.election_id, "package_id": package.package_id,
                "package_version": election.package_version, "precinct": election.precinct_number,
                "is_demo": election.is_demo,
            })
        self._election = None
        return {"election_id": election.election_id, "package_id": package.package_id,
                "package_version": election.package_version, "updated": False}

    def _update_election(self, package: Any, election: Election, actor: str) -> dict[str, Any]:
        loaded = self.election()
        if package.content.get("district_certificate") != loaded.content.get("district_certificate"):
            raise RuleRefused("package-other-district")
        changes = package_update_changes(loaded, election)
        check_precinct_identity(package, election.election_id, election.precinct_number)
        now = utc_text(self.clock())
        with self.store.transaction():
            seq = self.store.insert_package(self._package_row(package, election, now, actor))
            self._audit("election-updated", actor, now, [("packages", seq)], {
                "package_id": package.package_id, "package_version": election.package_version,
                "changes": changes,
            })
        self._election = None
        return {"election_id": election.election_id, "package_id": package.package_id,
                "package_version": election.package_version, "updated": True, "changes": changes}

    @staticmethod
    def _package_row(package: Any, election: Election, now: str, actor: str) -> dict[str, Any]:
        return {
            "package_id": package.package_id, "election_id": election.election_id,
            "package_version": election.package_version,
            "content": json.dumps(package.content, sort_keys=True, ensure_ascii=False),
            "signature": package.signature, "loaded_at": now, "loaded_by": actor,
        }

    def import_voters(self, path: Path, *, actor: str, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
        """Import the voter list all or nothing; a corrected list replaces it until opening."""
        election = self.election()
        current = self.store.current_list()
        member = require_member(election, actor, "replace-voter-list" if current else "import-voter-list")
        rules.require_state(self.state(), ("setup",), "import-voter-list")
        path = Path(path)
        try:
            file_sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise BadInput("file-unreadable", file=str(path), reason=exc.strerror or str(exc)) from None
        now = self.clock()
        voters = load_voter_list(path, election_date=election.date,
                                 today=to_local(now, election.time_zone).date(), progress=progress)
        first_id = self.store.next_voter_id()
        with self.store.transaction():
            list_id = (current["list_id"] + 1) if current else 1
            rows, tokens, digest = _list_rows(voters, list_id, first_id)
            self.store.insert_voter_list({
                "list_id": list_id, "file_name": path.name, "file_sha256": file_sha256,
                "row_count": len(rows), "rows_digest": digest, "imported_at": utc_text(now),
                "imported_by": member.member_id,
            })
            self.store.insert_voters(rows, tokens)
            if current:
                self.store.drop_name_tokens(current["list_id"])
            flagged = sum(1 for v in voters if v.iin_problem)
            self._audit(
                "voter-list-replaced" if current else "voter-list-imported", member.member_id,
                utc_text(now), [("voter_lists", list_id)],
                {"list_id": list_id, "row_count": len(rows), "flagged": flagged,
                 "replaces": current["list_id"] if current else None},
            )
        return {"list_id": list_id, "imported": len(rows), "flagged": flagged,
                "replaced": current["list_id"] if current else None}

    # writing: election day
    def open_station(self, *, actor: str, ballots_received: int, confirmed_time: dt.time | None = None) -> dict[str, Any]:
        """Record the opening: ballots received, boxes shown empty and sealed, the laptop's time."""
        election = self.election()
        member = require_member(election, actor, "open-station")
        rules.require_state(self.state(), ("setup",), "open-station")
        if self.store.current_list() is None:
            raise RuleRefused("voter-list-missing")
        if ballots_received < 0:
            raise BadInput("ballots-negative")
        now = self.clock()
        local_now = to_local(now, election.time_zone)
        if confirmed_time is not None:
            shown = dt.datetime.combine(local_now.date(), confirmed_time, tzinfo=local_now.tzinfo)
            if abs((shown - local_now).total_seconds()) > 10 * 60:
                raise RuleRefused("laptop-clock-differs", laptop=local_now.strftime("%H:%M"))
        at = utc_text(now)
        with self.store.transaction():
            row_id = self.store.insert_station_event({
                "state": "open", "at": at, "member_id": member.member_id,
                "ballots_received": ballots_received,
                "laptop_time_confirmed": local_now.isoformat(timespec="seconds"), "boxes_sealed": 1,
            })
            self._audit("station-opened", member.member_id, at, [("station_events", row_id)],
                        {"ballots_received": ballots_received,
                         "laptop_time": local_now.isoformat(timespec="seconds")})
        return {"state": "open", "ballots_received": ballots_received,
                "laptop_time": local_now.isoformat(timespec="seconds")}

    def close_station(self, *, actor: str, override_reason: str | None = None) -> dict[str, Any]:
        """Close the station; before the closing hour only with a recorded reason."""
        election = self.election()
        member = require_member(election, actor, "close-station")
        rules.require_state(self.state(), ("open",), "close-station")
        now = self.clock()
        rules.check_close_time(to_local(now, election.time_zone), election.date,
                               election.polls_close, override_reason)
        at = utc_text(now)
        figures = self.turnout()
        with self.store.transaction():
            row_id = self.store.insert_station_event({
                "state": "closed", "at": at, "member_id": member.member_id,
                "override_reason": override_reason,
            })
            self._audit("station-closed", member.member_id, at, [("station_events", row_id)],
                        {"override_reason": override_reason, "issued_station": figures.issued_station,
                         "issued_mobile": figures.issued_mobile, "listed": figures.listed})
        return {"state": "closed", "issued_station": figures.issued_station,
                "issued_mobile": figures.issued_mobile, "listed": figures.listed}

    def check_in(
        self,
        iin: str,
        *,
        actor: str,
        mobile: bool = False,
        carriers: tuple[str, ...] = (),
        document_type: str | None = None,
        document_number: str | None = None,
        helper_name: str | None = None,
    ) -> CheckInResult:
        """Issue a ballot to a voter, at the station or by the mobile box."""
        iin = _clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "issue-ballot")
        rules.require_state(self.state(), ("open",), "check-in")
        voter = self.voter(iin)
        rules.check_document(document_type, document_number)
        rules.check_helper(helper_name, [m.name for m in election.members])
        if mobile:
            rules.check_mobile_ballot(
                has_request=bool(self.store.mobile_requests_of(voter.voter_id)),
                carriers=carriers, member_ids=[m.member_id for m in election.members],
            )
        rules.check_ballot_allowed(prior=voter.ballot, has_absentee_certificate=voter.has_absentee_certificate,
                                   ballots_left=self._ballots_left())
        return self._record_check_in(voter, member.member_id, {
            "kind": "issue", "mode": "mobile" if mobile else "station",
            "document_type": document_type, "document_number": document_number and document_number.strip(),
            "helper_name": helper_name and tidy_name(helper_name),
            "carrier_1": carriers[0] if mobile else None, "carrier_2": carriers[1] if mobile else None,
        })

    def undo_check_in(self, iin: str, *, actor: str, reason: str) -> CheckInResult:
        """Undo a mistaken check-in with a reason; both events stay."""
        iin = _clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "undo-check-in")
        rules.require_state(self.state(), ("open",), "undo-check-in")
        if not reason or not reason.strip():
            raise RuleRefused("undo-reason-needed")
        voter = self.voter(iin)
        if voter.ballot is None:
            raise RuleRefused("no-ballot-to-undo")
        return self._record_check_in(voter, member.member_id, {
            "kind": "undo", "undoes": voter.ballot.check_in_id, "reason": reason.strip(),
        })

    def _record_check_in(self, voter: Voter, member_id: str, fields: dict[str, Any]) -> CheckInResult:
        device_id = self.device_id
        at = utc_text(self.clock())
        with self.store.transaction():
            seq = self.store.next_device_seq(device_id)
            row = {"device_id": device_id, "device_seq": seq, "voter_id": voter.voter_id,
                   "at": at, "member_id": member_id, **fields}
            check_in_id = self.store.insert_check_in(row)
            kind = "ballot-issued" if fields["kind"] == "issue" else "check-in-undone"
            payload = {"voter_id": voter.voter_id, "device_id": device_id, "device_seq": seq}
            if fields["kind"] == "issue":
                payload["mode"] = fields["mode"]
            self._audit(kind, member_id, at, [("check_ins", check_in_id)], payload)
        return CheckInResult(check_in_id, self._voter(self.store.voter_by_id(voter.voter_id)),
                             fields["kind"], fields.get("mode"), at, self._local_text(at), device_id, seq,
                             self._ballots_left())

    def add_voter(
        self,
        *,
        actor: str,
        iin: str,
        surname: str,
        given_name: str,
        patronymic: str = "",
        birth_date: dt.date,
        address: str,
        reason: str,
        detail: str | None = None,
    ) -> Voter:
        """Add a voter who is not on the list, with the reason (absentee certificate, court decision...)."""
        election = self.election()
        member = require_member(election, actor, "add-voter")
        rules.require_state(self.state(), ("open",), "add-voter")
        iin = _clean_iin(iin)
        problem = iin_problem(iin)
        if problem:
            raise RuleRefused(problem, iin_field="iin")
        if not tidy_name(surname) or not tidy_name(given_name):
            raise RuleRefused("added-name-empty")
        if not address.strip():
            raise RuleRefused("added-address-empty")
        adult_from = dt.date(election.date.year - 18, election.date.month, min(election.date.day, 28))
        if birth_date > adult_from or birth_date.year < 1900:
            raise RuleRefused("added-birth-date-impossible")
        rules.check_added_reason(reason, detail)
        current = self._current_list()
        if self.store.voter_by_iin(current["list_id"], iin) is not None:
            raise RuleRefused("voter-already-listed")
        now = utc_text(self.clock())
        names = [tidy_name(surname), tidy_name(given_name), tidy_name(patronymic)]
        row = {
            "list_id": current["list_id"], "source_row": None, "iin": iin,
            "surname": names[0], "given_name": names[1], "patronymic": names[2],
            "birth_date": birth_date.isoformat(), "address": " ".join(address.split()), "book": "",
            "iin_problem": None, "search_name": " ".join(search_tokens(" ".join(names))),
            "added_reason": reason, "added_detail": detail and detail.strip(),
            "added_at": now, "added_by": member.member_id,
        }
        with self.store.transaction():
            voter_id = self.store.insert_added_voter(row)
            self.store.insert_voters([], _name_tokens(voter_id, names))
            self._audit("voter-added", member.member_id, now, [("voters", voter_id)],
                        {"voter_id": voter_id, "reason": reason})
        return self._voter(self.store.voter_by_id(voter_id))

    def issue_absentee(self, iin: str, *, actor: str, number: str) -> Voter:
        """Record an absentee certificate issued before the day: that voter gets no ballot here."""
        iin = _clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "issue-absentee")
        rules.require_state(self.state(), ("setup",), "issue-absentee")
        now = self.clock()
        rules.check_absentee_deadline(to_local(now, election.time_zone), election.date,
                                      election.absentee_deadline)
        if not number or not number.strip():
            raise RuleRefused("absentee-number-empty")
        voter = self.voter(iin)
        if voter.has_absentee_certificate:
            raise RuleRefused("absentee-already-issued")
        at = utc_text(now)
        with self.store.transaction():
            row_id = self.store.insert_absentee_certificate({
                "voter_id": voter.voter_id, "number": number.strip(), "issued_at": at,
                "member_id": member.member_id,
            })
            self._audit("absentee-issued", member.member_id, at, [("absentee_certificates", row_id)],
                        {"voter_id": voter.voter_id})
        return self._voter(self.store.voter_by_id(voter.voter_id))

    def request_mobile(self, iin: str, *, actor: str, reason: str, override_reason: str | None = None) -> dict[str, Any]:
        """Record a written request to vote by the mobile box."""
        iin = _clean_iin(iin)
        election = self.election()
        member = require_member(election, actor, "request-mobile")
        rules.require_state(self.state(), ("setup", "open"), "request-mobile")
        if not reason or not reason.strip():
            raise RuleRefused("mobile-reason-needed")
        now = self.clock()
        rules.check_mobile_deadline(to_local(now, election.time_zone), election.date,
                                    election.mobile_request_deadline, override_reason)
        voter = self.voter(iin)
        if self.store.mobile_requests_of(voter.voter_id):
            raise RuleRefused("mobile-already-requested")
        at = utc_text(now)
        with self.store.transaction():
            row_id = self.store.insert_mobile_request({
                "voter_id": voter.voter_id, "at": at, "reason": reason.strip(),
                "member_id": member.member_id, "override_reason": override_reason,
            })
            self._audit("mobile-requested", member.member_id, at, [("mobile_requests", row_id)],
                        {"voter_id": voter.voter_id, "late": override_reason is not None})
        return {"request_id": row_id, "voter_id": voter.voter_id, "at": at}

    # helpers
    def _create_device(self) -> None:
        device_id = uuid.uuid4().hex
        at = utc_text(self.clock())
        with self.store.transaction():
            self.store.set_setting("device_id", device_id)
            self._audit("database-created", "system", at, [], {"device_id": device_id})

    def _audit(self, kind: str, actor: str, at: str, rows: list[tuple[str, int]], payload: dict[str, Any]) -> None:
        recorded = [
            {"table": table, "row_id": row_id, "row_sha256": row_digest(self.store, table, row_id)}
            for table, row_id in rows
        ]
        event = next_event(self.store.last_audit_event(), kind, actor, at, {**payload, "rows": recorded})
        self.store.append_audit_event(event)

    def _local_text(self, stored_at: str) -> str:
        """A stored UTC time as the commission reads it: local date and time."""
        moment = to_local(parse_utc_text(stored_at), self.election().time_zone)
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    def _current_list(self) -> dict[str, Any]:
        current = self.store.current_list()
        if current is None:
            raise RuleRefused("voter-list-missing")
        return current

    def _ballots_left(self) -> int:
        opening = next((e for e in self.store.station_events() if e["state"] == "open"), None)
        received = opening["ballots_received"] if opening else self.election().ballots_delivered
        issued = self.store.ballots_issued()
        return received - issued["station"] - issued["mobile"]

    def _voter(self, row: dict[str, Any]) -> Voter:
        last = self.store.last_check_in(row["voter_id"])
        ballot = None
        if last is not None and last["kind"] == "issue":
            member = self.election().member(last["member_id"])
            ballot = rules.PriorBallot(last["check_in_id"], last["at"], self._local_text(last["at"]),
                                       last["device_id"], last["member_id"],
                                       member.name if member else "", last["mode"])
        return Voter(
            voter_id=row["voter_id"], iin=row["iin"], surname=row["surname"],
            given_name=row["given_name"], patronymic=row["patronymic"], birth_date=row["birth_date"],
            address=row["address"], book=row["book"], iin_problem=row["iin_problem"],
            added_reason=row["added_reason"], ballot=ballot,
            has_absentee_certificate=self.store.absentee_certificate(row["voter_id"]) is not None,
        )


def _clean_iin(text: str) -> str:
    iin = "".join(text.split())
    if not (len(iin) == 12 and iin.isdigit()):
        raise BadInput("iin-not-12-digits")
    return iin


def _name_tokens(voter_id: int, names: list[str]) -> list[tuple[str, int, int]]:
    tokens = search_tokens(" ".join(names))
    return [(token, voter_id, position) for position, token in enumerate(tokens)]


def _list_rows(voters: list[VoterRow], list_id: int, first_id: int) -> tuple[list[tuple], list[tuple], str]:
    rows, tokens = [], []
    digest = RowsDigest()
    for offset, v in enumerate(voters):
        voter_id = first_id + offset
        record = (voter_id, list_id, v.source_row, v.iin, v.surname, v.given_name, v.patronymic,
                  v.birth_date.isoformat(), v.address, v.book, v.iin_problem, None, None, None, None)
        digest.add(record)
        name_tokens = _name_tokens(voter_id, [v.surname, v.given_name, v.patronymic])
        rows.append((*record, " ".join(t[0] for t in name_tokens)))
        tokens.extend(name_tokens)
    return rows, tokens, digest.hexdigest()
