"""Automatic backups in the window: the file is written on another thread while check-in goes on."""

from __future__ import annotations

from akimdesk.demo import DEMO_PASSPHRASE
from akimdesk.station.exports import read_backup
from tests.conftest import CHAIR, ISSUER


def backup_files(folder):
    return sorted(folder.glob("*.akbak"))


def test_a_due_backup_is_written_in_the_background_and_shown(make_window, open_station, voter_iins, clock, qtbot,
                                                             tmp_path):
    folder = tmp_path / "stick"
    clock.set("08:00")
    open_station.backup(folder, actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    open_station.configure_backups(folder, 10)
    window = make_window(open_station, actor=ISSUER)
    assert window.status_labels["backup"].text() == "Соңғы сақтық көшірме: 08:00"

    clock.set("08:05")
    window.backup_timer.timeout.emit()
    assert window.backup_job is None and len(backup_files(folder)) == 1, "not due before its interval"

    clock.set("08:11")
    open_station.check_in(voter_iins[0], actor=ISSUER)
    window.backup_timer.timeout.emit()
    assert window.backup_job is not None
    qtbot.waitUntil(lambda: window.backup_job is None, timeout=10_000)

    files = backup_files(folder)
    assert len(files) == 2
    header, _database = read_backup(files[-1].read_bytes(), DEMO_PASSPHRASE)
    assert header.audit_head == open_station.store.rows("backups", "backup_id")[-1]["audit_head"]
    assert window.status_labels["backup"].text() == "Соңғы сақтық көшірме: 08:11"
    assert open_station.verify_audit().head == open_station.audit_head()


def test_a_failed_backup_is_shown_and_check_in_goes_on(make_window, open_station, voter_iins, clock, qtbot,
                                                     tmp_path):
    folder = tmp_path / "stick"
    clock.set("08:00")
    open_station.backup(folder, actor=CHAIR, passphrase=DEMO_PASSPHRASE)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    open_station.configure_backups(blocked, 10)
    window = make_window(open_station, actor=ISSUER)

    clock.set("08:30")
    window.backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: window.backup_job is None, timeout=10_000)
    assert str(blocked) in window.statusBar().currentMessage()
    assert open_station.check_in(voter_iins[1], actor=ISSUER).voter.ballot is not None


def test_the_window_stays_open_while_work_is_under_way(make_window, open_station, qtbot):
    window = make_window(open_station, actor=ISSUER)
    window._desk.busy += 1  # as a background job does while it holds the database or a stick
    try:
        assert window.close() is False
        assert window.isVisible()
        assert window.statusBar().currentMessage() == "Күте тұрыңыз: басталған жұмыс алдымен аяқталуы керек."
        assert window.clock_timer.isActive()
    finally:
        window._desk.busy -= 1
    assert window.close() is True
    assert not window.clock_timer.isActive()
