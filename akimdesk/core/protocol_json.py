"""The protocol data's signed JSON (format ``akimdesk-protocol``, version 1), written and read exactly.

Version 1 keys, as the first release signed them::

    format, format_version, election_id, package_id, is_demo,
    election {type, date, title {kk, ru}}, race {id?, title, district?, ...package keys},
    precinct {number, name, address?}, template {id, form, title}, version,
    amends null | {version, protocol_hash, reason},
    lines [{key, number, label, value, candidate_id?, is_withdrawn? (only when true)}],
    check_ins {figure: count}, ratios [{id, severity, ok, code, params, text}],
    overrides [{ratio, reason}], members [{id, name, role, present, has_opinion}],
    opinions [{member_id, text}], finalised_at, finalised_at_local, audit_head
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from akimdesk.core.bilingual import Bilingual
from akimdesk.core.protocol import (
    PROTOCOL_FORMAT,
    READABLE_FORMAT_VERSIONS,
    Amends,
    ElectionHeading,
    LineValue,
    MemberMark,
    Opinion,
    Override,
    PrecinctHeading,
    ProtocolData,
    ProtocolDataMalformed,
    RaceHeading,
    RatioOutcome,
    TemplateHeading,
)
from akimdesk.core.template import Severity

T = TypeVar("T")


def _bilingual_json(value: Bilingual) -> dict[str, str]:
    return {"kk": value.kk, "ru": value.ru}


def _line_json(line: LineValue) -> dict[str, Any]:
    item: dict[str, Any] = {"key": line.key, "number": line.number, "label": _bilingual_json(line.label),
                            "value": line.value}
    if line.candidate_id:
        item["candidate_id"] = line.candidate_id
        if line.is_withdrawn:
            item["is_withdrawn"] = True
    return item


def protocol_to_json(data: ProtocolData) -> dict[str, Any]:
    """The protocol data in its signed JSON shape."""
    race: dict[str, Any] = dict(data.race.extra)
    if data.race.race_id is not None:
        race["id"] = data.race.race_id
    race["title"] = _bilingual_json(data.race.title)
    if data.race.district is not None:
        race["district"] = _bilingual_json(data.race.district)
    precinct: dict[str, Any] = {"number": data.precinct.number, "name": _bilingual_json(data.precinct.name)}
    if data.precinct.address is not None:
        precinct["address"] = _bilingual_json(data.precinct.address)
    amends = data.amends
    return {
        "format": data.format,
        "format_version": data.format_version,
        "election_id": data.election_id,
        "package_id": data.package_id,
        "is_demo": data.is_demo,
        "election": {"type": data.election.election_type, "date": data.election.date,
                     "title": _bilingual_json(data.election.title)},
        "race": race,
        "precinct": precinct,
        "template": {"id": data.template.template_id, "form": _bilingual_json(data.template.form),
                     "title": _bilingual_json(data.template.title)},
        "version": data.version,
        "amends": None if amends is None else {"version": amends.version, "protocol_hash": amends.protocol_hash,
                                               "reason": amends.reason},
        "lines": [_line_json(line) for line in data.lines],
        "check_ins": dict(data.check_ins),
        "ratios": [r.to_json() for r in data.ratios],
        "overrides": [o.to_json() for o in data.overrides],
        "members": [{"id": m.member_id, "name": m.name, "role": m.role, "present": m.is_present,
                     "has_opinion": m.has_opinion} for m in data.members],
        "opinions": [{"member_id": o.member_id, "text": o.text} for o in data.opinions],
        "finalised_at": data.finalised_at,
        "finalised_at_local": data.finalised_at_local,
        "audit_head": data.audit_head,
    }


class _Reader:
    """Typed access to one JSON object, naming the path of the first field that does not fit."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, Mapping):
            raise ProtocolDataMalformed(path or "data")
        self.value: Mapping[str, Any] = value
        self.path = path

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, kind: type[T] | tuple[type, ...], *, optional: bool = False) -> Any:
        if key not in self.value:
            if optional:
                return None
            raise ProtocolDataMalformed(self._where(key))
        item = self.value[key]
        if item is None and optional:
            return None
        allowed = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(item, bool) and bool not in allowed:
            raise ProtocolDataMalformed(self._where(key))
        if not isinstance(item, allowed):
            raise ProtocolDataMalformed(self._where(key))
        return item

    def child(self, key: str, *, optional: bool = False) -> _Reader | None:
        item = self.get(key, dict, optional=optional)
        return None if item is None else _Reader(item, self._where(key))

    def need_child(self, key: str) -> _Reader:
        child = self.child(key)
        assert child is not None
        return child

    def bilingual(self, key: str, *, optional: bool = False) -> Bilingual | None:
        child = self.child(key, optional=optional)
        if child is None:
            return None
        if set(child.value) != {"kk", "ru"}:
            raise ProtocolDataMalformed(child.path)
        return Bilingual(child.get("kk", str), child.get("ru", str))

    def need_bilingual(self, key: str) -> Bilingual:
        text = self.bilingual(key)
        assert text is not None
        return text

    def items(self, key: str, read: Callable[[_Reader], T]) -> tuple[T, ...]:
        return tuple(read(_Reader(item, f"{self._where(key)}[{i}]"))
                     for i, item in enumerate(self.get(key, list)))


def _line(r: _Reader) -> LineValue:
    return LineValue(r.get("key", str), r.get("number", str), r.need_bilingual("label"),
                     r.get("value", int, optional=True), r.get("candidate_id", str, optional=True),
                     bool(r.get("is_withdrawn", bool, optional=True)))


def _ratio(r: _Reader) -> RatioOutcome:
    severity = r.get("severity", str)
    if severity not in tuple(Severity):
        raise ProtocolDataMalformed(f"{r.path}.severity")
    params = r.need_child("params")
    for key, value in params.value.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
            raise ProtocolDataMalformed(f"{params.path}.{key}")
    return RatioOutcome(r.get("id", str), Severity(severity), r.get("ok", bool, optional=True), r.get("code", str),
                        dict(params.value), r.need_bilingual("text"))


def _race(r: _Reader) -> RaceHeading:
    return RaceHeading(r.get("id", str, optional=True), r.need_bilingual("title"), r.bilingual("district", optional=True),
                       {k: v for k, v in r.value.items() if k not in ("id", "title", "district")})


def _amends(r: _Reader | None) -> Amends | None:
    if r is None:
        return None
    return Amends(r.get("version", int), r.get("protocol_hash", str), r.get("reason", str, optional=True))


def _check_ins(r: _Reader) -> dict[str, int]:
    return {key: r.get(key, int) for key in r.value}


def protocol_from_json(value: object) -> ProtocolData:
    """Read protocol data of a readable format version; ProtocolDataMalformed names the bad field."""
    r = _Reader(value, "")
    if r.get("format", str) != PROTOCOL_FORMAT:
        raise ProtocolDataMalformed("format")
    format_version = r.get("format_version", int)
    if format_version not in READABLE_FORMAT_VERSIONS:
        raise ProtocolDataMalformed("format_version")
    election = r.need_child("election")
    precinct = r.need_child("precinct")
    template = r.need_child("template")
    data = ProtocolData(
        election_id=r.get("election_id", str),
        package_id=r.get("package_id", str),
        is_demo=r.get("is_demo", bool),
        election=ElectionHeading(election.get("type", str), election.get("date", str),
                                 election.need_bilingual("title")),
        race=_race(r.need_child("race")),
        precinct=PrecinctHeading(precinct.get("number", str), precinct.need_bilingual("name"),
                                 precinct.bilingual("address", optional=True)),
        template=TemplateHeading(template.get("id", str), template.need_bilingual("form"),
                                 template.need_bilingual("title")),
        version=r.get("version", int),
        amends=_amends(r.child("amends", optional=True)),
        lines=r.items("lines", _line),
        check_ins=_check_ins(r.need_child("check_ins")),
        ratios=r.items("ratios", _ratio),
        overrides=r.items("overrides", lambda o: Override(o.get("ratio", str), o.get("reason", str))),
        members=r.items("members", lambda m: MemberMark(m.get("id", str), m.get("name", str), m.get("role", str),
                                                        m.get("present", bool), m.get("has_opinion", bool))),
        opinions=r.items("opinions", lambda o: Opinion(o.get("member_id", str), o.get("text", str))),
        finalised_at=r.get("finalised_at", str, optional=True),
        finalised_at_local=r.get("finalised_at_local", str, optional=True),
        audit_head=r.get("audit_head", str, optional=True),
        format_version=format_version,
    )
    # Anything the types do not hold (an unknown key, a false is_withdrawn) would change the hash.
    if protocol_to_json(data) != value:
        raise ProtocolDataMalformed("data")
    return data
