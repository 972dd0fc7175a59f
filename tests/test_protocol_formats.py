"""The signed formats keep their shape: the QR payload's exact text and each protocol template's exact bytes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from akimdesk.core.protocol import PROTOCOL_FORMAT, PROTOCOL_FORMAT_VERSION, ProtocolData
from akimdesk.core.template import TEMPLATE_SCHEMA_VERSION
from akimdesk.paths import resources_dir
from akimdesk.protocol_templates import load_template
from akimdesk.signing.keys import generate_private_key
from akimdesk.signing.qr import QR_PAYLOAD_FIELDS, QR_PAYLOAD_TAG, make_qr_payload, parse_qr_payload

FIXTURE = Path(__file__).parent / "fixtures" / "protocol-v1"

# The QR text printed on the first release's signed fixture protocol, character for character.
QR_V1 = (
    "AKP1|E=c7b44ffe3b39662931a3bf2b5abf2ec5c2e108494ef3f25f58e19842fe0b941c|P=1001|T=rural-akim-2026-v1|V=1"
    "|L=200,204,196,6,1,1,7,0,1,7,3,2,1,1|H=ce6f192ed382bc96dd46ead2075b68a6ee57c16f47197d4a0615908b2990f7c5"
    "|S=T0_qA1QlRc8wn8qUY8lcByei3pKOojjIlfK2tztiwQk8h3FW5G4AF27BOT8IGqjZNRvpSobXRADt2AWgogLqJg"
)

# Each template file's SHA-256 under its id: a template whose bytes change must get a new id (and file).
TEMPLATE_SHA256 = {
    "rural-akim-2026-v1": "d9a6813a87d7fef9db6d5bb438dcb0b4e596307413358147be74d1d371b204f6",
    "rural-akim-2026-lost-v1": "238581a1cef535a2cca140099c2849b347ef4beddef309ba1f66757615364a76",
}


def test_the_fixture_qr_text_is_pinned():
    assert (FIXTURE / "qr.txt").read_text(encoding="ascii").strip() == QR_V1


def test_the_qr_layout_is_version_1_with_its_fields_in_order():
    assert QR_PAYLOAD_TAG == "AKP1"
    assert QR_PAYLOAD_FIELDS == ("E", "P", "T", "V", "L", "H", "S")
    tags = [part.split("=", 1)[0] for part in QR_V1.split("|")[1:]]
    assert tags == list(QR_PAYLOAD_FIELDS)


def test_todays_code_writes_the_v1_qr_text_for_the_v1_data():
    data = ProtocolData.from_json(json.loads((FIXTURE / "protocol.json").read_text(encoding="utf-8")))
    made = make_qr_payload(data, generate_private_key())
    # The signature differs with the key and the nonce; every other character is the same.
    assert made.split("|S=")[0] == QR_V1.split("|S=")[0]
    assert parse_qr_payload(made).values == parse_qr_payload(QR_V1).values


def test_the_protocol_data_format_is_named_and_versioned():
    data = json.loads((FIXTURE / "protocol.json").read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == (PROTOCOL_FORMAT, PROTOCOL_FORMAT_VERSION) == (
        "akimdesk-protocol", 1)


def test_every_template_file_is_pinned_to_its_id():
    files = sorted((resources_dir() / "templates").glob("*.json"))
    assert {path.stem for path in files} == set(TEMPLATE_SHA256)
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["id"] == path.stem
        assert document["schema_version"] == TEMPLATE_SCHEMA_VERSION
        assert hashlib.sha256(path.read_bytes()).hexdigest() == TEMPLATE_SHA256[path.stem], (
            f"{path.name} changed: a changed template needs a new id and file")
        assert load_template(path.stem).template_id == path.stem
