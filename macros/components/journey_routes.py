"""'What is late?' at the top of a page people reach with a problem: each situation, its time limit, where to go.

A parent who arrives because a decision is late should not have to read the law on delivering a
plan first. Each route names the situation in their words, the time limit from its fact (never a
number written twice), and links to the part of the guide that deals with it.
"""

from __future__ import annotations

from ..core.school_year import MONTH_NAMES
from ..core.render.html import block, tag
from ..core.render.journeys import journeys
from ..core.render.text import plural

UNIT_WORDS = {"days": "day", "weeks": "week", "months": "month", "school-days": "school day"}
# The event a time limit runs from, as a reader would say it.
FROM_WORDS = {
    "request": "the day the council got the request",
    "review-meeting": "the review meeting",
    "amendment-proposals-sent": "when the council sent the proposed changes",
    "decision-letter": "the date of the decision letter",
    "reassessment-request": "the request",
}


def _limit(period, start: str) -> str:
    return f"{plural(period.amount, UNIT_WORDS[period.unit])} from {FROM_WORDS.get(start, start.replace('-', ' '))}"


def time_limit(data, fact_id: str | None):
    """`The time limit is 6 weeks from ...`, from the fact (never a number written twice), or its dates."""
    if not fact_id:
        return None
    fact = data.facts[fact_id]
    if fact.period:
        words = _limit(fact.period, fact["from"])
        if fact.and_within:
            words += f", and no later than {_limit(fact.and_within.period, fact.and_within['from'])}"
        return f" The time limit is {words}."
    if fact.before_dates:
        days = [f"{limit.day} {MONTH_NAMES[limit.month - 1]}" for limit in fact.before_dates]
        return f" The law says before {days[0]}" + (
            f", or {days[1]} for a move to a college." if len(days) > 1 else "."
        )
    return None


def render(data, links, journey: str = "council-late", heading_level: int = 2):
    record = journeys(data)[journey]
    items = [
        tag(
            "li",
            route.text,
            time_limit(data, route.fact),
            " ",
            tag("a", route.go or "Read more", href=links.to(route.page.removesuffix(".md"), route.anchor)),
            data_route=route.id,
        )
        for route in record.routes or ()
    ]
    return block(
        tag(f"h{heading_level}", "What is late or missing?", id="what-is-late"),
        tag("ul", items, class_="journey-routes"),
    )
