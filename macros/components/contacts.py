"""Who a family can contact: on the home page, beside "If you disagree", on the agencies page, at the end of
journeys and in every page's footer (`compact=True`, called by overrides/main.html).

One rendering for every caller. The council's own contacts come first, in the order the
place names them; national help that reaches a person anywhere in England follows
(`macros.core.render.contacts.contacts_for`), so a guide without a council's details still
leads to someone real. Made-up details are labelled as examples; phone numbers are shown
in the groups people dial.
"""

from __future__ import annotations

from ..core.render.contacts import contact_details, contacts_for, dialled, display_phone, is_example
from ..core.render.html import block, markdown_heading, tag

ASSETS = ("contacts",)
FAMILY_CONTACTS = ("sen-team", "sendiass", "send-information-line")
NATIONAL_INTRO = "Free help wherever you live in England:"


def local_offer_link(site):
    """The council's Local Offer, when the guide has a council (the base guide's national help finds yours)."""
    if not site.local_offer_url:
        return None
    return tag(
        "p",
        "Find local services on the ",
        tag("a", f"{site.publisher} Local Offer", href=site.local_offer_url),
        ".",
        class_="send-contacts__local-offer",
    )


def contact_card(contact, heading: str, national: bool = False):
    return tag(
        "li",
        tag(heading, contact.name),
        tag("p", contact.summary),
        contact_details(contact, name=contact.name),
        class_="send-contacts__item send-contacts__item--national" if national else "send-contacts__item",
        data_contact=contact.id,
    )


def footer_line(contact):
    """Name and the quickest ways in, on one line: the footer is on every page."""
    ways = []
    if contact.phone:
        ways.append(tag("a", display_phone(contact.phone), href="tel:" + dialled(contact.phone)))
    if contact.email:
        ways.append(tag("a", contact.email, href=f"mailto:{contact.email}"))
    elif contact.url:
        ways.append(tag("a", contact.link_text or "website", href=contact.url))
    separated = [part for way in ways for part in (", ", way)][1:]
    return tag(
        "li",
        tag("span", contact.name, class_="send-contacts__name"),
        ": " if ways else None,
        *separated,
        tag("span", " (example)", class_="contact-example") if is_example(contact) else None,
        data_contact=contact.id,
    )


def render(
    data,
    links,
    ids=FAMILY_CONTACTS,
    heading: str = "Who to contact",
    level: int = 2,
    anchor: str = "contacts",
    compact: bool = False,
    group: str | None = None,
):
    """The council's contacts named by `ids`, in that order, then the national help for this place.

    `group` ("help" or "disagree") chooses the national help: see `contacts_for`. A place may
    also name national help by id in `ids` (a journey's `contacts: [send-tribunal]`).
    """
    site = data.site
    own, national = contacts_for(data, ids, group)
    shown = " ".join(c.id for c in [*own, *national])
    if compact:
        return tag(
            "div",
            tag("p", heading if own else "Get help", class_="send-contacts__title"),
            tag("ul", [footer_line(contact) for contact in [*own, *national]], data_contacts=shown),
            local_offer_link(site),
            class_="send-contacts send-contacts--footer",
        )
    card = f"h{level + 1}"
    return block(
        markdown_heading(level, heading, anchor),
        tag(
            "ul",
            [contact_card(contact, card) for contact in own],
            class_="send-contacts",
            data_contacts=" ".join(c.id for c in own),
        )
        if own
        else None,
        tag("p", NATIONAL_INTRO, class_="send-contacts__national-intro") if national else None,
        tag(
            "ul",
            [contact_card(contact, card, national=True) for contact in national],
            class_="send-contacts send-contacts--national",
            data_contacts=" ".join(c.id for c in national),
        )
        if national
        else None,
        local_offer_link(site),
    )
