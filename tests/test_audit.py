"""The audit chain catches tampering done with plain sqlite3, and names the first bad event."""

from __future__ import annotations

import sqlite3

import pytest

from akimdesk.core.audit import next_event
from akimdesk.core.errors import VerificationFailed
from tests.conftest import ISSUER, SECRETARY


@pytest.fixture
def busy_station(open_station, voter_iins, clock):
    """An open station with a morning of events: check-ins, an undo and a mobile request."""
    for i, hhmm in enumerate(["08:00", "08:05", "08:10", "08:15", "08:20"]):
        clock.set(hhmm)
        open_station.check_in(voter_iins[i], actor=ISSUER)
    clock.set("08:30")
    open_station.undo_check_in(voter_iins[2], actor=ISSUER, reason="wrong voter")
    open_station.request_mobile(voter_iins[9], actor=SECRETARY, reason="ill")
    return open_station


def tamper(station, *statements):
    """Change the file behind the application's back, as someone with sqlite3 could."""
    path = station.store.path
    station.store.close()
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def verify(make_station, head=None):
    return make_station().verify_audit(head)


def test_untouched_record_verifies(busy_station):
    report = busy_station.verify_audit(busy_station.audit_head())
    assert report.events == busy_station.store.count("audit_events")
    assert report.head == busy_station.audit_head()


def test_edited_audit_event_is_caught(busy_station, make_station):
    tamper(busy_station, "UPDATE audit_events SET actor = 'M5' WHERE seq = 6")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-event-altered" and failed.value.params["seq"] == 6


def test_deleted_audit_event_is_caught(busy_station, make_station):
    tamper(busy_station, "DELETE FROM audit_events WHERE seq = 5")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-sequence-broken" and failed.value.params["seq"] == 6


def test_inserted_audit_event_is_caught(busy_station, make_station):
    sixth = next(e for e in busy_station.store.audit_events() if e.seq == 6)
    forged = next_event(sixth, "station-closed", "M1", sixth.at, {"rows": []})
    tamper(
        busy_station,
        "UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 7",
        "UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1000",
        f"INSERT INTO audit_events (seq, kind, actor, at, payload, prev_hash, hash) VALUES "
        f"(7, '{forged.kind}', 'M1', '{forged.at}', '{{\"rows\":[]}}', '{forged.prev_hash}', '{forged.hash}')",
    )
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-link-broken" and failed.value.params["seq"] == 8


def test_reordered_audit_events_are_caught(busy_station, make_station):
    tamper(
        busy_station,
        "UPDATE audit_events SET seq = -1 WHERE seq = 6",
        "UPDATE audit_events SET seq = 6 WHERE seq = 7",
        "UPDATE audit_events SET seq = 7 WHERE seq = -1",
    )
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.params["seq"] == 6


def test_edited_check_in_row_is_caught(busy_station, make_station):
    tamper(busy_station, "UPDATE check_ins SET member_id = 'M5' WHERE check_in_id = 2")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-row-mismatch"
    assert (failed.value.params["table"], failed.value.params["row_id"]) == ("check_ins", 2)


def test_deleted_check_in_row_is_caught(busy_station, make_station):
    tamper(busy_station, "DELETE FROM check_ins WHERE check_in_id = 6")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-row-missing"


def test_check_in_inserted_by_hand_is_caught(busy_station, make_station):
    tamper(busy_station, "INSERT INTO check_ins (device_id, device_seq, kind, voter_id, at, member_id, mode) "
                         "VALUES ('x', 1, 'issue', 50, '2026-11-29T03:00:00.000000Z', 'M4', 'station')")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-row-unrecorded"


def test_edited_voter_list_row_is_caught(busy_station, make_station):
    tamper(busy_station, "UPDATE voters SET surname = 'Иванов' WHERE voter_id = 77")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-list-rows-mismatch"


def test_voter_inserted_into_the_list_is_caught(busy_station, make_station):
    tamper(busy_station, "INSERT INTO voters (list_id, source_row, iin, surname, given_name, patronymic, "
                         "birth_date, address, book, search_name) VALUES "
                         "(1, 999, '850315300128', 'Жаңа', 'Адам', '', '1985-03-15', 'x', '', 'жана адам')")
    with pytest.raises(VerificationFailed) as failed:
        verify(make_station)
    assert failed.value.code == "audit-list-rows-mismatch"


@pytest.mark.parametrize("k", [1, 3])
def test_last_events_cut_off_are_caught_with_the_head(busy_station, make_station, k):
    head = busy_station.audit_head()
    last = busy_station.store.count("audit_events")
    checkins = busy_station.store.count("check_ins")
    # Remove the last k events and the rows they recorded, leaving a consistent but shorter record.
    tamper(
        busy_station,
        f"DELETE FROM mobile_requests WHERE request_id IN (SELECT json_extract(value, '$.row_id') "
        f"FROM audit_events, json_each(audit_events.payload, '$.rows') WHERE seq > {last - k} "
        f"AND json_extract(value, '$.table') = 'mobile_requests')",
        f"DELETE FROM check_ins WHERE check_in_id IN (SELECT json_extract(value, '$.row_id') "
        f"FROM audit_events, json_each(audit_events.payload, '$.rows') WHERE seq > {last - k} "
        f"AND json_extract(value, '$.table') = 'check_ins')",
        f"DELETE FROM audit_events WHERE seq > {last - k}",
    )
    station = make_station()
    assert station.verify_audit().events == last - k  # consistent on its own
    assert station.store.count("check_ins") <= checkins
    with pytest.raises(VerificationFailed) as failed:
        station.verify_audit(head)
    assert failed.value.code == "audit-head-missing"
