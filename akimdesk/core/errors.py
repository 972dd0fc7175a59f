"""Errors that carry a message code and parameters; the wording lives in the catalogues."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


class AkimdeskError(Exception):
    """Base error: a stable message code plus parameters for the catalogues."""

    exit_code = 1

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        shown = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({shown})"


class RuleRefused(AkimdeskError):
    """A rule of the election refuses the action (exit 1)."""


class VerificationFailed(AkimdeskError):
    """A signature, hash chain or integrity check failed (exit 1)."""


class WrongPassphrase(AkimdeskError):
    """A passphrase did not unlock a key (exit 1)."""


class BadInput(AkimdeskError):
    """Unreadable file, malformed input or bad usage (exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file: where it is and what it is."""

    file: str
    row: int | None
    field: str | None
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class InputRejected(BadInput):
    """An input file was rejected whole; `problems` lists every problem found."""

    def __init__(self, code: str, problems: list[Problem], **params: Any) -> None:
        super().__init__(code, count=len(problems), **params)
        self.problems = problems
