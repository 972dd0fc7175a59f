"""Control ratios: each one compared, and each failure named with both sides and the difference."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from akimdesk.core.message import Message, ParamValue
from akimdesk.core.template import ProtocolLine, Ratio, Severity, Term

__all__ = ["RatioResult", "Severity", "evaluate_ratios", "hard_failures"]

_FAILED_CODES = {"=": "ratio-equal-failed", "<=": "ratio-at-most-failed", ">=": "ratio-at-least-failed"}


@dataclass(frozen=True)
class RatioResult:
    """The outcome of one control ratio; `ok` is None while its lines are not all known."""

    ratio_id: str
    severity: Severity
    ok: bool | None
    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        """What the ratio says (holds, fails by how much, or waits), as a message."""
        return Message(self.code, dict(self.params))


def _expression(terms: Sequence[Term], lines: Sequence[ProtocolLine]) -> str:
    numbers = {line.key: line.number for line in lines}
    candidates = [line.number for line in lines if line.candidate_id]
    parts = []
    for term in terms:
        if term.candidates:
            text = f"{candidates[0]}…{candidates[-1]}" if len(candidates) > 1 else candidates[0]
        elif term.line:
            text = numbers[term.line]
        else:
            text = f"[{term.check_ins}]"
        parts.append(("− " if term.sign < 0 else "+ ") + text)
    return " ".join(parts).removeprefix("+ ")


def _total(terms: Sequence[Term], values: Mapping[str, int | None], figures: Mapping[str, int],
           lines: Sequence[ProtocolLine]) -> int | None:
    total = 0
    for term in terms:
        if term.candidates:
            keys = [line.key for line in lines if line.candidate_id]
        elif term.line:
            keys = [term.line]
        else:
            if term.check_ins is None or term.check_ins not in figures:
                return None
            total += term.sign * figures[term.check_ins]
            continue
        for key in keys:
            value = values.get(key)
            if value is None:
                return None
            total += term.sign * value
    return total


def _holds(left: int, relation: str, right: int) -> bool:
    return left == right if relation == "=" else left <= right if relation == "<=" else left >= right


def evaluate_ratios(
    ratios: Sequence[Ratio],
    lines: Sequence[ProtocolLine],
    values: Mapping[str, int | None],
    figures: Mapping[str, int],
) -> list[RatioResult]:
    """Evaluate every ratio of the template against the line values and the station's own figures."""
    results: list[RatioResult] = []
    for ratio in ratios:
        if ratio.check == "whole-numbers-and-candidates":
            results.append(_whole_numbers(ratio, lines, values))
            continue
        left = _total(ratio.left, values, figures, lines)
        right = _total(ratio.right, values, figures, lines)
        params: dict[str, ParamValue] = {
            "ratio": ratio.ratio_id, "left_expr": _expression(ratio.left, lines),
            "right_expr": _expression(ratio.right, lines), "relation": ratio.relation,
            "left": left, "right": right,
            "difference": None if left is None or right is None else left - right,
        }
        if left is None or right is None:
            results.append(RatioResult(ratio.ratio_id, ratio.severity, None, "ratio-pending", params))
            continue
        relation = ratio.relation or "="
        ok = _holds(left, relation, right)
        if ratio.message:
            code = f"{ratio.message}-ok" if ok else ratio.message
        else:
            code = "ratio-ok" if ok else _FAILED_CODES[relation]
        results.append(RatioResult(ratio.ratio_id, ratio.severity, ok, code, params))
    return results


def _whole_numbers(ratio: Ratio, lines: Sequence[ProtocolLine], values: Mapping[str, int | None]) -> RatioResult:
    bad = [line.number for line in lines if _is_bad_figure(values.get(line.key))]
    unknown = sorted(set(values) - {line.key for line in lines})
    params: dict[str, ParamValue] = {"ratio": ratio.ratio_id, "lines": ", ".join(bad), "unknown": ", ".join(unknown)}
    if any(values.get(line.key) is None for line in lines) and not bad and not unknown:
        return RatioResult(ratio.ratio_id, ratio.severity, None, "ratio-pending", params)
    ok = not bad and not unknown
    return RatioResult(ratio.ratio_id, ratio.severity, ok, "ratio-whole-numbers-ok" if ok else "ratio-whole-numbers-failed",
                       params)


def _is_bad_figure(value: object) -> bool:
    return value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0)


def hard_failures(results: Sequence[RatioResult]) -> list[RatioResult]:
    """The hard ratios that fail: they block finalising unless overridden with a reason."""
    return [r for r in results if r.severity is Severity.HARD and r.ok is False]
