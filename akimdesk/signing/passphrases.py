"""Passphrases people type: the rule for a new commission passphrase and the one-time handover passphrase."""

from __future__ import annotations

import secrets
import unicodedata

from akimdesk.core.errors import RuleRefused

__all__ = [
    "HANDOVER_ALPHABET",
    "MIN_PASSPHRASE_LENGTH",
    "check_new_passphrase",
    "handover_passphrase",
    "normalize_handover_passphrase",
]

MIN_PASSPHRASE_LENGTH = 12


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase that is too short to protect a commission key."""
    text = unicodedata.normalize("NFC", passphrase) if isinstance(passphrase, str) else ""
    if len(text.strip()) < MIN_PASSPHRASE_LENGTH:
        raise RuleRefused("passphrase-too-short", minimum=MIN_PASSPHRASE_LENGTH)


HANDOVER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I/L to misread on paper
_HANDOVER_CHARACTERS = 20


def handover_passphrase() -> str:
    """A one-time passphrase of about 99 random bits in readable groups, as printed on the act."""
    chars = "".join(secrets.choice(HANDOVER_ALPHABET) for _ in range(_HANDOVER_CHARACTERS))
    return "-".join(chars[i:i + 5] for i in range(0, _HANDOVER_CHARACTERS, 5))


def normalize_handover_passphrase(text: str) -> str:
    """The act's passphrase as the program wrote it, however the chair typed case, spaces and dashes."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(compact) != _HANDOVER_CHARACTERS or any(ch not in HANDOVER_ALPHABET for ch in compact):
        return text
    return "-".join(compact[i:i + 5] for i in range(0, _HANDOVER_CHARACTERS, 5))
