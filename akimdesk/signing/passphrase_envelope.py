"""Passphrase envelopes (scrypt + AES-256-GCM) that keep commission private keys and other secrets sealed."""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import VerificationFailed, WrongPassphrase

# A sealed secret as JSON: format, version, KDF parameters, salt, nonce and ciphertext (base64 text).
Envelope = dict[str, Any]

__all__ = [
    "DEFAULT_SCRYPT_N",
    "KEY_ENVELOPE_FORMAT",
    "KEY_ENVELOPE_VERSION",
    "SECRET_ENVELOPE_FORMAT",
    "decrypt_private_key",
    "encrypt_private_key",
    "open_with_passphrase",
    "seal_with_passphrase",
]

KEY_ENVELOPE_FORMAT = "akimdesk-encrypted-key"
KEY_ENVELOPE_VERSION = 1
SECRET_ENVELOPE_FORMAT = "akimdesk-sealed-secret"
# Default scrypt cost for commission passphrases (128 MiB of memory with r=8);
# smaller values are meant only for one-time handover keys and tests.
DEFAULT_SCRYPT_N = 2**17
_MIN_SCRYPT_N = 2**10
_MAX_SCRYPT_N = 2**20
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_NONCE_BYTES = 12
_GCM_TAG_BYTES = 16
_ENVELOPE_FIELDS = frozenset(
    {"format", "version", "kdf", "n", "r", "p", "salt", "nonce", "ciphertext"}
)


def _passphrase_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str):
        raise TypeError("passphrase must be a str")
    # NFC so that the same words typed on different systems derive the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(_passphrase_bytes(passphrase))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value.encode("ascii"), validate=True)


def _valid_n(n: Any) -> bool:
    return (
        isinstance(n, int)
        and not isinstance(n, bool)
        and _MIN_SCRYPT_N <= n <= _MAX_SCRYPT_N
        and n & (n - 1) == 0
    )


def encrypt_private_key(
    key: ec.EllipticCurvePrivateKey, passphrase: str, *, n: int = DEFAULT_SCRYPT_N
) -> Envelope:
    """Encrypt a private key under a passphrase into a JSON-able envelope.

    The envelope is ``{"format": "akimdesk-encrypted-key", "version": 1,
    "kdf": "scrypt", "n": N, "r": 8, "p": 1, "salt": b64, "nonce": b64,
    "ciphertext": b64}``: scrypt(N, r, p, salt) over the NFC-normalised UTF-8
    passphrase gives a 32-byte AES-256-GCM key that seals the PKCS#8 DER of
    the key, with the canonical JSON of every field but ``ciphertext`` as
    associated data. ``n`` defaults to 2**17 for commission passphrases; lower
    values are only for one-time handover keys.
    """
    plaintext = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return seal_with_passphrase(plaintext, passphrase, n=n, envelope_format=KEY_ENVELOPE_FORMAT)


def seal_with_passphrase(
    plaintext: bytes, passphrase: str, *, n: int = DEFAULT_SCRYPT_N, envelope_format: str = SECRET_ENVELOPE_FORMAT
) -> Envelope:
    """Encrypt any secret under a passphrase into the same envelope a private key gets."""
    if not _valid_n(n):
        raise ValueError("scrypt n must be a power of two between 2**10 and 2**20")
    salt = os.urandom(_SALT_BYTES)
    nonce = os.urandom(_NONCE_BYTES)
    header = {
        "format": envelope_format,
        "version": KEY_ENVELOPE_VERSION,
        "kdf": "scrypt",
        "n": n,
        "r": _SCRYPT_R,
        "p": _SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
    }
    aes_key = _derive(passphrase, salt, n, _SCRYPT_R, _SCRYPT_P)
    ciphertext = AESGCM(aes_key).encrypt(nonce, plaintext, canonical_json(header))
    return {**header, "ciphertext": _b64(ciphertext)}


def open_with_passphrase(
    envelope: Envelope, passphrase: str, *, envelope_format: str = SECRET_ENVELOPE_FORMAT
) -> bytes:
    """Open an envelope made by `seal_with_passphrase`; a wrong passphrase raises WrongPassphrase."""
    header, salt, nonce, ciphertext = _parse_envelope(envelope, envelope_format)
    aes_key = _derive(passphrase, salt, header["n"], header["r"], header["p"])
    try:
        return AESGCM(aes_key).decrypt(nonce, ciphertext, canonical_json(header))
    except InvalidTag:
        # A wrong passphrase and an altered envelope look the same to GCM.
        raise WrongPassphrase("passphrase-wrong") from None


def _parse_envelope(envelope: Any, envelope_format: str) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """Check an envelope's shape and return its header, salt, nonce and ciphertext."""
    malformed = VerificationFailed("key-envelope-malformed")
    if not isinstance(envelope, dict) or set(envelope) != _ENVELOPE_FIELDS:
        raise malformed
    version = envelope["version"]
    if (
        envelope["format"] != envelope_format
        or isinstance(version, bool)
        or version != KEY_ENVELOPE_VERSION
        or envelope["kdf"] != "scrypt"
        or not _valid_n(envelope["n"])
        or type(envelope["r"]) is not int
        or envelope["r"] != _SCRYPT_R
        or type(envelope["p"]) is not int
        or envelope["p"] != _SCRYPT_P
    ):
        raise malformed
    try:
        salt = _unb64(envelope["salt"])
        nonce = _unb64(envelope["nonce"])
        ciphertext = _unb64(envelope["ciphertext"])
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise malformed from None
    if len(salt) != _SALT_BYTES or len(nonce) != _NONCE_BYTES or len(ciphertext) <= _GCM_TAG_BYTES:
        raise malformed
    header = {k: v for k, v in envelope.items() if k != "ciphertext"}
    return header, salt, nonce, ciphertext


def decrypt_private_key(envelope: Envelope, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """Open a key envelope made by `encrypt_private_key` with its passphrase."""
    plaintext = open_with_passphrase(envelope, passphrase, envelope_format=KEY_ENVELOPE_FORMAT)
    try:
        key = serialization.load_der_private_key(plaintext, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise VerificationFailed("key-envelope-malformed") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise VerificationFailed("key-envelope-malformed")
    return key
