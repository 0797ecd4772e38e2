"""The costed provision map's figures agree: the £6,000 fact has an amount, "nears" starts below it, and a costing
template has the fields the sum reads (macros/core/costing.py). Located at the line to fix."""

from __future__ import annotations

from ...costing import ROW_NUMBERS
from ..errors import DataProblem
from ..loaded import Loaded

ROW_FIELDS = (*ROW_NUMBERS, "hourly-rate")


def problems(loaded: Loaded) -> list[DataProblem]:
    found: list[DataProblem] = []
    funding = loaded.documents.get("funding")
    if funding is not None:
        costing = funding.data["costing"]
        facts = {fact["id"]: (i, fact) for i, fact in enumerate(funding.data["facts"])}
        if costing["threshold_fact"] in facts:
            i, fact = facts[costing["threshold_fact"]]
            if "amount" not in fact:
                found.append(
                    funding.problem(
                        ("facts", i),
                        f"the fact '{fact['id']}' is the costed provision map's "
                        "threshold, so it needs an amount in pounds, for example amount: 6000.",
                    )
                )
            elif costing["near_from"] >= fact["amount"]:
                found.append(
                    funding.problem(
                        ("costing", "near_from"),
                        f"near_from ({costing['near_from']}) must be "
                        f"below the threshold's amount ({fact['amount']}): the map says a pupil's "
                        "support nears the threshold from this sum.",
                    )
                )
    templates = loaded.documents.get("templates")
    for t, template in enumerate(templates.data["templates"] if templates is not None else ()):
        if not template.get("costing"):
            continue
        repeated = [s for s in template["sections"] if s.get("repeat")]
        keys = {field["id"] for s in repeated for field in s["fields"]}
        missing = [key for key in ROW_FIELDS if key not in keys]
        every = {field["id"] for s in template["sections"] for field in s["fields"]}
        if "other-costs" not in every:
            missing.append("other-costs")
        if missing:
            found.append(
                templates.problem(
                    ("templates", t, "costing"),
                    "a costing template needs a repeated section "
                    "with the fields group-size, minutes, sessions, weeks and hourly-rate, and "
                    f"a field other-costs; missing: {', '.join(missing)}.",
                )
            )
    return found
