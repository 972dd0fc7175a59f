"""The command line: exit codes, one-line messages, JSON output, over a whole demo day."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from akimdesk.cli import main as run_command_line


class CommandLineClock:
    """The clock the in-process command-line runs of a test are given; unpinned, the laptop's own."""

    def __init__(self) -> None:
        self.moment: dt.datetime | None = None

    def pin(self, iso: str) -> None:
        self.moment = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        assert self.moment is not None
        return self.moment


CLOCK = CommandLineClock()  # tests/conftest.py unpins it after every test


def pin_clock(iso: str) -> None:
    """Run the following commands of this test at `iso` (a local time with its offset)."""
    CLOCK.pin(iso)


def main(argv: list[str]) -> int:
    """The command line, in this process, at the test's pinned time (or the laptop's)."""
    return run_command_line(argv, clock=CLOCK if CLOCK.moment is not None else None)


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    return code, json.loads(out), err


@pytest.fixture
def demo_db(tmp_path, monkeypatch, capsys):
    path = tmp_path / "demo.db"
    monkeypatch.setenv("AKIMDESK_DB", str(path))
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    pin_clock("2026-11-29T07:30:00+05:00")
    monkeypatch.delenv("AKIMDESK_AS", raising=False)
    code, body, _ = run_json(capsys, "demo", "--voters", "40")
    assert code == 0
    return path, body


def iins(capsys, text="а", limit=40):
    code, body, _ = run_json(capsys, "voters", "find", text, "--limit", str(limit))
    assert code == 0
    return [v["iin"] for v in body["voters"]]


def test_demo_prints_members_passphrase_and_is_marked(demo_db, capsys):
    _, body = demo_db
    assert body["demo"] is True and body["voters"] == 40
    assert {m["role"] for m in body["members"]} == {"chair", "deputy", "secretary", "member"}
    assert len(body["commission_passphrase"]) >= 12
    code, status, _ = run_json(capsys, "status")
    assert code == 0 and status["is_demo"] and status["state"] == "setup"
    assert status["title"]["kk"].startswith("ДЕМО") and status["title"]["ru"].startswith("ДЕМО")
    code, _, err = run(capsys, "demo", "--voters", "5")
    assert code == 1 and "already holds an election" in err


def test_a_day_at_the_desk(demo_db, capsys, monkeypatch):
    voters = iins(capsys)
    assert len(voters) >= 10
    code, _, err = run(capsys, "open", "--ballots", "50")
    assert code == 1 and err.count("\n") == 1 and "--as" in err
    code, body, _ = run_json(capsys, "open", "--ballots", "50", "--as", "M1", "--time", "07:33")
    assert code == 0 and body["state"] == "open"

    pin_clock("2026-11-29T09:00:00+05:00")
    code, body, _ = run_json(capsys, "checkin", voters[0], "--as", "M4", "--document", "id-card:041234567")
    assert code == 0 and body["kind"] == "issue" and body["ballots_left"] == 49
    code, out, err = run(capsys, "checkin", voters[0], "--as", "M5")
    assert code == 1 and out == "" and err.count("\n") == 1 and "already received a ballot" in err and "M4" in err
    code, body, _ = run_json(capsys, "checkin", voters[0], "--as", "M5")
    assert code == 1 and body["ok"] is False and body["error"] == "ballot-already-issued"
    code, _, err = run(capsys, "checkin", voters[1], "--as", "M1")
    assert code == 1 and "may not do this" in err

    monkeypatch.setenv("AKIMDESK_AS", "M4")
    assert run(capsys, "checkin", "undo", voters[0], "--reason", "wrong voter")[0] == 0
    assert run(capsys, "checkin", voters[0])[0] == 0
    assert run(capsys, "mobile", "request", voters[2], "--reason", "ill")[0] == 0
    assert run(capsys, "checkin", voters[2], "--mobile", "--carriers", "M6,M7")[0] == 0
    code, body, _ = run_json(capsys, "voters", "add", "--iin", "850315300128", "--surname", "Нұрланова",
                             "--name", "Әсел", "--birth-date", "15.03.1985", "--address", "Абай 5",
                             "--reason", "court-decision", "--detail", "№ 2-14/2026")
    assert code == 0 and body["voter"]["added_reason"] == "court-decision"

    pin_clock("2026-11-29T12:30:00+05:00")
    code, body, _ = run_json(capsys, "turnout")
    assert (body["listed"], body["added"], body["issued_station"], body["issued_mobile"]) == (41, 1, 1, 1)
    assert [h["at_local"] for h in body["reporting_hours"]] == ["10:00", "12:00"]
    head = body["audit_head"]
    code, noon, _ = run_json(capsys, "turnout", "--at", "12:00")
    assert noon["issued"] == 2
    code, _, err = run(capsys, "close", "--as", "M1")
    assert code == 1 and "20:00" in err
    code, body, _ = run_json(capsys, "close", "--as", "M1", "--override", "all voters have voted")
    assert code == 0 and body["issued_station"] == 1
    code, _, err = run(capsys, "checkin", voters[3])
    assert code == 1 and "closed" in err

    code, body, _ = run_json(capsys, "audit", "verify", "--head", head)
    assert code == 0 and body["verified"] and body["events"] >= 10
    code, _, err = run(capsys, "audit", "verify", "--head", "f" * 64)
    assert code == 1 and "head" in err


def test_bad_input_exits_2_with_row_and_field(demo_db, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("ИИН,Фамилия,Имя,Дата рождения,Адрес\n850315300128,,Ольга,15.03.1985,Абай\n", encoding="utf-8")
    code, out, err = run(capsys, "voters", "import", str(bad), "--as", "M1")
    assert code == 2 and "bad.csv:2 [surname]" in err
    code, body, _ = run_json(capsys, "voters", "import", str(bad), "--as", "M1")
    assert body["problems"][0]["row"] == 2 and body["problems"][0]["field"] == "surname"
    code, _, err = run(capsys, "voters", "import", str(tmp_path / "missing.csv"), "--as", "M1")
    assert code == 2 and "missing.csv" in err
    code, _, err = run(capsys, "checkin", "12345", "--as", "M4")
    assert code == 2 and "12 digits" in err


def test_messages_follow_the_language(demo_db, capsys):
    _, _, err_ru = run(capsys, "open", "--ballots", "5", "--lang", "ru")
    _, _, err_kk = run(capsys, "open", "--ballots", "5", "--lang", "kk")
    assert "член комиссии" in err_ru and "комиссия мүшесі" in err_kk


def test_load_via_cli_needs_matching_fingerprint(tmp_path, capsys, monkeypatch):
    import datetime as dt

    from akimdesk.demo import build_signed_package, demo_content

    monkeypatch.setenv("AKIMDESK_LANG", "en")
    demo = build_signed_package(demo_content(dt.date(2026, 11, 29), 10), scrypt_n=2**10)
    package = tmp_path / "package.json"
    package.write_bytes(demo.package)
    once = tmp_path / "once.txt"
    once.write_text(demo.one_time_passphrase + "\n")
    new = tmp_path / "new.txt"
    new.write_text("our own long commission passphrase\n")
    db = str(tmp_path / "s.db")
    base = ["election", "load", str(package), "--passphrase-file", str(once), "--new-passphrase-file", str(new),
            "--as", "M1", "--db", db]
    code, _, err = run(capsys, *base, "--fingerprint", "00" * 32)
    assert code == 1 and "fingerprint" in err
    code, _, err = run(capsys, *base, "--fingerprint", "xyz")
    assert code == 2
    code, out, _ = run(capsys, *base, "--fingerprint", demo.fingerprint)
    assert code == 0 and demo.election_id in out


def test_no_command_prints_usage_and_exits_2():
    result = subprocess.run([sys.executable, "-m", "akimdesk"], capture_output=True, text=True)
    assert result.returncode == 2 and "checkin" in result.stderr


def test_json_output_keeps_the_keys_scripts_read(demo_db, capsys, monkeypatch):
    """The service's records print as the JSON objects the commands printed before they were typed."""
    voters = iins(capsys)
    code, status, _ = run_json(capsys, "status")
    assert {"ok", "state", "device_id", "database", "audit_head", "election_id", "is_demo", "title", "date",
            "precinct", "package_version", "voter_list", "ballots_left", "last_backup"} <= set(status)
    assert set(status["voter_list"]) == {"list_id", "rows"} and status["voter_list"]["rows"] == 40
    code, opened, _ = run_json(capsys, "open", "--ballots", "50", "--as", "M1")
    assert (code, set(opened)) == (0, {"ok", "state", "ballots_received", "laptop_time"})
    assert (opened["state"], opened["ballots_received"]) == ("open", 50)
    pin_clock("2026-11-29T09:00:00+05:00")
    code, request, _ = run_json(capsys, "mobile", "request", voters[2], "--reason", "ill", "--as", "M4")
    assert (code, set(request)) == (0, {"ok", "request_id", "voter_id", "at"})
    code, minutes, _ = run_json(capsys, "member", "autolock", "--minutes", "12", "--as", "M1")
    assert (code, minutes) == (0, {"ok": True, "minutes": 12})
    code, closed, _ = run_json(capsys, "close", "--as", "M1", "--override", "drill")
    assert (code, closed) == (0, {"ok": True, "state": "closed", "issued_station": 0, "issued_mobile": 0})
    code, audit, _ = run_json(capsys, "audit", "verify")
    assert (code, set(audit)) == (0, {"ok", "verified", "events", "head"})
