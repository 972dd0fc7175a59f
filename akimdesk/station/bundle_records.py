"""Reading the day's records for the bundle, each table by exactly the fields its part names."""

from __future__ import annotations

from typing import Any

from akimdesk.bundle import parts
from akimdesk.bundle.parts import DayRecords


def day_records(station: Any) -> DayRecords:
    """What the station recorded of the day, read through the store by the bundle's field lists."""
    store = station.store
    check_ins = store.export_rows("check_ins", parts.CHECK_IN_FIELDS)
    requests = store.export_rows("mobile_requests", ("request_id", "voter_id", "reason"))
    absentee = store.export_rows("absentee_certificates", ("certificate_id", "voter_id", "number"))
    touched = {row[parts.CHECK_IN_FIELDS.index("voter_id")] for row in check_ins}
    touched |= {row[1] for row in requests} | {row[1] for row in absentee}
    events = [(e.seq, e.kind, e.actor, e.at, dict(e.payload), e.prev_hash, e.hash) for e in store.audit_events()]
    return DayRecords(
        protocol_versions=tuple(store.export_rows("protocol_versions", parts.PROTOCOL_VERSION_FIELDS)),
        tally_entries=tuple(store.export_rows("tally_entries", parts.TALLY_ENTRY_FIELDS)),
        attendance=tuple(store.export_rows("attendance", parts.ATTENDANCE_FIELDS)),
        opinions=tuple(store.export_rows("opinions", parts.OPINION_FIELDS)),
        check_ins=tuple(check_ins),
        check_in_personal=tuple(store.export_rows(
            "check_ins", ("check_in_id", *parts.CHECK_IN_PERSONAL_FIELDS), where="issued")),
        station_events=tuple(store.export_rows("station_events", parts.STATION_EVENT_FIELDS)),
        mobile_requests=tuple(store.export_rows("mobile_requests", parts.MOBILE_REQUEST_FIELDS)),
        mobile_reasons=tuple((row[0], row[2]) for row in requests),
        absentee_certificates=tuple(store.export_rows("absentee_certificates", parts.ABSENTEE_FIELDS)),
        absentee_numbers=tuple((row[0], row[2]) for row in absentee),
        voters=tuple(store.voter_records(sorted(touched | set(store.added_voter_ids())),
                                         parts.PERSONAL_VOTER_FIELDS)),
        audit_events=tuple(events),
        audit_head=station.audit_head(),
        reporting_turnout=tuple(_turnout(f) for f in station.reporting_turnout()),
        final_turnout=_turnout(station.turnout()),
    )


def _turnout(figures: Any) -> tuple[Any, ...]:
    return tuple(getattr(figures, name) for name in parts.TURNOUT_FIELDS)
