"""The count and the protocol from the command line, through to a PDF checked with no database."""

from __future__ import annotations

from tests.test_cli import main, run, run_json


def test_count_to_verified_protocol(counted_db, capsys, tmp_path):
    folder, passphrase = counted_db
    code, _, err = run(capsys, "tally", "check")
    assert code == 1 and "5 are needed" in err
    code, body, _ = run_json(capsys, "protocol", "present", "--members", "M1,M2,M3,M4,M5,M7", "--as", "M3")
    assert code == 0 and body["has_quorum"]
    code, out, _ = run(capsys, "tally", "check")
    assert code == 0 and "Ready to finalise" in out and "✖" not in out
    code, _, err = run(capsys, "protocol", "finalise", "--passphrase-file", str(passphrase), "--as", "M4")
    assert code == 1 and "may not do this" in err
    wrong = folder / "wrong.txt"
    wrong.write_text("not it at all, sorry\n")
    code, _, err = run(capsys, "protocol", "finalise", "--passphrase-file", str(wrong), "--as", "M1")
    assert code == 1 and "Wrong passphrase" in err
    code, body, _ = run_json(capsys, "protocol", "finalise", "--passphrase-file", str(passphrase), "--as", "M1")
    assert code == 0 and body["version"] == 1
    qr_text, finalised_hash = body["qr_text"], body["protocol_hash"]
    pdf = folder / "protocol.pdf"
    assert main(["protocol", "build", "--out", str(pdf)]) == 0
    capsys.readouterr()

    district_pem = folder / "district.pem"
    from akimdesk.app import open_station

    station = open_station(folder / "s.db", writable=False)
    district_pem.write_text(station.election().content["district_certificate"])
    precinct_pem = folder / "precinct.pem"
    precinct_pem.write_text(station.store.current_precinct_key()["certificate_pem"])
    station.store.close()
    no_db = ["--db", str(folder / "no-such.db")]
    code, body, _ = run_json(capsys, "protocol", "verify", str(pdf), "--district-cert", str(district_pem), *no_db)
    assert code == 0 and body["lines"]["ballots_cancelled"] == 281 and body["protocol_hash"] == finalised_hash
    assert not (folder / "no-such.db").exists()
    code, body, _ = run_json(capsys, "protocol", "verify-qr", qr_text, "--precinct-cert", str(precinct_pem), *no_db)
    assert code == 0 and body["values"][2] == 281
    tampered = qr_text.replace(",281,", ",282,")
    code, _, err = run(capsys, "protocol", "verify-qr", tampered, "--precinct-cert", str(precinct_pem), *no_db)
    assert code == 1 and err.strip()

    flipped = bytearray(pdf.read_bytes())
    flipped[len(flipped) // 3] ^= 0x01
    bad = folder / "bad.pdf"
    bad.write_bytes(bytes(flipped))
    code, _, err = run(capsys, "protocol", "verify", str(bad))
    assert code == 1 and err.count("\n") == 1

    code, body, _ = run_json(capsys, "protocol", "amend", "--reason", "recount", "--as", "M1")
    assert code == 0 and body["version"] == 2
    code, body, _ = run_json(capsys, "protocol", "build", "--out", str(folder / "v1.pdf"), "--version", "1")
    assert body["kind"] == "signed" and (folder / "v1.pdf").read_bytes() == pdf.read_bytes()
    code, body, _ = run_json(capsys, "protocol", "build", "--out", str(folder / "draft.pdf"))
    assert body["kind"] == "draft"


def test_tally_show_is_blind_and_papers_print(counted_db, capsys):
    folder, _ = counted_db
    assert main(["tally", "set", "ballots_invalid", "3", "--entry", "1", "--as", "M6"]) == 0
    capsys.readouterr()
    code, body, _ = run_json(capsys, "tally", "show", "--as", "M7")
    line = next(ln for ln in body["lines"] if ln["key"] == "ballots_invalid")
    assert line["status"] == "mismatch" and (line["entry_1"], line["entry_2"]) == (3, 2)
    code, out, _ = run(capsys, "tally", "show", "--lang", "ru")
    assert "ВВОДЫ РАСХОДЯТСЯ" in out and "Число недействительных бюллетеней" in out
    for paper in ("turnout", "stats", "voter-list"):
        out_file = folder / f"{paper}.pdf"
        code, body, _ = run_json(capsys, "report", paper, "--out", str(out_file))
        assert code == 0 and out_file.read_bytes().startswith(b"%PDF")


def test_the_command_line_names_the_option_a_refusal_asks_for(counted_db, capsys):
    code, _, err = run(capsys, "tally", "set", "ballots_issued_station", "26", "--entry", "1", "--as", "M4")
    assert code == 1 and err.strip().endswith("a different value needs a reason (--reason).")
    code, body, _ = run_json(capsys, "tally", "set", "ballots_issued_station", "26", "--entry", "1", "--as", "M4")
    assert body["error"] == "tally-prefilled-needs-reason" and body["message"].endswith("(--reason).")
    code, _, err = run(capsys, "protocol", "present", "--members", "M1,M2")
    assert code == 1 and "(--as MEMBER, or AKIMDESK_AS)" in err
