"""What SEN means, how schools spot it, and joining and leaving the SEN register.

When a pupil may need SEN support is the current Code's test (paragraphs 6.17 to 6.19), shown as
facts with their basis: never the 2001 Code's School Action triggers.
"""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.facts import fact_item
from ..core.render.html import block, tag
from ..core.render.sections import titled
from ..core.render.text import bullet_list

ASSETS = (ASSET,)
PARTS = (
    ("identification", "How schools spot special educational needs"),
    ("signs", "When a pupil may need SEN support"),
    ("not_sen", "What does not on its own mean SEN"),
    ("joining", "Joining the SEN register"),
    ("leaving", "Leaving the SEN register"),
)


def render(data, links, heading_level: int = 3):
    register = data["stages"].register
    parts = [tag("p", register.definition) if register.definition else None]
    for key, title in PARTS:
        if key == "signs":
            body = tag(
                "ul",
                [fact_item(data, links, data.facts[fact_id]) for fact_id in register.signs],
                class_="register-signs",
            )
        else:
            body = bullet_list(register.get(key))
        parts.append(titled(f"h{heading_level}", title, f"register-{key.replace('_', '-')}", body, markdown=True))
    return block(parts)
