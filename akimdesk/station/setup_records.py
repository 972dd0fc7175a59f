"""What the station hands back from loading a package and importing a voter list."""

from __future__ import annotations

from dataclasses import dataclass

from akimdesk.core.election import Election


@dataclass(frozen=True)
class PackageChanges:
    """What a newer package version changed (None: that part did not change)."""

    ballots_delivered: tuple[int, int] | None = None
    members: tuple[str, ...] | None = None
    withdrawn_candidates: tuple[str, ...] | None = None


@dataclass(frozen=True)
class VoterImportOutcome:
    """A voter list imported all or nothing: its id, how many voters, how many IINs flagged, what it replaced."""

    list_id: int
    imported: int
    flagged: int
    replaced: int | None


@dataclass(frozen=True)
class PackageLoadOutcome:
    """A package loaded (or a newer version of the loaded one), with the voter list sealed in it if any."""

    election_id: str
    package_id: str
    package_version: int
    updated: bool
    changes: PackageChanges | None = None
    voter_list: VoterImportOutcome | None = None


@dataclass(frozen=True)
class PackagePreview:
    """What a package file says about itself before it is verified: shown beside the paper act."""

    fingerprint: str
    election: Election
