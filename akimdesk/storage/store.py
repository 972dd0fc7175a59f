"""The station's SQLite file: one `Store` that composes every query the service needs, and `open_store`."""

from __future__ import annotations

from pathlib import Path

from akimdesk.storage.audit_queries import AuditQueries
from akimdesk.storage.check_in_queries import CheckInQueries
from akimdesk.storage.connection import open_database
from akimdesk.storage.export_queries import ExportQueries
from akimdesk.storage.package_queries import PackageQueries
from akimdesk.storage.protocol_queries import ProtocolQueries
from akimdesk.storage.voter_queries import VOTER_COLUMNS, VoterQueries

__all__ = ["VOTER_COLUMNS", "Store", "open_store"]


class Store(AuditQueries, PackageQueries, VoterQueries, CheckInQueries, ProtocolQueries, ExportQueries):
    """One open station database; a writable store holds the file's writer lock."""


def open_store(path: Path, *, writable: bool, kind: str = "station") -> Store:
    """Open (and for a writer, create or upgrade) the database at `path`.

    A writer takes an operating-system lock beside the file, so a second writer is refused;
    readers need no lock. The file is integrity-checked before use. `kind` is "station" or
    "district": each has its own schema, and a file of the other kind is refused.
    """
    path = Path(path)
    db, lock = open_database(path, writable=writable, kind=kind)
    return Store(db, path, lock)
