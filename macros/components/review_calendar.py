"""The school year's review rhythm for SEN targets: October, February and July."""

from __future__ import annotations

from ..core.render.html import block, tag
from ..core.render.roles import role_links
from ..core.render.text import bullet_list

SCHOOL_YEAR_START = 9   # September: the calendar is listed in school-year order


def school_year_order(review) -> int:
    return (review.month - SCHOOL_YEAR_START) % 12


def render(data, links):
    calendar = data["review_calendar"]
    reviews = sorted(calendar.reviews, key=school_year_order)
    items = [tag("li",
                 tag("strong", review.name), ". ", review.text,
                 tag("span", " Who: ", role_links(data, links, review.who, full_names=True), ".") if review.who else None,
                 id=f"review-{review.id}")
             for review in reviews]
    return block(tag("ul", items, class_="review-calendar"), bullet_list(calendar.notes))
