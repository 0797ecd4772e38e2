"""A section per EHC needs assessment step: main points, then family and professionals."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.text import bullet_list


def render(data, links):
    sections = []
    for step in data.guide.steps:
        sections.append(tag(
            "section",
            tag("h2", f"Step {step.number}: {step.title} (weeks {step.start_week} to {step.end_week})",
                id=f"step-{step.number}"),
            tag("p", step.summary) if step.summary else None,
            bullet_list(step.main_points),
            tag("h3", "What happens for your child and family"),
            bullet_list(step.family),
            tag("h3", "What happens for the school and professionals"),
            bullet_list(step.professionals),
            class_="ehcna-step"))
    return block(sections)
