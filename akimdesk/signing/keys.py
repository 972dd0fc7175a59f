"""Keys and certificates of the district and precinct commissions, and passphrase-protected key envelopes."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import re
import unicodedata
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.x509.oid import NameOID, SignatureAlgorithmOID

from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed, WrongPassphrase

__all__ = [
    "DEFAULT_SCRYPT_N",
    "DISTRICT_ORGANIZATION",
    "KEY_ENVELOPE_FORMAT",
    "MIN_PASSPHRASE_LENGTH",
    "NOT_AFTER",
    "NOT_BEFORE",
    "certificate_fingerprint",
    "certificate_from_pem",
    "certificate_to_pem",
    "check_new_passphrase",
    "decrypt_private_key",
    "encrypt_private_key",
    "generate_private_key",
    "is_issued_by",
    "issue_precinct_certificate",
    "make_district_certificate",
    "normalize_fingerprint",
    "precinct_identity",
    "precinct_uri",
    "public_keys_match",
]

# Fixed, wide validity: the trust model does not rely on time, and a laptop
# with a wrong clock must still be able to sign and verify.
NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
NOT_AFTER = dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)

DISTRICT_ORGANIZATION = "akimdesk district"
MIN_PASSPHRASE_LENGTH = 12

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

_CN_MAX_BYTES = 64

_ELECTION_ID_RE = re.compile(r"[0-9a-f]{64}")
_PRECINCT_NUMBER_RE = re.compile(r"[0-9A-Za-z-]{1,16}")
_PRECINCT_URI_RE = re.compile(
    r"urn:akimdesk:election:([0-9a-f]{64}):precinct:([0-9A-Za-z-]{1,16})"
)
_FINGERPRINT_RE = re.compile(r"[0-9a-f]{64}")


def generate_private_key() -> ec.EllipticCurvePrivateKey:
    """Generate a new EC P-256 private key."""
    return ec.generate_private_key(ec.SECP256R1())


def _common_name(name: str) -> x509.NameAttribute:
    """A common name attribute holding `name`, cut to at most 64 UTF-8 bytes."""
    if not isinstance(name, str):
        raise TypeError("name must be a str")
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    # cryptography bounds a common name by 64 UTF-8 bytes, not the 64
    # characters of RFC 5280, and warns on every read of a longer one.
    cut = min(len(text), _CN_MAX_BYTES)
    while len(text[:cut].encode("utf-8")) > _CN_MAX_BYTES:
        cut -= 1
    if cut < len(text):
        # Never leave a base letter without the marks that follow it.
        while cut > 0 and unicodedata.combining(text[cut]):
            cut -= 1
    text = text[:cut].rstrip()
    if not text:
        raise BadInput("certificate-name-empty")
    return x509.NameAttribute(NameOID.COMMON_NAME, text)


def _key_usage(*, issues_certificates: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=issues_certificates,
        crl_sign=issues_certificates,
        encipher_only=False,
        decipher_only=False,
    )


def _subject_key_identifier(cert: x509.Certificate) -> x509.SubjectKeyIdentifier:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    except x509.ExtensionNotFound:
        return x509.SubjectKeyIdentifier.from_public_key(cert.public_key())


def make_district_certificate(key: ec.EllipticCurvePrivateKey, name: str) -> x509.Certificate:
    """Create the self-signed root certificate of a district commission."""
    subject = x509.Name(
        [
            _common_name(name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DISTRICT_ORGANIZATION),
        ]
    )
    public_key = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(issues_certificates=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    return builder.sign(key, hashes.SHA256())


def _check_election_id(election_id: str) -> None:
    if not isinstance(election_id, str) or not _ELECTION_ID_RE.fullmatch(election_id):
        raise BadInput("election-id-malformed")


def _check_precinct_number(precinct_number: str) -> None:
    if not isinstance(precinct_number, str) or not _PRECINCT_NUMBER_RE.fullmatch(precinct_number):
        raise BadInput("precinct-number-malformed")


def precinct_uri(election_id: str, precinct_number: str) -> str:
    """The URN that names a precinct of an election inside its certificate."""
    _check_election_id(election_id)
    _check_precinct_number(precinct_number)
    return f"urn:akimdesk:election:{election_id}:precinct:{precinct_number}"


def issue_precinct_certificate(
    district_key: ec.EllipticCurvePrivateKey,
    district_cert: x509.Certificate,
    precinct_public_key: ec.EllipticCurvePublicKey,
    *,
    election_id: str,
    precinct_number: str,
    precinct_name: str,
) -> x509.Certificate:
    """Issue a precinct commission's signing certificate under the district root."""
    uri = precinct_uri(election_id, precinct_number)
    if not public_keys_match(district_key, district_cert):
        raise BadInput("key-certificate-mismatch")
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([_common_name(precinct_name)]))
        .issuer_name(district_cert.subject)
        .public_key(precinct_public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(issues_certificates=False), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(
                _subject_key_identifier(district_cert)
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(precinct_public_key), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([x509.UniformResourceIdentifier(uri)]), critical=False
        )
    )
    return builder.sign(district_key, hashes.SHA256())


def precinct_identity(cert: x509.Certificate) -> tuple[str, str] | None:
    """The (election id, precinct number) named by a precinct certificate, or None."""
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        uris = san.get_values_for_type(x509.UniformResourceIdentifier)
    except (x509.ExtensionNotFound, ValueError, TypeError):
        return None
    found = [m for m in (_PRECINCT_URI_RE.fullmatch(u) for u in uris) if m]
    if len(found) != 1:
        return None
    return found[0].group(1), found[0].group(2)


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """The lower-case hex SHA-256 of the certificate's DER encoding."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def normalize_fingerprint(text: str) -> str:
    """Turn a fingerprint as typed from paper into 64 lower-case hex characters."""
    if not isinstance(text, str):
        raise BadInput("fingerprint-malformed")
    cleaned = "".join(text.split()).replace(":", "").replace("-", "").lower()
    if not _FINGERPRINT_RE.fullmatch(cleaned):
        raise BadInput("fingerprint-malformed")
    return cleaned


def certificate_to_pem(cert: x509.Certificate) -> str:
    """Encode a certificate as PEM text."""
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def certificate_from_pem(text: str) -> x509.Certificate:
    """Read a certificate from PEM text."""
    try:
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        return x509.load_pem_x509_certificate(data)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise VerificationFailed("certificate-unreadable") from exc


def is_issued_by(cert: x509.Certificate, issuer_cert: x509.Certificate) -> bool:
    """Whether `cert` names `issuer_cert` as issuer and carries its valid ECDSA SHA-256 signature."""
    try:
        if cert.issuer != issuer_cert.subject:
            return False
        if cert.signature_algorithm_oid != SignatureAlgorithmOID.ECDSA_WITH_SHA256:
            return False
        issuer_key = issuer_cert.public_key()
        if not isinstance(issuer_key, ec.EllipticCurvePublicKey):
            return False
        issuer_key.verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256()))
        return True
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return False


def public_keys_match(private_key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> bool:
    """Whether the certificate carries the public half of `private_key`."""
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    try:
        return private_key.public_key().public_bytes(*spki) == cert.public_key().public_bytes(*spki)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return False


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase that is too short to protect a commission key."""
    text = unicodedata.normalize("NFC", passphrase) if isinstance(passphrase, str) else ""
    if len(text.strip()) < MIN_PASSPHRASE_LENGTH:
        raise RuleRefused("passphrase-too-short", minimum=MIN_PASSPHRASE_LENGTH)


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
) -> dict:
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
) -> dict:
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
    envelope: dict, passphrase: str, *, envelope_format: str = SECRET_ENVELOPE_FORMAT
) -> bytes:
    """Open an envelope made by `seal_with_passphrase`; a wrong passphrase raises WrongPassphrase."""
    header, salt, nonce, ciphertext = _parse_envelope(envelope, envelope_format)
    aes_key = _derive(passphrase, salt, header["n"], header["r"], header["p"])
    try:
        return AESGCM(aes_key).decrypt(nonce, ciphertext, canonical_json(header))
    except InvalidTag:
        # A wrong passphrase and an altered envelope look the same to GCM.
        raise WrongPassphrase("passphrase-wrong") from None


def _parse_envelope(envelope: Any, envelope_format: str) -> tuple[dict, bytes, bytes, bytes]:
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


def decrypt_private_key(envelope: dict, passphrase: str) -> ec.EllipticCurvePrivateKey:
    """Open a key envelope made by `encrypt_private_key` with its passphrase."""
    plaintext = open_with_passphrase(envelope, passphrase, envelope_format=KEY_ENVELOPE_FORMAT)
    try:
        key = serialization.load_der_private_key(plaintext, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise VerificationFailed("key-envelope-malformed") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise VerificationFailed("key-envelope-malformed")
    return key


HANDOVER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I/L to misread on paper
_HANDOVER_CHARACTERS = 20


def handover_passphrase() -> str:
    """A one-time passphrase of about 99 random bits in readable groups, as printed on the act."""
    import secrets

    chars = "".join(secrets.choice(HANDOVER_ALPHABET) for _ in range(_HANDOVER_CHARACTERS))
    return "-".join(chars[i:i + 5] for i in range(0, _HANDOVER_CHARACTERS, 5))


def normalize_handover_passphrase(text: str) -> str:
    """The act's passphrase as the program wrote it, however the chair typed case, spaces and dashes."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(compact) != _HANDOVER_CHARACTERS or any(ch not in HANDOVER_ALPHABET for ch in compact):
        return text
    return "-".join(compact[i:i + 5] for i in range(0, _HANDOVER_CHARACTERS, 5))
