"""Finalising, printing, verifying and amending the protocol at the station."""

from __future__ import annotations

import io
import json
import re

import pypdf
import pytest

from akimdesk.core.errors import RuleRefused, VerificationFailed, WrongPassphrase
from akimdesk.core.protocol import Amends, Override
from akimdesk.core.tally import LineStatus
from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.signing.qr import parse_qr_payload
from tests.conftest import BALANCED_COUNT, CHAIR, ISSUER, ISSUER_2, SECRETARY, enter_count

PRESENT = ["M1", "M2", "M3", "M4", "M5", "M7"]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def qr_on_page(data: bytes, page: int = 0) -> list[str]:
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(data)
    image = document[page].render(scale=150 / 72).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


@pytest.fixture
def counted_station(closed_station):
    """Count entered twice and agreed, six of seven members present, one special opinion."""
    enter_count(closed_station, BALANCED_COUNT)
    closed_station.record_present(PRESENT, actor=SECRETARY)
    closed_station.add_opinion("Жылжымалы жәшік 14:20-да кешігіп оралды.", actor="M4")
    return closed_station


@pytest.fixture
def finalised_station(counted_station, clock):
    clock.set("23:10")
    counted_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    return counted_station


def test_finalised_protocol_verifies_and_carries_the_count(finalised_station):
    assert finalised_station.state() == "finalised"
    pdf, kind = finalised_station.protocol_pdf()
    assert kind == "signed"
    verified = finalised_station.verify_protocol(pdf)
    values = verified.data.values
    assert values == {**BALANCED_COUNT, "voters_listed": 200, "ballots_received": 204,
                      "ballots_issued_station": 6, "ballots_issued_mobile": 1}
    assert verified.precinct == "1001" and verified.data.finalised_at_local == "2026-11-29 23:10"
    stored = finalised_station.store.protocol(1)
    assert verified.protocol_hash == stored["protocol_hash"] == parse_qr_payload(stored["qr_text"]).protocol_hash
    members = {m.member_id: m for m in verified.data.members}
    assert not members["M6"].is_present and members["M4"].has_opinion
    text = pdf_text(pdf)
    for expected in ("197", "жүз тоқсан жеті", "сто девяносто семь", "Үсенов Жандос Маратұлы",
                     "ҚАТЫСПАДЫ", stored["protocol_hash"], "кешігіп оралды"):
        assert expected in text
    assert finalised_station.store.last_audit_event().kind == "protocol-finalised"
    finalised_station.verify_audit()


def test_print_copies_carry_the_same_qr_and_are_reproducible(finalised_station):
    first, kind = finalised_station.protocol_pdf(copies=2)
    again, _ = finalised_station.protocol_pdf(copies=2)
    assert kind == "copies" and first == again
    stored_qr = finalised_station.store.protocol(1)["qr_text"]
    assert qr_on_page(first, 0) == [stored_qr]
    assert "Экземпляр 2 из 2" in pdf_text(first)
    with pytest.raises(VerificationFailed) as unsigned:
        finalised_station.verify_protocol(first)
    assert unsigned.value.code == "pdf-unsigned"


def test_draft_before_finalising_is_marked_unsigned_and_reproducible(counted_station):
    draft, kind = counted_station.protocol_pdf()
    assert kind == "draft" and draft == counted_station.protocol_pdf()[0]
    assert "ЖОБА" in pdf_text(draft) and qr_on_page(draft) == []
    with pytest.raises(VerificationFailed):
        counted_station.verify_protocol(draft)


def test_wrong_passphrase_finalises_nothing(counted_station):
    with pytest.raises(WrongPassphrase):
        counted_station.finalise_protocol(actor=CHAIR, passphrase="not the commission passphrase")
    assert counted_station.state() == "counting" and counted_station.store.count("protocols") == 0


def test_only_the_chair_finalises(counted_station):
    with pytest.raises(RuleRefused) as refused:
        counted_station.finalise_protocol(actor=SECRETARY, passphrase=DEMO_PASSPHRASE)
    assert refused.value.code == "role-not-allowed"


def test_override_is_printed_on_the_protocol(closed_station):
    enter_count(closed_station, dict(BALANCED_COUNT, ballots_cancelled=196))
    closed_station.record_present(PRESENT, actor=SECRETARY)
    with pytest.raises(RuleRefused) as blocked:
        closed_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    assert blocked.value.code == "ratio-blocks-finalising"
    closed_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE,
                                     override_reason="бір бюллетень жыртылған")
    pdf, _ = closed_station.protocol_pdf()
    data = closed_station.verify_protocol(pdf).data
    assert data.overrides == (Override("H1", "бір бюллетень жыртылған"),)
    assert "бір бюллетень жыртылған" in pdf_text(pdf)


def test_nothing_changes_after_finalising(finalised_station):
    with pytest.raises(RuleRefused) as refused:
        finalised_station.set_tally("ballots_cancelled", 1, entry=1, actor=ISSUER)
    assert refused.value.code == "station-finalised"


def test_amended_version_keeps_version_one_intact(finalised_station, clock):
    original, _ = finalised_station.protocol_pdf()
    with pytest.raises(RuleRefused):
        finalised_station.amend_protocol(actor=CHAIR, reason="  ")
    finalised_station.amend_protocol(actor=CHAIR, reason="recount of the stationary box")
    assert finalised_station.state() == "counting" and finalised_station.current_version() == 2
    line = finalised_station.tally_sheet().line("votes_C1")
    assert line.value == 3 and line.status is LineStatus.PREFILLED
    for entry, member in ((1, ISSUER), (2, ISSUER_2)):
        finalised_station.set_tally("votes_C1", 2, entry=entry, actor=member, reason="recount")
        finalised_station.set_tally("votes_C2", 3, entry=entry, actor=member, reason="recount")
    finalised_station.record_present(PRESENT, actor=SECRETARY)
    clock.set("23:50")
    finalised_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    second, _ = finalised_station.protocol_pdf()
    first_again, _ = finalised_station.protocol_pdf(version=1)
    assert first_again == original
    v1 = finalised_station.verify_protocol(original).data
    v2 = finalised_station.verify_protocol(second).data
    assert v2.version == 2 and v2.amends == Amends(1, finalised_station.store.protocol(1)["protocol_hash"],
                                                   "recount of the stationary box")
    assert v2.values["votes_C1"] == 2
    assert v1.values["votes_C1"] == 3
    assert [v.version for v in finalised_station.protocol_versions()] == [1, 2]
    finalised_station.verify_audit()


def test_qr_with_one_changed_digit_fails(finalised_station):
    qr_text = finalised_station.store.protocol(1)["qr_text"]
    assert finalised_station.verify_qr(qr_text).values == tuple(
        line["value"] for line in json.loads(finalised_station.store.protocol(1)["data"])["lines"])
    tampered = qr_text.replace(",197,", ",198,")
    assert tampered != qr_text
    with pytest.raises(VerificationFailed) as failed:
        finalised_station.verify_qr(tampered)
    assert failed.value.code == "qr-signature-invalid"


def ratio_label(text: str, ratio_id: str) -> str:
    """The words printed right after a ratio's id in the ratio table: its severity, in kk / ru."""
    found = re.search(rf"\b{ratio_id} (\S+ / \S+)", " ".join(text.split()))
    assert found, ratio_id
    return found.group(1)


def test_signed_protocol_prints_hard_ratios_as_mandatory_and_soft_ones_as_warnings(closed_station, clock):
    # H1 fails (204 received, 203 accounted for) and S1 fails (8 found, 7 issued).
    enter_count(closed_station, dict(BALANCED_COUNT, ballots_cancelled=196, ballots_found_station=7,
                                     ballots_valid=7, votes_C3=1))
    closed_station.record_present(PRESENT, actor=SECRETARY)
    clock.set("23:10")
    finalised = closed_station.finalise_protocol(actor=CHAIR, passphrase=DEMO_PASSPHRASE,
                                                 override_reason="бір бюллетень жоғалды")
    assert [o.ratio_id for o in finalised.overrides] == ["H1"]
    pdf, _ = closed_station.protocol_pdf()
    data = closed_station.verify_protocol(pdf).data
    failed = {r.ratio_id: r.severity for r in data.ratios if r.ok is False}
    assert failed == {"H1": "hard", "S1": "soft"}
    text = pdf_text(pdf)
    assert ratio_label(text, "H1") == "міндетті / обязательное"
    assert ratio_label(text, "S1") == "ескерту / предупреждение"
    assert ratio_label(text, "H2") == "міндетті / обязательное"


def test_finalising_is_planned_signed_and_recorded_and_refused_when_the_count_moved(counted_station, clock):
    from akimdesk.station.protocol import work_finalise

    clock.set("23:10")
    plan = counted_station.plan_finalise(actor=CHAIR)
    work = work_finalise(plan, DEMO_PASSPHRASE)
    # Meanwhile another member records a special opinion: the signed data no longer tells the whole count.
    counted_station.add_opinion("Санау кезінде жарық сөнді.", actor="M5")
    with pytest.raises(RuleRefused) as outdated:
        counted_station.record_finalise(work, actor=CHAIR)
    assert outdated.value.code == "plan-outdated" and outdated.value.params["action"] == "finalise-protocol"
    assert counted_station.store.count("protocols") == 0 and counted_station.state() == "counting"
    fresh = counted_station.record_finalise(work_finalise(counted_station.plan_finalise(actor=CHAIR),
                                                          DEMO_PASSPHRASE), actor=CHAIR)
    assert fresh.version == 1 and counted_station.state() == "finalised"
    assert counted_station.verify_protocol(counted_station.protocol_pdf()[0]).data.opinions[-1].member_id == "M5"


def test_work_finalise_touches_no_database(counted_station, clock):
    from akimdesk.station.protocol import work_finalise

    plan = counted_station.plan_finalise(actor=CHAIR)
    counted_station.store.close()
    steps = []
    work = work_finalise(plan, DEMO_PASSPHRASE, lambda done, total: steps.append((done, total)))
    assert work.protocol_hash == plan.data.protocol_hash and steps[-1] == (3, 3)


def test_saving_the_signed_protocol_is_audited_with_the_files_hash(finalised_station, tmp_path):
    import hashlib

    from akimdesk.station.protocol import verify_protocol_file

    target = tmp_path / "protocol-1001-v1.pdf"
    saved = finalised_station.save_protocol(target, actor=SECRETARY)
    assert saved.file_sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert target.read_bytes() == finalised_station.protocol_pdf()[0]
    event = finalised_station.store.last_audit_event()
    assert (event.kind, event.actor, event.payload["file_sha256"]) == ("protocol-saved", SECRETARY, saved.file_sha256)
    finalised_station.verify_audit()
    verified = verify_protocol_file(target, finalised_station.district_certificate_pem())
    assert verified.protocol_hash == finalised_station.store.protocol(1)["protocol_hash"]


def test_a_draft_cannot_be_saved_as_the_signed_original(counted_station, tmp_path):
    with pytest.raises(RuleRefused) as refused:
        counted_station.save_protocol(tmp_path / "draft.pdf", actor=CHAIR)
    assert refused.value.code == "protocol-save-not-finalised" and not (tmp_path / "draft.pdf").exists()
