"""Assess, plan, do, review in practice: what to ask and keep in a phase, and a worked example's cycles.

Every point shows its basis with the one basis label (the Code's paragraph is statutory guidance, the EEF's
recommendation research evidence), and every example says it is invented, so a teacher can tell a should from
a research finding from an illustration. Pure: no MkDocs.
"""

from __future__ import annotations

from .basis import record_basis
from .html import tag

ASSET = "apdr"
PHASES = ("assess", "plan", "do", "review")
# The next step a review decides, in words: the same four the SEN Support Plan's review offers.
DECISIONS = {
    "continue": "Continue",
    "step-up": "Step up",
    "step-down": "Step down",
    "leave-register": "Leave the SEN register",
}
DECISION_MEANINGS = {
    "continue": "keep the support as it is, perhaps with a new outcome",
    "step-up": "add more support or ask an outside service for advice",
    "step-down": "reduce the support and keep watching progress",
    "leave-register": "take the pupil off the SEN register, with the parents and the pupil",
}


def examples(data):
    return data["examples"]


def point_list(data, links, points, class_: str):
    """What to ask or keep: each point, then its basis label."""
    return tag(
        "ul",
        [
            tag("li", point.text, " ", record_basis(data, links, point.basis), data_basis=point.basis.kind)
            for point in points
        ],
        class_=class_,
    )


def example_label(data, links):
    """The label every worked example carries: "Usual practice: An invented example ..., not a real pupil."."""
    return record_basis(data, links, examples(data).basis)


def decision_text(decision: str) -> str:
    """ "Step up: add more support or ask an outside service for advice"."""
    return f"{DECISIONS[decision]}: {DECISION_MEANINGS[decision]}"


def cycle_list(data, cycle, example_id: str, number: int):
    """One cycle of a worked example: the four phases by name, then the decision and its reason."""
    names = {phase.id: phase.name for phase in data["stages"].cycle.phases}
    rows = []
    for phase in PHASES:
        rows += [tag("dt", names.get(phase, phase.capitalize())), tag("dd", cycle[phase])]
    rows += [
        tag("dt", "Decision"),
        tag("dd", tag("strong", DECISIONS[cycle.decision]), ". ", cycle.reason, data_decision=cycle.decision),
    ]
    return tag("dl", rows, class_="apdr-cycle", id=f"example-{example_id}-cycle-{number}")
