"""Who in the commission may do what."""

from __future__ import annotations

from akimdesk.core.election import ROLES, Election, Member
from akimdesk.core.errors import RuleRefused

_EVERYONE = frozenset(ROLES)

# The chair and the secretary may not hand out ballots (the law keeps them apart from ballots).
ACTION_ROLES: dict[str, frozenset[str]] = {
    "load-election": frozenset({"chair"}),
    "open-station": frozenset({"chair"}),
    "close-station": frozenset({"chair"}),
    "replace-voter-list": frozenset({"chair"}),
    "import-voter-list": frozenset({"chair", "deputy", "secretary"}),
    "issue-ballot": frozenset({"deputy", "member"}),
    "undo-check-in": _EVERYONE,
    "add-voter": _EVERYONE,
    "issue-absentee": _EVERYONE,
    "request-mobile": _EVERYONE,
    "enter-tally": _EVERYONE,
    "record-attendance": frozenset({"chair", "deputy", "secretary"}),
    "add-opinion": _EVERYONE,
    "finalise-protocol": frozenset({"chair"}),
    "amend-protocol": frozenset({"chair"}),
    "save-protocol": _EVERYONE,
    "export-bundle": frozenset({"chair", "deputy", "secretary"}),
    "set-pin": frozenset({"chair"}),
    "configure-auto-lock": frozenset({"chair"}),
}


def require_member(election: Election, member_id: str | None, action: str) -> Member:
    """Return the acting member if their role allows `action`; refuse otherwise."""
    if not member_id:
        raise RuleRefused("actor-required")
    member = election.member(member_id)
    if member is None:
        raise RuleRefused("actor-unknown", member=member_id)
    if member.role not in ACTION_ROLES[action]:
        raise RuleRefused("role-not-allowed", member=member_id, role=member.role, action=action)
    return member
