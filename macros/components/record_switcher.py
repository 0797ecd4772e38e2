"""The record switcher: which child a form, checklist, calculator or letter is for, and how long it is kept.

Every page that keeps what people type renders this inside its own root element (see
/work/coord/records-api.md and `overrides/assets/components/records/`). The browser script fills
in the children kept on this device; without JavaScript nothing can be kept, so CSS hides it.
"""

from __future__ import annotations

from ..core.render.html import tag

# The record model (on every page, for the footer's Forget everything) and the switcher's own files.
ASSETS = ("records", "record-switcher")

# The four ways to keep a child's records, in the order offered (records.js KEEPS).
KEEP_CHOICES = (
    ("none", "No, forget it when I leave this page"),
    ("session", "Until I close this browser tab"),
    ("30-days", "For 30 days after my last change"),
    ("until-cleared", "Until I clear it"),
)
KEPT_MEANS = (
    "Kept means kept in this browser on this computer. Anyone who uses this computer and browser "
    "can see it. Nothing is sent anywhere."
)
# What the switcher says before anything is kept: written in the page, so the script changes no line
# on first load; record-switcher.js reads both from the page for a child kept "none".
NOT_KEPT = "Not kept: what you type here is gone when you leave this page."
NOT_KEPT_PLAIN = "Ticks are kept in this browser. Anything else you type here is gone when you leave this page."
PLAIN_TICKS = (
    "Ticks with no child named are always kept in this browser, so they are here when you come back. "
    "They say nothing about who they are for."
)


def element_id(kind: str, record_id: str) -> str:
    return f"rs-{kind}-{record_id}"


def render(data, links, kind: str = "template", record_id: str = "", title: str | None = None, plain=()):
    """The switcher for the record `kind/record_id`; `plain` names the data keys that hold nothing personal."""
    base = element_id(kind, record_id)
    what = f"this {title}" if title else "this"
    keep_radios = [
        tag(
            "div",
            tag(
                "input",
                type="radio",
                name_=f"{base}-keep",
                value=value,
                id=f"{base}-keep-{value}",
                checked=value == "none",
            ),
            tag("label", label, for_=f"{base}-keep-{value}"),
            class_="record-switcher__choice",
        )
        for value, label in KEEP_CHOICES
    ]
    buttons = [
        tag("button", text, type="button", class_="md-button", data_action=action)
        for action, text in (("new", "New child"), ("rename", "Rename"), ("delete", "Delete"))
    ]
    return tag(
        "div",
        tag(
            "div",
            tag("label", f"Which child is {what} for?", for_=f"{base}-child", class_="record-switcher__label"),
            tag(
                "p",
                "Use their name or initials: initials are enough.",
                id=f"{base}-hint",
                class_="record-switcher__hint",
            ),
            tag(
                "div",
                tag(
                    "select",
                    tag("option", "Not named", value="unnamed"),
                    id=f"{base}-child",
                    aria_describedby=f"{base}-hint",
                    class_="record-switcher__select",
                ),
                buttons,
                class_="record-switcher__row",
            ),
            tag("div", class_="record-switcher__panel", hidden=True),
            class_="record-switcher__who",
        ),
        tag(
            "fieldset",
            tag("legend", "Keep what you type on this device?"),
            tag("div", keep_radios, class_="record-switcher__choices"),
            class_="record-switcher__keep",
        ),
        tag(
            "p",
            tag(
                "span",
                NOT_KEPT_PLAIN if plain else NOT_KEPT,
                class_="record-switcher__state",
                data_not_kept=NOT_KEPT if plain else None,
            ),
            class_="record-switcher__kept",
        ),
        tag(
            "p",
            KEPT_MEANS,
            " ",
            tag("a", "What this guide keeps, and how to clear it", href=links.to("privacy")),
            ". ",
            tag("a", "All my records", href=links.to("my-records")),
            ".",
            class_="record-switcher__hint",
        ),
        tag("p", PLAIN_TICKS, class_="record-switcher__hint") if plain else None,
        tag("p", role="status", class_="record-switcher__status"),
        class_="record-switcher send-no-print send-needs-js",
        id=base,
        data_record=f"{kind}/{record_id}",
        data_record_plain=" ".join(plain) or None,
    )
