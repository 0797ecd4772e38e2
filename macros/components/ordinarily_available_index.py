"""The ordinarily available provision index: the four areas, each with its page and its strategy card."""

from __future__ import annotations

from ..core.render.html import block, tag
from ..core.render.ordinarily_available import CHECKLIST_ID, area_page, card_page, provision


def render(data, links):
    checklist = data["checklists"].checklists[CHECKLIST_ID]
    items = []
    for record in provision(data).areas:
        area = data.areas[record.area]
        items.append(
            tag(
                "li",
                tag("a", area.name, href=links.to(area_page(record.id))),
                ". ",
                f"{len(record.universal)} things to try in class. ",
                tag("a", f"Print the card for {area.name.lower()}", href=links.to(card_page(record.id))),
                ".",
                data_area=record.id,
            )
        )
    return block(
        tag("p", provision(data).intro),
        tag("ul", items, class_="oap-areas"),
        tag(
            "p",
            "Before you ask for SEN support, use the checklist ",
            tag("a", checklist.title, href=links.to(f"checklists/{CHECKLIST_ID}")),
            ".",
        ),
    )
