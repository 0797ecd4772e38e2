"""The home page's at-a-glance strip: graduated response, then SEN support, then the EHC needs assessment."""

from __future__ import annotations

from ..core.render.html import block, tag
from ..core.render.journeys import assessment_weeks
from ..core.render.text import plural

SEN_SUPPORT_STAGE = "sen-support"


def render(data, links):
    stages = data.stages
    sen_support = stages.get(SEN_SUPPORT_STAGE)
    steps = [
        (
            links.to("graduated-response"),
            "Graduated response",
            f"{plural(len(stages), 'stage')} of help in one school's model, each reviewed",
        ),
        (
            links.to("graduated-response", f"stage-{sen_support.id}"),
            sen_support.name,
            f"Stage {sen_support.number}: the school agrees an SEN support plan with the family",
        )
        if sen_support
        else None,
        (
            links.to("ehc-needs-assessment"),
            "EHC needs assessment",
            f"Up to {plural(assessment_weeks(data), 'week')} from the request to the final plan",
        ),
    ]
    return block(
        tag(
            "ol",
            [
                tag(
                    "li",
                    tag("a", title, href=href),
                    tag("span", detail, class_="journey__detail"),
                    class_="journey__step",
                )
                for href, title, detail in filter(None, steps)
            ],
            class_="journey",
            aria_label="From a first concern to an EHC plan, at a glance",
        )
    )
