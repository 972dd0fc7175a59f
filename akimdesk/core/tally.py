"""The tally sheet: two blind entries per line by different members, prefilled lines, mismatches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.template import ProtocolLine

MAX_LINE_VALUE = 10_000_000


class LineStatus(StrEnum):
    """Where one line of the sheet stands."""

    AGREED = "agreed"
    PREFILLED = "prefilled"
    MISMATCH = "mismatch"
    WAITING = "waiting"
    MISSING = "missing"


LINE_STATUSES = tuple(LineStatus)


@dataclass(frozen=True)
class TallyEntry:
    """The newest value one entry (1 or 2) holds for one line."""

    line_key: str
    entry: int
    value: int
    member_id: str
    at: str
    reason: str | None = None


@dataclass(frozen=True)
class LineState:
    """One line of the sheet: its entries, what the records say, and the value it settles on."""

    line: ProtocolLine
    prefill: int | None
    entry_1: TallyEntry | None
    entry_2: TallyEntry | None

    @property
    def status(self) -> LineStatus:
        """agreed, prefilled, mismatch, waiting (one entry) or missing."""
        entries = [e for e in (self.entry_1, self.entry_2) if e is not None]
        if self.prefill is not None and all(e.value == self.prefill for e in entries):
            return LineStatus.AGREED if len(entries) == 2 else LineStatus.PREFILLED
        if len(entries) == 2:
            return LineStatus.AGREED if entries[0].value == entries[1].value else LineStatus.MISMATCH
        return LineStatus.WAITING if entries else LineStatus.MISSING

    @property
    def value(self) -> int | None:
        """The settled value, or None while entries are missing or disagree."""
        status = self.status
        if status is LineStatus.PREFILLED:
            return self.prefill
        if status is LineStatus.AGREED:
            return self.entry_1.value if self.entry_1 else self.prefill
        return None


def sheet(
    lines: Sequence[ProtocolLine], entries: Sequence[TallyEntry], prefills: Mapping[str, int]
) -> list[LineState]:
    """The sheet from the entries (later entries win) and the prefilled values."""
    newest: dict[tuple[str, int], TallyEntry] = {}
    for entry in entries:
        newest[(entry.line_key, entry.entry)] = entry
    return [
        LineState(line, prefills.get(line.key), newest.get((line.key, 1)), newest.get((line.key, 2)))
        for line in lines
    ]


def check_entry(state: LineState, entry: int, value: object, member_id: str, reason: str | None) -> int:
    """Refuse an entry the sheet does not allow; return the value as a whole number."""
    if entry not in (1, 2):
        raise BadInput("tally-entry-invalid", entry=entry)
    if isinstance(value, bool) or not isinstance(value, int):
        # Only a number is echoed back: anything else (a flag, a fraction) is named by what it is not.
        raise BadInput("tally-value-not-a-number", line=state.line.number)
    if not 0 <= value <= MAX_LINE_VALUE:
        raise BadInput("tally-value-invalid", line=state.line.number, value=value)
    if state.line.is_withdrawn and value != 0:
        raise RuleRefused("candidate-withdrawn", line=state.line.number, candidate=state.line.label_kk)
    other = state.entry_2 if entry == 1 else state.entry_1
    if other is not None and other.member_id == member_id:
        raise RuleRefused("tally-same-member", line=state.line.number, entry=3 - entry, member=member_id)
    if state.prefill is not None and value != state.prefill and not (reason and reason.strip()):
        raise RuleRefused("tally-prefilled-needs-reason", line=state.line.number, prefill=state.prefill)
    return value


def visible_value(entry: TallyEntry | None, other: TallyEntry | None, viewer: str | None) -> int | None:
    """An entry's value as the viewer may see it: hidden until the other entry exists (blind entry)."""
    if entry is None:
        return None
    if other is not None or entry.member_id == viewer:
        return entry.value
    return None


def final_values(states: Sequence[LineState]) -> dict[str, int]:
    """Every line's settled value; refuse while a line is missing, waiting or disputed."""
    settled: dict[str, int] = {}
    problems = []
    for state in states:
        value = state.value
        if value is None:
            problems.append(state)
        else:
            settled[state.line.key] = value
    if problems:
        first = problems[0]
        code = "tally-mismatch" if first.status is LineStatus.MISMATCH else "tally-incomplete"
        raise RuleRefused(code, line=first.line.number, count=len(problems))
    return settled
