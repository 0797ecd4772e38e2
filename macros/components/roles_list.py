"""Who does what, grouped as school, family, local authority and services."""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.facts import fact_item
from ..core.render.html import block, join, markdown_heading, tag
from ..core.render.text import bullet_list

ASSETS = (ASSET,)

GROUPS = {
    "school": "In school",
    "family": "The family",
    "local-authority": "The council (local authority)",
    "services": "Services that support schools",
}


def stages_involving(data, links, role):
    """`Involved at: Stage 1: Cause for concern, ...`, linking to each stage of the graduated response this role takes part in."""
    stages = [stage for stage in data.stages if role.id in (stage.involved or ())]
    if not stages:
        return None
    return tag(
        "p",
        tag("strong", "Involved at: "),
        join(
            *[
                join(
                    ", " if i else "",
                    tag(
                        "a",
                        f"Stage {stage.number}: {stage.name}",
                        href=links.to("graduated-response", f"stage-{stage.id}"),
                    ),
                )
                for i, stage in enumerate(stages)
            ]
        ),
        class_="role__stages",
    )


def duties(data, links, role):
    """What the law says about this role, each with its basis."""
    facts = [data.facts[fact_id] for fact_id in role.duties or ()]
    if not facts:
        return None
    return tag(
        "div",
        tag("h4", "What the law says", id=f"{role.id}-law"),
        tag("ul", [fact_item(data, links, fact) for fact in facts]),
        class_="role__law",
    )


def render(data, links):
    sections = []
    for group, heading in GROUPS.items():
        roles = [role for role in data.roles if role.group == group]
        if not roles:
            continue
        sections.append(markdown_heading(2, heading, f"group-{group}"))
        for role in roles:
            sections.append(
                tag(
                    "section",
                    tag("h3", role.name, id=role.id),
                    tag("p", role.summary),
                    bullet_list(role.responsibilities),
                    duties(data, links, role),
                    stages_involving(data, links, role),
                    class_="role",
                )
            )
    return block(sections)
