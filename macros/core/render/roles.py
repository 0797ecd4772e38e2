"""Links from any page to a role's entry on the Roles page."""

from __future__ import annotations

from .html import join, tag


def role_links(data, links, role_ids, full_names: bool = False):
    """Role names, comma-separated, each linking to its entry on the roles page.

    Short names (SENCo) suit compact lists; `full_names` for running text.
    """
    parts = []
    for i, role_id in enumerate(role_ids or ()):
        role = data.roles[role_id]
        name = role.name if full_names else (role.short or role.name)
        parts.append(join(", " if i else "", tag("a", name, href=links.to("roles", role.id))))
    return join(parts)
