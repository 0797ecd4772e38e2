"""The six stages of the graduated response in order: who, how long, how often reviewed."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.roles import role_links  # noqa: F401  (checklist components import it from here)
from ..core.text import duration_text

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = ('stage-timeline',)

REVIEW_RHYTHM = {
    "6-weekly": "Every 6 weeks",
    "half-termly": "Every half term",
    "termly": "Every term",
    "annual": "Every year",
    "none": "No set review",
}


def stage_length(stage) -> str:
    """`2 terms (local good practice, not law)`: the basis is always said, as the law sets no minimum."""
    basis = " (local good practice, not law)" if stage.duration.basis == "local-practice" else ""
    return duration_text(stage.duration) + basis


def render(data, links, heading_level: int = 3):
    items = []
    for stage in data.stages:
        items.append(tag(
            "li",
            tag(f"h{heading_level}", tag("a", f"Stage {stage.number}: {stage.name}",
                                         href=links.to("graduated-response", f"stage-{stage.id}")),
                class_="stage-timeline__title"),
            tag("dl", [
                tag("div", tag("dt", "Who"), tag("dd", role_links(data, links, stage.involved))),
                tag("div", tag("dt", "How long"), tag("dd", stage_length(stage))),
                tag("div", tag("dt", "Reviewed"), tag("dd", REVIEW_RHYTHM[stage.review.rhythm])),
            ], class_="stage-timeline__facts"),
            class_="stage-timeline__stage", id=f"timeline-{stage.id}", data_stage=stage.number))
    return block(tag("ol", items, class_="stage-timeline"))
