"""While slow work runs in the background, the desk goes on: a scanned voter gets a ballot meanwhile."""

from __future__ import annotations

import threading

from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.gui.qt import QApplication, Qt
from akimdesk.gui.work import SHOW_AFTER_MS, run_job
from akimdesk.station.exports import work_backup
from tests.conftest import ISSUER


def test_a_ballot_is_issued_while_a_backup_is_written_and_the_backup_records_after(
        make_window, open_station, voter_iins, clock, qtbot, tmp_path):
    clock.set("10:05")
    window = make_window(open_station, actor=ISSUER)
    page = window.check_in_page
    station = open_station
    plan = station.plan_backup(tmp_path / "backups", passphrase=DEMO_PASSPHRASE)  # interface thread
    gate = threading.Event()
    finished = []

    def slow_work(report):
        # The work touches no connection of the station's; it waits here so the desk is seen to go on meanwhile.
        assert gate.wait(30)
        return work_backup(plan, report)

    job = run_job(window._desk, window, "Writing the backup…", slow_work,
                  lambda work: finished.append(station.record_backup(work)), lambda error: finished.append(error))
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert job.dialog is not None and job.dialog.isVisible()
    assert not job.dialog.isModal() and QApplication.activeModalWidget() is None

    iin = voter_iins[7]
    qtbot.keyClicks(page.search_edit, iin)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert station.voter(iin).ballot is not None  # recorded on the interface thread while the job waits
    # The input keeps the window's focus (the test platform activates every window it shows, so the window's own
    # focus widget is what is checked; on a real screen the dialog is shown without being activated).
    assert window.focusWidget() is page.search_edit
    head_with_the_ballot = station.audit_head()

    gate.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    info = finished[0]
    assert not isinstance(info, Exception), info
    assert info.audit_head == head_with_the_ballot  # the snapshot, taken by the work, holds the ballot issued meanwhile
    assert window._desk.busy == 0
