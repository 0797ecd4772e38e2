"""What a family can do if they disagree with a decision, with the time limits that apply."""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.facts import fact_item
from ..core.render.html import block, tag

ASSETS = (ASSET,)


def render(data, links, heading_level: int = 3, details: bool = False):
    """The ways to challenge a decision, in order. `details=True`: each opens from its heading (<details>)."""
    heading = f"h{heading_level}"
    items = []
    for route in data.guide.disagree:
        facts = [data.facts[fact_id] for fact_id in route.facts or ()]
        title = tag(heading, route.title, id=f"disagree-{route.id}")
        body = [
            tag("p", route.text),
            tag("ul", [fact_item(data, links, fact) for fact in facts], class_="time-limits") if facts else None,
        ]
        if details:
            items.append(tag("li", tag("details", tag("summary", title), body), class_="disagree-route"))
        else:
            items.append(tag("li", title, body, class_="disagree-route"))
    return block(tag("ol", items, class_="disagree-routes"))
