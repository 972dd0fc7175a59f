"""How the command line prints a service record with --json: the record's fields, as plain JSON values."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any


def record_json(value: Any) -> Any:
    """A frozen record (nested records, enums, tuples, sets, decimals and mappings included) as plain JSON values.

    A record with its own `to_json` (a signed shape, or keys that differ from field names) uses it.
    """
    to_json = getattr(value, "to_json", None)
    if callable(to_json) and dataclasses.is_dataclass(value):
        return record_json(to_json())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: record_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): record_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [record_json(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [record_json(v) for v in sorted(value)]
    if isinstance(value, Decimal):
        return float(value)
    return value


def record_dict(value: Any) -> dict[str, Any]:
    """A record as the JSON object the command prints."""
    plain = record_json(value)
    if not isinstance(plain, dict):
        raise TypeError(f"{type(value).__name__} does not print as a JSON object")
    return plain


def json_default(value: Any) -> Any:
    """For json.dumps: a record or a nested message as plain JSON values, anything else as its text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return record_json(value)
    return str(value)
