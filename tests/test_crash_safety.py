"""Power cut at any moment: every acknowledged check-in survives and the record stays consistent."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap

import pytest

from akimdesk.station import Station
from akimdesk.storage.store import open_store

CHECK_IN_FOREVER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from akimdesk.core.errors import RuleRefused
    from akimdesk.station import Station
    from akimdesk.storage.store import open_store
    station = Station(open_store(Path(sys.argv[1]), writable=True), lambda: dt.datetime.now(dt.timezone.utc))
    iins = Path(sys.argv[2]).read_text().split()
    print("ready", flush=True)
    for iin in iins:
        try:
            result = station.check_in(iin, actor="M4")
        except RuleRefused:
            continue  # committed by the previous run after its last printed line
        print(result.check_in_id, iin, flush=True)
    print("done", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_check_in(open_station, db_path, voter_iins, tmp_path):
    open_station.store.close()
    iin_file = tmp_path / "iins.txt"
    iin_file.write_text("\n".join(voter_iins))
    rng = random.Random(20261129)
    acknowledged: dict[str, int] = {}
    kills = 0
    for _ in range(24):
        child = subprocess.Popen([sys.executable, "-c", CHECK_IN_FOREVER, str(db_path), str(iin_file)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        # Let it commit a few, then cut the power at a random point of the write cycle.
        for _ in range(rng.randint(0, 12)):
            line = child.stdout.readline().split()
            if len(line) == 2:
                acknowledged[line[1]] = int(line[0])
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        kills += child.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2:
                acknowledged[parts[1]] = int(parts[0])
        store = open_store(db_path, writable=False)  # runs the integrity check
        station = Station(store, lambda: None)
        present = {row["check_in_id"] for row in store.rows("check_ins", "check_in_id")}
        assert set(acknowledged.values()) <= present
        for iin in acknowledged:
            assert station.voter(iin).ballot is not None
        station.verify_audit()
        store.close()
    assert kills >= 20
    assert len(acknowledged) >= 20
