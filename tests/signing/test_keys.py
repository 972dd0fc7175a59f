"""Tests for commission keys, certificates and passphrase envelopes."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import unicodedata

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.x509.oid import NameOID

from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed, WrongPassphrase
from akimdesk.signing import (
    MIN_PASSPHRASE_LENGTH,
    certificate_fingerprint,
    certificate_from_pem,
    certificate_to_pem,
    check_new_passphrase,
    decrypt_private_key,
    encrypt_private_key,
    generate_private_key,
    is_issued_by,
    issue_precinct_certificate,
    make_district_certificate,
    normalize_fingerprint,
    precinct_identity,
    public_keys_match,
)

ELECTION_ID = hashlib.sha256(b"election 2024").hexdigest()
DISTRICT_NAME = "Есіл аудандық сайлау комиссиясы"
FAST_N = 2**12
UTC = dt.UTC


@pytest.fixture(scope="module")
def district():
    key = generate_private_key()
    return key, make_district_certificate(key, DISTRICT_NAME)


@pytest.fixture(scope="module")
def precinct(district):
    district_key, district_cert = district
    key = generate_private_key()
    cert = issue_precinct_certificate(
        district_key,
        district_cert,
        key.public_key(),
        election_id=ELECTION_ID,
        precinct_number="017",
        precinct_name="№17 учаскелік сайлау комиссиясы",
    )
    return key, cert


def _cn(cert: x509.Certificate) -> str:
    return cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value


def _ext(cert: x509.Certificate, cls):
    return cert.extensions.get_extension_for_class(cls)


def test_generated_key_is_p256():
    assert generate_private_key().curve.name == "secp256r1"


def test_district_certificate_is_self_signed_ca(district):
    key, cert = district
    assert cert.subject == cert.issuer
    assert is_issued_by(cert, cert)
    assert _cn(cert) == DISTRICT_NAME
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "akimdesk district"
    constraints = _ext(cert, x509.BasicConstraints)
    assert constraints.critical
    assert constraints.value.ca is True
    assert constraints.value.path_length == 0
    usage = _ext(cert, x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert usage.key_cert_sign and usage.crl_sign
    ski = _ext(cert, x509.SubjectKeyIdentifier).value
    assert ski == x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    assert isinstance(cert.signature_hash_algorithm, hashes.SHA256)
    assert cert.not_valid_before_utc == dt.datetime(2020, 1, 1, tzinfo=UTC)
    assert cert.not_valid_after_utc == dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC)
    assert public_keys_match(key, cert)


def test_district_certificates_get_distinct_serials():
    key = generate_private_key()
    first = make_district_certificate(key, "Округ")
    second = make_district_certificate(key, "Округ")
    assert first.serial_number != second.serial_number


def test_long_cyrillic_name_is_cut_on_a_character_boundary():
    name = "Алматы қаласы Бостандық ауданы №123 учаскелік сайлау комиссиясы"
    cert = make_district_certificate(generate_private_key(), name)
    cn = _cn(cert)
    assert 0 < len(cn.encode("utf-8")) <= 64
    assert len(cn) <= 64
    assert name.startswith(cn)
    assert cn == "Алматы қаласы Бостандық ауданы №123"


def test_short_cyrillic_name_is_kept_whole():
    name = "Есіл аудандық сайлау комиссиясы"
    assert len(name.encode("utf-8")) <= 64
    assert _cn(make_district_certificate(generate_private_key(), name)) == name


def test_cut_never_strands_a_base_letter_from_its_marks():
    # "q" with a combining acute has no precomposed form, so NFC keeps two code points.
    name = "x" * 62 + "q\u0301" + " tail"
    cn = _cn(make_district_certificate(generate_private_key(), name))
    assert cn == "x" * 62


def test_blank_name_is_refused():
    with pytest.raises(BadInput) as err:
        make_district_certificate(generate_private_key(), "   ")
    assert err.value.code == "certificate-name-empty"


def test_precinct_certificate_names_its_precinct(district, precinct):
    district_key, district_cert = district
    key, cert = precinct
    assert precinct_identity(cert) == (ELECTION_ID, "017")
    assert cert.issuer == district_cert.subject
    assert _cn(cert) == "№17 учаскелік сайлау комиссиясы"
    assert is_issued_by(cert, district_cert)
    assert not is_issued_by(district_cert, cert)
    constraints = _ext(cert, x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca is False
    usage = _ext(cert, x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    aki = _ext(cert, x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == _ext(district_cert, x509.SubjectKeyIdentifier).value.digest
    assert _ext(cert, x509.SubjectKeyIdentifier).value == x509.SubjectKeyIdentifier.from_public_key(
        key.public_key()
    )
    uris = _ext(cert, x509.SubjectAlternativeName).value.get_values_for_type(
        x509.UniformResourceIdentifier
    )
    assert uris == [f"urn:akimdesk:election:{ELECTION_ID}:precinct:017"]
    assert cert.not_valid_before_utc.year == 2020
    assert cert.not_valid_after_utc.year == 2099
    assert public_keys_match(key, cert)
    assert not public_keys_match(district_key, cert)


def test_district_certificate_has_no_precinct_identity(district):
    assert precinct_identity(district[1]) is None


@pytest.mark.parametrize(
    "uri",
    [
        "urn:akimdesk:election:abc:precinct:017",
        f"urn:akimdesk:election:{ELECTION_ID.upper()}:precinct:017",
        f"urn:akimdesk:election:{ELECTION_ID}:precinct:",
        f"urn:other:election:{ELECTION_ID}:precinct:017",
        f"urn:akimdesk:election:{ELECTION_ID}:precinct:017:extra",
    ],
)
def test_malformed_identity_uri_reads_as_none(district, uri):
    district_key, district_cert = district
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "x")]))
        .issuer_name(district_cert.subject)
        .public_key(generate_private_key().public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(dt.datetime(2099, 1, 1, tzinfo=UTC))
        .add_extension(x509.SubjectAlternativeName([x509.UniformResourceIdentifier(uri)]), False)
        .sign(district_key, hashes.SHA256())
    )
    assert precinct_identity(cert) is None


@pytest.mark.parametrize(
    ("election_id", "number", "code"),
    [
        ("abc", "017", "election-id-malformed"),
        (ELECTION_ID.upper(), "017", "election-id-malformed"),
        (ELECTION_ID, "", "precinct-number-malformed"),
        (ELECTION_ID, "01:7", "precinct-number-malformed"),
    ],
)
def test_bad_identity_is_refused_at_issue(district, election_id, number, code):
    district_key, district_cert = district
    with pytest.raises(BadInput) as err:
        issue_precinct_certificate(
            district_key,
            district_cert,
            generate_private_key().public_key(),
            election_id=election_id,
            precinct_number=number,
            precinct_name="Учаске",
        )
    assert err.value.code == code


def test_other_district_with_same_name_is_not_the_issuer(district, precinct):
    other_key = generate_private_key()
    other_cert = make_district_certificate(other_key, DISTRICT_NAME)
    assert other_cert.subject == district[1].subject
    forged = issue_precinct_certificate(
        other_key,
        other_cert,
        generate_private_key().public_key(),
        election_id=ELECTION_ID,
        precinct_number="017",
        precinct_name="№17 учаскелік сайлау комиссиясы",
    )
    assert not is_issued_by(forged, district[1])
    assert is_issued_by(forged, other_cert)
    assert not is_issued_by(precinct[1], other_cert)


def test_issuer_with_other_name_is_not_the_issuer(district, precinct):
    other = make_district_certificate(district[0], "Басқа округ")
    assert other.public_key() == district[1].public_key()
    assert not is_issued_by(precinct[1], other)


def test_fingerprint_is_sha256_of_der(district):
    cert = district[1]
    der = cert.public_bytes(serialization.Encoding.DER)
    assert certificate_fingerprint(cert) == hashlib.sha256(der).hexdigest()


def test_fingerprint_typed_from_paper_is_normalised(district):
    fingerprint = certificate_fingerprint(district[1])
    pairs = [fingerprint[i : i + 2] for i in range(0, 64, 2)]
    colons = ":".join(p.upper() for p in pairs)
    groups = " ".join(fingerprint[i : i + 4] for i in range(0, 64, 4))
    dashes = "-".join(fingerprint[i : i + 8].upper() for i in range(0, 64, 8))
    for typed in (colons, groups, dashes, f"  {fingerprint.upper()}\n"):
        assert normalize_fingerprint(typed) == fingerprint
    assert normalize_fingerprint("AB:cd 12" + "0" * 58) == "abcd12" + "0" * 58


@pytest.mark.parametrize(
    "typed",
    ["", "ab:cd", "g" * 64, "0" * 63, "0" * 65, "0" * 62 + "٠٠", "0" * 62 + "/1"],
)
def test_malformed_fingerprint_is_refused(typed):
    with pytest.raises(BadInput) as err:
        normalize_fingerprint(typed)
    assert err.value.code == "fingerprint-malformed"


def test_pem_round_trip(precinct):
    cert = precinct[1]
    text = certificate_to_pem(cert)
    assert text.startswith("-----BEGIN CERTIFICATE-----")
    assert certificate_from_pem(text) == cert


@pytest.mark.parametrize(
    "text",
    ["", "hello", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"],
)
def test_unreadable_pem_is_refused(text):
    with pytest.raises(VerificationFailed) as err:
        certificate_from_pem(text)
    assert err.value.code == "certificate-unreadable"


def _same_key(a, b) -> bool:
    return a.private_numbers() == b.private_numbers()


def test_envelope_round_trip_through_json():
    key = generate_private_key()
    envelope = encrypt_private_key(key, "жаңа құпия сөз 2024", n=FAST_N)
    assert set(envelope) == {"format", "version", "kdf", "n", "r", "p", "salt", "nonce", "ciphertext"}
    fixed = {k: envelope[k] for k in ("format", "version", "kdf", "n", "r", "p")}
    assert fixed == {"format": "akimdesk-encrypted-key", "version": 1, "kdf": "scrypt", "n": FAST_N, "r": 8, "p": 1}
    assert len(base64.b64decode(envelope["salt"])) == 16
    assert len(base64.b64decode(envelope["nonce"])) == 12
    restored = json.loads(json.dumps(envelope))
    assert _same_key(decrypt_private_key(restored, "жаңа құпия сөз 2024"), key)


def test_envelopes_of_the_same_key_differ():
    key = generate_private_key()
    first = encrypt_private_key(key, "correct horse battery", n=FAST_N)
    second = encrypt_private_key(key, "correct horse battery", n=FAST_N)
    assert first["salt"] != second["salt"]
    assert first["ciphertext"] != second["ciphertext"]


def test_default_cost_is_for_commission_passphrases():
    key = generate_private_key()
    envelope = encrypt_private_key(key, "commission passphrase")
    assert envelope["n"] == 2**17
    assert _same_key(decrypt_private_key(envelope, "commission passphrase"), key)


def test_wrong_passphrase_is_reported():
    envelope = encrypt_private_key(generate_private_key(), "correct horse battery", n=FAST_N)
    with pytest.raises(WrongPassphrase) as err:
        decrypt_private_key(envelope, "correct horse batterY")
    assert err.value.code == "passphrase-wrong"


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[len(raw) // 2] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


@pytest.mark.parametrize(
    "change",
    [{"ciphertext": "flip"}, {"salt": "flip"}, {"nonce": "flip"}, {"n": 2 * FAST_N}],
)
def test_tampered_envelope_does_not_open(change):
    envelope = encrypt_private_key(generate_private_key(), "correct horse battery", n=FAST_N)
    for field, value in change.items():
        envelope[field] = _flip_b64(envelope[field]) if value == "flip" else value
    with pytest.raises((WrongPassphrase, VerificationFailed)):
        decrypt_private_key(envelope, "correct horse battery")


@pytest.mark.parametrize(
    "change",
    [
        {"format": "other"}, {"version": 2}, {"version": True}, {"kdf": "pbkdf2"},
        {"n": 3000}, {"n": 2**9}, {"n": 2**21}, {"n": "4096"}, {"r": 16}, {"p": 2},
        {"salt": "not base64!"}, {"nonce": base64.b64encode(b"short").decode()},
        {"ciphertext": ""}, {"extra": "field"}, {"salt": None}, {"ciphertext": None},
    ],
)
def test_malformed_envelope_is_refused(change):
    envelope = encrypt_private_key(generate_private_key(), "correct horse battery", n=FAST_N)
    envelope.update(change)
    for field in [k for k, v in change.items() if v is None]:
        del envelope[field]
    with pytest.raises(VerificationFailed) as err:
        decrypt_private_key(envelope, "correct horse battery")
    assert err.value.code == "key-envelope-malformed"


def test_non_dict_envelope_is_refused():
    with pytest.raises(VerificationFailed) as err:
        decrypt_private_key(["not", "a", "dict"], "correct horse battery")  # type: ignore[arg-type]
    assert err.value.code == "key-envelope-malformed"


def test_composed_and_decomposed_passphrases_match():
    composed = unicodedata.normalize("NFC", "мой ёжик йод Қазақ")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    key = generate_private_key()
    for lock, unlock in ((composed, decomposed), (decomposed, composed)):
        envelope = encrypt_private_key(key, lock, n=FAST_N)
        assert _same_key(decrypt_private_key(envelope, unlock), key)


def test_minimum_passphrase_length():
    assert MIN_PASSPHRASE_LENGTH == 12
    check_new_passphrase("a" * 12)
    check_new_passphrase("сайлау күні 2024")
    for short in ("", "short", "a" * 11, "   " + "a" * 11 + "\t\n "):
        with pytest.raises(RuleRefused) as err:
            check_new_passphrase(short)
        assert err.value.code == "passphrase-too-short"
        assert err.value.params == {"minimum": 12}


def test_envelope_follows_its_documented_construction():
    key = generate_private_key()
    envelope = encrypt_private_key(key, "мой ёжик йод", n=FAST_N)
    header = {k: v for k, v in envelope.items() if k != "ciphertext"}
    aes_key = Scrypt(salt=base64.b64decode(envelope["salt"]), length=32, n=FAST_N, r=8, p=1).derive(
        unicodedata.normalize("NFC", "мой ёжик йод").encode("utf-8")
    )
    nonce = base64.b64decode(envelope["nonce"])
    ciphertext = base64.b64decode(envelope["ciphertext"])
    aad = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    der = AESGCM(aes_key).decrypt(nonce, ciphertext, aad)
    assert der == key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(InvalidTag):
        AESGCM(aes_key).decrypt(nonce, ciphertext, None)
