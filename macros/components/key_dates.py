"""The school year's key dates as a table, with the calendar file to download."""

from __future__ import annotations

from ..core.dates.key_dates import ICS_PATH, key_dates
from ..core.render.html import block, tag
from ..core.school_year import long_date, school_terms


def render(data, links):
    term_dates = data["term_dates"]
    terms = tag(
        "table",
        tag("caption", f"Term dates for {term_dates.school_year}"),
        tag(
            "thead",
            tag("tr", tag("th", "Term", scope="col"), tag("th", "Starts", scope="col"), tag("th", "Ends", scope="col")),
        ),
        tag(
            "tbody",
            [
                tag(
                    "tr",
                    tag("th", term.name, scope="row"),
                    tag("td", long_date(term.start)),
                    tag("td", long_date(term.end)),
                )
                for term in school_terms(data)
            ],
        ),
    )
    events = tag(
        "table",
        tag("caption", f"Key dates for {term_dates.school_year}"),
        tag("thead", tag("tr", tag("th", "Date", scope="col"), tag("th", "What happens", scope="col"))),
        tag(
            "tbody",
            [
                tag(
                    "tr",
                    tag("td", item.when),
                    tag("td", tag("p", tag("strong", item.title)), tag("p", item.description)),
                )
                for item in key_dates(data)
            ],
        ),
        class_="key-dates",
    )
    download = tag(
        "p",
        tag(
            "a",
            f"Download the key dates for {term_dates.school_year} (calendar file)",
            href=links.asset(ICS_PATH),
            download="key-dates.ics",
        ),
    )
    return block(tag("p", term_dates.note), download, events, not_in_calendar(data), terms)


def not_in_calendar(data):
    """Dates a reader might look for that the calendar leaves out, and why: never a date we could not confirm."""
    left_out = data["statutory_year"].calendar.not_published
    if not left_out:
        return None
    return tag(
        "div",
        tag("p", tag("strong", "Not in this calendar")),
        tag("ul", [tag("li", tag("strong", item.title), ": ", item.text, data_left_out=item.id) for item in left_out]),
        class_="key-dates__left-out",
    )
