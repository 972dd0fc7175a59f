"""A protocol signed by the first release still verifies: PDF, QR and attached data, on any date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from akimdesk.cli import main
from akimdesk.core.canonical import canonical_json, sha256_hex
from akimdesk.signing import cms
from akimdesk.signing.keys import certificate_from_pem
from tests.test_cli import run, run_json

FIXTURE = Path(__file__).parent / "fixtures" / "protocol-v1"
PROTOCOL_HASH = "ce6f192ed382bc96dd46ead2075b68a6ee57c16f47197d4a0615908b2990f7c5"


def fixture_text(name: str) -> str:
    return (FIXTURE / name).read_text(encoding="utf-8").strip()


def fixture_data() -> dict:
    return json.loads((FIXTURE / "protocol.json").read_text(encoding="utf-8"))


class _ClockAt:
    """Stands in for the datetime module inside signing.cms, so 'now' is any date we like."""

    def __init__(self, now: dt.datetime) -> None:
        self._now = now
        self.timedelta = dt.timedelta
        self.UTC = dt.UTC
        outer = self

        class _Datetime(dt.datetime):
            @classmethod
            def now(cls, tz=None):  # noqa: ANN001 - mirrors datetime.now
                return outer._now

        self.datetime = _Datetime


@pytest.fixture(params=["today", "2019-03-01", "2049-12-31"])
def any_date(request, monkeypatch):
    """Verification must give the same answer whatever the laptop's clock says."""
    if request.param != "today":
        moment = dt.datetime.fromisoformat(request.param).replace(tzinfo=dt.UTC)
        monkeypatch.setattr(cms, "dt", _ClockAt(moment))
    return request.param


def test_fixture_files_agree_with_each_other():
    raw = (FIXTURE / "protocol.json").read_bytes()
    assert canonical_json(json.loads(raw)) == raw
    assert sha256_hex(raw) == PROTOCOL_HASH == fixture_text("protocol-hash.txt")
    assert f"|H={PROTOCOL_HASH}|" in fixture_text("qr.txt")


def test_v1_protocol_pdf_verifies_through_the_service(empty_station, any_date):
    district = certificate_from_pem(fixture_text("district.pem"))
    verified = empty_station.verify_protocol((FIXTURE / "protocol.pdf").read_bytes(), district)
    assert verified.protocol_hash == PROTOCOL_HASH
    assert verified.precinct == "1001"
    assert verified.qr_text == fixture_text("qr.txt")
    assert canonical_json(verified.data.to_json()) == (FIXTURE / "protocol.json").read_bytes()
    assert verified.data.protocol_hash == PROTOCOL_HASH


def test_v1_qr_payload_verifies_through_the_service(empty_station):
    precinct = certificate_from_pem(fixture_text("precinct.pem"))
    payload = empty_station.verify_qr(fixture_text("qr.txt"), precinct)
    assert payload.protocol_hash == PROTOCOL_HASH
    assert payload.values == tuple(line["value"] for line in fixture_data()["lines"])


def test_v1_protocol_verifies_from_the_command_line(capsys, tmp_path, any_date):
    no_db = ["--db", str(tmp_path / "no-such.db")]
    code, body, _ = run_json(capsys, "protocol", "verify", str(FIXTURE / "protocol.pdf"),
                             "--district-cert", str(FIXTURE / "district.pem"), *no_db)
    assert code == 0 and body["verified"] and body["protocol_hash"] == PROTOCOL_HASH
    assert body["lines"]["ballots_cancelled"] == 196 and body["version"] == 1
    code, body, _ = run_json(capsys, "protocol", "verify-qr", fixture_text("qr.txt"),
                             "--precinct-cert", str(FIXTURE / "precinct.pem"), *no_db)
    assert code == 0 and body["protocol_hash"] == PROTOCOL_HASH and body["values"][2] == 196
    assert not (tmp_path / "no-such.db").exists()


def test_v1_protocol_with_a_changed_byte_fails(capsys, tmp_path):
    changed = bytearray((FIXTURE / "protocol.pdf").read_bytes())
    changed[len(changed) // 3] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(changed))
    code, _, err = run(capsys, "protocol", "verify", str(bad), "--district-cert", str(FIXTURE / "district.pem"),
                       "--db", str(tmp_path / "no-such.db"))
    assert code == 1 and err.strip()
    assert main(["protocol", "verify-qr", fixture_text("qr.txt").replace(",196,", ",197,"),
                 "--precinct-cert", str(FIXTURE / "precinct.pem"), "--db", str(tmp_path / "x.db")]) == 1
