"""The protocol itself: finalise and sign, print (original, copies or draft), amend, verify."""

from __future__ import annotations

import json
from typing import Any

from cryptography import x509

from akimdesk.core import check_ins as rules
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import utc_text
from akimdesk.signing.keys import certificate_from_pem, decrypt_private_key
from akimdesk.station.count import CountActions

# PDF building and checking load reportlab, pyHanko and pdfium: imported where used, so that
# check-in commands start fast.


class ProtocolActions(CountActions):
    """Finalising, printing, amending and checking protocols."""

    def finalise_protocol(
        self, *, actor: str | None, passphrase: str, override_reason: str | None = None
    ) -> dict[str, Any]:
        """Check, sign with the precinct key and store the protocol; it is read-only from then on."""
        from akimdesk.reports import build_protocol_pdf
        from akimdesk.signing.pdf import sign_protocol_pdf
        from akimdesk.signing.qr import make_qr_payload, protocol_hash

        member = require_member(self.election(), actor, "finalise-protocol")
        rules.require_state(self.state(), ("counting",), "finalise-protocol")
        states, _ = self.check_finalise(override_reason)
        key_row = self.store.current_precinct_key()
        key = decrypt_private_key(json.loads(key_row["encrypted_key"]), passphrase)
        certificate = certificate_from_pem(key_row["certificate_pem"])
        at = utc_text(self.clock())
        data = self._protocol_data(states, strict=True, override_reason=override_reason, at=at)
        qr_text = make_qr_payload(data, key)
        signed = sign_protocol_pdf(build_protocol_pdf(data, qr_text=qr_text), data, key, certificate,
                                   [self._district_certificate()])
        digest = protocol_hash(data)
        version = data["version"]
        with self._writing():
            row = self._insert("protocols", {
                "version": version, "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
                "protocol_hash": digest, "qr_text": qr_text, "signed_pdf": signed,
                "finalised_at": at, "finalised_by": member.member_id,
            })
            self._audit("protocol-finalised", member.member_id, at, [("protocols", *row)], {
                "version": version, "protocol_hash": digest,
                "overridden": [o["ratio"] for o in data["overrides"]],
            })
        return {"version": version, "protocol_hash": digest, "qr_text": qr_text,
                "overrides": data["overrides"], "finalised_at_local": data["finalised_at_local"]}

    def amend_protocol(self, *, actor: str | None, reason: str) -> dict[str, Any]:
        """Open a repeat protocol (the next version); every earlier version stays as it was."""
        member = require_member(self.election(), actor, "amend-protocol")
        rules.require_state(self.state(), ("finalised",), "amend-protocol")
        if not reason or not reason.strip():
            raise RuleRefused("amend-reason-needed")
        version = self.current_version() + 1
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("protocol_versions", {
                "version": version, "template_id": self.election().template_id, "opened_at": at,
                "opened_by": member.member_id, "amend_reason": reason.strip(),
            })
            self._audit("protocol-amended", member.member_id, at, [("protocol_versions", *row)],
                        {"version": version, "replaces": version - 1})
        return {"version": version, "replaces": version - 1, "reason": reason.strip()}

    def protocol_pdf(self, *, version: int | None = None, copies: int | None = None) -> tuple[bytes, str]:
        """The signed original, the print file with numbered copies, or a draft before finalising."""
        from akimdesk.reports import build_protocol_pdf

        if copies is not None and not 1 <= copies <= 20:
            raise BadInput("copies-invalid", copies=copies)
        current = self.current_version()
        version = version or current
        stored = self.store.protocol(version) if version else None
        if stored is not None:
            if copies is None:
                return stored["signed_pdf"], "signed"
            data = json.loads(stored["data"])
            return build_protocol_pdf(data, qr_text=stored["qr_text"], copies=copies), "copies"
        if version is not None and version != current:
            raise RuleRefused("protocol-version-unknown", version=version)
        rules.require_state(self.state(), ("closed", "counting"), "draft-protocol")
        return build_protocol_pdf(self.protocol_preview(), qr_text=None, draft=True, copies=copies), "draft"

    def protocol_versions(self) -> list[dict[str, Any]]:
        """Every version: when opened, why, and its hash once finalised."""
        versions = []
        for number in range(1, (self.current_version() or 0) + 1):
            opened = self.store.protocol_version(number)
            stored = self.store.protocol(number)
            versions.append({
                "version": number, "amend_reason": opened["amend_reason"],
                "protocol_hash": stored["protocol_hash"] if stored else None,
                "finalised_at_local": json.loads(stored["data"])["finalised_at_local"] if stored else None,
            })
        return versions

    def verify_protocol(self, pdf: bytes, district_certificate: x509.Certificate | None = None) -> Any:
        """Check a protocol PDF against the district certificate (the loaded one by default)."""
        from akimdesk.signing.pdf_verify import verify_protocol_pdf

        return verify_protocol_pdf(pdf, district_certificate or self._district_certificate())

    def verify_qr(self, text: str, precinct_certificate: x509.Certificate | None = None) -> Any:
        """Check a QR payload scanned from a paper copy against the precinct certificate."""
        from akimdesk.signing.qr import verify_qr_payload

        if precinct_certificate is None:
            precinct_certificate = certificate_from_pem(self.store.current_precinct_key()["certificate_pem"])
        return verify_qr_payload(text, precinct_certificate)

    def _district_certificate(self) -> x509.Certificate:
        return certificate_from_pem(self.election().content["district_certificate"])
