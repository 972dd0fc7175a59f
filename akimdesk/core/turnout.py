"""Turnout as a percentage: one rounding rule for the station and the district."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_HUNDREDTHS = Decimal("0.01")


def turnout_percent(issued: int, listed: int) -> Decimal | None:
    """The share of listed voters holding a ballot, in percent, rounded half up to 2 places (None with no voters).

    Decimal arithmetic so that 1 of 800 (0.125 %) is 0.13 on every desk, whatever binary fractions would say."""
    if listed <= 0:
        return None
    return (Decimal(100 * issued) / Decimal(listed)).quantize(_HUNDREDTHS, rounding=ROUND_HALF_UP)


def percent_text(percent: Decimal | None, *, decimal_comma: bool = False) -> str:
    """A percentage with two decimals as printed and shown ("—" when there is none)."""
    if percent is None:
        return "—"
    text = f"{percent:.2f}"
    return text.replace(".", ",") if decimal_comma else text
