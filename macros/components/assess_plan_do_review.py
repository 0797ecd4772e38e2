"""The assess, plan, do, review cycle that every stage of SEN support follows."""

from __future__ import annotations

from ..core.render.basis import ASSET, source_basis
from ..core.render.html import block, tag

ASSETS = (ASSET,)


def render(data, links):
    cycle = data["stages"].cycle
    return block(
        tag(
            "ol",
            [tag("li", tag("strong", phase.name), ": ", phase.text, id=f"cycle-{phase.id}") for phase in cycle.phases],
            class_="cycle",
        ),
        tag("p", source_basis(data, links, cycle.source, cycle.reference), class_="source") if cycle.source else None,
    )
