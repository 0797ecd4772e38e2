"""The end of a journey page: what the guide could not confirm, what to do next, and who to contact.

No page leaves a reader without a next step or someone to ask: the links come from
the journey's data, the contacts from site.yml (so a council's overlay puts its own),
shown by the one page ending (`next_steps.ending`).
"""

from __future__ import annotations

from markupsafe import Markup

from . import next_steps
from ..core.render.html import block, markdown_heading
from ..core.render.journeys import journeys
from ..core.render.text import bullet_list

ASSETS = next_steps.ASSETS


def render(data, links, journey: str | None = None):
    """`journey_next_steps("appeals")`: headed sections closing the journey's page (no id: the first journey)."""
    record = journeys(data)[journey] if journey else journeys(data)[0]
    parts = []
    if record.not_confirmed:
        parts += [
            markdown_heading(2, "What we could not confirm", "not-confirmed"),
            bullet_list(record.not_confirmed, class_="journey-not-confirmed"),
        ]
    # The one page ending (next steps, then who to contact) every page for families closes with.
    return Markup((block(parts) if parts else "") + next_steps.ending(data, links, record.next_steps, record.contacts))
