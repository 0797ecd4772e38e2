"""The assess, plan, do, review cycle that every stage of SEN support follows."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.text import citation


def render(data, links):
    cycle = data["stages"].cycle
    return block(
        tag("ol", [tag("li", tag("strong", phase.name), ": ", phase.text, id=f"cycle-{phase.id}")
                   for phase in cycle.phases], class_="cycle"),
        tag("p", "Source: ", citation(data, cycle.source, cycle.reference), ".", class_="source")
        if cycle.source else None)
