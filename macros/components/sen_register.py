"""What SEN means, how schools spot it, and joining and leaving the SEN register."""

from __future__ import annotations

from ..core.render.html import block, tag
from ..core.render.sections import titled
from ..core.render.text import bullet_list

PARTS = (
    ("identification", "How schools spot special educational needs"),
    ("triggers", "Signs that a pupil may need SEN support"),
    ("not_sen", "What does not on its own mean SEN"),
    ("joining", "Joining the SEN register"),
    ("leaving", "Leaving the SEN register"),
)


def render(data, links, heading_level: int = 3):
    register = data["stages"].register
    parts = [tag("p", register.definition) if register.definition else None]
    for key, title in PARTS:
        parts.append(titled(f"h{heading_level}", title, f"register-{key.replace('_', '-')}",
                            bullet_list(register.get(key)), markdown=True))
    return block(parts)
