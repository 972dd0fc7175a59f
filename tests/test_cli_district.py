"""The district desk from the command line: init, status with no race, key backup, refusals."""

from __future__ import annotations

from tests.test_cli import run, run_json


def test_district_commands(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("AKIMDESK_LANG", "en")
    monkeypatch.setenv("AKIMDESK_DISTRICT_DB", str(tmp_path / "district.db"))
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("district passphrase, long enough\n")
    code, body, _ = run_json(capsys, "district", "init", "--name", "Демо аудан", "--passphrase-file", str(passphrase))
    assert code == 0 and len(body["fingerprint"]) == 64
    code, _, err = run(capsys, "district", "init", "--name", "Again", "--passphrase-file", str(passphrase))
    assert code == 1 and "already" in err
    code, _, err = run(capsys, "district", "status")
    assert code == 1 and "issue the packages first" in err
    code, body, _ = run_json(capsys, "district", "key-backup", "--to", str(tmp_path / "keys.json"))
    assert code == 0 and (tmp_path / "keys.json").exists()
    code, body, _ = run_json(capsys, "district", "key-restore", str(tmp_path / "keys.json"), "--passphrase-file",
                             str(passphrase), "--db", str(tmp_path / "spare.db"))
    assert code == 0 and len(body["fingerprint"]) == 64
    code, _, err = run(capsys, "district", "import", str(tmp_path / "keys.json"), "--passphrase-file",
                       str(passphrase))
    assert code == 1 and "not accepted" in err
    code, body, _ = run_json(capsys, "district", "verify")
    assert code == 0 and body["events"] == 1
    code, _, err = run(capsys, "status", "--db", str(tmp_path / "district.db"))
    assert code == 2 and "other kind" in err


def test_district_package_status_and_report_print_the_keys_scripts_read(tmp_path, capsys, monkeypatch):
    import json

    from akimdesk.demo import write_demo_voter_list
    from tests.conftest import ELECTION_DATE
    from tests.test_district import election_document, precincts_document

    monkeypatch.setenv("AKIMDESK_LANG", "en")
    monkeypatch.setenv("AKIMDESK_DISTRICT_DB", str(tmp_path / "district.db"))
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("district passphrase, long enough\n")
    (tmp_path / "voters").mkdir()
    write_demo_voter_list(tmp_path / "voters" / "1001.csv", 10, ELECTION_DATE)
    (tmp_path / "election.json").write_text(json.dumps(election_document(), ensure_ascii=False), encoding="utf-8")
    (tmp_path / "precincts.json").write_text(json.dumps(precincts_document(("1001",)), ensure_ascii=False),
                                             encoding="utf-8")
    code, body, _ = run_json(capsys, "district", "init", "--name", "Демо аудан", "--passphrase-file", str(passphrase))
    assert code == 0
    code, issued, _ = run_json(capsys, "district", "package", "--election", str(tmp_path / "election.json"),
                               "--precincts", str(tmp_path / "precincts.json"), "--voters", str(tmp_path / "voters"),
                               "--out", str(tmp_path / "out"), "--acts", str(tmp_path / "acts"),
                               "--passphrase-file", str(passphrase))
    assert code == 0 and set(issued) == {"ok", "election_id", "fingerprint", "issued"}
    assert issued["fingerprint"] == body["fingerprint"]
    assert [set(entry) for entry in issued["issued"]] == [{"precinct", "package", "act"}]
    code, status, _ = run_json(capsys, "district", "status")
    assert code == 0 and set(status) == {"ok", "election_id", "expected", "reported", "missing", "totals", "leader",
                                         "turnout", "flags", "candidates", "conflicts"}
    assert (status["expected"], status["missing"], status["conflicts"]) == (["1001"], ["1001"], 0)
    assert status["turnout"] == {"listed": 0, "issued": 0, "percent": None}
    assert status["flags"][0]["code"] == "precinct-missing" and set(status["flags"][0]["text"]) == {"kk", "ru", "en"}
    code, report, _ = run_json(capsys, "district", "report", "--out", str(tmp_path / "summary.pdf"))
    assert code == 0 and report["out"] == str(tmp_path / "summary.pdf") and report["bytes"] > 1000
    code, verified, _ = run_json(capsys, "district", "verify")
    assert code == 0 and set(verified) == {"ok", "verified", "events", "head"}
