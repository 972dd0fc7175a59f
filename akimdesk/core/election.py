"""The election package's content: its shape, the election id, ballot order and allowed updates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.errors import BadInput, RuleRefused

PACKAGE_FORMAT_VERSION = 1


class MemberRole(StrEnum):
    """A commission member's role, which decides what they may do."""

    CHAIR = "chair"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"


ROLES = tuple(MemberRole)
KAZAKH_ALPHABET = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
_ALPHABET_RANK = {letter: rank for rank, letter in enumerate(KAZAKH_ALPHABET)}
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

# What a newer package version of the same election may change; everything else is fixed.
UPDATABLE_FIELDS = ("ballots_delivered", "members", "candidates.is_withdrawn")


@dataclass(frozen=True)
class Candidate:
    """A registered candidate as printed on the ballot."""

    candidate_id: str
    ballot_position: int
    name_kk: str
    name_ru: str
    nomination_kk: str
    nomination_ru: str
    is_withdrawn: bool


@dataclass(frozen=True)
class Member:
    """A member of the precinct commission."""

    member_id: str
    name: str
    role: MemberRole


@dataclass(frozen=True)
class Election:
    """The parsed content of an election package."""

    content: Mapping[str, Any]
    election_id: str
    package_version: int
    title_kk: str
    title_ru: str
    date: dt.date
    polls_open: dt.time
    polls_close: dt.time
    time_zone: str
    reporting_hours: tuple[dt.time, ...]
    mobile_request_deadline: dt.time
    absentee_deadline: dt.time
    precinct_number: str
    precinct_name_kk: str
    precinct_name_ru: str
    candidates: tuple[Candidate, ...]
    members: tuple[Member, ...]
    ballots_delivered: int
    template_id: str
    is_demo: bool

    def member(self, member_id: str) -> Member | None:
        """The member with this id, if any."""
        return next((m for m in self.members if m.member_id == member_id), None)


def election_definition(content: Mapping[str, Any]) -> dict[str, Any]:
    """The part of the package that defines the election itself, shared by every precinct."""
    return {
        "election": content["election"],
        "race": content["race"],
        "candidates": [
            {k: c[k] for k in ("id", "ballot_position", "name", "nomination")}
            for c in sorted(content["candidates"], key=lambda c: c["ballot_position"])
        ],
        "template_id": content["template_id"],
    }


def compute_election_id(content: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical election definition."""
    return sha256_hex(canonical_json(election_definition(content)))


def kazakh_sort_key(name: str) -> tuple[tuple[int, ...], ...]:
    """Sort key that follows the Kazakh alphabet (Ә after А, not after Я), comparing the name word by word.

    Word by word, a surname comes before a longer one it begins ("Ахметов Б." before "Ахметова А."): compared
    letter by letter with the space, the space would have to sort before every letter."""
    return tuple(tuple(_ALPHABET_RANK.get(ch, 100 + ord(ch)) for ch in word) for word in name.upper().split())


def _need(mapping: Any, key: str, kind: type, where: str) -> Any:
    if not isinstance(mapping, Mapping) or key not in mapping:
        raise BadInput("package-field-missing", field=f"{where}{key}")
    value = mapping[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise BadInput("package-field-invalid", field=f"{where}{key}")
    return value


def _text(mapping: Any, key: str, where: str) -> str:
    value: str = _need(mapping, key, str, where)
    if not value.strip():
        raise BadInput("package-field-invalid", field=f"{where}{key}")
    return value


def _bilingual(mapping: Any, key: str, where: str) -> tuple[str, str]:
    value = _need(mapping, key, dict, where)
    return _text(value, "kk", f"{where}{key}."), _text(value, "ru", f"{where}{key}.")


def _hhmm(text: str, field: str) -> dt.time:
    if not isinstance(text, str) or not _HHMM.match(text):
        raise BadInput("package-field-invalid", field=field)
    return dt.time(int(text[:2]), int(text[3:]))


def parse_election(content: Mapping[str, Any]) -> Election:
    """Validate package content and return it parsed; raise BadInput naming the field."""
    if _need(content, "format_version", int, "") != PACKAGE_FORMAT_VERSION:
        raise BadInput("package-version-unsupported", version=content["format_version"])
    package_version = _need(content, "package_version", int, "")
    if package_version < 1:
        raise BadInput("package-field-invalid", field="package_version")
    election = _need(content, "election", dict, "")
    title_kk, title_ru = _bilingual(election, "title", "election.")
    _text(election, "type", "election.")
    try:
        date = dt.date.fromisoformat(_text(election, "date", "election."))
    except ValueError:
        raise BadInput("package-field-invalid", field="election.date") from None
    hours = {
        key: _hhmm(election.get(key), f"election.{key}")
        for key in ("polls_open", "polls_close", "mobile_request_deadline", "absentee_deadline")
    }
    if hours["polls_open"] >= hours["polls_close"]:
        raise BadInput("package-field-invalid", field="election.polls_close")
    reporting = _need(election, "reporting_hours", list, "election.")
    reporting_hours = tuple(_hhmm(h, "election.reporting_hours") for h in reporting)
    if list(reporting_hours) != sorted(set(reporting_hours)):
        raise BadInput("package-field-invalid", field="election.reporting_hours")
    time_zone = _text(election, "time_zone", "election.")
    if not _is_known_zone(time_zone):
        raise BadInput("package-field-invalid", field="election.time_zone")
    _bilingual(_need(content, "race", dict, ""), "title", "race.")
    precinct = _need(content, "precinct", dict, "")
    precinct_number = _text(precinct, "number", "precinct.")
    precinct_kk, precinct_ru = _bilingual(precinct, "name", "precinct.")
    candidates = _parse_candidates(_need(content, "candidates", list, ""))
    members = _parse_members(_need(content, "members", list, ""))
    ballots = _need(content, "ballots_delivered", int, "")
    if ballots < 0:
        raise BadInput("package-field-invalid", field="ballots_delivered")
    return Election(
        content=content,
        election_id=compute_election_id(content),
        package_version=package_version,
        title_kk=title_kk,
        title_ru=title_ru,
        date=date,
        polls_open=hours["polls_open"],
        polls_close=hours["polls_close"],
        time_zone=time_zone,
        reporting_hours=reporting_hours,
        mobile_request_deadline=hours["mobile_request_deadline"],
        absentee_deadline=hours["absentee_deadline"],
        precinct_number=precinct_number,
        precinct_name_kk=precinct_kk,
        precinct_name_ru=precinct_ru,
        candidates=candidates,
        members=members,
        ballots_delivered=ballots,
        template_id=_text(content, "template_id", ""),
        is_demo=bool(election.get("is_demo", False)),
    )


def _is_known_zone(name: str) -> bool:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _parse_candidates(items: list[Any]) -> tuple[Candidate, ...]:
    if not items:
        raise BadInput("package-field-invalid", field="candidates")
    parsed = []
    for i, item in enumerate(items):
        where = f"candidates[{i}]."
        name_kk, name_ru = _bilingual(item, "name", where)
        nom_kk, nom_ru = _bilingual(item, "nomination", where)
        parsed.append(
            Candidate(
                candidate_id=_text(item, "id", where),
                ballot_position=_need(item, "ballot_position", int, where),
                name_kk=name_kk,
                name_ru=name_ru,
                nomination_kk=nom_kk,
                nomination_ru=nom_ru,
                is_withdrawn=_need(item, "is_withdrawn", bool, where),
            )
        )
    parsed.sort(key=lambda c: c.ballot_position)
    if [c.ballot_position for c in parsed] != list(range(1, len(parsed) + 1)):
        raise BadInput("package-field-invalid", field="candidates.ballot_position")
    if len({c.candidate_id for c in parsed}) != len(parsed):
        raise BadInput("package-field-invalid", field="candidates.id")
    for before, after in zip(parsed, parsed[1:], strict=False):
        if kazakh_sort_key(before.name_kk) > kazakh_sort_key(after.name_kk):
            raise RuleRefused(
                "candidates-out-of-order", first=before.name_kk, second=after.name_kk
            )
    return tuple(parsed)


def _parse_members(items: list[Any]) -> tuple[Member, ...]:
    members = []
    for i, item in enumerate(items):
        where = f"members[{i}]."
        role = _text(item, "role", where)
        if role not in ROLES:
            raise BadInput("package-field-invalid", field=f"{where}role")
        members.append(Member(_text(item, "id", where), _text(item, "name", where), MemberRole(role)))
    if len({m.member_id for m in members}) != len(members):
        raise BadInput("package-field-invalid", field="members.id")
    if [m.role for m in members].count(MemberRole.CHAIR) != 1:
        raise BadInput("package-field-invalid", field="members.role")
    return tuple(members)


def package_update_changes(old: Election, new: Election) -> dict[str, Any]:
    """What a newer package version changes; refuse a change outside UPDATABLE_FIELDS."""
    if new.election_id != old.election_id:
        raise RuleRefused("package-other-election")
    if new.precinct_number != old.precinct_number:
        raise RuleRefused("package-other-precinct", precinct=new.precinct_number)
    if new.package_version <= old.package_version:
        raise RuleRefused("package-not-newer", loaded=old.package_version, offered=new.package_version)
    fixed_old = _without_updatable(old.content)
    fixed_new = _without_updatable(new.content)
    for key in sorted(set(fixed_old) | set(fixed_new)):
        if fixed_old.get(key) != fixed_new.get(key):
            raise RuleRefused("package-update-not-allowed", field=key)
    changes: dict[str, Any] = {}
    if new.ballots_delivered != old.ballots_delivered:
        changes["ballots_delivered"] = [old.ballots_delivered, new.ballots_delivered]
    if new.members != old.members:
        changes["members"] = [m.member_id for m in new.members]
    withdrawn = [c.candidate_id for c in new.candidates if c.is_withdrawn]
    if withdrawn != [c.candidate_id for c in old.candidates if c.is_withdrawn]:
        changes["withdrawn_candidates"] = withdrawn
    return changes


def _without_updatable(content: Mapping[str, Any]) -> dict[str, Any]:
    skip = {"ballots_delivered", "members", "package_version", "issued_at",
            "precinct_key", "precinct_certificate", "district_certificate"}
    fixed = {k: v for k, v in content.items() if k not in skip}
    fixed["candidates"] = [
        {k: v for k, v in c.items() if k != "is_withdrawn"} for c in content.get("candidates", [])
    ]
    return fixed
