"""Agencies grouped by area of need, each group an anchor so it works without JavaScript."""

from __future__ import annotations

from ..core.html import block, tag

CONTACT_LABELS = {"phone": "Phone", "email": "Email", "url": "Website", "address": "Address"}


def contact_details(contact):
    """Only the fields the LA has filled; nothing at all when none are."""
    rows = []
    for field, label in CONTACT_LABELS.items():
        value = contact[field] if contact else None
        if not value:
            continue
        if field == "email":
            value = tag("a", value, href=f"mailto:{value}")
        elif field == "url":
            value = tag("a", value, href=value)
        elif field == "phone":
            value = tag("a", value, href="tel:" + value.replace(" ", ""))
        rows.append(tag("div", tag("dt", label), tag("dd", value)))
    return tag("dl", rows, class_="agency__contact") if rows else None


def render(data, links):
    referrers = data["agencies"].referrers
    sections = [tag("nav", tag("ul", [
        tag("li", tag("a", area.name, href=f"#agencies-{area.id}")) for area in data.areas
    ]), aria_label="Areas of need")]
    for area in data.areas:
        members = [a for a in data.agencies if area.id in a.areas]
        cards = [
            tag("li",
                tag("h3", agency.name),
                tag("p", agency.summary),
                tag("p", "Who can refer: ", ", ".join(referrers[r].name for r in agency.referral)),
                contact_details(agency.contact),
                class_="agency", data_areas=" ".join(agency.areas), data_referral=" ".join(agency.referral))
            for agency in members
        ]
        sections.append(tag("section", tag("h2", area.name, id=f"agencies-{area.id}"),
                            tag("ul", cards, class_="agency-list"), class_="agency-group"))
    return block(sections)
