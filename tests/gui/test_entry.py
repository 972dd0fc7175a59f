"""Bare `akimdesk` opens the window on the station database; every command stays on the command line."""

from __future__ import annotations

import sys

import pytest

from akimdesk.cli import main
from akimdesk.gui.main_window import MainWindow
from akimdesk.gui.qt import QApplication, QTimer


def test_bare_command_starts_the_window(monkeypatch):
    started = []
    monkeypatch.setattr(sys, "argv", ["akimdesk"])
    monkeypatch.setattr("akimdesk.gui.run_gui", lambda: started.append(True) or 0)
    assert main() == 0 and started == [True]


def test_help_is_unchanged(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["akimdesk", "--help"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 0 and "checkin" in capsys.readouterr().out


def test_the_window_opens_the_database_named_by_akimdesk_db(tmp_path, monkeypatch, catalogues, capsys):
    catalogues.switch("en")  # the window below installs its own translators, for AKIMDESK_LANG
    database = tmp_path / "desk.db"
    monkeypatch.setenv("AKIMDESK_NOW", "2026-11-29T07:30:00+05:00")
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    assert main(["demo", "--voters", "20", "--db", str(database)]) == 0
    monkeypatch.setenv("AKIMDESK_DB", str(database))
    seen = []

    def look_and_close() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append((window.windowTitle(), window.status_labels["database"].toolTip(),
                     window.lock.screen.member_list.count()))
        window.close()

    QTimer.singleShot(300, look_and_close)
    from akimdesk.gui import run_gui

    assert run_gui(["akimdesk"]) == 0
    assert seen == [("akimdesk — precinct 1001 [DEMO]", str(database), 7)]
    assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
