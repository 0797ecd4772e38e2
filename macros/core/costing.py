"""What a pupil's extra support costs: the costed provision map's arithmetic, the reference for the browser's copy.

Cost per pupil = minutes x sessions a week x weeks x hourly rate / group size / 60, in whole pence, rounded
half up. Everything is whole numbers (pence, not pounds), so Python and JavaScript
(overrides/assets/components/provision-cost/provision-cost.js) give the same answer to the penny;
a test fills the form in Chromium and compares them on generated cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Matched against the trimmed text, as the browser does (ASCII digits only, as JavaScript's [0-9]).
WHOLE = re.compile(r"([0-9]{1,3})")  # 1 to 999: minutes, sessions, weeks, pupils
MONEY = re.compile(r"£? *([0-9]{1,4})(?:\.([0-9]{1,2}))?")  # pounds and pence up to £9,999.99
ROW_NUMBERS = ("group-size", "minutes", "sessions", "weeks")  # a row's fields the cost needs, as the form saves them
INVALID = "invalid"


def parse_whole(text: str | None) -> int | None:
    """A whole number of 1 or more typed in a box, else None."""
    match = WHOLE.fullmatch((text or "").strip())
    return int(match.group(1)) if match and int(match.group(1)) >= 1 else None


def parse_pence(text: str | None) -> int | None:
    """Pounds typed in a box ("18", "18.5", "£18.50") as whole pence, else None."""
    match = MONEY.fullmatch((text or "").strip())
    if not match:
        return None
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


def cost_per_pupil_pence(minutes: int, sessions_per_week: int, weeks: int, rate_pence: int, group_size: int) -> int:
    """The cost of one pupil's place: minutes x sessions x weeks x rate / group / 60, rounded half up to a penny."""
    top = minutes * sessions_per_week * weeks * rate_pence
    bottom = group_size * 60
    return (2 * top + bottom) // (2 * bottom)


def row_cost(fields: dict[str, str], default_rate_pence: int):
    """One row of the map: None when its numbers are empty, INVALID when one is not a whole number, else pence.

    An empty hourly rate means the teaching assistant rate the council gives (site.yml costing).
    """
    typed = [fields.get(key, "").strip() for key in ROW_NUMBERS]
    rate_text = fields.get("hourly-rate", "").strip()
    if not any(typed) and not rate_text:
        return None
    numbers = [parse_whole(text) for text in typed]
    rate = parse_pence(rate_text) if rate_text else default_rate_pence
    if None in numbers or rate is None:
        return INVALID
    group, minutes, sessions, weeks = numbers
    return cost_per_pupil_pence(minutes, sessions, weeks, rate, group)


def format_pounds(pence: int) -> str:
    """£1,234.50: pounds with thousands commas and two decimal places."""
    return f"£{pence // 100:,}.{pence % 100:02d}"


def flag(total_pence: int, near_pence: int, threshold_pence: int) -> str | None:
    """ "over" at or above the threshold (£6,000), "near" from near_from, else None."""
    if total_pence >= threshold_pence:
        return "over"
    if total_pence >= near_pence:
        return "near"
    return None


def cost_text(cost, check_message: str) -> str:
    """What a cost box shows: nothing, the check message, or the sum in pounds (as the browser shows it)."""
    return "" if cost is None else check_message if cost == INVALID else format_pounds(cost)


@dataclass(frozen=True)
class MapCosts:
    rows: tuple  # each row: None, INVALID or pence
    other: object  # the other costs box: None, INVALID or pence
    total_pence: int | None  # None when nothing is typed
    flag: str | None


def map_costs(
    fields: dict[str, str], row_count: int, default_rate_pence: int, near_pence: int, threshold_pence: int
) -> MapCosts:
    """Every row's cost, the total for the year and the flag, from the map's saved fields (keys like `minutes-2`)."""
    rows = tuple(
        row_cost({key: fields.get(f"{key}-{n}", "") for key in (*ROW_NUMBERS, "hourly-rate")}, default_rate_pence)
        for n in range(1, row_count + 1)
    )
    other_text = fields.get("other-costs", "").strip()
    other = None if not other_text else (parse_pence(other_text) if parse_pence(other_text) is not None else INVALID)
    if all(cost is None for cost in (*rows, other)):
        return MapCosts(rows, other, None, None)  # nothing typed: no total, no flag
    total = sum(cost for cost in (*rows, other) if isinstance(cost, int))
    return MapCosts(rows, other, total, flag(total, near_pence, threshold_pence))
