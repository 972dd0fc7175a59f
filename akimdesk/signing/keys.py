"""Keys and certificates of the district and precinct commissions, and passphrase-protected key envelopes.

The names live in three modules and are gathered here, each module's `__all__` naming what it gives:
certificates (keys, certificates, fingerprints, PEM), passphrase_envelope (scrypt + AES-GCM sealing of
keys and other secrets) and passphrases (the new-passphrase rule and one-time handover passphrases).
"""

from __future__ import annotations

from akimdesk.signing import certificates, passphrase_envelope, passphrases
from akimdesk.signing.certificates import *  # noqa: F403
from akimdesk.signing.passphrase_envelope import *  # noqa: F403
from akimdesk.signing.passphrases import *  # noqa: F403

__all__ = sorted([*certificates.__all__, *passphrase_envelope.__all__, *passphrases.__all__])
