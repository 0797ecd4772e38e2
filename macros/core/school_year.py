"""The school year in England, as dates: the bottom floor of the core, below the data model and the date engine.

Both the validator (term dates, review months, the summer holiday) and the date
engine (closures, key dates, Reception year) need these, so they live here and
import nothing else from the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A closure this long or longer is the only one regulation 10(4)(a) counts (4 weeks).
LONG_CLOSURE_DAYS = 28
# next_year_starts must be within this many weeks of the last term's end: a summer holiday, not a year out.
LONGEST_SUMMER_WEEKS = 10


def long_date(day: date) -> str:
    """`Monday 16 February 2026`, the GOV.UK date style, whatever the machine's locale."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def reception_year(birth: date) -> int:
    """The year a child starts Reception: the school year starts on 1 September, so September birthdays go a year later."""
    return birth.year + (5 if birth.month >= 9 else 4)


@dataclass(frozen=True)
class Term:
    id: str
    name: str
    start: date
    end: date

    def school_days(self):
        """Monday to Friday from the first day of term to the last."""
        day = self.start
        while day <= self.end:
            if day.weekday() < 5:
                yield day
            day += timedelta(days=1)


def school_terms(data) -> list[Term]:
    """The terms as dates (the validator has checked them: see `dataset/checks/school_year.py`)."""
    return [
        Term(record.id, record.name, date.fromisoformat(record.start), date.fromisoformat(record.end))
        for record in data["term_dates"].terms
    ]


def review_day(terms: list[Term], month: int) -> date | None:
    """The first school day of `month` in the school year: when a review 'in October' comes round."""
    for term in terms:
        for day in term.school_days():
            if day.month == month:
                return day
    return None


def school_closures(terms) -> list[tuple[date, date]]:
    """Closures of 4 weeks or more between the terms: (first day closed, day it reopens)."""
    closures = []
    for before, after in zip(terms, terms[1:]):
        first, reopens = before.end + timedelta(days=1), after.start
        if (reopens - first).days >= LONG_CLOSURE_DAYS:
            closures.append((first, reopens))
    return closures
