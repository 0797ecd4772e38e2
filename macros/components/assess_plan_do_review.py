"""The assess, plan, do, review cycle that every stage of SEN support follows, phase by phase in practice.

Each phase says what happens, what to ask and what to keep (each point with its basis), and a short example
from the secondary worked example, labelled as invented.
"""

from __future__ import annotations

from ..core.render import apdr
from ..core.render.basis import ASSET, source_basis
from ..core.render.html import block, tag

ASSETS = (ASSET, apdr.ASSET)


def render(data, links, heading_level: int = 3, examples_page: str | None = "assess-plan-do-review"):
    cycle = data["stages"].cycle
    h, sub = f"h{heading_level}", f"h{heading_level + 1}"

    def phase_item(phase):
        return tag(
            "li",
            tag(h, phase.name, id=f"cycle-{phase.id}-heading"),
            tag("p", phase.text),
            (tag(sub, "Questions to ask"), apdr.point_list(data, links, phase.questions, "apdr-questions"))
            if phase.questions
            else None,
            (tag(sub, "What to record"), apdr.point_list(data, links, phase.record, "apdr-record"))
            if phase.record
            else None,
            (
                tag(sub, "For example"),
                tag("p", phase.example, class_="apdr-example"),
                tag("p", apdr.example_label(data, links), class_="source"),
            )
            if phase.example
            else None,
            id=f"cycle-{phase.id}",
        )

    return block(
        tag("ol", [phase_item(phase) for phase in cycle.phases], class_="cycle"),
        tag("p", source_basis(data, links, cycle.source, cycle.reference), class_="source") if cycle.source else None,
        tag(
            "p",
            "See two pupils, one in secondary and one in primary school, followed through two cycles: ",
            tag("a", "worked examples of assess, plan, do, review", href=links.to(examples_page)),
            ".",
        )
        if examples_page and data["examples"].examples
        else None,
    )
