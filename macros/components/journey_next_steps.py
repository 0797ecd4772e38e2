"""The end of a journey page: what the guide could not confirm, what to do next, and who to contact.

No page leaves a reader without a next step or someone to ask: the links and the
contacts (from site.yml, so a council's overlay puts its own) come from the journey's data.
"""

from __future__ import annotations

from ..core.html import block, markdown_heading, tag
from ..core.journeys import journeys
from ..core.text import bullet_list


def contact_card(contact):
    """A contact's name, what it is for, and every way to reach it that the data gives."""
    ways = [
        tag("li", "Phone: ", tag("a", contact.phone, href="tel:" + contact.phone.replace(" ", ""))) if contact.phone else None,
        tag("li", "Email: ", tag("a", contact.email, href="mailto:" + contact.email)) if contact.email else None,
        tag("li", tag("a", f"{contact.name} website", href=contact.url)) if contact.url else None,
    ]
    return tag("li", tag("strong", contact.name), tag("p", contact.summary) if contact.summary else None,
               tag("ul", ways) if any(ways) else None, data_contact=contact.id)


def render(data, links, journey: str | None = None):
    """`journey_next_steps("appeals")`: headed sections closing the journey's page (no id: the first journey)."""
    record = journeys(data)[journey] if journey else journeys(data)[0]
    contacts = data.site.contacts or ()
    chosen = [next(c for c in contacts if c.id == contact_id) for contact_id in record.contacts]
    parts = []
    if record.not_confirmed:
        parts += [markdown_heading(2, "What we could not confirm", "not-confirmed"),
                  bullet_list(record.not_confirmed, class_="journey-not-confirmed")]
    parts += [
        markdown_heading(2, "What to do next", "next-steps"),
        tag("ul", [tag("li", tag("a", step.text, href=links.to(step.page, step.anchor)))
                   for step in record.next_steps], class_="journey-next-steps"),
        markdown_heading(2, "Who to contact", "contacts"),
        tag("ul", [contact_card(contact) for contact in chosen], class_="journey-contacts"),
    ]
    return block(parts)
