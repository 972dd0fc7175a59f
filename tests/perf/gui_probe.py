"""Separate processes for the window benchmarks: a cold start, a bare Qt start, and peak memory over a whole day.

Run as `python -m tests.perf.gui_probe cold|bare|memory ARGS...`; each prints one line `RESULT <json>`.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ready_check_in(db: Path, clock) -> float:
    """Start the app as run_gui does (font, language, station, window) up to a usable check-in page."""
    from akimdesk.app import open_station
    from akimdesk.gui.app import install_app_font
    from akimdesk.gui.comfort import Comfort
    from akimdesk.gui.desk import Desk
    from akimdesk.gui.main_window import MainWindow
    from akimdesk.gui.qt import QApplication
    from akimdesk.gui.settings import LaptopSettings
    from akimdesk.gui.translations import Translations

    app = QApplication.instance() or QApplication([])
    install_app_font(app)
    comfort = Comfort(app, LaptopSettings())
    translations = Translations(app)
    translations.switch("kk")
    station = open_station(db, writable=True, clock=clock)
    window = MainWindow(Desk(station, clock, language="kk", actor="M4"), translations, comfort)
    window.show()
    while not (window.check_in_page.isVisible() and QApplication.focusWidget() is window.check_in_page.search_edit):
        app.processEvents()
    return time.perf_counter()


def cold(db: str, now: str) -> dict:
    import datetime as dt

    moment = dt.datetime.fromisoformat(now)
    ready = _ready_check_in(Path(db), lambda: moment)
    return {"ready_after_start": ready - START}


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication([])
    edit = QLineEdit()
    edit.show()
    edit.setFocus()
    while QApplication.focusWidget() is not edit:
        app.processEvents()
    return {"ready_after_start": time.perf_counter() - START,
            "peak_rss_mb": peak_rss_mb()}


def memory(folder: str, voters: str) -> dict:
    """Peak RSS: the window over a station that imported `voters` voters, checked some in and finalised."""
    import datetime as dt

    from akimdesk.core.timeline import local_moment
    from akimdesk.demo import DEMO_CHAIR, DEMO_PASSPHRASE, build_signed_package, demo_content, write_demo_voter_list
    from akimdesk.gui.qt import QApplication, Qt, QTest
    from akimdesk.station import Station
    from akimdesk.storage.store import open_store

    work, count = Path(folder), int(voters)
    day = dt.date(2026, 11, 29)
    moment = [local_moment(day - dt.timedelta(days=1), dt.time(10), "Asia/Almaty")]
    clock = lambda: moment[0].astimezone(dt.UTC)  # noqa: E731
    demo = build_signed_package(demo_content(day, count), scrypt_n=2**10)
    db = work / "memory.db"
    station = Station(open_store(db, writable=True), clock, key_cost=2**12)
    station.load_election(demo.package, fingerprint=demo.fingerprint, actor=DEMO_CHAIR,
                          one_time_passphrase=demo.one_time_passphrase, new_passphrase=DEMO_PASSPHRASE)
    write_demo_voter_list(work / "memory.csv", count, day)
    station.import_voters(work / "memory.csv", actor=DEMO_CHAIR)
    moment[0] = local_moment(day, dt.time(7, 30), "Asia/Almaty")
    received = count * 102 // 100
    station.open_station(actor=DEMO_CHAIR, ballots_received=received)
    station.store.close()
    moment[0] = local_moment(day, dt.time(9), "Asia/Almaty")
    _ready_check_in(db, clock)
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "" and hasattr(w, "check_in_page"))
    page = window.check_in_page
    issued = 0
    for voter in window._desk.station.find_voters("а", limit=20):
        QTest.keyClicks(page.search_edit, voter.iin)
        QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
        QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
        issued += 1
    station = window._desk.station
    moment[0] = local_moment(day, dt.time(20), "Asia/Almaty")
    station.close_station(actor=DEMO_CHAIR)
    counts = {"ballots_cancelled": received - issued, "ballots_found_mobile": 0, "ballots_found_station": issued,
              "ballots_unofficial": 0, "ballots_invalid": 0, "ballots_valid": issued, "votes_against_all": 0,
              "votes_C1": issued, "votes_C2": 0, "votes_C3": 0}
    for key, value in counts.items():
        station.set_tally(key, value, entry=1, actor="M4")
        station.set_tally(key, value, entry=2, actor="M5")
    station.record_present(["M1", "M2", "M3", "M4", "M5", "M6"], actor="M3")
    station.finalise_protocol(actor=DEMO_CHAIR, passphrase=DEMO_PASSPHRASE, override_reason="benchmark")
    window.refresh()
    QApplication.processEvents()
    return {"issued": issued, "peak_rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB.

    Not getrusage: on Linux its maximum survives exec, so a child started by a big test process would report the
    parent's size."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise OSError("VmHWM not reported")


START = time.perf_counter()

if __name__ == "__main__":
    kind, *args = sys.argv[1:]
    outcome = {"cold": cold, "bare": bare, "memory": memory}[kind](*args)
    print("RESULT " + json.dumps(outcome), flush=True)
    os._exit(0)
