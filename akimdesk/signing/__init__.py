"""Keys, certificates and signatures of the district and precinct commissions: CMS, protocol PDF, QR.

Names load from their modules on first use: pyHanko and PDFium are slow to import, and a
check-in needs neither.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

# pyHanko imports cryptography's DSA key types, which this program never uses (its keys are EC and RSA); cryptography
# warns on that import, and the warning would be printed under every command. Only that warning is silenced.
warnings.filterwarnings("ignore", message="DSA is deprecated", module="pyhanko")

_HOMES = {
    "cms": ("sign_detached", "verify_detached"),
    "keys": (
        "DEFAULT_SCRYPT_N", "MIN_PASSPHRASE_LENGTH", "NOT_AFTER", "NOT_BEFORE", "certificate_fingerprint",
        "certificate_from_pem", "certificate_to_pem", "check_new_passphrase", "decrypt_private_key",
        "encrypt_private_key", "generate_private_key", "is_issued_by", "issue_precinct_certificate",
        "make_district_certificate", "normalize_fingerprint", "precinct_identity", "precinct_uri",
        "public_keys_match",
    ),
    "pdf": ("PROTOCOL_ATTACHMENT_NAME", "attach_protocol_json", "sign_protocol_pdf"),
    "pdf_verify": ("VerifiedProtocol", "verify_protocol_pdf"),
    "qr": ("QrPayload", "make_qr_payload", "parse_qr_payload", "protocol_hash", "qr_matches_data",
           "verify_qr_payload"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'akimdesk.signing' has no attribute {name!r}")
    return getattr(importlib.import_module(f"akimdesk.signing.{module}"), name)
