"""The agencies as Open Referral UK 3.0 data, for Local Offer directories to import.

Written after the build to `open-data/openreferral-uk/services.json`: every service
in one page shaped like the `/services` list, each service valid against the HSDS 3.0
service schema with the Open Referral UK profile applied (the tests check it against
the official schemas in tests/schemas/hsds-3.0/). Each service has its organisation
(the publishing council), contacts, service area and the broad areas of need as
taxonomy terms. It is a data file, not an Open Referral UK API: ORUK compliance is
defined for live APIs with paging and search. Ids are UUIDs derived from the
council's Local Offer address and the record ids, so they stay the same from one
build to the next.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from ..core.render.contacts import agency_contact, local_offer_or_finder

OPEN_REFERRAL_PATH = "open-data/openreferral-uk/services.json"
AREAS_TAXONOMY = "SEND Code of Practice 2015: broad areas of need"
AREAS_TAXONOMY_URI = "https://www.gov.uk/government/publications/send-code-of-practice-0-to-25"


def stable_id(data, *parts: str) -> str:
    """A UUID that depends only on the council and the record, never on the build."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join((local_offer_or_finder(data), *parts))))


def _without_empty(record: dict) -> dict:
    """Open Referral leaves unknown fields out rather than sending null."""
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def organization(data) -> dict:
    site = data.site
    return _without_empty(
        {
            "id": stable_id(data, "organization"),
            "name": site.publisher,
            "description": f"{site.publisher} publishes its Local Offer of services for children and young people "
            "with special educational needs and disabilities.",
            "website": local_offer_or_finder(data),
        }
    )


def taxonomy_term(data, area) -> dict:
    """An area of need as an HSDS 3.0 taxonomy term: `name` is the term itself, `code` its id here."""
    return {
        "id": stable_id(data, "taxonomy-term", area.id),
        "code": area.id,
        "name": area.name,
        "description": area.summary,
        "taxonomy": AREAS_TAXONOMY,
        "term_uri": f"{AREAS_TAXONOMY_URI}#{area.id}",
    }


def service(data, agency) -> dict:
    site, contact = data.site, agency_contact(data, agency)
    service_id = stable_id(data, "service", agency.id)
    phones = [{"id": stable_id(data, "phone", agency.id), "number": contact.phone}] if contact.phone else []
    contacts = (
        [
            _without_empty(
                {
                    "id": stable_id(data, "contact", agency.id),
                    "service_id": service_id,
                    "name": agency.name,
                    "email": contact.email,
                    "phones": phones,
                }
            )
        ]
        if (contact.email or phones)
        else []
    )
    attributes = []
    for area_id in agency.areas:
        area = data.areas[area_id]
        term = taxonomy_term(data, area)
        attributes.append(
            {
                "id": stable_id(data, "attribute", agency.id, area.id),
                "link_id": service_id,
                "link_type": "area_of_need",
                "link_entity": "service",
                "taxonomy_term_id": term["id"],
                "taxonomy_term": term,
            }
        )
    return _without_empty(
        {
            "id": service_id,
            "organization_id": stable_id(data, "organization"),
            "name": agency.name,
            "description": " ".join(filter(None, (agency.summary, agency.local_note))),
            "url": contact.url or local_offer_or_finder(data),  # required: the Local Offer when it has no page
            "email": contact.email,
            "status": "active",
            # when the details were last checked: the council's own review, not the base guide's
            "assured_date": site.local_review.date if site.local_review else site.last_reviewed,
            "organization": organization(data),
            "contacts": contacts,
            "service_areas": [
                {
                    "id": stable_id(data, "service-area", agency.id),
                    "service_id": service_id,
                    "name": f"{site.publisher} area",
                }
            ],
            "attributes": attributes,
        }
    )


def services_page(data) -> dict:
    """All agencies as one page of the Open Referral UK `/services` list."""
    contents = [service(data, agency) for agency in data.agencies]
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }


def after_build(data, site_dir: Path) -> None:
    target = Path(site_dir) / OPEN_REFERRAL_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(services_page(data), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
