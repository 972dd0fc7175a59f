"""What every district page works with: the district service, the clock and the interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from akimdesk.core.aggregate import RaceSummary
from akimdesk.core.errors import AkimdeskError, BadInput, RuleRefused
from akimdesk.core.message import os_error_message
from akimdesk.core.timeline import to_local
from akimdesk.district import DistrictDesk
from akimdesk.messages import DEFAULT_LANGUAGE, render
from akimdesk.recording import Clock
from akimdesk.signing.keys import DEFAULT_SCRYPT_N

ACTOR = "district"


@dataclass
class DistrictDeskState:
    """The shared, explicitly passed state of the district window."""

    district: DistrictDesk
    clock: Clock
    language: str = DEFAULT_LANGUAGE
    # Background jobs running on the shared database connection (see gui.work).
    busy: int = 0
    # The scrypt cost of the one-time passphrases on the acts; lowered only by drills and tests.
    handover_cost: int = DEFAULT_SCRYPT_N
    _summary: RaceSummary | None = field(default=None, repr=False)

    def say(self, code: str, params: Mapping[str, Any] | None = None) -> str:
        """A catalogue message in the interface language; lists in the parameters are joined."""
        worded = {k: ", ".join(map(str, v)) if isinstance(v, (tuple, list)) else v
                  for k, v in dict(params or {}).items()}
        return render(code, worded, self.language)

    def explain(self, error: AkimdeskError) -> str:
        """A refusal or bad input as the core words it, each problem of a rejected input on its own line."""
        lines = [self.say(error.code, error.params)]
        for problem in getattr(error, "problems", []):
            where = ":".join(str(p) for p in (problem.file, problem.row) if p is not None)
            field = f" [{problem.field}]" if problem.field else ""
            lines.append(f"{where}{field}: {self.say(problem.code, problem.params)}")
        return "\n".join(lines)

    def is_initialised(self) -> bool:
        """Whether the district's keys exist in this database."""
        try:
            self.district.keys()
        except RuleRefused:
            return False
        return True

    def race(self) -> dict[str, Any] | None:
        """The race the packages were issued for, or None before any."""
        return self.district.race(required=False)

    def summary(self) -> RaceSummary | None:
        """The race summed over its precincts (kept until `forget`), or None before any race."""
        if self._summary is None and self.race() is not None:
            self._summary = self.district.summary()
        return self._summary

    def forget(self) -> None:
        """Drop what was read from the district after a write."""
        self._summary = None

    def local_now(self) -> dt.datetime:
        """The clock in the race's time zone (the laptop's zone before a race is registered)."""
        race = self.race()
        if race is not None:
            return to_local(self.clock(), race["definition"]["election"]["time_zone"])
        return self.clock().astimezone()

    def title(self, texts: Mapping[str, str] | None) -> str:
        """A bilingual title in the interface language (Russian for English, as the papers carry no English)."""
        texts = texts or {}
        return texts.get("kk" if self.language == "kk" else "ru") or texts.get("ru") or texts.get("kk") or ""


def with_files(task: Callable[..., Any], file: Path | str) -> Callable[..., Any]:
    """`task`, with an operating-system error turned into a refusal naming `file` (so the window can word it)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return task(*args, **kwargs)
        except OSError as exc:
            raise BadInput("file-unwritable", file=str(file), reason=os_error_message(exc)) from None

    return run
