"""Contact details: one HTML rendering for every caller, and the placeholders that reach no one.

The base guide ships made-up details (Ofcom's drama phone numbers such as 01632 960xxx,
`example.gov.uk` and `.example` addresses) so that every page shows where a council's
own details go. Pages mark them as examples; a council's build warns while its guide
still carries one, or has no way to reach SENDIASS.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from .html import join, tag

CONTACT_LABELS = {"phone": "Phone", "email": "Email", "url": "Website", "address": "Address"}
# Ofcom's numbers for drama and examples: they are never given to anyone (spaces removed, +44 as 0).
DRAMA_NUMBER_STARTS = ("01632960", "01134960", "01174960", "01184960", "01214960", "01314960", "01414960",
                       "01514960", "01614960", "01914980", "02079460", "02896496", "02920180", "03069990",
                       "07700900", "08081570", "09098790")
EXAMPLE_HOSTS = ("example.gov.uk", "example.com", "example.org", "example.net")
SENDIASS_ID = "sendiass"
EXAMPLE_NOTE = "These details are an example. They do not reach anyone."


def dialled(phone: str) -> str:
    """The number as a `tel:` link dials it: digits only, +44 kept."""
    return re.sub(r"[^\d+]", "", phone)


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
    if host and (host.endswith(".example") or host == "example" or
                 any(host == h or host.endswith("." + h) for h in EXAMPLE_HOSTS)):
        return f"{value} is an example address: it reaches no one"
    return None


def is_example(contact) -> bool:
    """A contact with any made-up detail: pages label it as an example."""
    return any(placeholder_reason(field, getattr(contact, field, None)) for field in CONTACT_LABELS)


def contact_details(contact, class_: str = "contact-details", name: str | None = None):
    """Only the details that are filled in, as a description list; nothing at all when none are.

    A website's link says whose site it is ("SENDIASS website"), not the bare address.
    Made-up details (the base guide's examples) come with a note saying they reach no one.
    """
    rows = []
    for field, label in CONTACT_LABELS.items():
        value = getattr(contact, field, None) if contact else None
        if not value:
            continue
        if field == "email":
            value = tag("a", value, href=f"mailto:{value}")
        elif field == "url":
            value = tag("a", f"{name} website" if name else "Their website", href=value)
        elif field == "phone":
            value = tag("a", value, href="tel:" + dialled(value))
        rows.append(tag("div", tag("dt", label), tag("dd", value)))
    if not rows:
        return None
    note = tag("p", tag("strong", "Example only. "), EXAMPLE_NOTE, class_="contact-example") \
        if is_example(contact) else None
    return join(note, tag("dl", rows, class_=class_))


def placeholder_warnings(data, overlay_dir: Path | str, project_dir: Path | str) -> list[str]:
    """What in a council's guide still reaches no one, each at the overlay line that gives it.

    A value the overlay does not give comes from the base guide: the warning says to
    give the council's own in its overlay file.
    """
    overlay_dir, project_dir = Path(overlay_dir), Path(project_dir)
    site = data.site
    checks = [(f"site.{name}", "url", getattr(site, name)) for name in ("local_offer_url", "feedback_url")]
    checks += [(f"site.accessibility.{field}", field, getattr(site.accessibility, field))
               for field in ("email", "phone")]
    checks += [(f"site.contacts[{c.id}].{field}", field, getattr(c, field))
               for c in site.contacts for field in CONTACT_LABELS]
    checks += [(f"agencies[{a.id}].contact.{field}", field, getattr(a.contact, field))
               for a in data.agencies for field in CONTACT_LABELS]
    warnings = []
    for where, field, value in checks:
        reason = placeholder_reason(field, value)
        if reason:
            file_name = "site.yml" if where.startswith("site.") else "agencies.yml"
            warnings.append(f"{_locate(value, overlay_dir / file_name, project_dir)}: {where}: {reason}. "
                            "Put your council's own details here before you publish.")
    sendiass = site.contacts.get(SENDIASS_ID)
    if sendiass is None or not (sendiass.phone or sendiass.email or sendiass.url):
        warnings.append(f"{_shown(overlay_dir / 'site.yml', project_dir)}:1: site.contacts: there is no way to "
                        "reach SENDIASS: give the sendiass contact a phone number, email or website. "
                        "Families are told to ask SENDIASS for free advice on many pages.")
    return warnings


def _shown(path: Path, project_dir: Path) -> str:
    return Path(os.path.relpath(path, project_dir)).as_posix()


def _locate(value: str, path: Path, project_dir: Path) -> str:
    """`file:line` of the overlay line holding the value, or of the file to add it to."""
    for candidate in (path, path.with_suffix(".yaml")):
        if candidate.is_file():
            for number, line in enumerate(candidate.read_text(encoding="utf-8").splitlines(), start=1):
                if value in line:
                    return f"{_shown(candidate, project_dir)}:{number}"
    return f"{_shown(path, project_dir)}:1 (still the base guide's value)"
