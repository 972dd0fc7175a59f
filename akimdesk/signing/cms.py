"""Detached CMS signatures over arbitrary bytes, made and checked offline."""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar, cast

from asn1crypto import cms as asn1_cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.validation import async_validate_detached_cms
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from akimdesk.core.errors import BadInput, VerificationFailed
from akimdesk.signing.keys import NOT_AFTER, NOT_BEFORE, public_keys_match

__all__ = ["sign_detached", "verify_detached"]

# pyHanko logs trust failures as warnings with tracebacks; callers get a
# VerificationFailed instead, so keep those records off stderr unless the
# application configures logging itself.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

_T = TypeVar("_T")
_DIGEST = "sha256"
SIGNER_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"},
    match_all_key_usages=True,
)


def run_sync(make: Callable[[], Awaitable[_T]]) -> _T:
    """Run a coroutine to completion from synchronous code, whatever loop the thread has."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run_in_private_loop(make)
    # A loop already runs in this thread (e.g. a Qt integration); it cannot
    # be re-entered, so the work goes to a short-lived thread of its own.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_run_in_private_loop, make).result()


def _run_in_private_loop(make: Callable[[], Awaitable[_T]]) -> _T:
    # A private loop rather than asyncio.run, which would reset the thread's
    # current event loop to None when it finishes.
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(make())
    finally:
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


def to_asn1_certificate(cert: x509.Certificate) -> asn1_x509.Certificate:
    """The same certificate as asn1crypto, which pyHanko speaks."""
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_detached(
    data: bytes,
    key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    chain: Iterable[x509.Certificate] = (),
) -> bytes:
    """Sign `data` with a detached SHA-256 CMS signature that embeds the signer's certificates."""
    if not public_keys_match(key, cert):
        raise BadInput("key-certificate-mismatch")
    payload = bytes(data)
    key_info = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = SimpleSigner(
        signing_cert=to_asn1_certificate(cert),
        signing_key=key_info,
        cert_registry=cast(Any, SimpleCertificateStore).from_certs([to_asn1_certificate(c) for c in chain]),
    )
    content_info = run_sync(
        lambda: signer.async_sign_general_data(payload, _DIGEST, detached=True)
    )
    return bytes(content_info.dump())


def validation_moment() -> dt.datetime:
    """The current time, kept inside the fixed certificate validity window."""
    # A laptop with a wrong clock must not turn good signatures untrusted.
    now = dt.datetime.now(dt.UTC)
    earliest = NOT_BEFORE + dt.timedelta(days=1)
    latest = NOT_AFTER - dt.timedelta(days=1)
    return min(max(now, earliest), latest)


def _load_signed_data(signature: bytes) -> asn1_cms.SignedData:
    """Parse DER bytes as a CMS ContentInfo holding SignedData, or refuse them as unreadable."""
    if not isinstance(signature, (bytes, bytearray, memoryview)) or len(signature) == 0:
        raise VerificationFailed("signature-unreadable")
    try:
        info = asn1_cms.ContentInfo.load(bytes(signature), strict=True)
        if info["content_type"].native != "signed_data":
            raise VerificationFailed("signature-unreadable")
        signed_data = info["content"]
        # asn1crypto parses lazily; decode everything now so that damage in
        # nested structures is reported here and not deep inside validation.
        _ = signed_data.native
        if len(signed_data["signer_infos"]) != 1:
            raise VerificationFailed("signature-unreadable")
        return signed_data
    except VerificationFailed:
        raise
    except Exception:
        raise VerificationFailed("signature-unreadable") from None


def verify_detached(data: bytes, signature: bytes, trust_root: x509.Certificate) -> x509.Certificate:
    """Check a detached CMS signature over `data` that chains to `trust_root`; return the signer's certificate."""
    signed_data = _load_signed_data(signature)
    payload = bytes(data)
    root = to_asn1_certificate(trust_root)

    async def validate() -> Any:
        context = ValidationContext(
            trust_roots=[root],
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=validation_moment(),
        )
        return await async_validate_detached_cms(
            payload,
            signed_data,
            signer_validation_context=context,
            key_usage_settings=SIGNER_KEY_USAGE,
        )

    try:
        status = run_sync(validate)
    except SignatureValidationError as exc:
        code = "signature-unreadable" if _is_format_failure(exc) else "signature-invalid"
        raise VerificationFailed(code) from None
    except Exception:
        # Structural damage the parser let through (CMSExtractionError,
        # CMSStructuralError, asn1crypto errors) surfaces here.
        raise VerificationFailed("signature-unreadable") from None

    if not (status.intact and status.valid):
        raise VerificationFailed("signature-invalid")
    if not (status.trusted and status.bottom_line):
        raise VerificationFailed("signature-untrusted")
    try:
        return x509.load_der_x509_certificate(status.signing_cert.dump())
    except ValueError:
        raise VerificationFailed("signature-unreadable") from None


def _is_format_failure(exc: SignatureValidationError) -> bool:
    indication = getattr(exc, "ades_subindication", None)
    return getattr(indication, "name", None) == "FORMAT_FAILURE"
