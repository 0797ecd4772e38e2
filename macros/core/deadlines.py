"""Statutory deadlines worked out from dates: the reference the calculator's JavaScript must match.

Every number comes from `data/statutory.yml`; this module only knows how units
count (see `add_period`). Dates are plain `datetime.date` values: no times and no
time zones, so clock changes cannot move a deadline.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

# The calculator accepts request dates this many months either side of today: far enough back
# for a late appeal or review, far enough ahead to plan; anything else is almost surely a typing slip.
MONTHS_BEFORE_TODAY = 24
MONTHS_AFTER_TODAY = 12


def long_date(day: date) -> str:
    """`Monday 16 February 2026`, the GOV.UK date style, whatever the machine's locale."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def add_months(day: date, months: int) -> date:
    """The same date `months` later; the month's last day when it has no such date (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_period(start: date, period) -> date:
    """The last day of a statutory period from `start`.

    Days and weeks are calendar days. Months follow the corresponding date rule
    (Dodds v Walker): the same date in the later month, else that month's last day,
    so 2 months after 31 December is 28 or 29 February.
    With `first_day_counts` ("beginning with the day", "starting with the date"),
    `start` is day 1 and the period ends one day earlier: 15 days from 1 March end on
    15 March; 12 months starting 1 March 2027 end on 29 February 2028. A month with
    no such date ends on its last day: 1 month starting 31 January ends on 28 February.
    """
    if period.unit == "months":
        if not period.first_day_counts:
            return add_months(start, period.amount)
        first = add_months(start.replace(day=1), period.amount)
        last = calendar.monthrange(first.year, first.month)[1]
        return first + timedelta(days=min(start.day - 1, last) - 1)
    days = period.amount * {"days": 1, "weeks": 7}[period.unit]
    return start + timedelta(days=days - 1 if period.first_day_counts else days)


def fact_deadline(fact, events: Mapping[str, date]) -> date | None:
    """A fact's deadline from the events known so far, or None if its starting event is not known.

    `or_later` (the appeal limit) gives a second period from another event; the later end wins.
    """
    if fact.period is None or fact.get("from") not in events:
        return None
    deadline = add_period(events[fact["from"]], fact.period)
    other = fact.or_later
    if other is not None and other["from"] in events:
        deadline = max(deadline, add_period(events[other["from"]], other.period))
    return deadline


@dataclass(frozen=True)
class Deadline:
    """One dated row of the calculator."""

    id: str
    date: date
    text: str
    step_number: int
    fact_id: str

    @property
    def sentence(self) -> str:
        return f"By {long_date(self.date)}: {self.text}"


def calculator_rows(data):
    """The calculator's rows from statutory.yml, each with its fact, in the order shown."""
    return data["statutory"].calculator.rows


def request_deadlines(data, request: date) -> list[Deadline]:
    """Every calculator date for a request received on `request`, in data order.

    A row with `after` counts from that earlier row's date (the last day the law allows
    for it), as if that row's letter were its starting event.
    """
    facts = data.facts
    steps = {step.id: step.number for step in data.guide.steps}
    found: dict[str, date] = {}
    deadlines = []
    for row in calculator_rows(data):
        fact = facts[row.fact]
        start = found[row.after] if row.after else request
        deadline = fact_deadline(fact, {fact.get("from"): start})
        if deadline is None:
            raise ValueError(f"calculator row {row.id!r}: fact {row.fact!r} has no period")
        found[row.id] = deadline
        deadlines.append(Deadline(row.id, deadline, row.text, steps[row.step], row.fact))
    return deadlines


def accepted_range(today: date) -> tuple[date, date]:
    """The earliest and latest request dates the calculator accepts, given today."""
    return add_months(today, -MONTHS_BEFORE_TODAY), add_months(today, MONTHS_AFTER_TODAY)


def calculator_rules(data) -> dict:
    """The rows as plain JSON for the browser, so its copy of the arithmetic reads the same numbers."""
    facts = data.facts
    steps = {step.id: step.number for step in data.guide.steps}
    rows = []
    for row in calculator_rows(data):
        period = facts[row.fact].period
        rows.append({"id": row.id, "text": row.text, "after": row.after, "step": steps[row.step],
                     "amount": period.amount, "unit": period.unit, "firstDay": bool(period.first_day_counts)})
    return {"rows": rows, "monthsBefore": MONTHS_BEFORE_TODAY, "monthsAfter": MONTHS_AFTER_TODAY}
