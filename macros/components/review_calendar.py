"""The school year's review rhythm for SEN targets: October, February and July.

How often is statutory guidance (meet parents at least three times a year, Code 6.65); the months are
one school's practice. Each is shown under its own basis label.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, fact_basis, record_basis
from ..core.render.html import block, tag
from ..core.render.roles import role_links
from ..core.render.text import bullet_list

ASSETS = (ASSET,)
SCHOOL_YEAR_START = 9  # September: the calendar is listed in school-year order


def school_year_order(review) -> int:
    return (review.month - SCHOOL_YEAR_START) % 12


def render(data, links):
    calendar = data["review_calendar"]
    reviews = sorted(calendar.reviews, key=school_year_order)
    items = [
        tag(
            "li",
            tag("strong", review.name),
            ". ",
            review.text,
            tag("span", " Who: ", role_links(data, links, review.who, full_names=True), ".") if review.who else None,
            id=f"review-{review.id}",
        )
        for review in reviews
    ]
    frequency = data.facts[calendar.frequency]
    return block(
        tag("p", frequency.statement, " ", fact_basis(data, links, frequency), class_="review-calendar__frequency"),
        tag(
            "p",
            "This school's reviews fall in these months. ",
            record_basis(data, links, calendar.basis),
            class_="review-calendar__months",
        ),
        tag("ul", items, class_="review-calendar"),
        bullet_list(calendar.notes),
    )
