"""The accessibility statement public bodies must publish, filled from `site.accessibility`.

It follows the sections of the GOV.UK sample statement: who runs the site, how
accessible it is, how to get help or report a problem, the enforcement procedure,
the compliance status and when the statement was prepared.
"""

from __future__ import annotations

from ..core.render.contacts import EXAMPLE_NOTE, dialled, display_phone, is_example
from ..core.render.html import block, join, markdown_heading, tag
from ..core.render.text import bullet_list, date_text

REGULATIONS = "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018"
STANDARD = "the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA"
EASS_URL = "https://www.equalityadvisoryservice.com/"
STATUS = {
    "full": "This website is fully compliant with {standard}.",
    "partial": "This website is partially compliant with {standard}, because of the problems listed above.",
    "none": "This website is not compliant with {standard}. The problems are listed above.",
}


def contact_list(accessibility):
    """Email (and phone, when there is one) as a list of links; the base guide's example is labelled as one."""
    items = [join("Email: ", tag("a", accessibility.email, href=f"mailto:{accessibility.email}"))]
    if accessibility.phone:
        items.append(
            join("Phone: ", tag("a", display_phone(accessibility.phone), href="tel:" + dialled(accessibility.phone)))
        )
    note = (
        tag("p", tag("strong", "Example only. "), EXAMPLE_NOTE, class_="contact-example")
        if is_example(accessibility)
        else None
    )
    return join(note, tag("ul", [tag("li", item) for item in items], class_="contact-links"))


def render(data, links):
    site, accessibility = data.site, data.site.accessibility
    publisher = site.publisher
    issues = bullet_list(accessibility.known_issues)
    return block(
        tag("p", f"This accessibility statement applies to the {site.service_name}, published by {publisher}."),
        tag("p", "We want as many people as possible to be able to use this guide. You should be able to:"),
        bullet_list(
            [
                "change colours, contrast levels and fonts using your browser or device settings",
                "zoom in up to 400% without the text spilling off the screen",
                "get around the guide using just a keyboard",
                "get around the guide using speech recognition software",
                "listen to the guide using a screen reader",
                "use the guide in a light or dark colour scheme",
            ]
        ),
        markdown_heading(2, "How accessible this guide is", "how-accessible"),
        tag("p", "We know some parts of this guide are not fully accessible:")
        if issues
        else tag("p", "We do not know of any part of this guide that is not accessible."),
        issues,
        markdown_heading(2, "Feedback and contact information", "contact"),
        tag(
            "p",
            "If you need information in this guide in a different format, like large print, easy read, "
            "audio or braille, contact us:",
        ),
        contact_list(accessibility),
        tag("p", "We will think about your request and reply to you."),
        markdown_heading(2, "Reporting accessibility problems with this guide", "report-a-problem"),
        tag(
            "p",
            "We are always looking to improve the accessibility of this guide. If you find a problem "
            "that is not listed on this page, or think we are not meeting accessibility requirements, "
            "contact us using the details above.",
        ),
        markdown_heading(2, "Enforcement procedure", "enforcement"),
        tag(
            "p",
            f"The Equality and Human Rights Commission (EHRC) is responsible for enforcing {REGULATIONS} "
            "(the accessibility regulations).",
        ),
        tag(
            "p",
            "If you are not happy with how we respond to your complaint, ",
            tag("a", "contact the Equality Advisory and Support Service (EASS)", href=EASS_URL),
            ".",
        ),
        markdown_heading(2, "Technical information about this guide's accessibility", "technical"),
        tag("p", f"{publisher} is committed to making its website accessible, in line with {REGULATIONS}."),
        markdown_heading(3, "Compliance status", "compliance-status"),
        tag("p", STATUS[accessibility.compliance].format(standard=STANDARD)),
        markdown_heading(2, "Preparation of this accessibility statement", "preparation"),
        tag(
            "p",
            f"This statement was prepared on {date_text(accessibility.prepared)}. "
            f"The guide was last tested on {date_text(accessibility.last_tested)}. {review_sentence(site)}",
        ),
    )


def review_sentence(site) -> str:
    """Whose review the dates are: a council's own (and what it checked), beside the base guide's."""
    base = date_text(site.last_reviewed)
    if site.local_review is None:
        return f"The content was last reviewed on {base}."
    return (
        f"{site.publisher} last reviewed its guide on {date_text(site.local_review.date)}, checking its "
        f"{', '.join(site.local_review.parts)}. The national guidance was last reviewed on {base}."
    )
