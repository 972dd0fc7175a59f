"""Accepting the precincts' bundles: verified, newer than what came before, or refused with the reason."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from akimdesk.core.errors import AkimdeskError, RuleRefused, VerificationFailed
from akimdesk.core.timeline import utc_text
from akimdesk.district.service import District, iin_hash

# A bundle to import: its file name and its bytes, or a function that reads them when their turn comes.
BundleFile = tuple[str, bytes | Callable[[], bytes]]
# Told (bundles done, bundles in all): once before the first bundle, then after each.
Progress = Callable[[int, int], None]


class BundleIntake(District):
    """The district's import of bundles from USB sticks."""

    def import_bundles(self, files: Sequence[BundleFile], *, passphrase: str, actor: str,
                       progress: Progress | None = None) -> list[dict[str, Any]]:
        """Import several bundles; each is accepted, a no-op, a conflict, or refused with its reason."""
        report = progress or (lambda done, total: None)
        total = len(files)
        report(0, total)
        _, encryption_key = self.unlock(passphrase)
        outcomes = []
        for done, (name, data) in enumerate(files, start=1):
            try:
                # A file read only now is held in memory one at a time, and one that cannot be read is refused alone.
                content = data() if callable(data) else data
                outcomes.append({"file": name, **self.import_bundle(content, encryption_key=encryption_key,
                                                                    actor=actor)})
            except AkimdeskError as error:
                outcomes.append({"file": name, "status": "refused", "code": error.code, "params": error.params})
            report(done, total)
        return outcomes

    def import_bundle(self, data: bytes, *, encryption_key: Any, actor: str) -> dict[str, Any]:
        """Verify one bundle and accept it if it is newer than what this precinct sent before."""
        from akimdesk.bundle.format import read_bundle

        bundle = read_bundle(data, self.signing_certificate())
        manifest = bundle.manifest
        race = self.race(manifest["election_id"], required=False)
        if race is None:
            raise RuleRefused("bundle-other-election")
        precinct = manifest["precinct"]
        if precinct not in race["precincts"]:
            raise RuleRefused("bundle-unknown-precinct", precinct=precinct)
        earlier = self.store.fetch_all(
            "SELECT * FROM bundles WHERE election_id = ? AND precinct = ? ORDER BY bundle_id",
            [manifest["election_id"], precinct],
        )
        if any(row["file_sha256"] == bundle.file_sha256 for row in earlier):
            return {"status": "already-accepted", "precinct": precinct, "sequence": manifest["sequence"]}
        same_sequence = next((row for row in earlier if row["sequence"] == manifest["sequence"]), None)
        if same_sequence is not None:
            return self._record_conflict(manifest, bundle.file_sha256, same_sequence["file_sha256"], actor)
        version = manifest["latest_protocol"]["version"]
        newest = max(earlier, key=lambda r: (r["protocol_version"], r["sequence"]), default=None)
        if newest is not None and (version, manifest["sequence"]) <= (newest["protocol_version"], newest["sequence"]):
            raise RuleRefused("bundle-older", precinct=precinct, sequence=manifest["sequence"],
                              accepted=newest["sequence"])
        protocol = self._checked_protocol(bundle, version)
        raw_figures, ballot_hashes = self._recount(bundle, encryption_key)
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("bundles", {
                "election_id": manifest["election_id"], "precinct": precinct, "sequence": manifest["sequence"],
                "protocol_version": version, "file_sha256": bundle.file_sha256,
                "manifest": json.dumps(manifest, ensure_ascii=False, sort_keys=True),
                "protocol_data": json.dumps(protocol, ensure_ascii=False, sort_keys=True),
                "raw_figures": json.dumps(raw_figures, sort_keys=True),
                "ballot_iin_hashes": json.dumps(sorted(ballot_hashes)),
                "accepted_at": at, "accepted_by": actor,
            })
            self._audit("bundle-accepted", actor, at, [("bundles", *row)], {
                "precinct": precinct, "sequence": manifest["sequence"], "protocol_version": version,
                "file_sha256": bundle.file_sha256,
            })
        # A later bundle of the same protocol version replaces no protocol (and a different one is a conflict).
        replaced = newest["protocol_version"] if newest and newest["protocol_version"] < version else None
        return {"status": "accepted", "precinct": precinct, "sequence": manifest["sequence"],
                "protocol_version": version, "supersedes": replaced}

    def _record_conflict(self, manifest: dict, file_sha256: str, accepted_sha256: str, actor: str) -> dict[str, Any]:
        at = utc_text(self.clock())
        with self._writing():
            row = self._insert("conflicts", {
                "election_id": manifest["election_id"], "precinct": manifest["precinct"],
                "sequence": manifest["sequence"], "file_sha256": file_sha256, "accepted_sha256": accepted_sha256,
                "at": at, "actor": actor,
            })
            self._audit("bundle-conflict", actor, at, [("conflicts", *row)],
                        {"precinct": manifest["precinct"], "sequence": manifest["sequence"]})
        return {"status": "conflict", "precinct": manifest["precinct"], "sequence": manifest["sequence"]}

    def _checked_protocol(self, bundle: Any, version: int) -> dict[str, Any]:
        from akimdesk.signing.pdf_verify import verify_protocol_pdf

        try:
            pdf = bundle.parts[f"protocol/v{version}.pdf"]
            data = bundle.json_part(f"protocol/v{version}.json")
        except (KeyError, ValueError):
            raise VerificationFailed("bundle-protocol-missing", version=version) from None
        verified = verify_protocol_pdf(pdf, self.signing_certificate())
        if (verified.data.to_json() != data or verified.protocol_hash != bundle.manifest["latest_protocol"]["protocol_hash"]
                or verified.precinct != bundle.manifest["precinct"]):
            raise VerificationFailed("bundle-protocol-mismatch", version=version)
        return data

    def _recount(self, bundle: Any, encryption_key: Any) -> tuple[dict[str, int], set[str]]:
        from akimdesk.signing.envelope import open_sealed

        personal = json.loads(open_sealed(bundle.parts["personal.cms"], self.encryption_certificate(), encryption_key))
        iins = {voter["voter_id"]: voter["iin"] for voter in personal["voters"]}
        holding: dict[int, dict[str, Any]] = {}
        for event in sorted(bundle.json_part("events.json")["check_ins"], key=lambda e: e["check_in_id"]):
            if event["kind"] == "issue":
                holding[event["voter_id"]] = event
            else:
                holding.pop(event["voter_id"], None)
        figures = {"ballots_issued_station": 0, "ballots_issued_mobile": 0}
        for event in holding.values():
            figures[f"ballots_issued_{event['mode']}"] += 1
        return figures, {iin_hash(iins[voter_id]) for voter_id in holding if voter_id in iins}
