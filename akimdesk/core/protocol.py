"""The protocol's data: what is printed, hashed, put in the QR code and signed.

The data's canonical JSON (``ProtocolData.to_json``) is what the protocol hash covers and what the
signed PDF carries as ``protocol.json``: format ``akimdesk-protocol``, version 1. ``from_json`` reads
exactly that shape and ``to_json`` writes it back byte for byte, so every protocol signed so far keeps
its hash. A later layout raises ``PROTOCOL_FORMAT_VERSION`` and keeps reading version 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from akimdesk.core.bilingual import Bilingual
from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.core.election import Election
from akimdesk.core.message import Message, ParamValue
from akimdesk.core.ratios import RatioResult
from akimdesk.core.template import ProtocolLine, ProtocolTemplate, Severity

PROTOCOL_FORMAT = "akimdesk-protocol"
PROTOCOL_FORMAT_VERSION = 1
READABLE_FORMAT_VERSIONS = frozenset({1})


class ProtocolDataMalformed(ValueError):
    """Protocol data that does not follow the schema; `field` names where."""

    def __init__(self, field_name: str) -> None:
        super().__init__(field_name)
        self.field = field_name




@dataclass(frozen=True)
class ElectionHeading:
    """The election as the protocol names it."""

    election_type: str
    date: str
    title: Bilingual


@dataclass(frozen=True)
class RaceHeading:
    """The race as the package names it; keys of the package's race beyond these pass through unchanged."""

    race_id: str | None
    title: Bilingual
    district: Bilingual | None
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PrecinctHeading:
    """The precinct's number, name and address."""

    number: str
    name: Bilingual
    address: Bilingual | None


@dataclass(frozen=True)
class TemplateHeading:
    """The protocol form: template id, the form's name and the protocol's title."""

    template_id: str
    form: Bilingual
    title: Bilingual


@dataclass(frozen=True)
class Amends:
    """The version a repeat protocol replaces, that version's hash and the reason."""

    version: int
    protocol_hash: str
    reason: str | None


@dataclass(frozen=True)
class LineValue:
    """One numbered line of the protocol with its value (None on a draft while not settled)."""

    key: str
    number: str
    label: Bilingual
    value: int | None
    candidate_id: str | None = None
    is_withdrawn: bool = False


@dataclass(frozen=True)
class RatioOutcome:
    """A control ratio as the protocol records it: result, message and its wording in kk and ru."""

    ratio_id: str
    severity: Severity
    ok: bool | None
    code: str
    params: Mapping[str, ParamValue]
    text: Bilingual

    @property
    def message(self) -> Message:
        return Message(self.code, dict(self.params))

    @property
    def is_hard(self) -> bool:
        return self.severity is Severity.HARD

    def to_json(self) -> dict[str, Any]:
        """The ratio as the protocol data carries it (`id`, `severity`, `ok`, `code`, `params`, `text`)."""
        return {"id": self.ratio_id, "severity": str(self.severity), "ok": self.ok, "code": self.code,
                "params": dict(self.params), "text": self.text.to_json()}


@dataclass(frozen=True)
class Override:
    """A hard ratio the commission finalised over, with its reason."""

    ratio_id: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"ratio": self.ratio_id, "reason": self.reason}


@dataclass(frozen=True)
class MemberMark:
    """A commission member on the protocol: present to sign, and whether they wrote a special opinion."""

    member_id: str
    name: str
    role: str
    is_present: bool
    has_opinion: bool


@dataclass(frozen=True)
class Opinion:
    """A member's special opinion, kept with the protocol."""

    member_id: str
    text: str


@dataclass(frozen=True)
class ProtocolData:
    """The whole protocol as signed; `to_json` gives the JSON the protocol hash covers."""

    election_id: str
    package_id: str
    is_demo: bool
    election: ElectionHeading
    race: RaceHeading
    precinct: PrecinctHeading
    template: TemplateHeading
    version: int
    amends: Amends | None
    lines: tuple[LineValue, ...]
    check_ins: Mapping[str, int]
    ratios: tuple[RatioOutcome, ...]
    overrides: tuple[Override, ...]
    members: tuple[MemberMark, ...]
    opinions: tuple[Opinion, ...]
    finalised_at: str | None
    finalised_at_local: str | None
    audit_head: str | None
    format: str = PROTOCOL_FORMAT
    format_version: int = PROTOCOL_FORMAT_VERSION

    @property
    def values(self) -> dict[str, int | None]:
        """Every line's value by line key."""
        return {line.key: line.value for line in self.lines}

    @property
    def protocol_hash(self) -> str:
        """The lower-case hex SHA-256 of this data's canonical JSON."""
        return protocol_hash(self)

    def to_json(self) -> dict[str, Any]:
        """The data in its signed JSON shape (format version 1)."""
        from akimdesk.core.protocol_json import protocol_to_json

        return protocol_to_json(self)

    @staticmethod
    def from_json(value: object) -> ProtocolData:
        """Read signed JSON data; ProtocolDataMalformed names the first field that does not fit."""
        from akimdesk.core.protocol_json import protocol_from_json

        return protocol_from_json(value)


def protocol_hash(data: ProtocolData | Mapping[str, Any]) -> str:
    """The protocol hash: the lower-case hex SHA-256 of the protocol data's canonical JSON."""
    return sha256_hex(canonical_json(data.to_json() if isinstance(data, ProtocolData) else data))


def quorum(member_count: int) -> tuple[int, int]:
    """Members needed for a quorum (two thirds, rounded up) and the commission's size."""
    return -(-2 * member_count // 3), member_count


def ratio_outcome(result: RatioResult, text: Bilingual) -> RatioOutcome:
    """A ratio's result as the protocol records it, worded in kk and ru by the caller."""
    return RatioOutcome(result.ratio_id, result.severity, result.ok, result.code, dict(result.params), text)


def _bilingual(value: Mapping[str, str]) -> Bilingual:
    return Bilingual(value["kk"], value["ru"])


def protocol_data(
    *,
    election: Election,
    package_id: str,
    template: ProtocolTemplate,
    lines: Sequence[ProtocolLine],
    values: Mapping[str, int | None],
    figures: Mapping[str, int],
    ratios: Sequence[RatioOutcome],
    overrides: Sequence[Override],
    present: Sequence[str],
    opinions: Sequence[Opinion],
    version: int,
    amends: Amends | None,
    finalised_at: str | None,
    finalised_at_local: str | None,
    audit_head: str | None,
) -> ProtocolData:
    """Assemble the protocol data; its canonical JSON is what the protocol hash covers."""
    content = election.content
    with_opinion = {o.member_id for o in opinions}
    race = content["race"]
    precinct = content["precinct"]
    return ProtocolData(
        election_id=election.election_id,
        package_id=package_id,
        is_demo=election.is_demo,
        election=ElectionHeading(content["election"]["type"], election.date.isoformat(),
                                 Bilingual(election.title_kk, election.title_ru)),
        race=RaceHeading(race.get("id"), _bilingual(race["title"]),
                         _bilingual(race["district"]) if "district" in race else None,
                         {k: v for k, v in race.items() if k not in ("id", "title", "district")}),
        precinct=PrecinctHeading(precinct["number"], _bilingual(precinct["name"]),
                                 _bilingual(precinct["address"]) if "address" in precinct else None),
        template=TemplateHeading(template.template_id, _bilingual(template.form), _bilingual(template.title)),
        version=version,
        amends=amends,
        lines=tuple(LineValue(line.key, line.number, Bilingual(line.label_kk, line.label_ru), values.get(line.key),
                              line.candidate_id, line.is_withdrawn) for line in lines),
        check_ins=dict(figures),
        ratios=tuple(ratios),
        overrides=tuple(overrides),
        members=tuple(MemberMark(m.member_id, m.name, m.role, m.member_id in present, m.member_id in with_opinion)
                      for m in election.members),
        opinions=tuple(opinions),
        finalised_at=finalised_at,
        finalised_at_local=finalised_at_local,
        audit_head=audit_head,
    )
