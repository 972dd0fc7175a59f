"""Protocol templates as data: numbered lines, lines derived from check-ins, control ratios as terms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from akimdesk.core.election import Candidate
from akimdesk.core.errors import BadInput

# Figures the station derives from its own records, which a template line or term may name.
DERIVED_FIGURES = frozenset(
    {"voters_listed", "ballots_received", "ballots_issued_station", "ballots_issued_mobile", "mobile_requests"}
)
RELATIONS = ("=", "<=", ">=")
# The schema version of the template files themselves (not of the form they describe).
TEMPLATE_SCHEMA_VERSION = 1


class Severity(StrEnum):
    """A hard ratio blocks finalising unless overridden with a reason; a soft one warns."""

    HARD = "hard"
    SOFT = "soft"


SEVERITIES = tuple(Severity)
BUILT_IN_CHECKS = frozenset({"whole-numbers-and-candidates"})


@dataclass(frozen=True)
class ProtocolLine:
    """One numbered line of the protocol as printed."""

    key: str
    number: str
    label_kk: str
    label_ru: str
    derived_from: str | None = None
    candidate_id: str | None = None
    is_withdrawn: bool = False


@dataclass(frozen=True)
class Term:
    """One signed term of a control ratio: a line, every candidate line, or a figure from the records."""

    sign: int
    line: str | None = None
    check_ins: str | None = None
    candidates: bool = False


@dataclass(frozen=True)
class Ratio:
    """A control ratio: left relation right, hard (blocks finalising) or soft (warns)."""

    ratio_id: str
    severity: Severity
    relation: str | None
    left: tuple[Term, ...]
    right: tuple[Term, ...]
    check: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class ProtocolTemplate:
    """A versioned protocol form."""

    template_id: str
    version: int
    form: Mapping[str, str]
    title: Mapping[str, str]
    line_specs: tuple[Mapping[str, Any], ...]
    ratios: tuple[Ratio, ...]

    def lines(self, candidates: Sequence[Candidate]) -> tuple[ProtocolLine, ...]:
        """The numbered lines with one line per candidate in ballot order."""
        lines: list[ProtocolLine] = []
        for spec in self.line_specs:
            if spec.get("candidates"):
                for candidate in sorted(candidates, key=lambda c: c.ballot_position):
                    lines.append(ProtocolLine(
                        key=f"{spec['key_prefix']}{candidate.candidate_id}", number=str(len(lines) + 1),
                        label_kk=candidate.name_kk, label_ru=candidate.name_ru,
                        candidate_id=candidate.candidate_id, is_withdrawn=candidate.is_withdrawn,
                    ))
            else:
                lines.append(ProtocolLine(
                    key=spec["key"], number=str(len(lines) + 1), label_kk=spec["label"]["kk"],
                    label_ru=spec["label"]["ru"], derived_from=spec.get("derived_from"),
                ))
        return tuple(lines)


def _bad(field: str) -> BadInput:
    return BadInput("template-invalid", field=field)


def _terms(items: Any, field: str, line_keys: set[str]) -> tuple[Term, ...]:
    if not isinstance(items, list) or not items:
        raise _bad(field)
    terms = []
    for item in items:
        sign = item.get("sign", 1) if isinstance(item, dict) else None
        if sign not in (1, -1):
            raise _bad(field)
        if "line" in item and item["line"] in line_keys:
            terms.append(Term(sign, line=item["line"]))
        elif item.get("check_ins") in DERIVED_FIGURES:
            terms.append(Term(sign, check_ins=item["check_ins"]))
        elif item.get("candidates") is True:
            terms.append(Term(sign, candidates=True))
        else:
            raise _bad(field)
    return tuple(terms)


def parse_template(data: Mapping[str, Any]) -> ProtocolTemplate:
    """Validate a template document; BadInput names the first bad field."""
    for field in ("schema_version", "id", "version", "form", "title", "lines", "ratios"):
        if field not in data:
            raise _bad(field)
    if data["schema_version"] != TEMPLATE_SCHEMA_VERSION:
        raise _bad("schema_version")
    line_keys: set[str] = set()
    has_candidates = False
    for i, spec in enumerate(data["lines"]):
        if spec.get("candidates") is True:
            if has_candidates or not isinstance(spec.get("key_prefix"), str):
                raise _bad(f"lines[{i}]")
            has_candidates = True
            continue
        key, label = spec.get("key"), spec.get("label")
        if not isinstance(key, str) or key in line_keys or not isinstance(label, dict) or not (
            label.get("kk") and label.get("ru")
        ):
            raise _bad(f"lines[{i}]")
        if spec.get("derived_from") not in (None, *DERIVED_FIGURES):
            raise _bad(f"lines[{i}].derived_from")
        line_keys.add(key)
    if not has_candidates:
        raise _bad("lines")
    ratios = []
    for i, spec in enumerate(data["ratios"]):
        field = f"ratios[{i}]"
        if spec.get("severity") not in SEVERITIES or not isinstance(spec.get("id"), str):
            raise _bad(field)
        if "check" in spec:
            if spec["check"] not in BUILT_IN_CHECKS:
                raise _bad(field)
            ratios.append(Ratio(spec["id"], Severity(spec["severity"]), None, (), (), check=spec["check"]))
            continue
        if spec.get("relation") not in RELATIONS:
            raise _bad(f"{field}.relation")
        ratios.append(Ratio(
            spec["id"], Severity(spec["severity"]), spec["relation"], _terms(spec.get("left"), f"{field}.left", line_keys),
            _terms(spec.get("right"), f"{field}.right", line_keys), message=spec.get("message"),
        ))
    return ProtocolTemplate(data["id"], data["version"], data["form"], data["title"],
                            tuple(data["lines"]), tuple(ratios))
