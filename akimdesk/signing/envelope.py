"""Personal data sealed for the district: CMS EnvelopedData to the district's encryption certificate."""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from akimdesk.core.errors import VerificationFailed
from akimdesk.signing.keys import NOT_AFTER, NOT_BEFORE

RSA_BITS = 3072


def make_encryption_certificate(
    district_key: ec.EllipticCurvePrivateKey, district_cert: x509.Certificate
) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """A separate RSA key for the district to receive personal data, certified by the district root."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    name = district_cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    subject = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "akimdesk district encryption"),
        x509.NameAttribute(NameOID.COMMON_NAME, name),
    ])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(district_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=True, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .sign(district_key, hashes.SHA256())
    )
    return key, certificate


def seal_for(data: bytes, certificate: x509.Certificate) -> bytes:
    """Encrypt `data` so that only the holder of the certificate's key can read it (DER CMS)."""
    return (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(data)
        .add_recipient(certificate)
        .set_content_encryption_algorithm(algorithms.AES256)
        .encrypt(serialization.Encoding.DER, [])
    )


def open_sealed(der: bytes, certificate: x509.Certificate, key: rsa.RSAPrivateKey) -> bytes:
    """Decrypt data sealed by `seal_for`; anything else is refused."""
    try:
        return pkcs7.pkcs7_decrypt_der(der, certificate, key, [])
    except (ValueError, TypeError):
        raise VerificationFailed("sealed-data-unreadable") from None



