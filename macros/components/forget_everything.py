"""Forget everything: one control, in every page's footer and on the privacy page, that removes all the guide keeps.

The button asks first (in the page, not a pop-up) and says what it removes; the work is done by the record
model (`overrides/assets/components/records/`). Without JavaScript the guide keeps nothing, so the button is
hidden and the links remain.
"""

from __future__ import annotations

from ..core.render.html import tag

# Loaded on every page (macros/page_assets.EVERY_PAGE); the script fetches records.js when the button is used.
ASSETS = ("forget-everything",)


def render(data, links, place: str = "page"):
    """The control; `place` ("footer" or "page") keeps its ids apart when both are on one page."""
    base = f"forget-{place}"
    return tag(
        "div",
        tag(
            "p",
            "This guide keeps what you type only in this browser, and only if you choose. ",
            tag("a", "Privacy: what it keeps and how to clear it", href=links.to("privacy")),
            ". ",
            tag("a", "My records", href=links.to("my-records")),
            ".",
        )
        if place == "footer"
        else None,
        tag(
            "button",
            "Forget everything on this device",
            type="button",
            class_="md-button forget-everything__button send-needs-js",
            aria_controls=f"{base}-confirm",
        ),
        tag(
            "div",
            tag("p", id=f"{base}-question", class_="forget-everything__question", tabindex="-1"),
            tag(
                "button",
                "Yes, forget everything",
                type="button",
                class_="md-button md-button--primary",
                data_answer="yes",
            ),
            tag("button", "Cancel", type="button", class_="md-button", data_answer="no"),
            id=f"{base}-confirm",
            class_="forget-everything__confirm",
            role="group",
            aria_labelledby=f"{base}-question",
            hidden=True,
        ),
        tag("p", role="status", class_="forget-everything__status"),
        class_=f"forget-everything forget-everything--{place}",
        data_forget_everything=place,
    )
