"""What a school must do when a parent asks the council for an EHC needs assessment, in one place.

The school's legal duties were spread over three pages, and the request checklist mixed them
with one council's gatekeeping. Here they are in three labelled lists: what the law requires
(facts with "Set in law: ..."), what the Code says should happen ("Statutory guidance: ..."),
and what is only one council's practice ("Local practice: ..."), from `ehcna.school_when_asked`.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, record_basis
from ..core.render.facts import fact_item
from ..core.render.html import block, markdown_heading, tag

ASSETS = (ASSET,)

SECTIONS = (
    ("law", "What the law requires", "The school and the council must do these. Each cites the law."),
    (
        "guidance",
        "What the Code of Practice says should happen",
        "Schools and councils must have regard to the Code: follow it unless there is a good reason not to.",
    ),
    (
        "local",
        "What is one council's practice, not law",
        "Your council may do these differently. None of them can stop a parent making a request.",
    ),
)


def render(data, links, heading_level: int = 2):
    duties = data.guide.school_when_asked
    parts = []
    for key, heading, intro in SECTIONS:
        parts.append(markdown_heading(heading_level, heading, f"school-{key}"))
        parts.append(tag("p", intro))
        if key == "local":
            items = [
                tag("li", item.text, " ", record_basis(data, links, item.basis), data_basis=item.basis.kind)
                for item in duties.local
            ]
        else:
            items = [fact_item(data, links, data.facts[fact_id]) for fact_id in duties[key]]
        parts.append(tag("ul", items, class_=f"school-duties school-duties--{key}"))
    return block(parts)
