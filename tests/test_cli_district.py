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
