"""Issuing the precincts' signed election packages and their paper handover acts.

Three phases: `plan_packages` reads the district's sealed keys (interface thread), `work_packages` checks every
input, signs the packages and writes them with the acts (no database: any thread), `record_packages` registers
the race and the packages issued in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core.district_paper import HandoverAct
from akimdesk.core.district_records import SealedKeys
from akimdesk.core.election import compute_election_id, election_definition, parse_election
from akimdesk.core.errors import AkimdeskError, BadInput, InputRejected, Problem, RuleRefused
from akimdesk.core.message import Message, os_error_message
from akimdesk.core.timeline import to_local, utc_text
from akimdesk.district.records import IssuedPackage, PackagesIssued
from akimdesk.district.service import District, unlock_keys
from akimdesk.signing.keys import (
    DEFAULT_SCRYPT_N,
    certificate_fingerprint,
    certificate_from_pem,
    certificate_to_pem,
    encrypt_private_key,
    generate_private_key,
    handover_passphrase,
    issue_precinct_certificate,
    seal_with_passphrase,
)

ELECTION_FILE_FORMAT = "akimdesk-district-election"
# The key stretching of the one-time passphrases on the acts; drills and tests lower it.
HANDOVER_COST = DEFAULT_SCRYPT_N
VOTER_LIST_SUFFIXES = (".csv", ".xlsx")
_ELECTION_FIELDS = ("election", "race", "candidates", "template_id")
_PRECINCT_FIELDS = ("number", "name", "address", "ballots_delivered", "members")


@dataclass(frozen=True)
class PackagesPlan:
    """The district's sealed keys, the moment of issue, and the key record the record step re-checks."""

    keys: SealedKeys
    key_seq: int
    now: dt.datetime


@dataclass(frozen=True)
class PackageInputs:
    """What goes into the packages, as the district chose it."""

    election_document: Any
    precincts_document: Any
    voter_files: Mapping[str, Path]
    out_dir: Path
    acts_dir: Path
    election_file: str = "election.json"
    precincts_file: str = "precincts.json"
    handover_cost: int = DEFAULT_SCRYPT_N
    unsafe_folders: tuple[Path, ...] = ()


@dataclass(frozen=True)
class WrittenPackage:
    """One package signed and written with its act, and what the record step stores of it."""

    precinct: str
    election_id: str
    package_id: str
    package_version: int
    file_name: str
    package_path: str
    act_path: str
    certificate_pem: str


@dataclass(frozen=True)
class PackagesWork:
    """Every package and act written, and the race they are for."""

    plan: PackagesPlan
    election_id: str
    definition: Mapping[str, Any]
    fingerprint: str
    packages: tuple[WrittenPackage, ...]


class PackageIssuer(District):
    """One signed package per precinct, the voter list sealed inside, and a printed act for each."""

    def plan_packages(self) -> PackagesPlan:
        """The district's sealed keys and the moment the packages are issued."""
        keys = self.keys()
        return PackagesPlan(keys.sealed, keys.key_seq, self.clock())

    def record_packages(self, work: PackagesWork, *, actor: str) -> PackagesIssued:
        """Register the race and every package issued, in one transaction with its audit event."""
        if self.keys().key_seq != work.plan.key_seq:
            raise RuleRefused("plan-outdated", action="district-package")
        at = utc_text(work.plan.now)
        rows = []
        numbers = [package.precinct for package in work.packages]
        with self._writing():
            self.register_race(work.election_id, dict(work.definition), numbers, at, actor)
            for package in work.packages:
                rows.append(("issued_packages", *self._insert("issued_packages", {
                    "package_id": package.package_id, "election_id": package.election_id,
                    "precinct": package.precinct, "package_version": package.package_version,
                    "file_name": package.file_name, "certificate_pem": package.certificate_pem, "issued_at": at,
                })))
            self._audit("packages-issued", actor, at, rows, {"election_id": work.election_id, "precincts": numbers})
        return PackagesIssued(work.election_id, work.fingerprint, tuple(
            IssuedPackage(p.precinct, p.package_path, p.act_path) for p in work.packages))

    def issue_packages(
        self,
        election_document: Any,
        precincts_document: Any,
        voter_files: Mapping[str, Path],
        *,
        out_dir: Path,
        acts_dir: Path,
        passphrase: str,
        actor: str,
        election_file: str = "election.json",
        precincts_file: str = "precincts.json",
        handover_cost: int = DEFAULT_SCRYPT_N,
        unsafe_folders: tuple[Path, ...] = (),
    ) -> PackagesIssued:
        """Check every input first (naming file, row and field), then write packages and acts, or nothing."""
        inputs = PackageInputs(election_document, precincts_document, voter_files, Path(out_dir), Path(acts_dir),
                               election_file, precincts_file, handover_cost, unsafe_folders)
        return self.record_packages(work_packages(self.plan_packages(), inputs, passphrase), actor=actor)

    def package_inputs(self, election_file: Path, precincts_file: Path, voters_folder: Path, out_dir: Path,
                       acts_dir: Path, *, handover_cost: int = DEFAULT_SCRYPT_N) -> PackageInputs:
        """The inputs from the files and folders the district chose; the USB sticks are no place for the acts."""
        from akimdesk.bundle import usb

        voters = Path(voters_folder)
        voter_files = {path.stem: path for path in sorted(voters.glob("*"))
                       if path.suffix.lower() in VOTER_LIST_SUFFIXES}
        return PackageInputs(
            read_json_file(Path(election_file)), read_json_file(Path(precincts_file)), voter_files, Path(out_dir),
            Path(acts_dir), Path(election_file).name, Path(precincts_file).name, handover_cost,
            tuple(Path(d.mount_point) for d in usb.list_removable_drives()))

    def issue_packages_from_folders(self, election_file: Path, precincts_file: Path, voters_folder: Path, *,
                                    out_dir: Path, acts_dir: Path, passphrase: str, actor: str,
                                    handover_cost: int = DEFAULT_SCRYPT_N) -> PackagesIssued:
        """Issue the packages from the election and precincts files and the folder of voter lists."""
        inputs = self.package_inputs(election_file, precincts_file, voters_folder, out_dir, acts_dir,
                                     handover_cost=handover_cost)
        return self.record_packages(work_packages(self.plan_packages(), inputs, passphrase), actor=actor)


def read_json_file(path: Path) -> Any:
    """A JSON document from a file, or bad input naming the file."""
    import json

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput("file-unreadable", file=str(path), reason=os_error_message(exc)) from None
    except ValueError:  # UnicodeDecodeError included
        raise BadInput("file-unreadable", file=str(path), reason=Message("file-reason-not-json")) from None


def work_packages(plan: PackagesPlan, inputs: PackageInputs, passphrase: str,
                  new_passphrase: Callable[[], str] = handover_passphrase) -> PackagesWork:
    """Check every input, then sign and write every package and act (no database: any thread)."""
    from akimdesk.voter_files import load_voter_list

    _check_folders(inputs.out_dir, inputs.acts_dir, inputs.unsafe_folders)
    signing_key, _ = unlock_keys(plan.keys, passphrase)
    contents, problems = _precinct_contents(inputs.election_document, inputs.precincts_document,
                                            inputs.election_file, inputs.precincts_file)
    voter_bytes: dict[str, tuple[str, bytes]] = {}
    for number, content in contents.items():
        election = content["election"]
        path = inputs.voter_files.get(number)
        if path is None:
            problems.append(Problem(inputs.precincts_file, None, "voters", "district-voter-list-missing",
                                    {"precinct": number}))
            continue
        try:
            load_voter_list(path, election_date=dt.date.fromisoformat(election["date"]),
                            today=to_local(plan.now, election["time_zone"]).date())
            voter_bytes[number] = (path.name, path.read_bytes())
        except InputRejected as rejected:
            problems.extend(rejected.problems)
        except (AkimdeskError, OSError, ValueError) as error:
            problems.append(Problem(str(path), None, None, getattr(error, "code", "file-unreadable"), {}))
    if problems:
        raise InputRejected("district-input-rejected", problems)
    try:
        return _write_packages(plan, contents, voter_bytes, inputs, signing_key, new_passphrase)
    except OSError as exc:
        raise BadInput("file-unwritable", file=str(inputs.out_dir), reason=os_error_message(exc)) from None


def handover_act(district_name: str, content: Mapping[str, Any], one_time_passphrase: str, fingerprint: str,
                 package_file: str, package_id: str, now: dt.datetime) -> HandoverAct:
    """The handover act of one precinct's package: what the chair types the package in with."""
    election = content["election"]
    return HandoverAct(
        district_name=district_name, election=election, race=content["race"], precinct=content["precinct"],
        one_time_passphrase=one_time_passphrase, fingerprint=fingerprint, package_file=package_file,
        package_id=package_id, election_id=compute_election_id(content),
        issued_at_local=to_local(now, election["time_zone"]).strftime("%Y-%m-%d %H:%M"),
        is_demo=bool(election.get("is_demo")),
    )


def _write_packages(plan: PackagesPlan, contents: dict[str, dict[str, Any]],
                    voter_bytes: dict[str, tuple[str, bytes]], inputs: PackageInputs, signing_key: Any,
                    new_passphrase: Callable[[], str]) -> PackagesWork:
    from akimdesk.atomic import write_atomically
    from akimdesk.reports import build_handover_act_pdf
    from akimdesk.signing.package import read_verified_package, write_package

    certificate = certificate_from_pem(plan.keys.signing_certificate_pem)
    fingerprint = certificate_fingerprint(certificate)
    cost = inputs.handover_cost
    prepared = []
    for number, content in contents.items():
        election_id = compute_election_id(content)
        precinct_key = generate_private_key()
        precinct_certificate = issue_precinct_certificate(
            signing_key, certificate, precinct_key.public_key(), election_id=election_id,
            precinct_number=number, precinct_name=content["precinct"]["name"]["ru"],
        )
        one_time = new_passphrase()
        file_name, list_bytes = voter_bytes[number]
        full = dict(
            content,
            precinct_certificate=certificate_to_pem(precinct_certificate),
            precinct_key=encrypt_private_key(precinct_key, one_time, n=cost),
            district_encryption_certificate=plan.keys.encryption_certificate_pem,
            voter_list={"file_name": file_name, "sealed": seal_with_passphrase(list_bytes, one_time, n=cost)},
        )
        package = write_package(full, signing_key, certificate)
        package_file = f"package-{election_id[:8]}-p{number}.json"
        verified = read_verified_package(package, fingerprint)
        act = build_handover_act_pdf(handover_act(plan.keys.name, content, one_time, fingerprint, package_file,
                                                  verified.package_id, plan.now))
        written = WrittenPackage(number, election_id, verified.package_id, int(content["package_version"]),
                                 package_file, str(inputs.out_dir / package_file),
                                 str(inputs.acts_dir / f"act-p{number}.pdf"), certificate_to_pem(precinct_certificate))
        prepared.append((written, package, act))
    inputs.out_dir.mkdir(parents=True, exist_ok=True)
    inputs.acts_dir.mkdir(parents=True, exist_ok=True)
    for written, package, act in prepared:
        write_atomically(Path(written.package_path), package)
        write_atomically(Path(written.act_path), act)
    first = next(iter(contents.values()))
    return PackagesWork(plan, prepared[0][0].election_id, election_definition(first), fingerprint,
                        tuple(written for written, _, _ in prepared))


def _check_folders(out_dir: Path, acts_dir: Path, unsafe: tuple[Path, ...]) -> None:
    # The one-time passphrases must never travel with the packages.
    acts, out = acts_dir.resolve(), out_dir.resolve()
    if acts == out or out in acts.parents or acts in out.parents:
        raise RuleRefused("acts-folder-unsafe", folder=str(acts_dir))
    for folder in unsafe:
        folder = Path(folder).resolve()
        if acts == folder or folder in acts.parents:
            raise RuleRefused("acts-folder-unsafe", folder=str(acts_dir))


def _precinct_contents(election_document: Any, precincts_document: Any, election_file: str,
                       precincts_file: str) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    problems: list[Problem] = []
    if not isinstance(election_document, dict) or election_document.get("format") != ELECTION_FILE_FORMAT:
        return {}, [Problem(election_file, None, "format", "district-election-file-invalid", {})]
    for field in _ELECTION_FIELDS:
        if field not in election_document:
            problems.append(Problem(election_file, None, field, "package-field-missing", {"field": field}))
    precincts = precincts_document.get("precincts") if isinstance(precincts_document, dict) else None
    if not isinstance(precincts, list) or not precincts:
        problems.append(Problem(precincts_file, None, "precincts", "district-precincts-file-invalid", {}))
        return {}, problems
    if problems:
        return {}, problems
    contents: dict[str, dict[str, Any]] = {}
    for row, precinct in enumerate(precincts, start=1):
        missing = [f for f in _PRECINCT_FIELDS if not isinstance(precinct, dict) or f not in precinct]
        if missing:
            problems.extend(Problem(precincts_file, row, f, "package-field-missing", {"field": f}) for f in missing)
            continue
        number = str(precinct["number"])
        if number in contents:
            problems.append(Problem(precincts_file, row, "number", "district-precinct-duplicate", {"precinct": number}))
            continue
        content = {
            "format_version": 1, "package_version": 1,
            **{field: election_document[field] for field in _ELECTION_FIELDS},
            "precinct": {"number": number, "name": precinct["name"], "address": precinct["address"]},
            "members": precinct["members"], "ballots_delivered": precinct["ballots_delivered"],
        }
        try:
            parse_election(content)
        except AkimdeskError as error:
            problems.append(Problem(precincts_file if _is_precinct_field(error) else election_file, row,
                                    error.params.get("field"), error.code, dict(error.params)))
            continue
        contents[number] = content
    return contents, problems


def _is_precinct_field(error: AkimdeskError) -> bool:
    field = str(error.params.get("field", ""))
    return field.startswith(("precinct", "members", "ballots_delivered"))
