"""The four broad areas of need from the SEND Code of Practice."""

from __future__ import annotations

from ..core.render.basis import ASSET, source_basis
from ..core.render.html import block, markdown_heading, tag
from ..core.render.text import bullet_list

ASSETS = (ASSET,)


def render(data, links, heading_level: int = 3):
    return block(
        [
            (
                markdown_heading(heading_level, area.name, f"area-{area.id}"),
                tag(
                    "section",
                    tag("p", area.summary),
                    bullet_list(area.examples),
                    tag("p", source_basis(data, links, area.source, area.reference), class_="source")
                    if area.source
                    else None,
                    tag(
                        "p",
                        tag(
                            "a",
                            f"What every teacher can do: {area.name.lower()}",
                            href=links.to(f"ordinarily-available/{area.id}"),
                        ),
                        class_="area-of-need__provision",
                    )
                    if data["ordinarily_available"].areas.get(area.id)
                    else None,
                    class_="area-of-need",
                ),
            )
            for area in data.areas
        ]
    )
