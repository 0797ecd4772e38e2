"""The legal time limits of an EHC needs assessment, each with its basis, and when each can stretch.

Each time limit shows only the grounds its own regulation paragraph lists (the
validator checks this), under the rule that applies to all of them: only where the
limit is impractical to meet, and the council must still act as soon as it can.
"""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.dataset.lookups import grounds_for
from ..core.render.facts import exception_item, fact_item, limit_reference
from ..core.render.html import block, markdown_heading, tag

ASSETS = (ASSET,)
ALWAYS_SHOWN = ("calendar-weeks",)  # how the weeks are counted applies to every limit
EXCEPTIONS_RULE = "exceptions-only-if-impractical"


def assessment_facts(data) -> list:
    """Facts the steps name as deadlines, in step order, then the counting rule."""
    ids: list[str] = []
    for step in data.guide.steps:
        ids += [fact_id for fact_id in step.deadlines or () if fact_id not in ids]
    ids += [fact_id for fact_id in ALWAYS_SHOWN if fact_id not in ids and data.facts.get(fact_id)]
    return [data.facts[fact_id] for fact_id in ids]


def exceptions_section(data, links, facts, heading_level: int):
    """Per time limit, the grounds its paragraph allows; the general rule first."""
    limited = [fact for fact in facts if fact.exceptions]
    if not limited:
        return []
    rule = data.facts.get(EXCEPTIONS_RULE)
    groups = [
        tag(
            "li",
            tag("strong", fact.title),
            ": only if one of these makes it too hard to meet (impractical)",
            tag(
                "ul",
                [
                    exception_item(data, links, ground, reference=limit_reference(data, fact))
                    for ground in grounds_for(data, fact)
                ],
            ),
            data_limit=fact.id,
        )
        for fact in limited
    ]
    return [
        markdown_heading(heading_level, "When the time limits can be longer", "time-limit-exceptions"),
        tag("ul", fact_item(data, links, rule), class_="time-limits") if rule else None,
        tag("ul", groups, class_="time-limit-exceptions"),
    ]


def render(data, links, heading_level: int = 3, details: bool = False):
    """The time limits, then when they can be longer (shown once on the page).

    With `details=True` both open from a summary line (<details>, no JavaScript needed): the short answer
    above them already gives the weeks. The exceptions keep their anchor, on the <details> itself.
    """
    facts = assessment_facts(data)
    limits = tag("ul", [fact_item(data, links, fact) for fact in facts], class_="time-limits")
    if not details:
        return block(limits, exceptions_section(data, links, facts, heading_level))
    exceptions = exceptions_section(data, links, facts, heading_level)
    return block(
        tag("details", tag("summary", "Each time limit, with its source in law"), limits, class_="time-limits-more"),
        tag(
            "details",
            tag("summary", "When the time limits can be longer"),
            exceptions[1:],
            id="time-limit-exceptions",
            class_="time-limits-more",
        )
        if exceptions
        else None,
    )
