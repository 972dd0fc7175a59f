"""Raw ECDSA P-256 signatures with one valid spelling: 64 bytes r || s, low S only."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from akimdesk.core.errors import BadInput

P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
SIGNATURE_BYTES = 64
_SCALAR_BYTES = 32


def sign_raw(data: bytes, key: ec.EllipticCurvePrivateKey) -> bytes:
    """Sign `data` (SHA-256) and return the canonical 64-byte r || s."""
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise BadInput("key-unsupported")
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    # (r, n - s) verifies as well; keeping only the low half makes every signature unique.
    if s > P256_ORDER // 2:
        s = P256_ORDER - s
    return r.to_bytes(_SCALAR_BYTES, "big") + s.to_bytes(_SCALAR_BYTES, "big")


def verify_raw(data: bytes, signature: bytes, public_key: object) -> bool:
    """Whether `signature` is the canonical signature of `data` by this P-256 public key."""
    if not isinstance(public_key, ec.EllipticCurvePublicKey) or not isinstance(public_key.curve, ec.SECP256R1):
        return False
    if len(signature) != SIGNATURE_BYTES:
        return False
    r = int.from_bytes(signature[:_SCALAR_BYTES], "big")
    s = int.from_bytes(signature[_SCALAR_BYTES:], "big")
    if not (0 < r < P256_ORDER and 0 < s <= P256_ORDER // 2):
        return False
    try:
        public_key.verify(encode_dss_signature(r, s), data, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
