"""Certificates of the district and precinct commissions: the district root, precinct certificates, fingerprints, PEM."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, SignatureAlgorithmOID

from akimdesk.core.errors import BadInput, VerificationFailed

__all__ = [
    "DISTRICT_ORGANIZATION",
    "NOT_AFTER",
    "NOT_BEFORE",
    "certificate_fingerprint",
    "certificate_from_pem",
    "certificate_to_pem",
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
NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
NOT_AFTER = dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=dt.UTC)

DISTRICT_ORGANIZATION = "akimdesk district"

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


def _common_name(name: str) -> x509.NameAttribute[str]:
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
