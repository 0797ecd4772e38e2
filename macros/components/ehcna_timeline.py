"""The EHC needs assessment's steps along its weeks, as an ordered list."""

from __future__ import annotations

from ..core.html import block, tag


def render(data, links):
    guide = data.guide
    items = [
        tag("li",
            tag("a", f"Step {step.number}: {step.title}", href=f"#step-{step.number}"),
            " ", tag("span", f"weeks {step.start_week} to {step.end_week}", class_="ehcna-timeline__weeks"),
            class_="ehcna-timeline__step")
        for step in guide.steps
    ]
    return block(tag("ol", items, class_="ehcna-timeline",
                     aria_label=f"The {guide.total_weeks} weeks of an EHC needs assessment"))
