"""The school year's key dates, from term_dates.yml, meetings.yml, review_calendar.yml and the fixed dates in law
(statutory_year.yml `calendar`, each a statutory fact's before_dates).

One list feeds both the key-dates page and its calendar file, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..school_year import MONTH_NAMES, long_date, review_day, school_terms

ICS_PATH = "downloads/key-dates.ics"  # the calendar file of these dates (macros/outputs/key_dates_ics.py)


@dataclass(frozen=True)
class KeyDate:
    """One all-day event in the school year."""

    id: str
    day: date
    title: str
    description: str
    in_month: bool = False  # happens some time that month; `day` is its first school day

    @property
    def when(self) -> str:
        """`October 2026` for an event some time that month, else the day in full."""
        return f"{MONTH_NAMES[self.day.month - 1]} {self.day.year}" if self.in_month else long_date(self.day)

    @property
    def calendar_title(self) -> str:
        return f"{self.title} (this month)" if self.in_month else self.title


def law_dates(data, first_day: date) -> list[KeyDate]:
    """Fixed dates the law sets in the school year that starts on `first_day` (statutory_year.yml `calendar`)."""
    events = []
    for entry in data["statutory_year"].calendar.dates:
        fact = data.facts[entry.fact]
        fixed = next(d for d in fact.before_dates if d.move == entry.move)  # the validator checks it is there
        year = first_day.year if fixed.month >= first_day.month else first_day.year + 1
        about = f"{fact.title}. Set in law: {data.sources[fact.source].short}, {fact.reference}."
        events.append(KeyDate(entry.id, date(year, fixed.month, fixed.day), entry.title, about))
    return events


def key_dates(data) -> list[KeyDate]:
    """Planning and consultation meetings at the start of each term, the reviews by month and the fixed dates in law,
    in date order."""
    terms = school_terms(data)
    meetings = data["meetings"].planning_consultation
    about = meetings.purpose.split(". ")[0].rstrip(".") + "."  # the first sentence: calendars show little
    events = [
        KeyDate(
            f"{term.id}-planning-meeting", term.start, f"{term.name} starts: planning and consultation meeting", about
        )
        for term in terms
    ]
    for review in data["review_calendar"].reviews:
        day = review_day(terms, review.month)  # never None: the validator checks every month has a school day
        events.append(KeyDate(review.id, day, review.name, review.text, in_month=True))
    events += law_dates(data, terms[0].start)
    return sorted(events, key=lambda event: event.day)
