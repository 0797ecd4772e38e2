"""The six stages of the graduated response in order: who, how long, how often reviewed."""

from __future__ import annotations

from ..core.html import block, join, tag
from ..core.text import duration_text

REVIEW_RHYTHM = {
    "6-weekly": "Every 6 weeks",
    "half-termly": "Every half term",
    "termly": "Every term",
    "annual": "Every year",
    "none": "No set review",
}


def role_links(data, links, role_ids):
    """Role names linking to their entry on the roles page."""
    parts = []
    for i, role_id in enumerate(role_ids or ()):
        role = data.roles[role_id]
        parts.append(join(", " if i else "", tag("a", role.short or role.name, href=links.to("roles", role.id))))
    return join(parts)


def render(data, links):
    items = []
    for stage in data.stages:
        basis = " (local good practice, not law)" if stage.duration.basis == "local-practice" else ""
        items.append(tag(
            "li",
            tag("h3", tag("a", f"Stage {stage.number}: {stage.name}",
                          href=links.to("graduated-response", f"stage-{stage.id}")),
                class_="stage-timeline__title"),
            tag("dl", [
                tag("dt", "Who"), tag("dd", role_links(data, links, stage.involved)),
                tag("dt", "How long"), tag("dd", duration_text(stage.duration) + basis),
                tag("dt", "Reviewed"), tag("dd", REVIEW_RHYTHM[stage.review.rhythm]),
            ], class_="stage-timeline__facts"),
            class_="stage-timeline__stage", id=f"timeline-{stage.id}"))
    return block(tag("ol", items, class_="stage-timeline"))
