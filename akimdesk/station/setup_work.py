"""The slow parts of setting a station up, which touch no database: verify and unlock a package, parse a list."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core.election import Election, package_update_changes, parse_election
from akimdesk.core.errors import BadInput, RuleRefused
from akimdesk.core.message import os_error_message
from akimdesk.core.names import search_tokens
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import to_local
from akimdesk.core.voters import VoterRow
from akimdesk.station.setup_records import PackageChanges
from akimdesk.storage.audit_rows import RowsDigest

Report = Callable[[int, int], None]


@dataclass(frozen=True)
class VoterImportPlan:
    """A voter list import about to be made: the file, the dates it is checked against, and the list's place."""

    path: Path
    election_date: dt.date
    today: dt.date
    list_id: int
    replaces: int | None
    first_id: int
    member_id: str


@dataclass(frozen=True)
class VoterImportWork:
    """A voter list read and checked, with what its record will say."""

    plan: VoterImportPlan
    file_sha256: str
    voters: tuple[VoterRow, ...]
    rows_digest: str
    flagged: int


def work_voter_import(plan: VoterImportPlan, report: Report | None = None) -> VoterImportWork:
    """Read and check the list file (all of it or nothing); touches no database, so any thread may run it."""
    from akimdesk.voter_files import load_voter_list

    try:
        file_sha256 = hashlib.sha256(plan.path.read_bytes()).hexdigest()
    except OSError as exc:
        raise BadInput("file-unreadable", file=str(plan.path), reason=os_error_message(exc)) from None
    # How many rows the file holds is known only once it is read: the total stays unknown (0).
    progress = None if report is None else (lambda rows: report(rows, 0))
    voters = tuple(load_voter_list(plan.path, election_date=plan.election_date, today=plan.today,
                                   progress=progress))
    return VoterImportWork(plan=plan, file_sha256=file_sha256, voters=voters,
                           rows_digest=list_digest(voters, plan.list_id, plan.first_id),
                           flagged=sum(1 for v in voters if v.iin_problem))


@dataclass(frozen=True)
class ElectionLoadPlan:
    """A package about to be loaded: the file, the fingerprint typed from the act, and what is loaded already."""

    package: bytes
    fingerprint: str
    actor: str | None
    loaded: Election | None
    loaded_package_id: str | None
    now: dt.datetime
    next_voter_id: int
    key_cost: int


@dataclass(frozen=True)
class ElectionLoadWork:
    """A verified package, parsed, with the precinct key re-sealed and its voter list read (first load only)."""

    plan: ElectionLoadPlan
    election: Election
    package_id: str
    content_json: str
    signature: bytes
    member_id: str
    certificate_pem: str | None
    key_envelope: str | None
    voter_import: VoterImportWork | None
    changes: PackageChanges | None
    audit_changes: dict[str, Any] | None


def work_election_load(plan: ElectionLoadPlan, one_time_passphrase: str | None, new_passphrase: str | None,
                       report: Report | None = None) -> ElectionLoadWork:
    """Verify the package, unlock its one-time envelope and re-seal the key under the commission passphrase.

    The slow scrypt steps all happen here; no database is touched."""
    from akimdesk.signing.keys import (
        certificate_to_pem,
        check_new_passphrase,
        encrypt_private_key,
        normalize_handover_passphrase,
    )
    from akimdesk.signing.package import (
        check_precinct_identity,
        open_sealed_voter_list,
        read_verified_package,
        unlock_handover_key,
    )

    tell = report or (lambda done, total: None)
    tell(0, 4)
    package = read_verified_package(plan.package, plan.fingerprint)
    election = parse_election(package.content)
    member = require_member(election, plan.actor, "load-election")
    content_json = json.dumps(package.content, sort_keys=True, ensure_ascii=False)
    if plan.loaded is not None:
        if package.content.get("district_certificate") != plan.loaded.content.get("district_certificate"):
            raise RuleRefused("package-other-district")
        changes = package_update_changes(plan.loaded, election)
        check_precinct_identity(package, election.election_id, election.precinct_number)
        return ElectionLoadWork(plan, election, package.package_id, content_json, package.signature,
                                member.member_id, None, None, None, package_changes(changes), changes)
    check_precinct_identity(package, election.election_id, election.precinct_number)
    if one_time_passphrase is None or new_passphrase is None:
        raise BadInput("passphrase-needed")
    check_new_passphrase(new_passphrase)
    one_time = normalize_handover_passphrase(one_time_passphrase)
    key = unlock_handover_key(package, one_time)
    tell(1, 4)
    voter_list = open_sealed_voter_list(package.content, one_time)
    tell(2, 4)
    envelope = json.dumps(encrypt_private_key(key, new_passphrase, n=plan.key_cost), sort_keys=True)
    tell(3, 4)
    voters = None
    if voter_list is not None:
        voters = _read_sealed_list(voter_list, VoterImportPlan(
            path=Path(voter_list[0]), election_date=election.date,
            today=to_local(plan.now, election.time_zone).date(), list_id=1, replaces=None,
            first_id=plan.next_voter_id, member_id=member.member_id))
    tell(4, 4)
    return ElectionLoadWork(plan, election, package.package_id, content_json, package.signature, member.member_id,
                            certificate_to_pem(package.precinct_certificate), envelope, voters, None, None)


def _read_sealed_list(voter_list: tuple[str, bytes], plan: VoterImportPlan) -> VoterImportWork:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / voter_list[0]
        path.write_bytes(voter_list[1])
        work = work_voter_import(VoterImportPlan(path, plan.election_date, plan.today, plan.list_id, plan.replaces,
                                                 plan.first_id, plan.member_id))
    # The record names the file as the district sealed it, not the temporary folder it was read from.
    return VoterImportWork(plan, work.file_sha256, work.voters, work.rows_digest, work.flagged)


def package_changes(changes: dict[str, Any]) -> PackageChanges:
    """What a newer package version changes, as a record."""
    delivered = changes.get("ballots_delivered")
    members = changes.get("members")
    withdrawn = changes.get("withdrawn_candidates")
    return PackageChanges(
        ballots_delivered=None if delivered is None else (int(delivered[0]), int(delivered[1])),
        members=None if members is None else tuple(members),
        withdrawn_candidates=None if withdrawn is None else tuple(withdrawn),
    )


def name_tokens(voter_id: int, names: list[str]) -> list[tuple[str, int, int]]:
    """The search index entries of one voter: each folded word of the name with its position."""
    tokens = search_tokens(" ".join(names))
    return [(token, voter_id, position) for position, token in enumerate(tokens)]


def _records(voters: tuple[VoterRow, ...], list_id: int, first_id: int) -> Iterator[tuple[Any, ...]]:
    for offset, v in enumerate(voters):
        yield (first_id + offset, list_id, v.source_row, v.iin, v.surname, v.given_name, v.patronymic,
               v.birth_date.isoformat(), v.address, v.book, v.iin_problem, None, None, None, None)


def list_digest(voters: tuple[VoterRow, ...], list_id: int, first_id: int) -> str:
    """The digest of the list's rows in storage order, which the import event records."""
    digest = RowsDigest()
    for record in _records(voters, list_id, first_id):
        digest.add(record)
    return digest.hexdigest()


def list_rows(voters: tuple[VoterRow, ...], list_id: int, first_id: int) -> Iterator[tuple[Any, ...]]:
    """Voter rows in storage order with their folded search name, made one at a time as they are inserted."""
    for record in _records(voters, list_id, first_id):
        yield (*record, " ".join(t[0] for t in name_tokens(record[0], [record[4], record[5], record[6]])))


def list_tokens(voters: tuple[VoterRow, ...], first_id: int) -> Iterator[tuple[str, int, int]]:
    """The name-search index entries of every voter of the list, made as they are inserted."""
    for offset, v in enumerate(voters):
        yield from name_tokens(first_id + offset, [v.surname, v.given_name, v.patronymic])
