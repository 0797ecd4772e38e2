"""How SEN support is paid for: the notional SEN budget, the £6,000, top-up funding and the element words.

Each fact shows its basis (government guidance, or council words labelled local), what could not be confirmed,
and when it is due to be checked again (funding.yml `check_by`; the build warns after it).
"""

from __future__ import annotations

from datetime import date

from ..core.render.basis import ASSET, record_basis
from ..core.render.html import block, markdown_heading, tag

ASSETS = (ASSET,)


def _long_date(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def render(data, links, heading_level: int = 3):
    top_up = data.site.costing.top_up_route
    return block(
        [
            (
                markdown_heading(heading_level, fact.title, f"funding-{fact.id}"),
                tag(
                    "section",
                    tag("p", fact.statement),
                    tag("p", tag("strong", "Not confirmed: "), fact.not_confirmed, class_="funding-fact__unconfirmed")
                    if fact.not_confirmed
                    else None,
                    tag("p", tag("strong", "How your council does it: "), top_up)
                    if fact.id == "top-up-funding" and top_up
                    else None,
                    tag(
                        "p",
                        record_basis(data, links, fact.basis),
                        f" Due to be checked by {_long_date(fact.check_by)}.",
                        class_="source",
                    ),
                    class_="funding-fact",
                ),
            )
            for fact in data["funding"].facts
        ]
    )
