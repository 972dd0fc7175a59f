"""Tests for the signed QR payload printed on protocols."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from akimdesk.core.canonical import canonical_json
from akimdesk.core.errors import BadInput, VerificationFailed
from akimdesk.signing import (
    generate_private_key,
    issue_precinct_certificate,
    make_district_certificate,
)
from akimdesk.signing.qr import (
    QrPayload,
    make_qr_payload,
    parse_qr_payload,
    protocol_hash,
    qr_matches_data,
    verify_qr_payload,
)

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-sample.json"
P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def load_sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def data() -> dict:
    return load_sample()


@pytest.fixture(scope="module")
def district():
    key = generate_private_key()
    return key, make_district_certificate(key, "Демо аудандық сайлау комиссиясы")


def precinct_cert(district, public_key, election_id: str, number: str):
    district_key, district_cert = district
    return issue_precinct_certificate(
        district_key,
        district_cert,
        public_key,
        election_id=election_id,
        precinct_number=number,
        precinct_name=f"№{number} учаскелік сайлау комиссиясы",
    )


@pytest.fixture(scope="module")
def precinct(district, data):
    key = generate_private_key()
    return key, precinct_cert(district, key.public_key(), data["election_id"], data["precinct"]["number"])


@pytest.fixture(scope="module")
def payload_text(precinct, data) -> str:
    return make_qr_payload(data, precinct[0])


def with_signature(text: str, signature: bytes) -> str:
    head = text[: text.index("|S=")]
    return head + "|S=" + base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=")


def test_round_trip(payload_text, precinct, data):
    payload = verify_qr_payload(payload_text, precinct[1])
    assert isinstance(payload, QrPayload)
    assert payload == parse_qr_payload(payload_text)
    assert payload.election_id == data["election_id"]
    assert payload.precinct == "1001"
    assert payload.template_id == "rural-akim-2026-v1"
    assert payload.version == 1
    assert payload.values == tuple(line["value"] for line in data["lines"])
    assert payload.protocol_hash == protocol_hash(data) == hashlib.sha256(canonical_json(data)).hexdigest()
    assert len(payload.signature) == 64
    assert payload_text == payload.signed_text + "|S=" + payload_text.split("|S=")[1]
    assert qr_matches_data(payload, data)


def test_layout_is_the_documented_one(payload_text, data):
    fields = payload_text.split("|")
    assert [f.split("=")[0] for f in fields] == ["AKP1", "E", "P", "T", "V", "L", "H", "S"]
    assert fields[5] == "L=" + ",".join(str(line["value"]) for line in data["lines"])
    assert payload_text.isascii() and " " not in payload_text


def test_fourteen_lines_fit_in_500_bytes(payload_text, data):
    assert len(data["lines"]) == 14
    assert len(payload_text.encode("ascii")) <= 500


def test_ten_candidate_race_fits_in_500_bytes(precinct, data):
    big = copy.deepcopy(data)
    general = [line for line in big["lines"] if "candidate_id" not in line][:10]
    candidates = [
        {"key": f"votes_C{i}", "number": str(11 + i), "candidate_id": f"C{i}", "label": {}, "value": 99999}
        for i in range(10)
    ]
    big["lines"] = [dict(line, value=999999) for line in general] + candidates + [
        {"key": "votes_against_all", "number": "21", "label": {}, "value": 99999}
    ]
    text = make_qr_payload(big, precinct[0])
    assert len(big["lines"]) == 21
    assert len(text.encode("ascii")) <= 500
    assert verify_qr_payload(text, precinct[1]).values[-1] == 99999


def test_signatures_are_low_s_and_verify(precinct, data):
    for _ in range(16):
        payload = verify_qr_payload(make_qr_payload(data, precinct[0]), precinct[1])
        assert int.from_bytes(payload.signature[32:], "big") <= P256_ORDER // 2


def test_high_s_twin_is_refused(payload_text, precinct):
    signature = parse_qr_payload(payload_text).signature
    s = int.from_bytes(signature[32:], "big")
    twin = with_signature(payload_text, signature[:32] + (P256_ORDER - s).to_bytes(32, "big"))
    parse_qr_payload(twin)
    with pytest.raises(VerificationFailed) as caught:
        verify_qr_payload(twin, precinct[1])
    assert caught.value.code == "qr-signature-invalid"


def test_one_changed_digit_in_the_values_fails(payload_text, precinct):
    head, rest = payload_text.split("|L=")
    values, tail = rest.split("|", 1)
    changed = values.replace("410", "411", 1)
    assert changed != values
    forged = f"{head}|L={changed}|{tail}"
    parse_qr_payload(forged)
    with pytest.raises(VerificationFailed) as caught:
        verify_qr_payload(forged, precinct[1])
    assert caught.value.code == "qr-signature-invalid"


@pytest.mark.parametrize("position", range(0, 290, 7))
def test_any_changed_character_of_the_payload_fails(payload_text, precinct, position):
    original = payload_text[position]
    replacement = "1" if original != "1" else "2"
    forged = payload_text[:position] + replacement + payload_text[position + 1 :]
    with pytest.raises(VerificationFailed):
        verify_qr_payload(forged, precinct[1])


def test_another_precincts_certificate_fails(district, payload_text, data):
    other = generate_private_key()
    cert = precinct_cert(district, other.public_key(), data["election_id"], "1002")
    with pytest.raises(VerificationFailed) as caught:
        verify_qr_payload(payload_text, cert)
    assert caught.value.code == "qr-certificate-mismatch"


def test_another_elections_certificate_fails(district, payload_text, precinct):
    cert = precinct_cert(district, precinct[0].public_key(), "0" * 64, "1001")
    with pytest.raises(VerificationFailed) as caught:
        verify_qr_payload(payload_text, cert)
    assert caught.value.code == "qr-certificate-mismatch"


def test_same_precinct_with_another_key_fails(district, payload_text, data):
    cert = precinct_cert(district, generate_private_key().public_key(), data["election_id"], "1001")
    with pytest.raises(VerificationFailed) as caught:
        verify_qr_payload(payload_text, cert)
    assert caught.value.code == "qr-signature-invalid"


def test_district_certificate_names_no_precinct(district, payload_text):
    with pytest.raises(VerificationFailed) as caught:
        verify_qr_payload(payload_text, district[1])
    assert caught.value.code == "qr-certificate-mismatch"


def malformed_variants(text: str) -> list:
    head, signature = text.split("|S=")
    last = signature[-1]
    # The last base64url character carries 4 unused bits; setting one keeps the bytes, not the text.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    odd_last = alphabet[alphabet.index(last) | 1]
    return [
        "",
        "AKP1",
        text + "\n",
        " " + text,
        text + "|X=1",
        text.replace("AKP1|", "AKP2|", 1),
        text.replace("|P=", "|Q=", 1),
        text.replace(text.split("|")[1], text.split("|")[1].upper(), 1),
        head,
        head + "|S=" + signature[:-1],
        head + "|S=" + signature + "A",
        head + "|S=" + signature.replace(signature[0], "+", 1),
        head + "|S=" + signature[:-1] + odd_last,
        text.replace("|V=1|", "|V=01|", 1),
        text.replace("|V=1|", "|V=0|", 1),
        text.replace("|L=1200,", "|L=01200,", 1),
        text.replace("|L=1200,", "|L=-1200,", 1),
        text.replace("|L=1200,", "|L=1200,,", 1),
        text.replace("|L=1200,", "|L=1 200,", 1),
        text.replace("|T=rural-akim-2026-v1|", "|T=rural akim|", 1),
        text.replace("|T=rural-akim-2026-v1|", "|T=|", 1),
        text.replace("|P=1001|", "|P=10|01|", 1),
        text.replace("|H=", "|H=0", 1),
        text.replace("1200", "١٢٠٠", 1),
        text.encode("ascii"),
        None,
        "A" * 5000,
    ]


def test_malformed_text_fails(payload_text, precinct):
    variants = malformed_variants(payload_text)
    assert len(set(map(repr, variants))) == len(variants)
    for text in variants:
        with pytest.raises(VerificationFailed) as caught:
            parse_qr_payload(text)
        assert caught.value.code == "qr-malformed", text
        with pytest.raises(VerificationFailed):
            verify_qr_payload(text, precinct[1])


def test_matches_data_only_when_everything_is_equal(payload_text, data):
    payload = parse_qr_payload(payload_text)
    assert qr_matches_data(payload, copy.deepcopy(data))

    changed_value = copy.deepcopy(data)
    changed_value["lines"][10]["value"] += 1
    assert not qr_matches_data(payload, changed_value)

    changed_elsewhere = copy.deepcopy(data)
    changed_elsewhere["opinions"][0]["text"] += "."
    assert not qr_matches_data(payload, changed_elsewhere)

    for path, value in [
        (("version",), 2),
        (("election_id",), "0" * 64),
        (("precinct", "number"), "1002"),
        (("template", "id"), "other-template"),
    ]:
        changed = copy.deepcopy(data)
        target = changed
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert not qr_matches_data(payload, changed), path

    assert not qr_matches_data(payload, {})
    assert not qr_matches_data(payload, {"lines": "x"})
    assert not qr_matches_data(payload, [])


def test_boolean_values_are_not_counts(precinct, data):
    odd = copy.deepcopy(data)
    odd["lines"][7]["value"] = True
    with pytest.raises(BadInput):
        make_qr_payload(odd, precinct[0])
    payload = parse_qr_payload(make_qr_payload(data, precinct[0]))
    assert not qr_matches_data(payload, odd)


@pytest.mark.parametrize(
    "path, value",
    [
        (("election_id",), "XYZ"),
        (("precinct", "number"), "10 01"),
        (("template", "id"), "a|b"),
        (("version",), 0),
        (("version",), "1"),
        (("lines",), []),
        (("lines",), [{"value": -1}]),
        (("lines",), [{"value": 10**9}]),
        (("lines",), [{"value": 1.5}]),
        (("lines",), [{"novalue": 1}]),
    ],
)
def test_make_refuses_data_outside_the_grammar(precinct, data, path, value):
    odd = copy.deepcopy(data)
    target = odd
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(BadInput) as caught:
        make_qr_payload(odd, precinct[0])
    assert caught.value.code == "protocol-data-malformed"


def test_make_refuses_other_keys(data):
    with pytest.raises(BadInput):
        make_qr_payload(data, ec.generate_private_key(ec.SECP384R1()))
    with pytest.raises(BadInput):
        make_qr_payload(data, b"not a key")
