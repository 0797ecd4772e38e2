"""Small wording helpers shared by every component."""

from __future__ import annotations

from ..school_year import MONTH_NAMES
from .html import join, tag


def bullet_list(items, class_: str | None = None):
    """A <ul> of plain-text items; nothing at all when there are none."""
    items = [i for i in (items or ()) if i]
    if not items:
        return None
    return tag("ul", [tag("li", item) for item in items], class_=class_)


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"


def duration_text(duration) -> str:
    """`6 weeks`, `2 terms or longer`, `Ongoing` from a structured duration."""
    if duration is None:
        return ""
    if duration.kind == "ongoing":
        return "Ongoing"
    unit = {"weeks": "week", "terms": "term", "days": "day", "months": "month"}[duration.kind]
    text = plural(duration.amount, unit)
    return text + (" or longer" if duration.or_longer else "")


def date_text(iso: str | None) -> str:
    """`23 November 2026` from "2026-11-23" (GOV.UK date style); "" when there is no date."""
    if not iso:
        return ""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


REVIEW_RHYTHM = {
    "6-weekly": "Every 6 weeks",
    "half-termly": "Every half term",
    "termly": "Every term",
    "annual": "Every year",
    "none": "No set review",
}


STAGE_LENGTH_PRACTICE = "the length one local graduated response suggests. No law sets it"


STAGE_LIMIT_FROM = {"request": "from the request to the final plan"}


def stage_length(data, links, stage):
    """`2 terms` with its basis label: a local stage length says so, as the law sets no minimum time.

    A stage the law times (the assessment: `statutory_limit`) gives the legal limit first, from its fact,
    and one school's longer window second: a reader never meets "26 weeks" as if it were the limit.
    """
    from .basis import (
        basis_label,
        fact_basis,
    )  # basis imports html, as this module does; imported here to keep text light

    text = duration_text(stage.duration)
    if stage.duration.basis != "local-practice":
        return text
    local = join(text, ". ", basis_label(data, links, "local-practice", practice_from=STAGE_LENGTH_PRACTICE))
    fact = data.facts.get(stage.statutory_limit) if stage.statutory_limit else None
    if fact is None or not fact.period:
        return local
    unit = fact.period.unit.removesuffix("s")
    law = join(
        f"In law: up to {plural(fact.period.amount, unit)} {STAGE_LIMIT_FROM.get(fact['from'], '')}".rstrip(),
        ". ",
        fact_basis(data, links, fact),
    )
    return join(
        law,
        " One school's own window, with time to gather evidence first: ",
        text.lower(),
        ". ",
        basis_label(data, links, "local-practice", practice_from=STAGE_LENGTH_PRACTICE),
    )
