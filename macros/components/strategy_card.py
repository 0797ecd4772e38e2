"""A one-page strategy card for an area of need: signs, what to do first, what to add, who to ask.

Made to be printed and pinned up, or handed to every teacher of a pupil: it prints on one A4 sheet
(overrides/assets/components/strategy-card/strategy-card.css). Every strategy keeps its basis label.
"""

from __future__ import annotations

from ..core.render.basis import ASSET
from ..core.render.html import block, tag
from ..core.render.ordinarily_available import (
    PHASE_NAMES,
    area_page,
    area_record,
    provision,
    signs_by_phase,
    strategy_list,
)

ASSETS = (ASSET, "strategy-card")


def render(data, links, area_id: str | None = None):
    area_id = area_id or provision(data).areas[0].id  # no id: the first area
    record, area = area_record(data, area_id)
    signs = [
        tag(
            "div",
            tag("h3", PHASE_NAMES[phase]),
            tag("ul", [tag("li", sign.text) for sign in signs_by_phase(record, phase)]),
        )
        for phase in PHASE_NAMES
    ]
    agencies = [data.agencies[a].name for a in record.ask if data.agencies.get(a)]
    return block(
        tag(
            "div",
            tag(
                "section",
                tag("h2", "Look out for"),
                tag("div", signs, class_="strategy-card__phases"),
                class_="strategy-card__see",
            ),
            tag(
                "section",
                tag("h2", "Do in class first"),
                strategy_list(data, links, record.universal, "oap-strategies"),
                class_="strategy-card__do",
            ),
            tag(
                "section",
                tag("h2", "Add at SEN support"),
                strategy_list(data, links, record.sen_support, "oap-strategies"),
                class_="strategy-card__add",
            ),
            tag(
                "section",
                tag("h2", "Who to ask"),
                tag("p", "Talk to your SENCo first. They may ask: ", ", ".join(agencies), "."),
                tag("p", tag("a", f"More on {area.name.lower()}", href=links.to(area_page(area_id))), "."),
                class_="strategy-card__ask",
            ),
            class_="strategy-card",
            data_area=area_id,
        )
    )
