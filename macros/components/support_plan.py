"""SEN Support Plans: what a plan is for, what must be agreed, outcomes, review, working with families."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.sections import titled
from ..core.text import bullet_list, citation


def render(data, links, heading_level: int = 2):
    plan = data["support_plans"].support_plan
    h = f"h{heading_level}"

    def section(title, anchor, *content):
        return titled(h, title, anchor, *content, markdown=True)

    source = tag("p", "Source: ", citation(data, plan.source, plan.reference), ".", class_="source") \
        if plan.source else None
    outcomes = None
    if plan.outcomes_min and plan.outcomes_max:
        outcomes = tag("p", f"Most plans have {plan.outcomes_min} or {plan.outcomes_max} outcomes. "
                            "Write each one so that the pupil and their family can understand it and check it.")
    return block(
        section("What a plan is for", "plan-purpose", tag("p", plan.purpose) if plan.purpose else None,
                tag("p", plan.when) if plan.when else None),
        section("What must be agreed", "plan-agree",
                tag("ol", [tag("li", item.text, id=f"agree-{item.id}") for item in plan.agree or ()])
                if plan.agree else None,
                source,
                tag("p", plan.code_quote_note, class_="note") if plan.code_quote_note else None),
        section("How many outcomes", "plan-outcomes", outcomes),
        section("Writing a good plan", "plan-principles", bullet_list(plan.principles)),
        section("How the plan is reviewed", "plan-review", tag("p", plan.review) if plan.review else None),
        section("Working with parents and carers", "plan-caregivers", bullet_list(plan.caregivers)),
    )
