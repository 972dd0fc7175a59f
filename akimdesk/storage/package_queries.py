"""The loaded election package and the precinct key that came with it."""

from __future__ import annotations

from typing import Any

from akimdesk.storage.connection import StoreBase


class PackageQueries(StoreBase):
    """Reads the newest election package and precinct key."""

    def current_package(self) -> dict[str, Any] | None:
        """The newest loaded package row."""
        return self.fetch_one("SELECT * FROM packages ORDER BY package_seq DESC LIMIT 1")

    def has_package(self) -> bool:
        """Whether any package has been loaded."""
        return self.fetch_one("SELECT 1 AS loaded FROM packages LIMIT 1") is not None

    def current_precinct_key(self) -> dict[str, Any] | None:
        """The precinct's certificate and its key, encrypted under the commission passphrase."""
        return self.fetch_one("SELECT * FROM precinct_keys ORDER BY key_seq DESC LIMIT 1")
