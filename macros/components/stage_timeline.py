"""The six stages of the graduated response in order: who, how long, how often reviewed."""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.html import block, tag
from ..core.render.roles import role_links
from ..core.render.text import REVIEW_RHYTHM, stage_length

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = (ASSET, "stage-timeline")


def render(data, links, heading_level: int = 3):
    items = []
    for stage in data.stages:
        items.append(
            tag(
                "li",
                tag(
                    f"h{heading_level}",
                    tag(
                        "a",
                        f"Stage {stage.number}: {stage.name}",
                        href=links.to("graduated-response", f"stage-{stage.id}"),
                    ),
                    class_="stage-timeline__title",
                ),
                tag(
                    "dl",
                    [
                        tag("div", tag("dt", "Who"), tag("dd", role_links(data, links, stage.involved))),
                        tag("div", tag("dt", "How long"), tag("dd", stage_length(data, links, stage))),
                        tag("div", tag("dt", "Reviewed"), tag("dd", REVIEW_RHYTHM[stage.review.rhythm])),
                    ],
                    class_="stage-timeline__facts",
                ),
                class_="stage-timeline__stage",
                id=f"timeline-{stage.id}",
                data_stage=stage.number,
            )
        )
    return block(tag("ol", items, class_="stage-timeline"))
