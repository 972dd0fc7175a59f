"""Tests for detached CMS signatures made and checked offline."""

from __future__ import annotations

import asyncio
import hashlib
import time

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import serialization

from akimdesk.core.errors import BadInput, VerificationFailed
from akimdesk.signing import (
    generate_private_key,
    issue_precinct_certificate,
    make_district_certificate,
    precinct_identity,
    sign_detached,
    verify_detached,
)

ELECTION_ID = hashlib.sha256(b"election 2024").hexdigest()
DISTRICT_NAME = "Абай аудандық сайлау комиссиясы"
PACKAGE = "сайлау пакеті: кандидаттар тізімі\n".encode() * 200


def _district(name: str = DISTRICT_NAME):
    key = generate_private_key()
    return key, make_district_certificate(key, name)


def _precinct(district_key, district_cert, number: str = "017"):
    key = generate_private_key()
    cert = issue_precinct_certificate(
        district_key,
        district_cert,
        key.public_key(),
        election_id=ELECTION_ID,
        precinct_number=number,
        precinct_name=f"№{number} учаскелік сайлау комиссиясы",
    )
    return key, cert


@pytest.fixture(scope="module")
def district():
    return _district()


@pytest.fixture(scope="module")
def precinct(district):
    return _precinct(*district)


@pytest.fixture(scope="module")
def district_signature(district):
    key, cert = district
    return sign_detached(PACKAGE, key, cert)


@pytest.fixture(scope="module")
def precinct_signature(district, precinct):
    key, cert = precinct
    return sign_detached(PACKAGE, key, cert, [district[1]])


def _code(data: bytes, signature: bytes, root) -> str:
    with pytest.raises(VerificationFailed) as err:
        verify_detached(data, signature, root)
    return err.value.code


def test_signature_is_detached_sha256_signed_data(district, district_signature):
    info = cms.ContentInfo.load(district_signature)
    assert info["content_type"].native == "signed_data"
    signed_data = info["content"]
    assert signed_data["encap_content_info"]["content"].native is None
    (signer_info,) = signed_data["signer_infos"]
    assert signer_info["digest_algorithm"]["algorithm"].native == "sha256"
    assert signer_info["signature_algorithm"].signature_algo == "ecdsa"
    embedded = [c.chosen.dump() for c in signed_data["certificates"]]
    assert district[1].public_bytes(serialization.Encoding.DER) in embedded


def test_district_signature_verifies_against_its_root(district, district_signature):
    assert verify_detached(PACKAGE, district_signature, district[1]) == district[1]


def test_precinct_signature_verifies_against_the_district_root(district, precinct, precinct_signature):
    signer = verify_detached(PACKAGE, precinct_signature, district[1])
    assert signer == precinct[1]
    assert precinct_identity(signer) == (ELECTION_ID, "017")
    info = cms.ContentInfo.load(precinct_signature)
    assert len(info["content"]["certificates"]) == 2


def test_precinct_signature_without_embedded_root_still_chains(district, precinct):
    signature = sign_detached(PACKAGE, precinct[0], precinct[1])
    assert verify_detached(PACKAGE, signature, district[1]) == precinct[1]


def test_empty_data_can_be_signed(district):
    signature = sign_detached(b"", *district)
    assert verify_detached(b"", signature, district[1]) == district[1]
    assert _code(b"\x00", signature, district[1]) == "signature-invalid"


def test_altered_data_is_invalid(district, district_signature, precinct_signature):
    altered = bytearray(PACKAGE)
    altered[100] ^= 0x01
    assert _code(bytes(altered), district_signature, district[1]) == "signature-invalid"
    assert _code(PACKAGE + b"\n", precinct_signature, district[1]) == "signature-invalid"
    assert _code(PACKAGE[:-1], precinct_signature, district[1]) == "signature-invalid"


def _signed_regions(signature: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges of the signature value, the signed attributes and the signer's certificate."""
    signed_data = cms.ContentInfo.load(signature)["content"]
    signer_info = signed_data["signer_infos"][0]
    regions = {}
    for name, part in (
        ("signature value", signer_info["signature"]),
        ("signed attributes", signer_info["signed_attrs"]),
        ("signer certificate", signed_data["certificates"][-1].chosen),
    ):
        der = part.dump()
        start = signature.find(der)
        assert start >= 0
        regions[name] = (start, start + len(der))
    return regions


def test_flipped_byte_in_signature_value_is_refused(district, district_signature):
    start, end = _signed_regions(district_signature)["signature value"]
    for position in (end - 1, end - 20, start + 6):
        damaged = bytearray(district_signature)
        damaged[position] ^= 0x01
        code = _code(PACKAGE, bytes(damaged), district[1])
        assert code in {"signature-invalid", "signature-unreadable"}


def test_no_flipped_byte_in_signed_parts_verifies(district, precinct_signature):
    for start, end in _signed_regions(precinct_signature).values():
        for position in range(start, end, 11):
            damaged = bytearray(precinct_signature)
            damaged[position] ^= 0x80
            with pytest.raises(VerificationFailed):
                verify_detached(PACKAGE, bytes(damaged), district[1])


def test_other_districts_consistent_chain_is_untrusted(district):
    other_key, other_cert = _district(DISTRICT_NAME)
    assert other_cert.subject == district[1].subject
    forged_key, forged_cert = _precinct(other_key, other_cert)
    forged = sign_detached(PACKAGE, forged_key, forged_cert, [other_cert])
    assert verify_detached(PACKAGE, forged, other_cert) == forged_cert
    assert _code(PACKAGE, forged, district[1]) == "signature-untrusted"
    by_other_root = sign_detached(PACKAGE, other_key, other_cert)
    assert _code(PACKAGE, by_other_root, district[1]) == "signature-untrusted"


def test_precinct_certificate_is_not_a_root_for_others(district, precinct, district_signature):
    assert _code(PACKAGE, district_signature, precinct[1]) == "signature-untrusted"


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"garbage",
        b"\x30\x03\x02\x01\x01",
        b"\x30\x82\xff\xff" + b"\x00" * 16,
        bytes(range(256)),
    ],
)
def test_garbage_is_unreadable(district, garbage):
    assert _code(PACKAGE, garbage, district[1]) == "signature-unreadable"


def test_certificate_instead_of_signature_is_unreadable(district):
    der = district[1].public_bytes(serialization.Encoding.DER)
    assert _code(PACKAGE, der, district[1]) == "signature-unreadable"


def test_truncated_signature_is_unreadable(district, district_signature):
    assert _code(PACKAGE, district_signature[:-10], district[1]) == "signature-unreadable"


def test_signing_with_a_key_of_another_certificate_is_refused(district, precinct):
    with pytest.raises(BadInput) as err:
        sign_detached(PACKAGE, precinct[0], district[1])
    assert err.value.code == "key-certificate-mismatch"


def test_works_while_an_event_loop_is_running(district):
    async def inside_loop():
        signature = sign_detached(PACKAGE, *district)
        return verify_detached(PACKAGE, signature, district[1])

    assert asyncio.run(inside_loop()) == district[1]


def test_leaves_the_threads_event_loop_in_place(district, district_signature):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        verify_detached(PACKAGE, district_signature, district[1])
        sign_detached(PACKAGE, *district)
        assert asyncio.get_event_loop_policy().get_event_loop() is loop
    finally:
        asyncio.set_event_loop(None)
        loop.close()


def test_verification_is_quick(district, precinct_signature):
    verify_detached(PACKAGE, precinct_signature, district[1])
    started = time.perf_counter()
    for _ in range(5):
        verify_detached(PACKAGE, precinct_signature, district[1])
    assert (time.perf_counter() - started) / 5 < 0.5
