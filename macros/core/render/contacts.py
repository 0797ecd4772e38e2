"""Who a family can reach: the council's contacts, national help, and one HTML rendering for every caller.

Each contact is held once. A council gives its SEN team, SENDIASS, information line and
mediation service in `site.yml` `contacts` (their names and summaries default to
`contact_roles`); the agencies that are the same teams (`la-send-team`, `sendiass`) say
`contact_from:` and take their details from there, so the agencies page and the Open
Referral export show the same phone and email. National help that reaches a person
anywhere in England (`national_contacts.yml`) is shown below the council's own, and in
place of a council contact the guide does not have (`stands_in_for`).

Made-up details (Ofcom's drama phone numbers such as 01632 960xxx, `example.gov.uk` and
`.example` addresses) are labelled as examples wherever they appear; a council's build
warns while its guide still carries one, or has no way to reach SENDIASS or the SEN team.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from .html import join, tag
from ..dataset.model import Collection, Record

CONTACT_LABELS = {"phone": "Phone", "email": "Email", "url": "Website", "address": "Address"}
SHOWN_LABELS = {"phone": "Phone", "hours": "Opening times", "email": "Email", "url": "Website", "address": "Address"}
# Ofcom's numbers for drama and examples: they are never given to anyone (spaces removed, +44 as 0).
DRAMA_NUMBER_STARTS = (
    "01632960",
    "01134960",
    "01174960",
    "01184960",
    "01214960",
    "01314960",
    "01414960",
    "01514960",
    "01614960",
    "01914980",
    "02079460",
    "02896496",
    "02920180",
    "03069990",
    "07700900",
    "08081570",
    "09098790",
)
EXAMPLE_HOSTS = ("example.gov.uk", "example.com", "example.org", "example.net")
SENDIASS_ID = "sendiass"
SEN_TEAM_ID = "sen-team"
DISAGREEING = {"mediation", "send-tribunal"}  # a place naming these is about challenging a decision
EXAMPLE_NOTE = "These details are an example. They do not reach anyone."


def dialled(phone: str) -> str:
    """The number as a `tel:` link dials it: digits only, +44 kept."""
    return re.sub(r"[^\d+]", "", phone)


def display_phone(phone: str) -> str:
    """The number in the groups people dial in the UK: 020 7946 0000, 0113 496 0000, 01632 960001, 0808 808 3555.

    A number written with +44 is shown from 0, as it is dialled within the UK.
    """
    digits = dialled(phone)
    if digits.startswith("+44"):
        digits = "0" + digits[3:]
    if not re.fullmatch(r"0\d{9,10}", digits):
        return phone
    if len(digits) == 10:  # 01xxx xxxxx
        groups = (5, 5)
    elif digits.startswith("02"):  # 020 7946 0000
        groups = (3, 4, 4)
    elif re.match(r"01\d1|011", digits) or digits[1] in "3589":  # 0113 496 0000, 0161 496 0000, 0300, 0800
        groups = (4, 3, 4)
    else:  # 01632 960001, 07700 900123
        groups = (5, 6)
    parts, start = [], 0
    for size in groups:
        parts.append(digits[start : start + size])
        start += size
    return " ".join(parts)


def council_contacts(data) -> Collection:
    """The council's own contacts, each with its role's name and summary unless it gives its own."""
    site = data.site
    roles = site.contact_roles
    return Collection(
        [
            Record({**(roles.get(contact.id) or {}), **{k: v for k, v in contact.items() if v is not None}})
            for contact in site.contacts
        ]
    )


def national_contacts(data) -> Collection:
    """Help that reaches a person anywhere in England (`national_contacts.yml`)."""
    return data["national_contacts"].contacts


def contacts_for(data, ids, group: str | None = None) -> tuple[list, list]:
    """(the council's contacts named by `ids`, in that order; the national help to show below them).

    `group` says which national help fits the place: "help" (general advice, the council's
    Local Offer) or "disagree" (advice on challenging a decision, the tribunal, the Ombudsman).
    Without it, a place that names mediation or the tribunal is about disagreeing. National
    help is shown when a place names it or its group, unless it stands in for a council
    contact the council gives itself ("find your SENDIASS" once the council has one).
    """
    group = group or ("disagree" if DISAGREEING & set(ids) else "help")
    own = council_contacts(data)
    chosen = [own[i] for i in ids if own.get(i) is not None]
    national = [
        n
        for n in national_contacts(data)
        if (n.id in ids or group in n.groups) and not (n.stands_in_for and own.get(n.stands_in_for))
    ]
    return chosen, national


def local_offer_or_finder(data) -> str:
    """The council's Local Offer, or GOV.UK's finder of your own council's when the guide has no council."""
    return data.site.local_offer_url or next(n.url for n in national_contacts(data) if n.stands_in_for == SEN_TEAM_ID)


def agency_contact(data, agency) -> Record:
    """An agency's contact details: its own, or those of the council contact it names in `contact_from`.

    Without that council contact (the base guide has none), the national help that stands in
    for it ("find your SENDIASS"), so the card still leads to a person. A detail not given reads as None.
    """
    if not agency.contact_from:
        return agency.contact or Record({})
    council = council_contacts(data).get(agency.contact_from)
    if council is not None:
        return council
    return next((n for n in national_contacts(data) if n.stands_in_for == agency.contact_from), Record({}))


def _host(value: str) -> str:
    if "@" in value and "://" not in value:
        return value.rsplit("@", 1)[1].lower()
    return (urlsplit(value).hostname or "").lower()


def placeholder_reason(field: str, value) -> str | None:
    """Why a contact value reaches no one, or None when it may be real."""
    if not isinstance(value, str) or not value:
        return None
    if field == "phone":
        number = dialled(value).replace("+44", "0", 1)
        if number.startswith(DRAMA_NUMBER_STARTS):
            return f"{value} is a made-up number reserved for examples: it reaches no one"
        return None
    host = _host(value) if field in ("email", "url") else ""
    if host and (
        host.endswith(".example")
        or host == "example"
        or any(host == h or host.endswith("." + h) for h in EXAMPLE_HOSTS)
    ):
        return f"{value} is an example address: it reaches no one"
    return None


def is_example(contact) -> bool:
    """A contact with any made-up detail: pages label it as an example."""
    return any(placeholder_reason(field, getattr(contact, field, None)) for field in CONTACT_LABELS)


def link_text(contact, name: str | None = None) -> str:
    """What a contact's web link says: its own words (national help: "Find your local SENDIASS"), or whose site it is."""
    return contact.link_text or (f"{name} website" if name else "Their website")


def contact_details(contact, class_: str = "contact-details", name: str | None = None):
    """Only the details that are filled in, as a description list; nothing at all when none are.

    A website's link says whose site it is ("SENDIASS website"), not the bare address.
    Made-up details (the base guide's examples) come with a note saying they reach no one.
    """
    rows = []
    for field, label in SHOWN_LABELS.items():
        value = getattr(contact, field, None) if contact else None
        if not value:
            continue
        if field == "email":
            value = tag("a", value, href=f"mailto:{value}")
        elif field == "url":
            value = tag("a", link_text(contact, name), href=value)
        elif field == "phone":
            value = tag("a", display_phone(value), href="tel:" + dialled(value))
        # A postal address is printed as the council wrote it: first use never turns its "SENDIASS" into words.
        rows.append(tag("div", tag("dt", label), tag("dd", value, data_no_first_use=field == "address")))
    if not rows:
        return None
    note = (
        tag("p", tag("strong", "Example only. "), EXAMPLE_NOTE, class_="contact-example")
        if is_example(contact)
        else None
    )
    return join(note, tag("dl", rows, class_=class_))


def placeholder_warnings(data, overlay_dir: Path | str, project_dir: Path | str) -> list[str]:
    """What in a council's guide still reaches no one, each at the overlay line that gives it.

    A value the overlay does not give comes from the base guide: the warning says to
    give the council's own in its overlay file. A council guide without its own SEN team
    or SENDIASS is warned about too: families would only see national help.
    """
    overlay_dir, project_dir = Path(overlay_dir), Path(project_dir)
    site = data.site
    own = council_contacts(data)
    checks = [(f"site.{name}", "url", getattr(site, name)) for name in ("local_offer_url", "feedback_url")]
    checks += [
        (f"site.accessibility.{field}", field, getattr(site.accessibility, field)) for field in ("email", "phone")
    ]
    checks += [(f"site.contacts[{c.id}].{field}", field, getattr(c, field)) for c in own for field in CONTACT_LABELS]
    checks += [
        (f"agencies[{a.id}].contact.{field}", field, getattr(a.contact, field))
        for a in data.agencies
        if a.contact and not a.contact_from
        for field in CONTACT_LABELS
    ]
    warnings = []
    for where, field, value in checks:
        reason = placeholder_reason(field, value)
        if reason:
            file_name = "site.yml" if where.startswith("site.") else "agencies.yml"
            warnings.append(
                f"{locate_value(value, overlay_dir / file_name, project_dir)}: {where}: {reason}. "
                "Put your council's own details here before you publish."
            )
    site_yml = shown_path(overlay_dir / "site.yml", project_dir)
    for contact_id, who, why in (
        (SENDIASS_ID, "SENDIASS", "Families are told to ask SENDIASS for free advice on many pages."),
        (SEN_TEAM_ID, "the SEN team", "Families and schools need it for requests and reviews."),
    ):
        contact = own.get(contact_id)
        if contact is None or not (contact.phone or contact.email or contact.url):
            warnings.append(
                f"{site_yml}:1: site.contacts: there is no way to reach {who}: give the {contact_id} "
                f"contact a phone number, email or website. {why} Until then, pages show only "
                "national help."
            )
    for name in ("local_offer_url", "feedback_url"):
        if not getattr(site, name):
            warnings.append(
                f"{site_yml}:1: site.{name}: your site.yml does not give it, so the pages show no "
                f"link to your {'Local Offer' if name == 'local_offer_url' else 'feedback page'}. "
                f"Add {name}: with the full https:// address."
            )
    return warnings


def shown_path(path: Path, project_dir: Path) -> str:
    """A path as messages show it: relative to the project, e.g. local/southfield/data/site.yml."""
    return Path(os.path.relpath(path, project_dir)).as_posix()


def locate_value(value: str, path: Path, project_dir: Path) -> str:
    """`file:line` of the overlay line holding the value, or of the file to add it to (`.yml` or `.yaml`)."""
    for candidate in (path, path.with_suffix(".yaml")):
        if candidate.is_file():
            for number, line in enumerate(candidate.read_text(encoding="utf-8").splitlines(), start=1):
                if value in line:
                    return f"{shown_path(candidate, project_dir)}:{number}"
    return f"{shown_path(path, project_dir)}:1 (still the base guide's value)"
