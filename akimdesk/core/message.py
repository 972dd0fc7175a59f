"""A message as the core speaks it: a code and its params, a param possibly a message itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ParamValue = str | int | float | None
"""A plain message param: worded as it is (roles and actions by their own codes)."""


@dataclass(frozen=True)
class Message:
    """A code with params, worded in the reader's language only when shown."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The JSON form `{"code": ..., "params": ...}`, nested messages in the same form."""
        return {"code": self.code, "params": {k: _param_json(v) for k, v in self.params.items()}}

    @staticmethod
    def from_json(value: Mapping[str, Any]) -> Message:
        """A message from its JSON form (nested messages included)."""
        params = value.get("params") or {}
        return Message(str(value["code"]), {k: _param_value(v) for k, v in params.items()})


def is_message_json(value: object) -> bool:
    """Whether a param value is the JSON form of a message."""
    return (isinstance(value, Mapping) and set(value) <= {"code", "params"} and "code" in value
            and isinstance(value["code"], str) and isinstance(value.get("params", {}), Mapping))


def _param_json(value: Any) -> Any:
    return value.to_json() if isinstance(value, Message) else value


def _param_value(value: Any) -> Any:
    return Message.from_json(value) if is_message_json(value) else value


_OS_ERROR_CODES = {
    "ENOENT": "os-error-not-found",
    "EACCES": "os-error-permission-denied",
    "EPERM": "os-error-permission-denied",
    "EISDIR": "os-error-is-a-folder",
    "ENOTDIR": "os-error-not-a-folder",
    "EROFS": "os-error-read-only",
    "ENOSPC": "os-error-no-space",
    "EIO": "os-error-device",
}


def os_error_message(error: OSError) -> Message:
    """Why a file operation failed, as a message (the system's own text is English only)."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    code = _OS_ERROR_CODES.get(name)
    return Message(code) if code else Message("os-error-other", {"errno": name or str(error.errno or "?")})
