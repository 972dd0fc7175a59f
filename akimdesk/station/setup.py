"""Setting the station up: the district's package and the voter list."""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from akimdesk.core import check_ins as rules
from akimdesk.core.election import Election, package_update_changes, parse_election
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.message import os_error_message
from akimdesk.core.names import search_tokens
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import to_local, utc_text
from akimdesk.core.voters import VoterRow
from akimdesk.signing.keys import (
    certificate_to_pem,
    check_new_passphrase,
    encrypt_private_key,
    normalize_handover_passphrase,
    open_with_passphrase,
)
from akimdesk.station.base import StationBase
from akimdesk.storage.audit_rows import RowsDigest
from akimdesk.voter_files import load_voter_list


class SetupActions(StationBase):
    """Loading the election package and importing the voter list."""

    def load_election(
        self,
        package_bytes: bytes,
        *,
        fingerprint: str,
        actor: str | None,
        one_time_passphrase: str | None = None,
        new_passphrase: str | None = None,
    ) -> dict[str, Any]:
        """Load the district's signed package (or a newer version of the loaded one)."""
        from akimdesk.signing.package import check_precinct_identity, read_verified_package, unlock_handover_key

        package = read_verified_package(package_bytes, fingerprint)
        election = parse_election(package.content)
        member = require_member(election, actor, "load-election")
        if self.has_election():
            return self._update_election(package, election, member.member_id)
        check_precinct_identity(package, election.election_id, election.precinct_number)
        if one_time_passphrase is None or new_passphrase is None:
            raise BadInput("passphrase-needed")
        check_new_passphrase(new_passphrase)
        one_time_passphrase = normalize_handover_passphrase(one_time_passphrase)
        key = unlock_handover_key(package, one_time_passphrase)
        voter_list = _sealed_voter_list(package.content, one_time_passphrase)
        envelope = encrypt_private_key(key, new_passphrase, n=self.key_cost)
        now = utc_text(self.clock())
        with self._writing():
            rows = [
                ("packages", *self._insert("packages", _package_row(package, election, now, member.member_id))),
                ("precinct_keys", *self._insert("precinct_keys", {
                    "certificate_pem": certificate_to_pem(package.precinct_certificate),
                    "encrypted_key": json.dumps(envelope, sort_keys=True),
                    "created_at": now,
                })),
            ]
            self._audit("election-loaded", member.member_id, now, rows, {
                "election_id": election.election_id, "package_id": package.package_id,
                "package_version": election.package_version, "precinct": election.precinct_number,
                "is_demo": election.is_demo,
            })
            if voter_list is not None:
                # The list the district sealed into the package goes in with the package, or neither does.
                self._forget()
                with tempfile.TemporaryDirectory() as folder:
                    path = Path(folder) / voter_list[0]
                    path.write_bytes(voter_list[1])
                    self.import_voters(path, actor=member.member_id)
        return {"election_id": election.election_id, "package_id": package.package_id,
                "package_version": election.package_version, "updated": False}

    def _update_election(self, package: Any, election: Election, actor: str) -> dict[str, Any]:
        from akimdesk.signing.package import check_precinct_identity

        loaded = self.election()
        if package.content.get("district_certificate") != loaded.content.get("district_certificate"):
            raise RuleRefused("package-other-district")
        changes = package_update_changes(loaded, election)
        check_precinct_identity(package, election.election_id, election.precinct_number)
        now = utc_text(self.clock())
        with self._writing():
            row = ("packages", *self._insert("packages", _package_row(package, election, now, actor)))
            self._audit("election-updated", actor, now, [row], {
                "package_id": package.package_id, "package_version": election.package_version,
                "changes": changes,
            })
        return {"election_id": election.election_id, "package_id": package.package_id,
                "package_version": election.package_version, "updated": True, "changes": changes}

    def import_voters(
        self, path: Path, *, actor: str | None, progress: Callable[[int], None] | None = None
    ) -> dict[str, Any]:
        """Import the voter list all or nothing; a corrected list replaces it until opening."""
        election = self.election()
        current = self.store.current_list()
        member = require_member(election, actor, "replace-voter-list" if current else "import-voter-list")
        rules.require_state(self.state(), ("setup",), "import-voter-list")
        path = Path(path)
        try:
            file_sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise BadInput("file-unreadable", file=str(path), reason=os_error_message(exc)) from None
        now = self.clock()
        voters = load_voter_list(path, election_date=election.date,
                                 today=to_local(now, election.time_zone).date(), progress=progress)
        list_id = current["list_id"] + 1 if current else 1
        # Rows and search entries are made while they are inserted, never all at once: a 100,000-voter list
        # then costs its parsed rows and no more.
        first_id = self.store.next_voter_id()
        digest = list_digest(voters, list_id, first_id)
        flagged = sum(1 for v in voters if v.iin_problem)
        with self._writing():
            list_row = self._insert("voter_lists", {
                "list_id": list_id, "file_name": path.name, "file_sha256": file_sha256,
                "row_count": len(voters), "rows_digest": digest, "imported_at": utc_text(now),
                "imported_by": member.member_id,
            })
            self.store.insert_voters(list_rows(voters, list_id, first_id), list_tokens(voters, first_id))
            if current:
                self.store.drop_name_tokens(current["list_id"])
            self._audit(
                "voter-list-replaced" if current else "voter-list-imported", member.member_id,
                utc_text(now), [("voter_lists", *list_row)],
                {"list_id": list_id, "row_count": len(voters), "flagged": flagged,
                 "replaces": current["list_id"] if current else None},
            )
        self.store.optimize()
        return {"list_id": list_id, "imported": len(voters), "flagged": flagged,
                "replaced": current["list_id"] if current else None}


def _sealed_voter_list(content: dict[str, Any], passphrase: str) -> tuple[str, bytes] | None:
    sealed = content.get("voter_list")
    if sealed is None:
        return None
    name = Path(str(sealed.get("file_name", "voters.csv"))).name if isinstance(sealed, dict) else ""
    if not name or not isinstance(sealed.get("sealed"), dict):
        raise BadInput("package-field-invalid", field="voter_list")
    return name, open_with_passphrase(sealed["sealed"], passphrase)


def _package_row(package: Any, election: Election, now: str, actor: str) -> dict[str, Any]:
    return {
        "package_id": package.package_id, "election_id": election.election_id,
        "package_version": election.package_version,
        "content": json.dumps(package.content, sort_keys=True, ensure_ascii=False),
        "signature": package.signature, "loaded_at": now, "loaded_by": actor,
    }


def name_tokens(voter_id: int, names: list[str]) -> list[tuple[str, int, int]]:
    """The search index entries of one voter: each folded word of the name with its position."""
    tokens = search_tokens(" ".join(names))
    return [(token, voter_id, position) for position, token in enumerate(tokens)]


def _records(voters: list[VoterRow], list_id: int, first_id: int) -> Iterator[tuple]:
    for offset, v in enumerate(voters):
        yield (first_id + offset, list_id, v.source_row, v.iin, v.surname, v.given_name, v.patronymic,
               v.birth_date.isoformat(), v.address, v.book, v.iin_problem, None, None, None, None)


def list_digest(voters: list[VoterRow], list_id: int, first_id: int) -> str:
    """The digest of the list's rows in storage order, which the import event records."""
    digest = RowsDigest()
    for record in _records(voters, list_id, first_id):
        digest.add(record)
    return digest.hexdigest()


def list_rows(voters: list[VoterRow], list_id: int, first_id: int) -> Iterator[tuple]:
    """Voter rows in storage order with their folded search name, made one at a time as they are inserted."""
    for record in _records(voters, list_id, first_id):
        yield (*record, " ".join(t[0] for t in name_tokens(record[0], [record[4], record[5], record[6]])))


def list_tokens(voters: list[VoterRow], first_id: int) -> Iterator[tuple[str, int, int]]:
    """The name-search index entries of every voter of the list, made as they are inserted."""
    for offset, v in enumerate(voters):
        yield from name_tokens(first_id + offset, [v.surname, v.given_name, v.patronymic])
