"""The legal time limits of an EHC needs assessment, each with its source, and when they can stretch."""

from __future__ import annotations

from ..core.facts import exception_item, fact_item
from ..core.html import block, markdown_heading, tag

ALWAYS_SHOWN = ("calendar-weeks",)   # how the weeks are counted applies to every limit


def assessment_facts(data) -> list:
    """Facts the steps name as deadlines, in step order, then the counting rule."""
    ids: list[str] = []
    for step in data.guide.steps:
        ids += [fact_id for fact_id in step.deadlines or () if fact_id not in ids]
    ids += [fact_id for fact_id in ALWAYS_SHOWN if fact_id not in ids and data.facts.get(fact_id)]
    return [data.facts[fact_id] for fact_id in ids]


def render(data, links, heading_level: int = 3):
    facts = assessment_facts(data)
    exception_ids: list[str] = []
    for fact in facts:
        exception_ids += [e for e in fact.exceptions or () if e not in exception_ids]
    exceptions = data["statutory"].exceptions
    parts = [tag("ul", [fact_item(data, links, fact) for fact in facts], class_="time-limits")]
    if exception_ids:
        parts += [
            markdown_heading(heading_level, "When the time limits can be longer", "time-limit-exceptions"),
            tag("p", "The law allows more time only in these cases:"),
            tag("ul", [exception_item(data, exceptions[e]) for e in exception_ids]),
        ]
    return block(parts)
