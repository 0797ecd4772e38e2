"""Who does what, grouped as school, family, local authority and services."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.text import bullet_list

GROUPS = {
    "school": "In school",
    "family": "The family",
    "local-authority": "The local authority",
    "services": "Services that support schools",
}


def render(data, links):
    sections = []
    for group, heading in GROUPS.items():
        roles = [role for role in data.roles if role.group == group]
        if not roles:
            continue
        sections.append(tag("h2", heading, id=f"group-{group}"))
        for role in roles:
            sections.append(tag("section",
                                tag("h3", role.name, id=role.id),
                                tag("p", role.summary),
                                bullet_list(role.responsibilities),
                                class_="role"))
    return block(sections)
