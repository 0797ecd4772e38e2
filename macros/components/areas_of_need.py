"""The four broad areas of need from the SEND Code of Practice."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.text import bullet_list, citation


def render(data, links, heading_level: int = 3):
    heading = f"h{heading_level}"
    return block([
        tag("section",
            tag(heading, area.name, id=f"area-{area.id}"),
            tag("p", area.summary),
            bullet_list(area.examples),
            tag("p", "Source: ", citation(data, area.source, area.reference), class_="source") if area.source else None,
            class_="area-of-need")
        for area in data.areas
    ])
