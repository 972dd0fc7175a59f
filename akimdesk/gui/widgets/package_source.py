"""Where a package comes from: a file the chair chose, or the top of a USB stick; and what it says about itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimdesk.core.election import Election
from akimdesk.station.drives import removable_drives

PACKAGE_SUFFIX = ".json"  # the district writes package-<election>-p<precinct>.json


@dataclass(frozen=True)
class ChosenPackage:
    """A package file as read from disk or stick, with what it says about itself (not yet verified)."""

    name: str
    data: bytes
    fingerprint: str
    election: Election


def package_files_on_sticks() -> list[tuple[Any, Path]]:
    """(drive, file) for every package-like file at the top of every removable drive, by drive then name."""
    found: list[tuple[Any, Path]] = []
    # Looked up through the module, so a drill or a test can put a folder in the stick's place.
    for drive in removable_drives():
        try:
            names = sorted(p for p in Path(drive.mount_point).iterdir()
                           if p.is_file() and p.name.endswith(PACKAGE_SUFFIX) and not p.name.startswith("."))
        except OSError:
            continue
        found.extend((drive, path) for path in names)
    return found


def chosen_package(name: str, data: bytes) -> ChosenPackage:
    """Read what a package says about itself, or refuse it as the core words it."""
    from akimdesk.station.setup import preview_election_package

    preview = preview_election_package(data)
    return ChosenPackage(name, data, preview.fingerprint, preview.election)
