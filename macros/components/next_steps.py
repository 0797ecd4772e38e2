"""The last section of every page for families: what to do next and who to contact.

No page leaves a reader at a dead end. One rendering for every caller: a page names its
record in `data/next_steps.yml` (`{{ next_steps("ehc-needs-assessment") }}`), a journey page
gives its own from `journeys.yml` (`journey_next_steps`). The contacts come from the one
`contacts` component, as a sub-section, so the links and the people are in the same section.
"""

from __future__ import annotations

from markupsafe import Markup

from . import contacts
from ..core.render.html import block, markdown_heading, tag

ASSETS = contacts.ASSETS


def ending(data, links, steps, contact_ids) -> Markup:
    """'What to do next' (links to other pages) with 'Who to contact' inside it: the page's last section."""
    return Markup(
        block(
            [
                markdown_heading(2, "What to do next", "next-steps"),
                tag(
                    "ul",
                    [
                        tag("li", tag("a", step.text, href=links.to(step.page.removesuffix(".md"), step.anchor)))
                        for step in steps
                    ],
                    class_="journey-next-steps",
                ),
            ]
        )
        + contacts.render(data, links, ids=contact_ids, level=3)
    )


def render(data, links, page: str | None = None) -> Markup:
    """`next_steps("glossary")`: the page's next steps and contacts, from data/next_steps.yml (no id: the first)."""
    pages = data["next_steps"].pages
    record = pages[page] if page else pages[0]
    return ending(data, links, record.next_steps, record.contacts)
