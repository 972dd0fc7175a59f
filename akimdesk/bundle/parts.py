"""The schema of every part of the sync bundle: format, version and the exact fields of each record.

A part is built from these field lists only, never from table rows as they are, so a migration that adds,
renames or drops a column cannot change what a station signs. Changing a list is a format change: raise the
version (and keep reading the earlier one). Version 1 is the shape signed since the first release; the
golden files under tests/fixtures/bundle-v1 prove the bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

BUNDLE_FORMAT = "akimdesk-bundle"
BUNDLE_FORMAT_VERSION = 1

MANIFEST_PART = "manifest.json"
CERTIFICATE_PART = "precinct-certificate.pem"
COUNT_PART = "count.json"
TURNOUT_PART = "turnout.json"
EVENTS_PART = "events.json"
AUDIT_PART = "audit.json"
PERSONAL_PART = "personal.cms"

# Fields the manifest carries besides "format", "format_version" and "parts", which the writer adds.
MANIFEST_FIELDS = (
    "election_id", "precinct", "device_id", "app_version", "created_at", "sequence", "protocol_versions",
    "latest_protocol", "audit_head", "is_demo",
)
LATEST_PROTOCOL_FIELDS = ("version", "protocol_hash")

# count.json: one list per record kind.
PROTOCOL_VERSION_FIELDS = ("version", "template_id", "opened_at", "opened_by", "amend_reason")
TALLY_ENTRY_FIELDS = ("entry_id", "version", "line_key", "entry", "value", "member_id", "at", "reason")
ATTENDANCE_FIELDS = ("attendance_id", "version", "present", "at", "member_id")
OPINION_FIELDS = ("opinion_id", "version", "member_id", "text", "at")

# turnout.json: the figures at each reporting hour passed and at the export.
TURNOUT_FIELDS = ("at_local", "listed", "added", "issued_station", "issued_mobile")

# events.json: the day's events without anything personal (that goes to personal.cms).
CHECK_IN_FIELDS = (
    "check_in_id", "device_id", "device_seq", "kind", "voter_id", "at", "member_id", "mode", "carrier_1",
    "carrier_2", "undoes", "reason",
)
CHECK_IN_PERSONAL_FIELDS = ("document_type", "document_number", "helper_name")
STATION_EVENT_FIELDS = (
    "station_event_id", "state", "at", "member_id", "ballots_received", "laptop_time_confirmed", "boxes_sealed",
    "override_reason",
)
MOBILE_REQUEST_FIELDS = ("request_id", "voter_id", "at", "member_id", "override_reason")
ABSENTEE_FIELDS = ("certificate_id", "voter_id", "issued_at", "member_id")

# audit.json: the whole chain and its head.
AUDIT_EVENT_FIELDS = ("seq", "kind", "actor", "at", "payload", "prev_hash", "hash")

# personal.cms (sealed to the district): the voters the day touched, and the personal fields left out above.
PERSONAL_VOTER_FIELDS = (
    "voter_id", "list_id", "source_row", "iin", "surname", "given_name", "patronymic", "birth_date", "address",
    "book", "iin_problem", "added_reason", "added_detail", "added_at", "added_by",
)


@dataclass(frozen=True)
class PartSchema:
    """One part of the bundle: its name in the archive and the fields of each kind of record it lists."""

    name: str
    records: Mapping[str, tuple[str, ...]]


PART_SCHEMAS = (
    PartSchema(COUNT_PART, {
        "protocol_versions": PROTOCOL_VERSION_FIELDS, "tally_entries": TALLY_ENTRY_FIELDS,
        "attendance": ATTENDANCE_FIELDS, "opinions": OPINION_FIELDS,
    }),
    PartSchema(TURNOUT_PART, {"reporting_hours": TURNOUT_FIELDS, "final": TURNOUT_FIELDS}),
    PartSchema(EVENTS_PART, {
        "check_ins": CHECK_IN_FIELDS, "station_events": STATION_EVENT_FIELDS,
        "mobile_requests": MOBILE_REQUEST_FIELDS, "absentee_certificates": ABSENTEE_FIELDS,
    }),
    PartSchema(AUDIT_PART, {"events": AUDIT_EVENT_FIELDS}),
    PartSchema(PERSONAL_PART, {
        "voters": PERSONAL_VOTER_FIELDS, "check_ins": CHECK_IN_PERSONAL_FIELDS,
    }),
)

# A stored row of one of the tables a part is built from, with its columns in the order of the field list.
Record = Sequence[Any]


def records(fields: tuple[str, ...], rows: Iterable[Record]) -> list[dict[str, Any]]:
    """The rows as JSON objects of exactly `fields` (each row holds the values in that order)."""
    built = []
    for row in rows:
        if len(row) != len(fields):
            raise ValueError(f"a record of {len(row)} values for {len(fields)} fields")
        built.append(dict(zip(fields, row, strict=True)))
    return built


def part_json(value: Any) -> bytes:
    """A JSON part's bytes: sorted keys, raw UTF-8, bytes as hex (the shape of version 1)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value).__name__)


@dataclass(frozen=True)
class DayRecords:
    """What the station recorded of the day, each table's rows read by exactly its part's fields."""

    protocol_versions: tuple[Record, ...]
    tally_entries: tuple[Record, ...]
    attendance: tuple[Record, ...]
    opinions: tuple[Record, ...]
    check_ins: tuple[Record, ...]
    check_in_personal: tuple[Record, ...]
    station_events: tuple[Record, ...]
    mobile_requests: tuple[Record, ...]
    mobile_reasons: tuple[tuple[int, str], ...]
    absentee_certificates: tuple[Record, ...]
    absentee_numbers: tuple[tuple[int, str], ...]
    voters: tuple[Record, ...]
    audit_events: tuple[Record, ...]
    audit_head: str | None
    reporting_turnout: tuple[Record, ...]
    final_turnout: Record


def count_part(day: DayRecords) -> bytes:
    """count.json: protocol versions, tally entries, attendance and opinions."""
    return part_json({
        "protocol_versions": records(PROTOCOL_VERSION_FIELDS, day.protocol_versions),
        "tally_entries": records(TALLY_ENTRY_FIELDS, day.tally_entries),
        "attendance": records(ATTENDANCE_FIELDS, day.attendance),
        "opinions": records(OPINION_FIELDS, day.opinions),
    })


def turnout_part(day: DayRecords) -> bytes:
    """turnout.json: the figures at each reporting hour passed, and at the export."""
    return part_json({
        "reporting_hours": records(TURNOUT_FIELDS, day.reporting_turnout),
        "final": records(TURNOUT_FIELDS, [day.final_turnout])[0],
    })


def events_part(day: DayRecords) -> bytes:
    """events.json: check-ins, station events, mobile requests and absentee certificates, nothing personal."""
    return part_json({
        "check_ins": records(CHECK_IN_FIELDS, day.check_ins),
        "station_events": records(STATION_EVENT_FIELDS, day.station_events),
        "mobile_requests": records(MOBILE_REQUEST_FIELDS, day.mobile_requests),
        "absentee_certificates": records(ABSENTEE_FIELDS, day.absentee_certificates),
    })


def audit_part(day: DayRecords) -> bytes:
    """audit.json: every audit event and the head."""
    return part_json({"events": records(AUDIT_EVENT_FIELDS, day.audit_events), "head": day.audit_head})


def personal_plaintext(day: DayRecords) -> bytes:
    """What personal.cms seals: documents and helpers of issued ballots, mobile reasons, absentee numbers, voters.

    `check_in_personal` rows are (check_in_id, *CHECK_IN_PERSONAL_FIELDS) of issue check-ins only."""
    return part_json({
        "check_ins": {row[0]: dict(zip(CHECK_IN_PERSONAL_FIELDS, row[1:], strict=True))
                      for row in day.check_in_personal},
        "mobile_requests": dict(day.mobile_reasons),
        "absentee_numbers": dict(day.absentee_numbers),
        "voters": records(PERSONAL_VOTER_FIELDS, day.voters),
    })


def manifest(
    *, election_id: str, precinct: str, device_id: str, app_version: str, created_at: str, sequence: int,
    protocol_versions: Sequence[int], protocol_hash: str, audit_head: str | None, is_demo: bool,
) -> dict[str, Any]:
    """The manifest's fields before the writer adds the format, its version and the part list."""
    return {
        "election_id": election_id, "precinct": precinct, "device_id": device_id, "app_version": app_version,
        "created_at": created_at, "sequence": sequence, "protocol_versions": list(protocol_versions),
        "latest_protocol": {"version": protocol_versions[-1], "protocol_hash": protocol_hash},
        "audit_head": audit_head, "is_demo": is_demo,
    }
