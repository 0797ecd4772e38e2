"""Generated answers for every calculator journey, shared by the engine parity tests (Node and Chromium)."""

from __future__ import annotations

import calendar as month_calendar
from datetime import date, timedelta

from macros.core import load_site_data
from macros.core.dates.deadlines import journey_dates
from tests.helpers import PROJECT

DATA = load_site_data(PROJECT / "data")


def last_sunday(year: int, month: int) -> date:
    last = date(year, month, month_calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


def generated_dates() -> list[date]:
    """Month ends, 29 February, bank holidays, August, Christmas and the clock changes, with their neighbours."""
    days = {date(2024, 2, 29), date(2028, 2, 29), date(2027, 2, 28), date(2028, 3, 1)}
    for year in (2025, 2026, 2027, 2028):
        for month in range(1, 13):
            end = date(year, month, month_calendar.monthrange(year, month)[1])
            days.update({end, end - timedelta(weeks=6), end - timedelta(weeks=8)})  # the later dates land on it
        days.update(date(year, 8, d) for d in (1, 15, 31))
        days.update(date(year, 6, d) for d in (29, 30))  # 2 months on is late August
        days.update(date(year, 10, d) for d in (24, 25, 31))  # 2 months on is Christmas
        days.update({date(year, 12, 24), date(year, 12, 25), date(year, 12, 31)})
        for month in (3, 10):
            sunday = last_sunday(year, month)
            days.update({sunday - timedelta(days=1), sunday, sunday + timedelta(days=1)})
    for holiday in DATA["bank_holidays"].days:
        day = date.fromisoformat(holiday.date)
        for months in (1, 2):  # a letter whose deadline lands on the holiday, and the day before
            back = day.replace(day=1) - timedelta(days=1)
            days.update({back.replace(day=min(day.day, back.day)) if months == 1 else day - timedelta(weeks=9)})
        days.update({day, day - timedelta(days=1)})
    return sorted(d for d in days if d <= date(2028, 10, 20))  # appeals must end within the bank holiday data


def cases(journey_id: str) -> list[dict]:
    """Answers for one journey, built from the generated dates."""
    days = generated_dates()
    if journey_id == "assessment":
        return [
            {
                "request": d,
                "la-asks-for-advice": d + timedelta(weeks=7),
                "draft-served": d + timedelta(weeks=14),
                "decision-letter": d + timedelta(weeks=6),
            }
            for d in days
        ] + [{"request": d} for d in days[::5]]
    if journey_id == "annual-review":
        return (
            [
                {
                    "review-meeting": d,
                    "amendment-proposals-sent": d + timedelta(weeks=3) - timedelta(days=2),
                    "amendment-proposals": d + timedelta(weeks=3),
                }
                for d in days
            ]
            + [{"review-meeting": d, "amendment-proposals-sent": d + timedelta(weeks=6)} for d in days[::4]]
            + [{"review-meeting": d} for d in days[::5]]
        )
    if journey_id == "moving-school":
        moves = [move.id for move in DATA["statutory"].calculator.journeys["moving-school"].moves]
        return [
            {"date-of-birth": d - timedelta(days=365 * 8), "move": moves[i % len(moves)]} for i, d in enumerate(days)
        ] + [{"move-year": 2027 + i % 10, "move": moves[i % len(moves)]} for i in range(20)]
    if journey_id == "reassessment":
        return [{"reassessment-request": d, "reassessment-decision": d + timedelta(days=12)} for d in days] + [
            {"reassessment-request": d, "decision-letter": d + timedelta(days=14)} for d in days[::3]
        ]
    return [{"decision-letter": d} for d in days] + [
        {"decision-letter": d, "mediation-certificate": d + timedelta(days=k)} for d in days for k in (20, 45)
    ]


def as_browser(values: dict) -> dict:
    return {key: value.isoformat() if isinstance(value, date) else value for key, value in values.items()}


def python_answer(rules, values) -> list[dict]:
    return [
        {
            "id": d.id,
            "date": d.date.isoformat(),
            "text": d.text,
            "how": list(d.how),
            "closures": [[a.isoformat(), b.isoformat()] for a, b in d.closures],
        }
        for d in journey_dates(rules, values)
    ]
