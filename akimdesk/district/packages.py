"""Issuing the precincts' signed election packages and their paper handover acts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from akimdesk.core.election import compute_election_id, election_definition, parse_election
from akimdesk.core.errors import AkimdeskError, InputRejected, Problem, RuleRefused
from akimdesk.core.timeline import to_local, utc_text
from akimdesk.district.service import District
from akimdesk.signing.keys import (
    DEFAULT_SCRYPT_N,
    certificate_fingerprint,
    certificate_to_pem,
    encrypt_private_key,
    generate_private_key,
    handover_passphrase,
    issue_precinct_certificate,
    seal_with_passphrase,
)

ELECTION_FILE_FORMAT = "akimdesk-district-election"
_ELECTION_FIELDS = ("election", "race", "candidates", "template_id")
_PRECINCT_FIELDS = ("number", "name", "address", "ballots_delivered", "members")


class PackageIssuer(District):
    """One signed package per precinct, the voter list sealed inside, and a printed act for each."""

    def issue_packages(
        self,
        election_document: dict[str, Any],
        precincts_document: dict[str, Any],
        voter_files: dict[str, Path],
        *,
        out_dir: Path,
        acts_dir: Path,
        passphrase: str,
        actor: str,
        election_file: str = "election.json",
        precincts_file: str = "precincts.json",
        handover_cost: int = DEFAULT_SCRYPT_N,
        unsafe_folders: tuple[Path, ...] = (),
    ) -> dict[str, Any]:
        """Check every input first (naming file, row and field), then write packages and acts, or nothing."""
        from akimdesk.voter_files import load_voter_list

        _check_folders(Path(out_dir), Path(acts_dir), unsafe_folders)
        signing_key, _ = self.unlock(passphrase)
        contents, problems = _precinct_contents(election_document, precincts_document, election_file, precincts_file)
        voter_bytes: dict[str, tuple[str, bytes]] = {}
        for number, content in contents.items():
            election = content["election"]
            path = voter_files.get(number)
            if path is None:
                problems.append(Problem(precincts_file, None, "voters", "district-voter-list-missing",
                                        {"precinct": number}))
                continue
            try:
                load_voter_list(path, election_date=dt.date.fromisoformat(election["date"]),
                                today=to_local(self.clock(), election["time_zone"]).date())
                voter_bytes[number] = (path.name, path.read_bytes())
            except InputRejected as rejected:
                problems.extend(rejected.problems)
            except (AkimdeskError, OSError, ValueError) as error:
                problems.append(Problem(str(path), None, None, getattr(error, "code", "file-unreadable"), {}))
        if problems:
            raise InputRejected("district-input-rejected", problems)
        return self._write_packages(contents, voter_bytes, Path(out_dir), Path(acts_dir), signing_key,
                                    handover_passphrase, handover_cost, actor)

    def _write_packages(self, contents: dict[str, dict], voter_bytes: dict[str, tuple[str, bytes]], out_dir: Path,
                        acts_dir: Path, signing_key: Any, new_passphrase: Any, cost: int, actor: str) -> dict[str, Any]:
        from akimdesk.atomic import write_atomically
        from akimdesk.reports import build_handover_act_pdf
        from akimdesk.signing.package import read_verified_package, write_package

        certificate = self.signing_certificate()
        fingerprint = certificate_fingerprint(certificate)
        now = self.clock()
        at = utc_text(now)
        issued, rows = [], []
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
                district_encryption_certificate=certificate_to_pem(self.encryption_certificate()),
                voter_list={"file_name": file_name, "sealed": seal_with_passphrase(list_bytes, one_time, n=cost)},
            )
            package = write_package(full, signing_key, certificate)
            package_file = f"package-{election_id[:8]}-p{number}.json"
            verified = read_verified_package(package, fingerprint)
            act = build_handover_act_pdf({
                "district": {"name": self.keys()["name"]}, "election": content["election"],
                "race": content["race"], "precinct": content["precinct"], "one_time_passphrase": one_time,
                "fingerprint": fingerprint, "package_file": package_file, "package_id": verified.package_id,
                "election_id": election_id, "issued_at_local": to_local(now, content["election"]["time_zone"])
                .strftime("%Y-%m-%d %H:%M"), "is_demo": bool(content["election"].get("is_demo")),
            })
            prepared.append((number, election_id, package_file, package, f"act-p{number}.pdf", act, verified,
                             precinct_certificate, content))
        out_dir.mkdir(parents=True, exist_ok=True)
        acts_dir.mkdir(parents=True, exist_ok=True)
        for number, _election_id, package_file, package, act_file, act, _verified, _certificate, _ in prepared:
            write_atomically(out_dir / package_file, package)
            write_atomically(acts_dir / act_file, act)
            issued.append({"precinct": number, "package": str(out_dir / package_file), "act": str(acts_dir / act_file)})
        with self._writing():
            first = prepared[0]
            self.register_race(first[1], election_definition(first[8]), [p[0] for p in prepared], at, actor)
            for number, election_id, package_file, _, _, _, verified, precinct_certificate, content in prepared:
                rows.append(("issued_packages", *self._insert("issued_packages", {
                    "package_id": verified.package_id, "election_id": election_id, "precinct": number,
                    "package_version": content["package_version"], "file_name": package_file,
                    "certificate_pem": certificate_to_pem(precinct_certificate), "issued_at": at,
                })))
            self._audit("packages-issued", actor, at, rows, {"election_id": first[1],
                                                             "precincts": [p[0] for p in prepared]})
        return {"election_id": prepared[0][1], "fingerprint": fingerprint, "issued": issued}


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
                       precincts_file: str) -> tuple[dict[str, dict], list[Problem]]:
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
    contents: dict[str, dict] = {}
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
