"""The school year's key dates, from term_dates.yml, meetings.yml and review_calendar.yml.

One list feeds both the key-dates page and its calendar file, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .deadlines import MONTH_NAMES, long_date


@dataclass(frozen=True)
class KeyDate:
    """One all-day event in the school year."""

    id: str
    day: date
    title: str
    description: str
    in_month: bool = False   # happens some time that month; `day` is its first school day

    @property
    def when(self) -> str:
        """`October 2026` for an event some time that month, else the day in full."""
        return f"{MONTH_NAMES[self.day.month - 1]} {self.day.year}" if self.in_month else long_date(self.day)

    @property
    def calendar_title(self) -> str:
        return f"{self.title} (this month)" if self.in_month else self.title


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
    """The terms as dates (the validator has checked them: see `Validator._check_school_year`)."""
    return [Term(record.id, record.name, date.fromisoformat(record.start), date.fromisoformat(record.end))
            for record in data["term_dates"].terms]


def review_day(terms: list[Term], month: int) -> date | None:
    """The first school day of `month` in the school year: when a review 'in October' comes round."""
    for term in terms:
        for day in term.school_days():
            if day.month == month:
                return day
    return None


def key_dates(data) -> list[KeyDate]:
    """Planning and consultation meetings at the start of each term, and the reviews by month, in date order."""
    terms = school_terms(data)
    meetings = data["meetings"].planning_consultation
    about = meetings.purpose.split(". ")[0].rstrip(".") + "."  # the first sentence: calendars show little
    events = [KeyDate(f"{term.id}-planning-meeting", term.start,
                      f"{term.name} starts: planning and consultation meeting", about)
              for term in terms]
    for review in data["review_calendar"].reviews:
        day = review_day(terms, review.month)  # never None: the validator checks every month has a school day
        events.append(KeyDate(review.id, day, review.name, review.text, in_month=True))
    return sorted(events, key=lambda event: event.day)
