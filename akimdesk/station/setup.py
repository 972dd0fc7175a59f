"""Setting the station up: the district's package and the voter list, each as plan, work and record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from akimdesk.core import check_ins as rules
from akimdesk.core.errors import RuleRefused
from akimdesk.core.roles import require_member
from akimdesk.core.timeline import to_local, utc_text
from akimdesk.station.base import StationBase
from akimdesk.station.setup_records import PackageLoadOutcome, PackagePreview, VoterImportOutcome
from akimdesk.station.setup_work import (
    ElectionLoadPlan,
    ElectionLoadWork,
    VoterImportPlan,
    VoterImportWork,
    list_digest,
    list_rows,
    list_tokens,
    name_tokens,
    work_election_load,
    work_voter_import,
)

__all__ = ["ElectionLoadPlan", "ElectionLoadWork", "SetupActions", "VoterImportPlan", "VoterImportWork",
           "fingerprint_matches", "list_digest", "list_rows", "list_tokens", "name_tokens", "preview_election_package",
           "work_election_load", "work_voter_import"]


class SetupActions(StationBase):
    """Loading the election package and importing the voter list."""

    # the package
    def load_election(
        self,
        package_bytes: bytes,
        *,
        fingerprint: str,
        actor: str | None,
        one_time_passphrase: str | None = None,
        new_passphrase: str | None = None,
    ) -> PackageLoadOutcome:
        """Load the district's signed package (or a newer version of the loaded one): plan, work, record."""
        plan = self.plan_election_load(package_bytes, fingerprint=fingerprint, actor=actor)
        return self.record_election_load(work_election_load(plan, one_time_passphrase, new_passphrase))

    def plan_election_load(self, package_bytes: bytes, *, fingerprint: str, actor: str | None) -> ElectionLoadPlan:
        """What loading needs from the database: the package loaded now (if any) and where voter ids start."""
        loaded = self.election() if self.has_election() else None
        current = self.store.current_package()
        return ElectionLoadPlan(
            package=package_bytes, fingerprint=fingerprint, actor=actor, loaded=loaded,
            loaded_package_id=None if current is None else current["package_id"], now=self.clock(),
            next_voter_id=self.store.next_voter_id(), key_cost=self.key_cost,
        )

    def record_election_load(self, work: ElectionLoadWork) -> PackageLoadOutcome:
        """Record the verified package (and the voter list sealed in it) in one transaction."""
        current = self.store.current_package()
        if (None if current is None else current["package_id"]) != work.plan.loaded_package_id:
            raise RuleRefused("plan-outdated", action="load-election")
        election = work.election
        now = utc_text(self.clock())
        package_row = {
            "package_id": work.package_id, "election_id": election.election_id,
            "package_version": election.package_version, "content": work.content_json,
            "signature": work.signature, "loaded_at": now, "loaded_by": work.member_id,
        }
        if work.plan.loaded is not None:
            with self._writing():
                row = ("packages", *self._insert("packages", package_row))
                self._audit("election-updated", work.member_id, now, [row], {
                    "package_id": work.package_id, "package_version": election.package_version,
                    "changes": work.audit_changes or {},
                })
            return PackageLoadOutcome(election.election_id, work.package_id, election.package_version, True,
                                      changes=work.changes)
        voters = None
        with self._writing():
            rows = [
                ("packages", *self._insert("packages", package_row)),
                ("precinct_keys", *self._insert("precinct_keys", {
                    "certificate_pem": work.certificate_pem, "encrypted_key": work.key_envelope, "created_at": now,
                })),
            ]
            self._audit("election-loaded", work.member_id, now, rows, {
                "election_id": election.election_id, "package_id": work.package_id,
                "package_version": election.package_version, "precinct": election.precinct_number,
                "is_demo": election.is_demo,
            })
            if work.voter_import is not None:
                # The list the district sealed into the package goes in with the package, or neither does.
                self._forget()
                voters = self.record_voter_import(work.voter_import)
        return PackageLoadOutcome(election.election_id, work.package_id, election.package_version, False,
                                  voter_list=voters)

    # the voter list
    def import_voters(
        self, path: Path, *, actor: str | None, progress: Callable[[int], None] | None = None
    ) -> VoterImportOutcome:
        """Import the voter list all or nothing; a corrected list replaces it until opening."""
        plan = self.plan_voter_import(path, actor=actor)
        report = None if progress is None else (lambda rows, _total: progress(rows))
        return self.record_voter_import(work_voter_import(plan, report))

    def plan_voter_import(self, path: Path, *, actor: str | None) -> VoterImportPlan:
        """Who imports, into which list, checked against which dates; refused early when the state forbids it."""
        election = self.election()
        current = self.store.current_list()
        member = require_member(election, actor, "replace-voter-list" if current else "import-voter-list")
        rules.require_state(self.state(), ("setup",), "import-voter-list")
        return VoterImportPlan(
            path=Path(path), election_date=election.date, today=to_local(self.clock(), election.time_zone).date(),
            list_id=current["list_id"] + 1 if current else 1, replaces=current["list_id"] if current else None,
            first_id=self.store.next_voter_id(), member_id=member.member_id,
        )

    def record_voter_import(self, work: VoterImportWork) -> VoterImportOutcome:
        """Insert the checked list in one transaction; refused if another list or voter came in meanwhile."""
        plan = work.plan
        current = self.store.current_list()
        require_member(self.election(), plan.member_id, "replace-voter-list" if current else "import-voter-list")
        rules.require_state(self.state(), ("setup",), "import-voter-list")
        if (current["list_id"] if current else None) != plan.replaces or self.store.next_voter_id() != plan.first_id:
            raise RuleRefused("plan-outdated", action="import-voter-list")
        voters = work.voters
        now = utc_text(self.clock())
        # Rows and search entries are made while they are inserted, never all at once: a 100,000-voter list
        # then costs its parsed rows and no more.
        with self._writing():
            list_row = self._insert("voter_lists", {
                "list_id": plan.list_id, "file_name": plan.path.name, "file_sha256": work.file_sha256,
                "row_count": len(voters), "rows_digest": work.rows_digest, "imported_at": now,
                "imported_by": plan.member_id,
            })
            self.store.insert_voters(list_rows(voters, plan.list_id, plan.first_id),
                                     list_tokens(voters, plan.first_id))
            if current:
                self.store.drop_name_tokens(current["list_id"])
            self._audit(
                "voter-list-replaced" if current else "voter-list-imported", plan.member_id, now,
                [("voter_lists", *list_row)],
                {"list_id": plan.list_id, "row_count": len(voters), "flagged": work.flagged,
                 "replaces": plan.replaces},
            )
        self.store.optimize()
        return VoterImportOutcome(list_id=plan.list_id, imported=len(voters), flagged=work.flagged,
                                  replaced=plan.replaces)


def preview_election_package(data: bytes) -> PackagePreview:
    """What a package file says about itself (district fingerprint and election), not yet verified."""
    from akimdesk.core.election import parse_election
    from akimdesk.signing.package import preview_package

    fingerprint, content = preview_package(data)
    return PackagePreview(fingerprint=fingerprint, election=parse_election(content))


def fingerprint_matches(typed: str, expected: str) -> bool | None:
    """Whether a fingerprint typed from the act is the expected one; None while it is not a whole fingerprint."""
    from akimdesk.core.errors import BadInput
    from akimdesk.signing.keys import normalize_fingerprint

    try:
        return normalize_fingerprint(typed) == expected
    except BadInput:
        return None
