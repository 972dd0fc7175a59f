"""Members' PINs kept as Argon2id hashes (argon2-cffi): the PIN itself is never stored."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's default profile (RFC 9106, low memory): about 0.15 s per check on a modest laptop.
_STANDARD = PasswordHasher()
# For drills and tests that also lighten the commission key (see StationBase.key_cost). Each hash names its own
# parameters, so a check always uses the cost the hash was made with.
_LIGHT = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def hash_pin(pin: str, *, light: bool = False) -> str:
    """A salted Argon2id hash of the PIN, as text that names its own parameters."""
    return (_LIGHT if light else _STANDARD).hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    """Whether the PIN is the one the hash was made from."""
    try:
        return _STANDARD.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):  # a mismatch is a VerificationError
        return False
