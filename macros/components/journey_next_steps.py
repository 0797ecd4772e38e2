"""The end of a journey page: what the guide could not confirm, what to do next, and who to contact.

No page leaves a reader without a next step or someone to ask: the links come from
the journey's data, the contacts from site.yml (so a council's overlay puts its own),
shown by the one `contacts` component.
"""

from __future__ import annotations

from markupsafe import Markup

from . import contacts
from ..core.render.html import block, markdown_heading, tag
from ..core.render.journeys import journeys
from ..core.render.text import bullet_list

ASSETS = contacts.ASSETS


def render(data, links, journey: str | None = None):
    """`journey_next_steps("appeals")`: headed sections closing the journey's page (no id: the first journey)."""
    record = journeys(data)[journey] if journey else journeys(data)[0]
    parts = []
    if record.not_confirmed:
        parts += [markdown_heading(2, "What we could not confirm", "not-confirmed"),
                  bullet_list(record.not_confirmed, class_="journey-not-confirmed")]
    parts += [
        markdown_heading(2, "What to do next", "next-steps"),
        tag("ul", [tag("li", tag("a", step.text, href=links.to(step.page.removesuffix(".md"), step.anchor)))
                   for step in record.next_steps], class_="journey-next-steps"),
    ]
    # The contacts component is a block of its own (its heading is Markdown): placed after ours, not inside.
    return Markup(block(parts) + contacts.render(data, links, ids=record.contacts))
