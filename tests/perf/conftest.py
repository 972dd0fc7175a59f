"""Fixtures for the benchmarks: a disk-backed work folder, a 100,000-voter list and an open station."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from akimdesk.core.timeline import local_moment
from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE, build_signed_package, demo_content, write_demo_voter_list
from akimdesk.station import Station
from akimdesk.storage.store import open_store

ELECTION_DATE = dt.date(2026, 11, 29)
TIME_ZONE = "Asia/Almaty"
KEY_COST = 2**12  # the commission key's scrypt cost, kept low so setup stays quick
VOTERS = 100_000
BALLOTS_RECEIVED = VOTERS * 102 // 100  # enough for every check-in the benchmarks make

# Benchmarks must hit a real disk: on tmpfs an fsync costs nothing and the durable-commit
# numbers would be meaningless. /tmp is tmpfs on many machines, so the databases go in
# tests/perf/.work/ (inside the checkout, which lives on a disk); /var/tmp is the fallback
# should the checkout itself be memory-backed. The chosen folder's filesystem is checked
# through /proc/self/mounts and printed with the results.
WORK_CANDIDATES = (Path(__file__).resolve().parent / ".work", Path("/var/tmp/akimdesk-perf"))
MEMORY_FILESYSTEMS = {"tmpfs", "ramfs", "devtmpfs"}


class FixedClock:
    """A clock moved by hand, in the election's local time."""

    def __init__(self, day: dt.date, hhmm: str) -> None:
        self.set(hhmm, day)

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)

    def set(self, hhmm: str, day: dt.date = ELECTION_DATE) -> None:
        self.now = local_moment(day, dt.time.fromisoformat(hhmm), TIME_ZONE)


def filesystem_of(path: Path) -> str:
    """The filesystem type holding `path` (the longest matching mount point), or 'unknown'."""
    target = str(path.resolve())
    best, best_type = "", "unknown"
    try:
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                fields = line.split()
                if len(fields) < 3:
                    continue
                point = fields[1].replace("\\040", " ")
                inside = target == point or target.startswith(point.rstrip("/") + "/")
                if inside and len(point) > len(best):
                    best, best_type = point, fields[2]
    except OSError:
        pass
    return best_type


@dataclass
class WorkFolder:
    path: Path
    filesystem: str


@pytest.fixture(scope="session")
def perf_work() -> WorkFolder:
    """A fresh disk-backed folder for this run's databases, removed afterwards."""
    for base in WORK_CANDIDATES:
        base.mkdir(parents=True, exist_ok=True)
        kind = filesystem_of(base)
        if kind not in MEMORY_FILESYSTEMS:
            break
    else:
        pytest.fail(f"no disk-backed folder for the benchmarks (tried {[str(p) for p in WORK_CANDIDATES]})")
    ignore = base / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    run = base / f"run-{os.getpid()}-{int(time.time())}"
    run.mkdir()
    yield WorkFolder(run, kind)
    if not os.environ.get("AKIMDESK_PERF_KEEP"):
        shutil.rmtree(run, ignore_errors=True)


@pytest.fixture(scope="session")
def perf_package():
    """One signed demo package sized for 100,000 voters."""
    return build_signed_package(demo_content(ELECTION_DATE, VOTERS), scrypt_n=2**10)


@pytest.fixture(scope="session")
def perf_voter_csv(perf_work) -> Path:
    """A 100,000-row UTF-8 voter list written by the demo generator."""
    path = perf_work.path / "voters-100k.csv"
    write_demo_voter_list(path, VOTERS, ELECTION_DATE)
    return path


@pytest.fixture(scope="session")
def perf_iins(perf_voter_csv) -> list[str]:
    """The IINs of the 100,000-row list, in file order."""
    with perf_voter_csv.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        return [row[0] for row in rows]


@pytest.fixture(scope="session")
def loaded_station_at(perf_package):
    """Open a new station database at a path with the package loaded (the day before the election)."""
    opened: list[Station] = []

    def make(path: Path, clock: FixedClock | None = None) -> Station:
        clock = clock or FixedClock(ELECTION_DATE - dt.timedelta(days=1), "10:00")
        station = Station(open_store(path, writable=True), clock, key_cost=KEY_COST)
        opened.append(station)
        station.load_election(
            perf_package.package, fingerprint=perf_package.fingerprint, actor=DEMO_CHAIR,
            one_time_passphrase=perf_package.one_time_passphrase, new_passphrase=DEMO_PASSPHRASE,
        )
        return station

    yield make
    for station in opened:
        if station.store.is_writable:
            station.store.close()


@dataclass
class OpenStation:
    station: Station
    clock: FixedClock
    path: Path
    setup_seconds: float


@pytest.fixture(scope="module")
def station_100k(request, perf_work, perf_voter_csv, loaded_station_at) -> OpenStation:
    """Election day: an open station with 100,000 listed voters (built once per module, in its own file)."""
    started = time.perf_counter()
    clock = FixedClock(ELECTION_DATE - dt.timedelta(days=1), "10:00")
    path = perf_work.path / f"station-100k-{request.module.__name__.rsplit('.', 1)[-1]}.db"
    station = loaded_station_at(path, clock)
    imported = station.import_voters(perf_voter_csv, actor=DEMO_CHAIR)
    assert imported.imported == VOTERS
    clock.set("07:30")
    station.open_station(actor=DEMO_CHAIR, ballots_received=BALLOTS_RECEIVED)
    clock.set("09:00")
    return OpenStation(station, clock, path, time.perf_counter() - started)
