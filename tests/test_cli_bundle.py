"""Bundles, backups and restore from the command line."""

from __future__ import annotations

from tests.test_cli import main, pin_clock, run, run_json


def test_export_verify_backup_restore(counted_db, capsys, tmp_path, monkeypatch):
    folder, passphrase = counted_db
    assert main(["protocol", "present", "--members", "M1,M2,M3,M4,M5", "--as", "M3"]) == 0
    assert main(["protocol", "finalise", "--passphrase-file", str(passphrase), "--as", "M1"]) == 0
    capsys.readouterr()
    code, body, _ = run_json(capsys, "bundle", "export", "--to", str(folder / "stick"),
                             "--passphrase-file", str(passphrase), "--as", "M3")
    assert code == 0 and body["safe_to_remove"] and body["sequence"] == 1
    code, verified, _ = run_json(capsys, "bundle", "verify", body["file"])
    assert code == 0 and verified["precinct"] == "1001" and verified["sha256"] == body["sha256"]
    broken = folder / "broken.akb"
    data = bytearray(open(body["file"], "rb").read())
    data[100] ^= 0x10
    broken.write_bytes(bytes(data))
    code, _, err = run(capsys, "bundle", "verify", str(broken))
    assert code == 1 and err.count("\n") == 1

    code, _, err = run(capsys, "backup", "--to", str(folder / "backups"))
    assert code == 1 and "passphrase" in err
    code, backup, _ = run_json(capsys, "backup", "--to", str(folder / "backups"), "--passphrase-file",
                               str(passphrase), "--every", "5")
    assert code == 0 and backup["every_minutes"] == 5
    pin_clock("2026-11-29T20:30:00+05:00")
    assert main(["protocol", "opinion", "add", "--text", "late", "--as", "M6"]) == 1  # finalised: refused
    assert main(["bundle", "export", "--to", str(folder / "stick"), "--passphrase-file", str(passphrase),
                 "--as", "M1"]) == 0
    assert len(list((folder / "backups").iterdir())) == 2  # the export also took the due automatic backup
    capsys.readouterr()

    spare = folder / "spare.db"
    code, restored, _ = run_json(capsys, "restore", backup["file"], "--passphrase-file", str(passphrase),
                                 "--db", str(spare))
    assert code == 0 and restored["state"] == "finalised"
    code, _, err = run(capsys, "restore", backup["file"], "--passphrase-file", str(passphrase), "--db", str(spare))
    assert code == 1
    code, audit, _ = run_json(capsys, "audit", "verify", "--db", str(spare))
    assert code == 0 and audit["events"] > 10
