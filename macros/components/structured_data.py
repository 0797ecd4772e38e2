"""schema.org structured data (JSON-LD) made from the data, so search engines understand the pages.

`{{ structured_data("ehcna") }}` describes the EHC needs assessment steps as a
HowTo; `{{ structured_data("agencies") }}` describes each agency as a
GovernmentService of the publishing council. The result is a
`<script type="application/ld+json">` data block: browsers never run it, so the
Content-Security-Policy needs no hash for it.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from ..core.render.contacts import agency_contact, local_offer_or_finder
from ..core.render.html import block
from ..core.render.journeys import assessment_weeks

SCHEMA_ORG = "https://schema.org"
# Inside the JSON-LD script element, a closing script tag or "<!--" in a value would end the block early: JSON escapes make them harmless.
_JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def ehcna_how_to(data) -> dict:
    guide = data.guide
    return {
        "@context": SCHEMA_ORG,
        "@type": "HowTo",
        "name": "Education, Health and Care needs assessment",
        "description": guide.intro,
        "totalTime": f"P{assessment_weeks(data)}W",
        "step": [
            {"@type": "HowToStep", "position": step.number, "name": step.title, "text": step.summary}
            for step in guide.steps
        ],
    }


def _channel(contact, fallback_url: str) -> dict:
    """How to reach the service: its page (or the Local Offer) and, when known, a phone contact point."""
    channel = {"@type": "ServiceChannel", "serviceUrl": contact.url or fallback_url}
    if contact.phone:
        point = {"@type": "ContactPoint", "telephone": contact.phone}
        if contact.email:
            point["email"] = contact.email
        channel["servicePhone"] = point
    return channel


def agency_services(data) -> dict:
    site = data.site
    local_offer = local_offer_or_finder(data)
    council = {"@type": "GovernmentOrganization", "name": site.publisher, "url": local_offer}
    services = []
    for agency in data.agencies:
        contact = agency_contact(data, agency)
        service = {
            "@type": "GovernmentService",
            "name": agency.name,
            "description": agency.summary,
            "serviceType": "Support for children and young people with special educational needs and disabilities",
            "category": [data.areas[area].name for area in agency.areas],
            "provider": council,
            "areaServed": {"@type": "AdministrativeArea", "name": f"{site.publisher} area"},
            "availableChannel": _channel(contact, local_offer),
        }
        if contact.url:
            service["url"] = contact.url
        services.append(service)
    return {"@context": SCHEMA_ORG, "@graph": services}


BUILDERS = {"ehcna": ehcna_how_to, "agencies": agency_services}


def json_ld(document: dict) -> Markup:
    """A JSON-LD data block, safe to put in HTML."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")).translate(_JSON_IN_HTML)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def render(data, links, kind: str = "ehcna"):
    """`kind` names what the page describes: "ehcna" (the default) or "agencies"."""
    if kind not in BUILDERS:
        raise ValueError(f"structured_data: unknown kind {kind!r}; use one of {', '.join(BUILDERS)}")
    return block(json_ld(BUILDERS[kind](data)))
