"""Worked examples of assess, plan, do, review: each invented pupil followed through two or more cycles."""

from __future__ import annotations

from ..core.render import apdr
from ..core.render.basis import ASSET
from ..core.render.html import block, tag
from ..core.render.sections import titled
from ..core.render.ordinarily_available import PHASE_NAMES

ASSETS = (ASSET, apdr.ASSET)


def render(data, links, heading_level: int = 2):
    h, sub = f"h{heading_level}", f"h{heading_level + 1}"
    parts = []
    for example in apdr.examples(data).examples:
        area = data.areas.get(example.area)
        parts.append(
            titled(
                h,
                example.title,
                f"example-{example.id}",
                tag("p", apdr.example_label(data, links), class_="source"),
                tag(
                    "p",
                    f"{PHASE_NAMES[example.phase]}. ",
                    f"Main area of need: {area.name}. " if area else None,
                    example.pupil,
                ),
                tag("p", "Who is involved:"),
                tag("ul", [tag("li", person) for person in example.people]),
                [
                    (tag(sub, f"Cycle {number}"), apdr.cycle_list(data, cycle, example.id, number))
                    for number, cycle in enumerate(example.cycles, start=1)
                ],
                markdown=True,
            )
        )
    decisions = tag(
        "ul",
        [tag("li", apdr.decision_text(key)) for key in apdr.DECISIONS],
        class_="apdr-decisions",
    )
    return block(
        titled(
            h,
            "What a review can decide",
            "review-decisions",
            tag("p", "Each review ends with one of four next steps:"),
            decisions,
            markdown=True,
        ),
        *parts,
    )
