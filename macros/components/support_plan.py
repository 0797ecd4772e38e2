"""SEN Support Plans: what a plan is for, what is agreed (each item with its basis), the duty to tell parents, review."""

from __future__ import annotations

from ..core.render.basis import ASSET, record_basis
from ..core.render.facts import fact_item
from ..core.render.html import block, tag
from ..core.render.sections import titled
from ..core.render.text import bullet_list

ASSETS = (ASSET,)


def render(data, links, heading_level: int = 2):
    plan = data["support_plans"].support_plan
    h = f"h{heading_level}"

    def section(title, anchor, *content):
        return titled(h, title, anchor, *content, markdown=True)

    outcomes = None
    if plan.outcomes_min and plan.outcomes_max:
        outcomes = tag(
            "p",
            f"One council's template suggests {plan.outcomes_min} or {plan.outcomes_max} outcomes. "
            "This is local practice, not a rule. "
            "Write each one so that the pupil and their family can understand it and check it.",
        )
    duties = [data.facts[fact_id] for fact_id in plan.duties or ()]
    return block(
        section(
            "What a plan is for",
            "plan-purpose",
            tag("p", plan.purpose) if plan.purpose else None,
            tag("p", plan.when) if plan.when else None,
        ),
        section(
            "What the law says",
            "plan-law",
            tag("ul", [fact_item(data, links, fact) for fact in duties]) if duties else None,
        ),
        section(
            "What is agreed",
            "plan-agree",
            tag(
                "p",
                "The Code of Practice says what the school should agree with the parents and the pupil. "
                "Other items are local practice.",
            ),
            tag(
                "ol",
                [
                    tag(
                        "li",
                        item.text,
                        " ",
                        record_basis(data, links, item.basis) if item.basis else None,
                        id=f"agree-{item.id}",
                    )
                    for item in plan.agree or ()
                ],
            )
            if plan.agree
            else None,
            tag("p", plan.code_quote_note, class_="note") if plan.code_quote_note else None,
        ),
        section("How many outcomes", "plan-outcomes", outcomes),
        section("Writing a good plan", "plan-principles", bullet_list(plan.principles)),
        section("How the plan is reviewed", "plan-review", tag("p", plan.review) if plan.review else None),
        section("Working with parents and carers", "plan-caregivers", bullet_list(plan.caregivers)),
    )
