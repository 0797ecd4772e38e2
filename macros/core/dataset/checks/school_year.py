"""Term dates are real days in order, the next school year starts after a summer holiday, reviews fall in term.

Checked here, not while rendering, so each problem names the file and line it is
on (a council's overlay file when the date comes from there).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...school_year import LONGEST_SUMMER_WEEKS, Term, review_day
from ..errors import DataProblem
from ..loaded import Loaded


def problems(loaded: Loaded) -> list[DataProblem]:
    term_dates = loaded.documents.get("term_dates")
    if term_dates is None:
        return []
    found: list[DataProblem] = []

    def later(*paths: tuple) -> tuple:
        """Of two fields that disagree, the one written later: in a merged document a council
        overlay's lines come after every base line, so the council's own value is named."""
        return max(paths, key=term_dates.line_of)

    terms: list[Term] = []
    first, last = _school_year(term_dates.data.get("school_year"))
    for index, record in enumerate(term_dates.data["terms"]):
        days = {}
        for field in ("start", "end"):
            try:
                days[field] = date.fromisoformat(record[field])
            except ValueError as exc:
                found.append(term_dates.problem(("terms", index, field), f"{exc}: write a real date."))
                continue
            if not first <= days[field] <= last:  # a year typed wrongly: 2025 in the 2026 to 2027 year
                found.append(
                    term_dates.problem(
                        ("terms", index, field),
                        (
                            f"{record[field]} is not in the {term_dates.data['school_year']} school year ({first.day} August "
                            f"{first.year} to {last.day} August {last.year}): check the year."
                        ),
                    )
                )
                del days[field]
        if len(days) < 2:
            continue
        if days["end"] < days["start"]:
            found.append(
                term_dates.problem(
                    later(("terms", index, "start"), ("terms", index, "end")),
                    f"{record['name']} ends before it starts: check both dates.",
                )
            )
        if terms and days["start"] <= terms[-1].end:
            found.append(
                term_dates.problem(
                    later(("terms", index - 1, "end"), ("terms", index, "start")),
                    f"{record['name']} starts before {terms[-1].name} ends: list terms in date order.",
                )
            )
        terms.append(Term(record["id"], record["name"], days["start"], days["end"]))
    all_terms_read = len(terms) == len(term_dates.data["terms"])
    if all_terms_read:
        found += _next_year_starts(term_dates, terms)
    reviews = loaded.documents.get("review_calendar")
    if reviews is None or not all_terms_read:
        return found
    for index, review in enumerate(reviews.data["reviews"]):
        if review_day(terms, review["month"]) is None:
            found.append(
                reviews.problem(
                    ("reviews", index, "month"),
                    f"no school day in month {review['month']} in {term_dates.file}: choose a month in term time.",
                )
            )
    return found


def _school_year(written) -> tuple[date, date]:
    """`2026 to 2027` -> 1 August 2026 to 31 August 2027, the widest a school year's terms can run."""
    year = re.fullmatch(r"(\d{4}) to (\d{4})", str(written or ""))
    return (date(int(year[1]), 8, 1), date(int(year[2]), 8, 31)) if year else (date.min, date.max)


def _next_year_starts(term_dates, terms: list[Term]) -> list[DataProblem]:
    """next_year_starts ends the summer holiday after the last term (the calculator's long closure)."""
    starts = term_dates.data.get("next_year_starts")
    if not starts or not terms:
        return []
    try:
        day = date.fromisoformat(starts)
    except ValueError as exc:
        day, message = None, f"{exc}: write a real date."
    else:
        message = (
            f"{starts} is not the end of the summer holiday after {terms[-1].name} "
            f"({terms[-1].end.isoformat()}): give the first day of the next school year."
        )
    if day is None or not terms[-1].end < day <= terms[-1].end + timedelta(weeks=LONGEST_SUMMER_WEEKS):
        return [term_dates.problem(("next_year_starts",), message)]
    return []
