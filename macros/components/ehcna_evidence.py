"""The EHCNA evidence pack: the Code's paragraph 9.14 list, and a council's own criteria beside it.

`which="code"`: a table of what the council should look at (statutory guidance, each with its citation) and the
checklist items that gather the evidence for it. `which="local"`: the council's own panel criteria, each labelled
local practice, so "two cycles of assess, plan, do, review" is never read as law.
"""

from __future__ import annotations

from ..core.render.basis import ASSET as BASIS_ASSET
from ..core.render.basis import record_basis
from ..core.render.html import data_table, tag
from .checklist import item_text

ASSETS = (BASIS_ASSET,)


def items_meeting(data, criterion_id: str):
    """(checklist, item) for every checklist item whose `criteria` names the criterion, in checklist order."""
    return [
        (checklist, item)
        for checklist in data["checklists"].checklists
        for item in checklist["items"]
        if criterion_id in (item.criteria or ())
    ]


def _item_link(data, links, checklist, item):
    text, _ = item_text(data, item)
    return tag("li", tag("a", text, href=links.to(f"checklists/{checklist.id}", f"cl-{checklist.id}-{item.id}")))


def _code_table(data, links, evidence):
    rows = [
        tag(
            "tr",
            tag("th", tag("strong", criterion.title), tag("br"), criterion.text, scope="row"),
            tag("td", record_basis(data, links, criterion.basis)),
            tag("td", tag("ul", [_item_link(data, links, c, i) for c, i in items_meeting(data, criterion.id)])),
            id=f"criterion-{criterion.id}",
        )
        for criterion in evidence.criteria
    ]
    return data_table(
        "What the council should look at, and the checklist items that gather it",
        ("What the council should look at", "Where it comes from", "Checklist items that meet it"),
        rows,
        class_="ehcna-evidence",
    )


def _local_table(data, links, evidence):
    if not evidence.local_criteria:
        return tag("p", "Your council has not listed criteria of its own.")
    rows = [
        tag(
            "tr",
            tag("th", tag("strong", criterion.title), tag("br"), criterion.text, scope="row"),
            tag("td", record_basis(data, links, criterion.basis)),
            id=f"local-criterion-{criterion.id}",
        )
        for criterion in evidence.local_criteria
    ]
    return data_table(
        "A council's own criteria: local practice, not law",
        ("What the council's panel asks for", "Where it comes from"),
        rows,
        class_="ehcna-evidence ehcna-evidence--local",
    )


def render(data, links, which: str = "code"):
    evidence = data.guide.evidence
    if which == "local":
        return _local_table(data, links, evidence)
    return tag(
        "div",
        tag("p", evidence.intro),
        tag("p", tag("strong", "Not confirmed: "), evidence.not_confirmed, class_="ehcna-evidence__unconfirmed")
        if evidence.not_confirmed
        else None,
        _code_table(data, links, evidence),
    )
