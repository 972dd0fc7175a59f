"""A certificate fingerprint in the groups of four the handover act prints and the chair types from."""

from __future__ import annotations

import re

FINGERPRINT_GROUPS = 16
GROUPS_PER_ROW = 4
_HEX64 = re.compile(r"[0-9a-f]{64}")


def fingerprint_groups(fingerprint: str) -> list[str]:
    """The 16 four-character groups of a SHA-256 fingerprint, as printed on the act."""
    cleaned = "".join(str(fingerprint).split()).replace(":", "").lower()
    if not _HEX64.fullmatch(cleaned):
        raise ValueError("fingerprint must be 64 hex characters")
    size = len(cleaned) // FINGERPRINT_GROUPS
    return [cleaned[i:i + size] for i in range(0, len(cleaned), size)]
