"""My records: everything the guide keeps in this browser, by child or by kind, to open, export or delete.

The list is made in the browser (`overrides/assets/components/my-records/`) from the record model; the
build gives it the title and page of every record a page can hold (`record_pages`), so a record can be
opened and named. Without JavaScript nothing is ever kept, and the page says so.
"""

from __future__ import annotations

import json

from ..core.render.html import tag
from . import record_switcher

ASSETS = (*record_switcher.ASSETS, "my-records")


def _checklists(data):
    return [(c.id, c.title, f"checklists/{c.id}") for c in data["checklists"].checklists]


def _templates(data):
    return [(t.id, t.title, f"forms/{t.id}") for t in data["templates"].templates]


def _calculators(data):
    return [(journey.id, journey.title, journey.page) for journey in data["statutory"].calculator.journeys]


# kind -> (the group's name on My records, its records as (id, title, page path)). A new kind of record
# (letters) adds one line here: see /work/coord/records-api.md.
RECORD_KINDS = {
    "template": ("Plans and forms", _templates),
    "checklist": ("Checklists", _checklists),
    "calculator": ("Dates", _calculators),
}


def record_pages(data, links) -> dict:
    """`{"kind/id": {"title", "url", "group"}}` for every record a page can hold, with links from this page."""
    pages = {}
    for kind, (group, listed) in RECORD_KINDS.items():
        for record_id, title, path in listed(data):
            pages[f"{kind}/{record_id}"] = {"title": title, "url": links.to(path), "group": group}
    return pages


def render(data, links):
    groups = [group for group, _ in RECORD_KINDS.values()]
    keep_radios = [
        tag(
            "div",
            tag(
                "input",
                type="radio",
                name_="import-keep",
                value=value,
                id=f"import-keep-{value}",
                checked=value == "session",
            ),
            tag("label", label, for_=f"import-keep-{value}"),
            class_="record-switcher__choice",
        )
        for value, label in record_switcher.KEEP_CHOICES
        if value != "none"
    ]
    return tag(
        "div",
        tag(
            "p",
            "This browser has JavaScript switched off, so this guide keeps nothing here: there are no records to show.",
            class_="my-records__nojs",
        ),
        tag(
            "div",
            tag("p", role="status", class_="my-records__status"),
            tag(
                "div",
                tag("span", "Show records ", id="my-records-view-label"),
                tag("button", "By child", type="button", class_="md-button", data_view="child", aria_pressed="true"),
                tag("button", "By kind", type="button", class_="md-button", data_view="kind", aria_pressed="false"),
                class_="my-records__views",
                role="group",
                aria_labelledby="my-records-view-label",
            ),
            tag(
                "div",
                tag("p", "This guide keeps nothing in this browser at the moment.", class_="my-records__empty"),
                class_="my-records__list",
            ),
            tag("h2", "Export and import", id="export-import"),
            tag(
                "p",
                "An export is a file with every record kept in this browser, or one child's. Keep it on your "
                "school's secure drive, not on a shared or personal device. Import it here or on another "
                "computer to carry on.",
            ),
            tag(
                "p",
                tag(
                    "button",
                    "Export all records",
                    type="button",
                    class_="md-button md-button--primary",
                    data_action="export-all",
                ),
            ),
            tag(
                "form",
                tag(
                    "div",
                    tag("label", "Choose an export file to import", for_="import-file"),
                    tag(
                        "p",
                        "A .json file this guide exported. Nothing here is changed if the file cannot be read.",
                        id="import-file-hint",
                        class_="record-switcher__hint",
                    ),
                    tag("p", id="import-file-error", class_="record-switcher__error", hidden=True),
                    tag(
                        "input",
                        type="file",
                        id="import-file",
                        accept=".json,application/json",
                        aria_describedby="import-file-hint",
                    ),
                    class_="my-records__file",
                ),
                tag(
                    "fieldset",
                    tag("legend", "Keep the imported records on this device"),
                    tag("div", keep_radios, class_="record-switcher__choices"),
                    class_="record-switcher__keep",
                ),
                tag("button", "Import", type="submit", class_="md-button md-button--primary"),
                class_="my-records__import",
                novalidate=True,
            ),
            class_="my-records__app send-needs-js",
        ),
        class_="my-records",
        data_groups=json.dumps(groups),
        data_pages=json.dumps(record_pages(data, links), separators=(",", ":")),
    )
