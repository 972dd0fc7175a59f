"""Accepting the precincts' bundles: verified, newer than what came before, or refused with the reason.

Three phases: `plan_import` reads what the district holds (interface thread), `work_import` reads, verifies and
decrypts the bundles with no database (any thread), `record_import` writes what the work accepted in one
transaction, refused if the district accepted something from the same precincts meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from akimdesk.core.district_records import AcceptedMark, SealedKeys
from akimdesk.core.errors import AkimdeskError, RuleRefused
from akimdesk.core.timeline import utc_text
from akimdesk.district.bundle_check import CheckedBundle, check_bundle, decrypting_key, verified_bundle
from akimdesk.district.records import BundleCheck, ImportOutcome, ImportStatus
from akimdesk.district.service import District, read_file

# A bundle to import: its file name and its bytes, or a function that reads them when their turn comes.
BundleFile = tuple[str, bytes | Callable[[], bytes]]
# Told (bundles done, bundles in all): once before the first bundle, then after each.
Progress = Callable[[int, int], None]
BUNDLE_PATTERN = "*.akb"


@dataclass(frozen=True)
class ImportPlan:
    """What the work needs (the district's certificates and sealed keys, the races) and what record re-checks."""

    keys: SealedKeys
    races: Mapping[str, tuple[str, ...]]
    # (election id, precinct) -> the bundles accepted from it, oldest first.
    accepted: Mapping[tuple[str, str], tuple[AcceptedMark, ...]]


@dataclass(frozen=True)
class ImportWork:
    """Every bundle of one import checked: accepted, a no-op, a conflict, or refused with its reason."""

    plan: ImportPlan
    bundles: tuple[CheckedBundle, ...] = field(default=())


class BundleIntake(District):
    """The district's import of bundles from USB sticks."""

    def plan_import(self) -> ImportPlan:
        """What the district has accepted per precinct of every race, and the keys the work needs."""
        races = self.store.races()
        accepted: dict[tuple[str, str], tuple[AcceptedMark, ...]] = {}
        for race in races:
            for precinct, marks in self.store.accepted_marks(race.election_id).items():
                accepted[(race.election_id, precinct)] = marks
        return ImportPlan(self.keys().sealed, {race.election_id: race.precincts for race in races}, accepted)

    def record_import(self, work: ImportWork, *, actor: str) -> tuple[ImportOutcome, ...]:
        """One transaction with an audit event per accepted bundle and per conflict; refused if the plan is outdated."""
        touched = {(b.election_id, b.precinct) for b in work.bundles
                   if b.status in (ImportStatus.ACCEPTED, ImportStatus.CONFLICT)}
        held = {election_id: self.store.accepted_marks(election_id) for election_id in {e for e, _ in touched}}
        for election_id, precinct in sorted(touched):
            if held[election_id].get(precinct, ()) != work.plan.accepted.get((election_id, precinct), ()):
                raise RuleRefused("plan-outdated", action="district-import")
        at = utc_text(self.clock())
        if touched:
            with self._writing():
                for bundle in work.bundles:
                    if bundle.status == ImportStatus.ACCEPTED:
                        self._record_accepted(bundle, at, actor)
                    elif bundle.status == ImportStatus.CONFLICT:
                        self._record_conflict(bundle, at, actor)
        return tuple(bundle.outcome for bundle in work.bundles)

    def import_bundles(self, files: Sequence[BundleFile], *, passphrase: str, actor: str,
                       progress: Progress | None = None) -> tuple[ImportOutcome, ...]:
        """Import several bundles: plan, work and record in a row."""
        return self.record_import(work_import(self.plan_import(), files, passphrase, progress), actor=actor)

    def verify_bundle(self, data: bytes, *, file: str = "") -> BundleCheck:
        """Verify one bundle (signature over every byte, certificate, parts, signed protocol) without importing it."""
        keys = self.keys().sealed
        return verified_bundle(keys, data, file)

    def verify_bundle_file(self, path: Path | str) -> BundleCheck:
        """Verify the bundle in the file at `path` without importing it."""
        return self.verify_bundle(read_file(Path(path)), file=str(path))

    def bundle_files(self, paths: Sequence[Path | str]) -> list[BundleFile]:
        """Bundles to import from files, each read when its turn comes (one that cannot be read is refused alone)."""
        return [(str(path), partial(read_file, Path(path))) for path in paths]

    def bundles_on_drives(self) -> list[Path]:
        """Every bundle file (.akb) on the USB sticks plugged in."""
        from akimdesk.bundle import usb

        return [path for drive in usb.list_removable_drives()
                for path in sorted(Path(drive.mount_point).glob(BUNDLE_PATTERN))]

    def _record_accepted(self, bundle: CheckedBundle, at: str, actor: str) -> None:
        import json

        row = self._insert("bundles", {
            "election_id": bundle.election_id, "precinct": bundle.precinct, "sequence": bundle.sequence,
            "protocol_version": bundle.protocol_version, "file_sha256": bundle.file_sha256,
            "manifest": json.dumps(bundle.manifest, ensure_ascii=False, sort_keys=True),
            "protocol_data": json.dumps(bundle.protocol_data, ensure_ascii=False, sort_keys=True),
            "raw_figures": json.dumps(dict(bundle.raw_figures), sort_keys=True),
            "ballot_iin_hashes": json.dumps(sorted(bundle.ballot_iin_hashes)),
            "accepted_at": at, "accepted_by": actor,
        })
        self._audit("bundle-accepted", actor, at, [("bundles", *row)], {
            "precinct": bundle.precinct, "sequence": bundle.sequence, "protocol_version": bundle.protocol_version,
            "file_sha256": bundle.file_sha256,
        })

    def _record_conflict(self, bundle: CheckedBundle, at: str, actor: str) -> None:
        row = self._insert("conflicts", {
            "election_id": bundle.election_id, "precinct": bundle.precinct, "sequence": bundle.sequence,
            "file_sha256": bundle.file_sha256, "accepted_sha256": bundle.accepted_sha256, "at": at, "actor": actor,
        })
        self._audit("bundle-conflict", actor, at, [("conflicts", *row)],
                    {"precinct": bundle.precinct, "sequence": bundle.sequence})


def work_import(plan: ImportPlan, files: Sequence[BundleFile], passphrase: str,
                report: Progress | None = None) -> ImportWork:
    """Read, verify and decrypt every bundle against what the plan saw accepted (no database: any thread)."""
    tell = report or (lambda done, total: None)
    total = len(files)
    tell(0, total)
    keys = decrypting_key(plan.keys, passphrase)
    held = dict(plan.accepted)
    checked: list[CheckedBundle] = []
    for done, (name, data) in enumerate(files, start=1):
        try:
            # A file read only now is held in memory one at a time, and one that cannot be read is refused alone.
            content = data() if callable(data) else data
            bundle = check_bundle(keys, plan.races, held, content)
        except AkimdeskError as error:
            bundle = CheckedBundle.refused(error)
        bundle = replace(bundle, file=name)
        if bundle.status == ImportStatus.ACCEPTED:
            # A later bundle of the same import is judged against this one as if it were already accepted.
            key = (bundle.election_id, bundle.precinct)
            held[key] = (*held.get(key, ()), AcceptedMark(bundle.sequence, bundle.protocol_version,
                                                          bundle.file_sha256))
        checked.append(bundle)
        tell(done, total)
    return ImportWork(plan, tuple(checked))
