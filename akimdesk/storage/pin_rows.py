"""The queries behind members' PINs: the PIN in force for each member and the wrong tries since the last right one."""

from __future__ import annotations

from typing import Any

from akimdesk.storage.store import Store


def pins_in_force(store: Store) -> dict[str, dict[str, Any]]:
    """The newest PIN row of each member who has one, by member id."""
    rows = store.fetch_all(
        "SELECT p.* FROM member_pins p WHERE p.pin_id = (SELECT max(pin_id) FROM member_pins WHERE member_id = p.member_id)"
    )
    return {row["member_id"]: row for row in rows}


def pin_in_force(store: Store, member_id: str) -> dict[str, Any] | None:
    """The newest PIN row of one member, or None."""
    return store.fetch_one("SELECT * FROM member_pins WHERE member_id = ? ORDER BY pin_id DESC LIMIT 1", [member_id])


def wrong_since_right(store: Store, pin_id: int) -> tuple[int, str | None]:
    """Wrong tries of this PIN since its last right one, and when the newest of them was made."""
    row = store.fetch_aggregate(
        "SELECT count(*) AS wrong, max(at) AS last_at FROM pin_attempts WHERE pin_id = ? AND is_right = 0"
        " AND attempt_id > coalesce((SELECT max(attempt_id) FROM pin_attempts WHERE pin_id = ? AND is_right = 1), 0)",
        [pin_id, pin_id],
    )
    return row["wrong"], row["last_at"]
