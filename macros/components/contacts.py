"""Who a family can contact, from `site.contacts`: on the home page, beside "If you disagree", on the
agencies page and in every page's footer (`compact=True`, called by overrides/main.html).

One rendering for every caller. Made-up details (the base guide's examples) are labelled
as examples, so nobody mistakes them for a real number; the council's Local Offer is a
visible link.
"""

from __future__ import annotations

from ..core.render.contacts import contact_details, dialled, is_example
from ..core.render.html import block, join, markdown_heading, tag

ASSETS = ("contacts",)
FAMILY_CONTACTS = ("sen-team", "sendiass", "send-information-line")


def local_offer_link(site):
    return tag("p", "Find local services on the ",
               tag("a", f"{site.publisher} Local Offer", href=site.local_offer_url), ".",
               class_="send-contacts__local-offer")


def contact_card(contact, heading: str):
    return tag("li",
               tag(heading, contact.name),
               tag("p", contact.summary),
               contact_details(contact, name=contact.name),
               class_="send-contacts__item", data_contact=contact.id)


def footer_line(contact):
    """Name and the quickest ways in, on one line: the footer is on every page."""
    ways = []
    if contact.phone:
        ways.append(tag("a", contact.phone, href="tel:" + dialled(contact.phone)))
    if contact.email:
        ways.append(tag("a", contact.email, href=f"mailto:{contact.email}"))
    elif contact.url:
        ways.append(tag("a", "website", href=contact.url))
    separated = [part for way in ways for part in (", ", way)][1:]
    return tag("li", tag("span", contact.name, class_="send-contacts__name"), ": " if ways else None, *separated,
               tag("span", " (example)", class_="contact-example") if is_example(contact) else None,
               data_contact=contact.id)


def render(data, links, ids=FAMILY_CONTACTS, heading: str = "Who to contact", level: int = 2,
           anchor: str = "contacts", compact: bool = False):
    """The contacts named by `ids`, in that order; contacts the council removed are left out."""
    site = data.site
    chosen = [site.contacts[i] for i in ids if site.contacts.get(i) is not None]
    if compact:
        return tag("div",
                   tag("p", heading, class_="send-contacts__title"),
                   tag("ul", [footer_line(contact) for contact in chosen]),
                   local_offer_link(site),
                   class_="send-contacts send-contacts--footer")
    return block(markdown_heading(level, heading, anchor),
                 tag("ul", [contact_card(contact, f"h{level + 1}") for contact in chosen],
                     class_="send-contacts", data_contacts=" ".join(c.id for c in chosen)),
                 local_offer_link(site))
