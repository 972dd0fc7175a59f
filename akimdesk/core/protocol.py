"""The protocol's data: what is printed, hashed, put in the QR code and signed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.election import Election
from akimdesk.core.template import ProtocolLine, ProtocolTemplate

PROTOCOL_FORMAT = "akimdesk-protocol"
PROTOCOL_FORMAT_VERSION = 1


def protocol_hash(data: Mapping[str, Any]) -> str:
    """The protocol hash: the lower-case hex SHA-256 of the protocol data's canonical JSON."""
    return sha256_hex(canonical_json(data))


def quorum(member_count: int) -> tuple[int, int]:
    """Members needed for a quorum (two thirds, rounded up) and the commission's size."""
    return -(-2 * member_count // 3), member_count


def protocol_data(
    *,
    election: Election,
    package_id: str,
    template: ProtocolTemplate,
    lines: Sequence[ProtocolLine],
    values: Mapping[str, int | None],
    figures: Mapping[str, int],
    ratios: Sequence[Mapping[str, Any]],
    overrides: Sequence[Mapping[str, str]],
    present: Sequence[str],
    opinions: Sequence[Mapping[str, str]],
    version: int,
    amends: Mapping[str, Any] | None,
    finalised_at: str | None,
    finalised_at_local: str | None,
    audit_head: str | None,
) -> dict[str, Any]:
    """Assemble the protocol data; its canonical JSON is what the protocol hash covers."""
    content = election.content
    with_opinion = {o["member_id"] for o in opinions}
    return {
        "format": PROTOCOL_FORMAT,
        "format_version": PROTOCOL_FORMAT_VERSION,
        "election_id": election.election_id,
        "package_id": package_id,
        "is_demo": election.is_demo,
        "election": {"type": content["election"]["type"], "date": election.date.isoformat(),
                     "title": {"kk": election.title_kk, "ru": election.title_ru}},
        "race": content["race"],
        "precinct": {k: content["precinct"][k] for k in ("number", "name", "address") if k in content["precinct"]},
        "template": {"id": template.template_id, "form": dict(template.form), "title": dict(template.title)},
        "version": version,
        "amends": dict(amends) if amends else None,
        "lines": [_line(line, values.get(line.key)) for line in lines],
        "check_ins": dict(figures),
        "ratios": [dict(r) for r in ratios],
        "overrides": [dict(o) for o in overrides],
        "members": [
            {"id": m.member_id, "name": m.name, "role": m.role, "present": m.member_id in present,
             "has_opinion": m.member_id in with_opinion}
            for m in election.members
        ],
        "opinions": [dict(o) for o in opinions],
        "finalised_at": finalised_at,
        "finalised_at_local": finalised_at_local,
        "audit_head": audit_head,
    }


def _line(line: ProtocolLine, value: int | None) -> dict[str, Any]:
    item: dict[str, Any] = {"key": line.key, "number": line.number,
                            "label": {"kk": line.label_kk, "ru": line.label_ru}, "value": value}
    if line.candidate_id:
        item["candidate_id"] = line.candidate_id
        if line.is_withdrawn:
            item["is_withdrawn"] = True
    return item
