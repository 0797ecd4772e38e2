"""Agencies grouped by area of need, each group an anchor, so the directory works without JavaScript.

A filter form (by area of need, by who can refer) is written with its options from the
data and the status it starts with, as the script shows it (so the page does not move when
the script starts); CSS hides it where scripts cannot run, and
overrides/assets/components/agencies-filter/ makes it work. Each group's heading is a Markdown heading
(so the page's contents list it) just before its `.agency-group`, which names it
in `data-heading` for the filter to hide the two together.
"""

from __future__ import annotations

from ..core.render.contacts import agency_contact, contact_details
from ..core.render.html import block, markdown_heading, tag

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = ("agencies-filter",)
ALL_SHOWN = "Showing all {total} services."


def filter_form(data):
    """Shown only where scripts run (class send-needs-js): without them the grouped list and its anchors are enough."""

    def select(name, label, everyone, options):
        field_id = f"agencies-filter-{name}"
        return tag(
            "div",
            tag("label", label, for_=field_id),
            tag(
                "select",
                tag("option", everyone, value=""),
                [tag("option", text, value=value) for value, text in options],
                id=field_id,
                name_=name,
            ),
            class_="agencies-filter__field",
        )

    total = len(data.agencies)
    return tag(
        "form",
        select("area", "Area of need", "All areas of need", [(a.id, a.name) for a in data.areas]),
        select("referrer", "Who can refer", "Anyone", [(r.id, r.name) for r in data["agencies"].referrers]),
        tag("p", ALL_SHOWN.replace("{total}", str(total)), role="status", class_="agencies-filter__status"),
        class_="agencies-filter send-needs-js",
        aria_label="Filter the agencies",
        data_status="Showing {shown} of {total} services ({hidden} hidden by the filter).",
        data_status_all=ALL_SHOWN,
    )


def agency_card(data, agency):
    referrers = data["agencies"].referrers
    return tag(
        "li",
        tag("h3", agency.name),
        tag("p", agency.summary),
        tag("p", tag("strong", "Who can refer: "), ", ".join(referrers[r].name for r in agency.referral)),
        tag("p", agency.local_note, class_="agency__note") if agency.local_note else None,
        contact_details(agency_contact(data, agency), class_="agency__contact", name=agency.name),
        class_="agency",
        data_agency=agency.id,
        data_areas=" ".join(agency.areas),
        data_referral=" ".join(agency.referral),
    )


def render(data, links):
    sections = [
        tag(
            "nav",
            tag("ul", [tag("li", tag("a", area.name, href=f"#agencies-{area.id}")) for area in data.areas]),
            aria_label="Areas of need",
            class_="agencies-areas",
        )
    ]
    for area in data.areas:
        members = [a for a in data.agencies if area.id in a.areas]
        heading_id = f"agencies-{area.id}"
        sections.append(markdown_heading(2, area.name, heading_id))
        sections.append(
            tag(
                "section",
                tag("ul", [agency_card(data, agency) for agency in members], class_="agency-list"),
                class_="agency-group",
                data_area=area.id,
                data_heading=heading_id,
            )
        )
    return block(filter_form(data), sections)
