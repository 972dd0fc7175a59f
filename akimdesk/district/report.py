"""The district's summary paper: the race totals and every precinct with its status and flags."""

from __future__ import annotations

import json
from typing import Any

from akimdesk.core.standing import AMENDED, CONFLICTING, MISSING, RECEIVED
from akimdesk.core.timeline import to_local
from akimdesk.messages import render

# The paper's words for a precinct's standing; an amended protocol is accepted, its flag says it was amended.
PAPER_STATUS = {RECEIVED: "accepted", AMENDED: "accepted", CONFLICTING: "conflict", MISSING: "missing"}


def summary_paper(desk: Any) -> dict[str, Any]:
    """The data of the summary PDF, from the race summary, each precinct's standing and the accepted bundles."""
    summary = desk.summary()
    race = desk.race(summary.election_id)
    definition = race["definition"]
    accepted = {}
    for row in desk.accepted(summary.election_id):
        accepted[row["precinct"]] = row  # oldest first: the newest accepted one stays
    names = {}
    for row in accepted.values():
        names[row["precinct"]] = json.loads(row["protocol_data"])["precinct"]["name"]

    def texts(flag) -> dict[str, str]:
        params = {k: ", ".join(map(str, v)) if isinstance(v, tuple) else v for k, v in dict(flag.params).items()}
        return {lang: render(flag.code, params, lang) for lang in ("kk", "ru")}

    race_flags = [{"code": flag.code, "text": texts(flag)} for flag in summary.flags
                  if not flag.params.get("precinct")]
    precincts = []
    for standing in desk.precinct_standings(summary):
        number = standing.precinct
        row = accepted.get(number)
        manifest = json.loads(row["manifest"]) if row else {}
        precincts.append({
            "number": number, "name": names.get(number, {"kk": "", "ru": ""}),
            "status": PAPER_STATUS[standing.status],
            "version": row["protocol_version"] if row else None, "sequence": row["sequence"] if row else None,
            "protocol_hash": manifest.get("latest_protocol", {}).get("protocol_hash"),
            "flags": [texts(flag) for flag in standing.flags],
        })
    numbers = {key: number for key, number, _ in summary.lines}
    time_zone = definition["election"]["time_zone"]
    return {
        "district": {"name": desk.keys()["name"]},
        "election": {"title": definition["election"]["title"], "date": definition["election"]["date"]},
        "race": {"title": definition["race"]["title"]},
        "election_id": summary.election_id,
        "is_demo": bool(definition["election"].get("is_demo")),
        "lines": [{"key": key, "number": numbers[key], "label": label, "total": summary.totals.get(key, 0)}
                  for key, _, label in summary.lines],
        "candidates": [{"id": cid, "label": label, "votes": votes, "is_withdrawn": withdrawn,
                        "is_leader": cid == summary.leader} for cid, label, votes, withdrawn in summary.candidates],
        "turnout": dict(summary.turnout),
        "precincts": precincts,
        "flags": race_flags,
        "audit_head": desk.audit_head() or "",
        "printed_at_local": to_local(desk.clock(), time_zone).strftime("%Y-%m-%d %H:%M"),
    }
