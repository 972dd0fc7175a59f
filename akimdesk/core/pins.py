"""Members' PINs: what a PIN may look like, how long a member waits after wrong ones, when the screen locks."""

from __future__ import annotations

import datetime as dt
import math

from akimdesk.core.errors import BadInput

SHORTEST_PIN = 4
LONGEST_PIN = 8
# Wrong PINs in a row that cost nothing; each further one doubles the wait, up to the cap. A wait slows
# guessing (4 digits: days instead of minutes) but never stops the day: the right PIN always gets in after it.
FREE_TRIES = 5
FIRST_WAIT_SECONDS = 30
LONGEST_WAIT_SECONDS = 5 * 60
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_MINUTES_RANGE = (1, 240)


def check_pin_shape(pin: str) -> str:
    """The PIN as typed if it is 4 to 8 digits; bad input otherwise (nothing is counted against anyone)."""
    if not (isinstance(pin, str) and pin.isascii() and pin.isdigit() and SHORTEST_PIN <= len(pin) <= LONGEST_PIN):
        raise BadInput("pin-malformed", shortest=SHORTEST_PIN, longest=LONGEST_PIN)
    return pin


def wait_after(wrong_in_a_row: int) -> int:
    """Seconds a member waits before the next try after this many wrong PINs in a row."""
    if wrong_in_a_row < FREE_TRIES:
        return 0
    return int(min(FIRST_WAIT_SECONDS * 2 ** min(wrong_in_a_row - FREE_TRIES, 16), LONGEST_WAIT_SECONDS))


def seconds_to_wait(wrong_in_a_row: int, last_wrong_at: dt.datetime | None, now: dt.datetime) -> int:
    """Whole seconds left before the next try is heard (0: try now).

    A clock set back never makes the wait longer than the full wait itself.
    """
    wait = wait_after(wrong_in_a_row)
    if wait == 0 or last_wrong_at is None:
        return 0
    elapsed = max((now - last_wrong_at).total_seconds(), 0.0)
    return max(0, min(wait, math.ceil(wait - elapsed)))


def tries_before_wait(wrong_in_a_row: int) -> int:
    """Wrong PINs a member may still type before waits begin."""
    return max(FREE_TRIES - wrong_in_a_row, 0)


def check_auto_lock_minutes(minutes: int) -> int:
    """Minutes of idle time before the screen locks, within the allowed range."""
    low, high = AUTO_LOCK_MINUTES_RANGE
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise BadInput("auto-lock-minutes-invalid", low=low, high=high)
    return minutes
