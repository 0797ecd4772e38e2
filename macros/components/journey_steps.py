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
from ..core.render.journeys import EHCNA, point_anchor, point_groups
from ..core.render.journeys import journey as find_journey
from ..core.render.text import bullet_list

# Front-end files: the basis label, and the line that says which audience tab is showing.
ASSETS = (ASSET, "audience-tabs")

AUDIENCES = (("family", "Your child and family"), ("professionals", "The school and professionals"))
# Points under these bases are statements of law: each is listed on the Sources page.
LEGAL_BASES = ("law", "statutory-guidance")


def audience_tabs(journey, step):
    """Family and professionals as Material tabs; a side with nothing in the data is left out."""
    sides = [(key, label, bullet_list(step.get(key))) for key, label in AUDIENCES]
    sides = [side for side in sides if side[2] is not None]
    if not sides:
        return None
    group = f"{journey.tab_prefix}{step.number}-audience"
    radios = [
        tag("input", id=f"{group}-{key}", name_=group, type="radio", checked=(i == 0))
        for i, (key, _, _) in enumerate(sides)
    ]
    labels = tag("div", [tag("label", label, for_=f"{group}-{key}") for key, label, _ in sides], class_="tabbed-labels")
    blocks = tag(
        "div",
        [tag("div", content, class_="tabbed-block", data_audience=key) for key, _, content in sides],
        class_="tabbed-content",
    )
    return tag(
        "div",
        radios,
        labels,
        blocks,
        class_="tabbed-set tabbed-alternate ehcna-audiences",
        data_tabs=f"{step.number}:{len(sides)}",
    )


def terms_explained(journey, step, explained: set[str]):
    """The footnoted terms this step uses that no earlier step has explained."""
    terms = {term.id: term for term in journey.terms}
    new = [terms[term_id] for term_id in step.terms or () if term_id not in explained]
    explained.update(term.id for term in new)
    if not new:
        return None
    return tag(
        "aside",
        tag("h3", "What these words mean", id=f"step-{step.number}-words"),
        tag("dl", [tag("div", tag("dt", term.term, id=f"term-{term.id}"), tag("dd", term.definition)) for term in new]),
        class_="ehcna-terms",
    )


def step_facts(data, links, step, fact_ids, heading: str, key: str):
    """A headed list of the step's facts, each with its basis: what the law says, or the time limits."""
    facts = [data.facts[fact_id] for fact_id in fact_ids or ()]
    if not facts:
        return None
    return tag(
        "div",
        tag("h3", heading, id=f"step-{step.number}-{key}"),
        tag("ul", [fact_item(data, links, fact) for fact in facts]),
        class_=f"ehcna-step__{key}",
    )


def basis_line(data, links, basis, anchor: str | None = None):
    """The label over a group of points (linked to the first one's row on the Sources page): local practice
    sends the reader to their council."""
    if not basis:
        return None
    ask = " Ask your council how it does this." if basis.kind == "local-practice" else None
    return tag("p", record_basis(data, links, basis, anchor), ask, class_="ehcna-step__basis", data_basis=basis.kind)


def how_it_runs(data, links, journey, step):
    """Who does what in the step, each point under its basis: one council's practice says so and is headed so."""
    heading = "How one council runs this step" if step.basis and step.basis.kind == "local-practice" else "What happens"
    parts = [tag("h3", heading, id=f"step-{step.number}-practice")]
    # The step's own points first, under its basis; points with a basis of their own follow. A label with no
    # point under it would read as covering the next label's points (law over advice), so only a step with
    # no points at all shows its basis alone.
    groups = point_groups(step)
    own = [point for basis, points in groups if basis == step.basis for point in points]
    groups = ([(step.basis, own)] if own else []) + [group for group in groups if group[0] != step.basis]
    if not groups:
        parts.append(basis_line(data, links, step.basis))
    for basis, points in groups:
        anchor = point_anchor(journey.id, step, points[0][0]) if basis.kind in LEGAL_BASES else None
        parts += [basis_line(data, links, basis, anchor), bullet_list([text for _, text in points])]
    return parts


def render(data, links, journey: str = EHCNA, details: bool = False):
    """`journey_steps("annual-review")`: one section per step of the journey.

    With `details=True` (the assessment guide, read on a phone) each step shows its weeks, its summary
    and what happens for each audience; the law, who does what, the words and the time limits open
    from "More about step N": the law, who does what, the words and the time limits (a <details>, which
    works without JavaScript and prints open).
    """
    found = find_journey(data, journey)
    explained: set[str] = set()
    sections = []
    for step in found.steps:
        when = found.step_when(step)
        more = [
            step_facts(data, links, step, step.law, "What the law says", "law"),
            how_it_runs(data, links, found, step),
            terms_explained(found, step, explained),
            step_facts(data, links, step, step.deadlines, "Time limits in this step", "time-limits"),
        ]
        tabs = audience_tabs(found, step)
        if details:
            body = [
                tabs,
                tag("details", tag("summary", f"More about step {step.number}"), more, class_="ehcna-step__more"),
            ]
        else:  # the order the pages had before: the law and the practice above the audiences
            body = [more[0], more[1], tabs, more[2], more[3]]
        sections.append(markdown_heading(2, f"Step {step.number}: {step.title}", f"step-{step.number}"))
        sections.append(
            tag(
                "section",
                tag("p", f"{when}.", class_="ehcna-step__weeks") if when else None,
                tag("p", step.summary) if step.summary else None,
                body,
                class_="ehcna-step",
            )
        )
    return block(sections)
