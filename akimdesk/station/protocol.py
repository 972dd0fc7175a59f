"""The protocol itself: finalise and sign, print (original, copies or draft), amend, save, verify."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509

from akimdesk.core import check_ins as rules
from akimdesk.core.errors import BadInput, RuleRefused, VerificationFailed
from akimdesk.core.message import os_error_message
from akimdesk.core.protocol import ProtocolData
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import utc_text
from akimdesk.signing.keys import certificate_from_pem, decrypt_private_key
from akimdesk.station.count import CountActions
from akimdesk.station.count_records import (
    AmendOutcome,
    FinaliseOutcome,
    ProtocolPdfKind,
    ProtocolVersion,
    SavedProtocol,
)

if TYPE_CHECKING:
    from akimdesk.signing.pdf_verify import VerifiedProtocol as VerifiedProtocol
    from akimdesk.signing.qr import QrPayload

# PDF building and checking load reportlab, pyHanko and pdfium: imported where used, so that
# check-in commands start fast.

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ProtocolPdfPlan:
    """What building one protocol PDF needs, read from the database: the signed bytes or the data."""

    kind: ProtocolPdfKind
    version: int
    copies: int | None
    signed_pdf: bytes | None = None
    data: ProtocolData | None = None
    qr_text: str | None = None


def work_protocol_pdf(plan: ProtocolPdfPlan) -> bytes:
    """The PDF of the plan: the stored original as it is, or the print file or draft built now."""
    from akimdesk.reports import build_protocol_pdf

    if plan.signed_pdf is not None:
        return plan.signed_pdf
    assert plan.data is not None
    built: bytes = build_protocol_pdf(plan.data, qr_text=plan.qr_text, draft=plan.kind is ProtocolPdfKind.DRAFT,
                                      copies=plan.copies)
    return built


def work_save_protocol(plan: ProtocolPdfPlan, path: Path) -> SavedProtocol:
    """Write the plan's PDF to `path` atomically and read it back; touches no database."""
    from akimdesk.atomic import write_atomically

    pdf = work_protocol_pdf(plan)
    write_atomically(path, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    try:
        written = path.read_bytes()
    except OSError as error:
        raise BadInput("file-unreadable", file=str(path), reason=os_error_message(error)) from None
    if hashlib.sha256(written).hexdigest() != digest:
        raise VerificationFailed("file-hash-mismatch", file=str(path))
    return SavedProtocol(path=str(path), kind=plan.kind, version=plan.version, file_sha256=digest, size=len(pdf))


def certificate_from_text(pem: str) -> x509.Certificate:
    """A certificate given as PEM text (from a file the commission named); bad input when it is not one."""
    return certificate_from_pem(pem)


def verify_protocol_pdf(pdf: bytes, district_certificate: x509.Certificate) -> VerifiedProtocol:
    """Check a signed protocol PDF against the district certificate; touches no database."""
    from akimdesk.signing.pdf_verify import verify_protocol_pdf as verify

    return verify(pdf, district_certificate)


def verify_qr_text(text: str, precinct_certificate: x509.Certificate) -> QrPayload:
    """Check a QR payload scanned from a paper copy against the precinct certificate; touches no database."""
    from akimdesk.signing.qr import verify_qr_payload

    return verify_qr_payload(text, precinct_certificate)


def verify_protocol_file(path: Path, district_certificate_pem: str) -> VerifiedProtocol:
    """Check the protocol PDF at `path` against the district certificate; touches no database."""
    try:
        pdf = path.read_bytes()
    except OSError as error:
        raise BadInput("file-unreadable", file=str(path), reason=os_error_message(error)) from None
    return verify_protocol_pdf(pdf, certificate_from_pem(district_certificate_pem))


@dataclass(frozen=True)
class FinalisePlan:
    """What finalising needs, read on the interface thread: the data to sign and the key material."""

    member_id: str
    override_reason: str | None
    data: ProtocolData
    encrypted_key: str
    precinct_certificate_pem: str
    district_certificate_pem: str


@dataclass(frozen=True)
class FinaliseWork:
    """The signed protocol, built with no database: data, QR text and signed PDF."""

    plan: FinalisePlan
    qr_text: str
    signed_pdf: bytes
    protocol_hash: str


def work_finalise(plan: FinalisePlan, passphrase: str, report: Progress | None = None) -> FinaliseWork:
    """Unlock the precinct key, build the PDF and QR and sign them; touches no database."""
    from akimdesk.reports import build_protocol_pdf
    from akimdesk.signing.pdf import sign_protocol_pdf
    from akimdesk.signing.qr import make_qr_payload

    steps = 3
    if report:
        report(0, steps)
    key = decrypt_private_key(json.loads(plan.encrypted_key), passphrase)
    if report:
        report(1, steps)
    certificate = certificate_from_pem(plan.precinct_certificate_pem)
    qr_text = make_qr_payload(plan.data, key)
    unsigned = build_protocol_pdf(plan.data, qr_text=qr_text)
    if report:
        report(2, steps)
    signed = sign_protocol_pdf(unsigned, plan.data, key, certificate,
                               [certificate_from_pem(plan.district_certificate_pem)])
    if report:
        report(steps, steps)
    return FinaliseWork(plan, qr_text, signed, plan.data.protocol_hash)


class ProtocolActions(CountActions):
    """Finalising, printing, amending and checking protocols."""

    def plan_finalise(self, *, actor: str | None, override_reason: str | None = None) -> FinalisePlan:
        """Check the protocol may be finalised now and read what signing it needs."""
        member = require_member(self.election(), actor, "finalise-protocol")
        rules.require_state(self.state(), ("counting",), "finalise-protocol")
        states, _ = self.check_finalise(override_reason)
        key_row = self._precinct_key_row()
        data = self._protocol_data(states, strict=True, override_reason=override_reason, at=utc_text(self.clock()))
        return FinalisePlan(member.member_id, override_reason, data, key_row["encrypted_key"],
                            key_row["certificate_pem"], self.election().content["district_certificate"])

    def record_finalise(self, work: FinaliseWork, *, actor: str | None) -> FinaliseOutcome:
        """Store the signed protocol and its audit event, unless the count changed while it was signed."""
        plan = work.plan
        member = require_member(self.election(), actor, "finalise-protocol")
        if member.member_id != plan.member_id or self.state() != "counting":
            raise RuleRefused("plan-outdated", action="finalise-protocol")
        data = plan.data
        # What the signed data says must still be so: same sheet, attendance, opinions and ratios.
        try:
            states, _ = self.check_finalise(plan.override_reason)
        except RuleRefused:
            raise RuleRefused("plan-outdated", action="finalise-protocol") from None
        now = self._protocol_data(states, strict=True, override_reason=plan.override_reason, at=data.finalised_at)
        if dataclasses.replace(now, audit_head=data.audit_head) != data:
            raise RuleRefused("plan-outdated", action="finalise-protocol")
        at = data.finalised_at or utc_text(self.clock())
        with self._writing():
            row = self._insert("protocols", {
                "version": data.version,
                "data": json.dumps(data.to_json(), ensure_ascii=False, sort_keys=True),
                "protocol_hash": work.protocol_hash, "qr_text": work.qr_text, "signed_pdf": work.signed_pdf,
                "finalised_at": at, "finalised_by": member.member_id,
            })
            self._audit("protocol-finalised", member.member_id, at, [("protocols", *row)], {
                "version": data.version, "protocol_hash": work.protocol_hash,
                "overridden": [o.ratio_id for o in data.overrides],
            })
        return FinaliseOutcome(data.version, work.protocol_hash, work.qr_text, data.overrides,
                               data.finalised_at_local)

    def finalise_protocol(
        self, *, actor: str | None, passphrase: str, override_reason: str | None = None
    ) -> FinaliseOutcome:
        """Check, sign with the precinct key and store the protocol; it is read-only from then on."""
        plan = self.plan_finalise(actor=actor, override_reason=override_reason)
        return self.record_finalise(work_finalise(plan, passphrase), actor=actor)

    def amend_protocol(self, *, actor: str | None, reason: str) -> AmendOutcome:
        """Open a repeat protocol (the next version); every earlier version stays as it was."""
        member = require_member(self.election(), actor, "amend-protocol")
        rules.require_state(self.state(), ("finalised",), "amend-protocol")
        if not reason or not reason.strip():
            raise RuleRefused("amend-reason-needed")
        version = (self.current_version() or 0) + 1
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("protocol_versions", {
                "version": version, "template_id": self.election().template_id, "opened_at": at,
                "opened_by": member.member_id, "amend_reason": reason.strip(),
            })
            self._audit("protocol-amended", member.member_id, at, [("protocol_versions", *row)],
                        {"version": version, "replaces": version - 1})
        return AmendOutcome(version, version - 1, reason.strip())

    def plan_protocol_pdf(self, *, version: int | None = None, copies: int | None = None) -> ProtocolPdfPlan:
        """Read what the protocol PDF of `version` needs: the signed original, or the data to print."""
        if copies is not None and not 1 <= copies <= 20:
            raise BadInput("copies-invalid", copies=copies)
        current = self.current_version()
        version = version or current
        stored = self.store.protocol(version) if version else None
        if stored is not None:
            assert version is not None
            if copies is None:
                return ProtocolPdfPlan(ProtocolPdfKind.SIGNED, version, None, signed_pdf=stored["signed_pdf"])
            return ProtocolPdfPlan(ProtocolPdfKind.COPIES, version, copies,
                                   data=ProtocolData.from_json(json.loads(stored["data"])), qr_text=stored["qr_text"])
        if version is not None and version != current:
            raise RuleRefused("protocol-version-unknown", version=version)
        rules.require_state(self.state(), ("closed", "counting"), "draft-protocol")
        # A draft before the first entry is version 1 to be.
        return ProtocolPdfPlan(ProtocolPdfKind.DRAFT, version or 1, copies, data=self.protocol_preview())

    def protocol_pdf(self, *, version: int | None = None,
                     copies: int | None = None) -> tuple[bytes, ProtocolPdfKind]:
        """The signed original, the print file with numbered copies, or a draft before finalising."""
        plan = self.plan_protocol_pdf(version=version, copies=copies)
        return work_protocol_pdf(plan), plan.kind

    def protocol_versions(self) -> list[ProtocolVersion]:
        """Every version: when opened, why, and its hash once finalised."""
        versions = []
        for number in range(1, (self.current_version() or 0) + 1):
            opened = self.store.protocol_version(number)
            stored = self.store.protocol(number)
            versions.append(ProtocolVersion(
                number, opened["amend_reason"] if opened else None,
                stored["protocol_hash"] if stored else None,
                self.stored_protocol(number).finalised_at_local if stored else None,
            ))
        return versions

    def plan_save_protocol(self, *, version: int | None = None) -> ProtocolPdfPlan:
        """The signed original of `version` to save; refused before it is finalised."""
        plan = self.plan_protocol_pdf(version=version)
        if plan.kind is not ProtocolPdfKind.SIGNED:
            raise RuleRefused("protocol-save-not-finalised", version=plan.version)
        return plan

    def record_save_protocol(self, saved: SavedProtocol, *, actor: str | None) -> SavedProtocol:
        """Record who saved which protocol version to which file, with the file's hash."""
        member = self._saving_member(actor)
        at = utc_text(self.clock())
        with self._writing(keeps_facts=True):
            self._audit("protocol-saved", member, at, [], {
                "version": saved.version, "kind": str(saved.kind), "file": Path(saved.path).name,
                "file_sha256": saved.file_sha256,
            })
        return saved

    def save_protocol(self, path: Path, *, actor: str | None, version: int | None = None) -> SavedProtocol:
        """Write the signed original to a file the chair chose, read it back, and record who saved what."""
        self._saving_member(actor)
        plan = self.plan_save_protocol(version=version)
        return self.record_save_protocol(work_save_protocol(plan, path), actor=actor)

    def _saving_member(self, actor: str | None) -> str:
        return require_member(self.election(), actor, "save-protocol").member_id

    def district_certificate_pem(self) -> str:
        """The district certificate of the loaded election, which every protocol PDF must chain to."""
        pem: str = self.election().content["district_certificate"]
        return pem

    def verify_protocol(self, pdf: bytes, district_certificate: x509.Certificate | None = None) -> VerifiedProtocol:
        """Check a protocol PDF against the district certificate (the loaded one by default)."""
        return verify_protocol_pdf(pdf, district_certificate or self._district_certificate())

    def verify_qr(self, text: str, precinct_certificate: x509.Certificate | None = None) -> QrPayload:
        """Check a QR payload scanned from a paper copy against the precinct certificate."""
        if precinct_certificate is None:
            precinct_certificate = certificate_from_pem(self._precinct_key_row()["certificate_pem"])
        return verify_qr_text(text, precinct_certificate)

    def _precinct_key_row(self) -> dict[str, Any]:
        row = self.store.current_precinct_key()
        if row is None:
            raise RuleRefused("election-not-loaded")
        return row

    def _district_certificate(self) -> x509.Certificate:
        return certificate_from_pem(self.district_certificate_pem())
