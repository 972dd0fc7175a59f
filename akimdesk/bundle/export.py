"""The work of a bundle export, which touches no database: unlock, seal, sign, verify, write to the stick, read back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.bundle.parts import PERSONAL_PART
from akimdesk.bundle.usb import WritableDrive

Report = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleExportPlan:
    """Everything the export needs, read on the interface thread, and the facts its record step re-checks."""

    sequence: int
    protocol_version: int
    protocol_hash: str
    manifest: Mapping[str, Any]
    parts: Mapping[str, bytes]
    personal: bytes
    encryption_certificate_pem: str
    key_envelope: Mapping[str, Any]
    certificate_pem: str
    district_certificate_pem: str
    file_name: str
    created_at: str


@dataclass(frozen=True)
class BundleExportWork:
    """A bundle written to the stick and read back with the expected hash."""

    plan: BundleExportPlan
    path: Path
    sha256: str
    size: int


def work_bundle_export(plan: BundleExportPlan, passphrase: str, drive: WritableDrive,
                       report: Report | None = None) -> BundleExportWork:
    """Unlock the precinct key, seal the personal part, sign, verify, write to `drive` and read it back."""
    from akimdesk.bundle.format import read_bundle, write_bundle
    from akimdesk.bundle.usb import write_verified
    from akimdesk.signing.envelope import seal_for
    from akimdesk.signing.keys import certificate_from_pem, decrypt_private_key

    tell = report or (lambda done, total: None)
    tell(0, 4)
    key = decrypt_private_key(dict(plan.key_envelope), passphrase)
    tell(1, 4)
    parts = {**plan.parts,
             PERSONAL_PART: seal_for(plan.personal, certificate_from_pem(plan.encryption_certificate_pem))}
    data = write_bundle(dict(plan.manifest), parts, key, certificate_from_pem(plan.certificate_pem))
    read_bundle(data, certificate_from_pem(plan.district_certificate_pem))
    tell(2, 4)
    written = write_verified(drive, plan.file_name, data)
    tell(4, 4)
    return BundleExportWork(plan=plan, path=written.path, sha256=written.sha256, size=written.size)
