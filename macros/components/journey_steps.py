"""A section per step of a journey: the main points, then what happens for each audience.

Used for the EHC needs assessment and for every journey after the plan (annual
review, moving school, appeals...). The two audiences are Material content tabs (the
markup `pymdownx.tabbed` writes, so Material's CSS and print styles apply: on paper
both show, one after the other). Each step says what its basis is: a step that is
one council's local practice says so ("Local practice: ..."), a step the law sets
says where ("Set in law: ..."); what the law says in the step is listed apart. The
footnoted terms are explained in the first step that uses them, and each step ends
with its statutory deadlines.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, record_basis
from ..core.render.html import block, markdown_heading, tag
from ..core.render.facts import fact_item
from ..core.render.journeys import EHCNA, journey as find_journey
from ..core.render.text import bullet_list

# Front-end files: the basis label, and the line that says which audience tab is showing.
ASSETS = (ASSET, "audience-tabs")

AUDIENCES = (("family", "Your child and family"), ("professionals", "The school and professionals"))


def audience_tabs(journey, step):
    """Family and professionals as Material tabs; a side with nothing in the data is left out."""
    sides = [(key, label, bullet_list(step.get(key))) for key, label in AUDIENCES]
    sides = [side for side in sides if side[2] is not None]
    if not sides:
        return None
    group = f"{journey.tab_prefix}{step.number}-audience"
    radios = [tag("input", id=f"{group}-{key}", name_=group, type="radio", checked=(i == 0))
              for i, (key, _, _) in enumerate(sides)]
    labels = tag("div", [tag("label", label, for_=f"{group}-{key}") for key, label, _ in sides],
                 class_="tabbed-labels")
    blocks = tag("div", [tag("div", content, class_="tabbed-block", data_audience=key)
                         for key, _, content in sides], class_="tabbed-content")
    return tag("div", radios, labels, blocks, class_="tabbed-set tabbed-alternate ehcna-audiences",
               data_tabs=f"{step.number}:{len(sides)}")


def terms_explained(journey, step, explained: set[str]):
    """The footnoted terms this step uses that no earlier step has explained."""
    terms = {term.id: term for term in journey.terms}
    new = [terms[term_id] for term_id in step.terms or () if term_id not in explained]
    explained.update(term.id for term in new)
    if not new:
        return None
    return tag("aside",
               tag("h3", "What these words mean", id=f"step-{step.number}-words"),
               tag("dl", [tag("div", tag("dt", term.term, id=f"term-{term.id}"), tag("dd", term.definition))
                          for term in new]),
               class_="ehcna-terms")


def step_facts(data, links, step, fact_ids, heading: str, key: str):
    """A headed list of the step's facts, each with its basis: what the law says, or the time limits."""
    facts = [data.facts[fact_id] for fact_id in fact_ids or ()]
    if not facts:
        return None
    return tag("div",
               tag("h3", heading, id=f"step-{step.number}-{key}"),
               tag("ul", [fact_item(data, links, fact) for fact in facts]),
               class_=f"ehcna-step__{key}")


def how_it_runs(data, links, step):
    """Who does what in the step, under its basis: local practice says so and sends the reader to their council."""
    if not step.basis:
        return [tag("h3", "What happens", id=f"step-{step.number}-practice")]
    if step.basis.kind == "local-practice":
        return [tag("h3", "How one council runs this step", id=f"step-{step.number}-practice"),
                tag("p", record_basis(data, links, step.basis), " Ask your council how it does this.",
                    class_="ehcna-step__basis")]
    return [tag("h3", "What happens", id=f"step-{step.number}-practice"),
            tag("p", record_basis(data, links, step.basis), class_="ehcna-step__basis")]


def render(data, links, journey: str = EHCNA):
    """`journey_steps("annual-review")`: one section per step of the journey."""
    found = find_journey(data, journey)
    explained: set[str] = set()
    sections = []
    for step in found.steps:
        when = found.step_when(step)
        sections.append(markdown_heading(2, f"Step {step.number}: {step.title}", f"step-{step.number}"))
        sections.append(tag(
            "section",
            tag("p", f"{when}.", class_="ehcna-step__weeks") if when else None,
            tag("p", step.summary) if step.summary else None,
            step_facts(data, links, step, step.law, "What the law says", "law"),
            how_it_runs(data, links, step),
            bullet_list(step.main_points),
            audience_tabs(found, step),
            terms_explained(found, step, explained),
            step_facts(data, links, step, step.deadlines, "Time limits in this step", "time-limits"),
            class_="ehcna-step"))
    return block(sections)
