"""How to write an outcome for an SEN Support Plan: what an outcome is, the checks, and weak and strong pairs.

What an outcome is carries the Code's label (9.66, said of EHC plans); SMART and the checks are usual practice,
labelled so a teacher does not take them for a rule.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, record_basis
from ..core.render.html import block, tag
from ..core.render.sections import titled

ASSETS = (ASSET,)


def render(data, links, heading_level: int = 3):
    guide = data["support_plans"].support_plan.outcome_guide
    if not guide:
        return block()
    h = f"h{heading_level}"
    definition, smart = guide.definition, guide.smart
    return block(
        tag(
            "p",
            definition.text,
            " ",
            (definition.note, " ") if definition.note else None,
            record_basis(data, links, definition.basis),
            id="outcome-definition",
        ),
        tag("p", smart.text, " ", record_basis(data, links, smart.basis), id="outcome-smart"),
        titled(
            h,
            "Check each outcome",
            "outcome-checks",
            tag("p", "Before you agree an outcome, check that:"),
            tag("ul", [tag("li", check.text, id=f"outcome-check-{check.id}") for check in guide.checks]),
        ),
        titled(
            h,
            "Weak and strong outcomes",
            "outcome-pairs",
            tag("p", "These pupils are invented. Each weak outcome is shown with a stronger way to write it."),
            tag(
                "table",
                tag("caption", "Weak outcomes and stronger ones"),
                tag(
                    "thead",
                    tag(
                        "tr",
                        tag("th", "Weak", scope="col"),
                        tag("th", "Strong", scope="col"),
                        tag("th", "What makes the difference", scope="col"),
                    ),
                ),
                tag(
                    "tbody",
                    [
                        tag(
                            "tr",
                            tag("td", pair.weak),
                            tag("td", pair.strong),
                            tag("td", pair.why),
                            id=f"outcome-pair-{pair.id}",
                        )
                        for pair in guide.pairs
                    ],
                ),
                class_="outcome-pairs",
            ),
        ),
    )
