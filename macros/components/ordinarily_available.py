"""One area of need's page: what you might see, what every teacher does first, what to add, who to ask.

Written for a class or subject teacher with a concern: the strategies are on the page the area's link
opens, each with its basis, and the page ends with the next step and who to contact.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, source_basis
from ..core.render.html import block, markdown_heading, tag
from ..core.render.ordinarily_available import (
    CHECKLIST_ID,
    PHASE_NAMES,
    area_record,
    card_page,
    provision,
    signs_by_phase,
    strategy_list,
)
from ..core.render.text import bullet_list

ASSETS = (ASSET, "strategy-card")


def who_to_ask(data, links, record):
    """The agencies to ask, linked to their entry in the directory, with what each does."""
    return tag(
        "ul",
        [
            tag(
                "li",
                tag("a", data.agencies[agency_id].name, href=links.to("agencies", f"agencies-{record.area}")),
                ": ",
                data.agencies[agency_id].summary,
                data_agency=agency_id,
            )
            for agency_id in record.ask
            if data.agencies.get(agency_id)
        ],
        class_="oap-ask",
    )


def render(data, links, area_id: str | None = None, heading_level: int = 2):
    area_id = area_id or provision(data).areas[0].id  # no id: the first area
    record, area = area_record(data, area_id)
    checklist = data["checklists"].checklists[CHECKLIST_ID]
    return block(
        tag("p", area.summary, " ", source_basis(data, links, area.source, area.reference) if area.source else None),
        tag(
            "ul",
            [
                tag("li", tag("a", "Print the one-page strategy card", href=links.to(card_page(area_id)))),
                tag("li", tag("a", f"Checklist: {checklist.title}", href=links.to(f"checklists/{CHECKLIST_ID}"))),
            ],
            class_="oap-links",
        ),
        markdown_heading(heading_level, "What you might see", "see"),
        [
            (
                tag(f"h{heading_level + 1}", PHASE_NAMES[phase]),
                bullet_list([s.text for s in signs_by_phase(record, phase)]),
            )
            for phase in PHASE_NAMES
        ],
        markdown_heading(heading_level, "What every teacher does in class first", "universal"),
        tag("p", "Try these with the whole class. They help many pupils, not only this one."),
        strategy_list(data, links, record.universal, "oap-strategies"),
        markdown_heading(heading_level, "What to add at SEN support", "sen-support"),
        tag(
            "p",
            "If progress is still slow, talk to the SENCo. SEN support adds help like this, "
            "and the school must tell the parents.",
        ),
        strategy_list(data, links, record.sen_support, "oap-strategies"),
        markdown_heading(heading_level, "How to find out more", "find-out-more"),
        bullet_list([item.text for item in record.find_out_more]),
        markdown_heading(heading_level, "Who to ask", "ask"),
        tag("p", "Your SENCo knows how to reach these services. They can also tell you what your council offers."),
        who_to_ask(data, links, record),
    )
