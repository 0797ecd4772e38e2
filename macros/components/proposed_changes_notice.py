"""The dated "Proposed changes: not law" notice (the 2026 schools white paper).

A proposal is never a legal source: it is shown only here, with the date the guide's
statement of the law was checked. After the notice's `check_by` date the build warns
(`macros.core.dataset.checks.legal.notices_due_for_review`).
"""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.html import block, tag
from ..core.render.text import date_text

ASSETS = (ASSET,)


def notice_box(notice, heading_level: int):
    """One notice: what the document is, what it proposes, and that the law has not changed."""
    closed = (
        f" Its consultation closed on {date_text(notice.consultation_closed)}." if notice.consultation_closed else ""
    )
    name = tag("a", tag("cite", notice.document), href=notice.url) if notice.url else tag("cite", notice.document)
    return tag(
        "aside",
        tag(f"h{heading_level}", notice.title, id=f"notice-{notice.id}"),
        tag(
            "p",
            "The government published a ",
            notice.kind,
            ", ",
            name,
            ", on ",
            date_text(notice.published),
            ".",
            closed,
        ),
        tag("p", notice.text),
        tag(
            "p",
            tag(
                "strong",
                "Nothing has changed in the law yet. "
                f"This guide describes the law in force on {date_text(notice.law_in_force_on)}.",
            ),
        ),
        class_="proposed-changes",
        aria_labelledby=f"notice-{notice.id}",
    )


def notice_line(notice, links):
    """The notice in one or two lines, linked to the whole of it on the Sources page (a page read on a phone)."""
    return tag(
        "p",
        tag("strong", f"{notice.title}. "),
        "The law has not changed yet. ",
        tag("a", f"What the {notice.kind} proposes", href=links.to("sources", f"notice-{notice.id}")),
        ".",
        class_="proposed-changes proposed-changes--short",
        data_notice=notice.id,
    )


def render(data, links, heading_level: int = 2, short: bool = False):
    """Each notice in full (`short=True`: one or two lines with a link to it in full on the Sources page)."""
    notices = [n for n in data["statutory"].notices or () if not n.internal]
    if not notices:
        return ""
    if short:
        return block([notice_line(notice, links) for notice in notices])
    return block([notice_box(notice, heading_level) for notice in notices])
