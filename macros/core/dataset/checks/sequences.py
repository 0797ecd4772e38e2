"""Stages and steps are numbered 1, 2, 3... in order; a timeline's steps meet end to start and add up to its total."""

from __future__ import annotations

from ..errors import DataProblem
from ..loaded import Loaded

# The fact whose period is the whole EHC needs assessment (the 20 weeks to the final plan).
ASSESSMENT_LIMIT = "final-plan"


def problems(loaded: Loaded) -> list[DataProblem]:
    found: list[DataProblem] = []
    stages = loaded.documents.get("stages")
    if stages:
        for i, stage in enumerate(stages.data["stages"]):
            if stage["number"] != i + 1:
                found.append(
                    stages.problem(
                        ("stages", i, "number"),
                        f"stage number {stage['number']} is out of order: stages are numbered 1, 2, 3... "
                        f"in the order listed, so this one should be {i + 1}.",
                    )
                )
    ehcna = loaded.documents.get("ehcna")
    facts = _facts(loaded)
    final_plan = facts.get(ASSESSMENT_LIMIT, {}).get("period", {})
    if ehcna and final_plan.get("unit") == "weeks":  # the assessment's length is its legal limit: one number, one place
        guide = ehcna.data["ehcna"]
        found += _steps(
            ehcna,
            ("ehcna",),
            guide["steps"],
            "start_week",
            "end_week",
            final_plan["amount"],
            "week",
            f"the {ASSESSMENT_LIMIT} time limit in statutory.yml",
        )
    journeys = loaded.documents.get("journeys")
    for i, journey in enumerate(journeys.data["journeys"] if journeys else ()):
        timeline = journey.get("timeline")
        found += _steps(
            journeys,
            ("journeys", i),
            journey["steps"],
            "start",
            "end",
            timeline["total"] if timeline else None,
            timeline["unit"] if timeline else None,
            "timeline.total",
        )
        if timeline:
            found += _timeline(journeys, ("journeys", i, "timeline"), timeline, facts)
    return found


def _facts(loaded: Loaded) -> dict:
    statutory = loaded.documents.get("statutory")
    return {fact["id"]: fact for fact in statutory.data["facts"]} if statutory else {}


def _steps(doc, base, steps, start_key, end_key, total, unit, total_name) -> list[DataProblem]:
    """Steps numbered 1, 2, 3...; on a timeline, each starts where the one before ends and the last ends at the total."""
    found = []

    def problem(path, message):
        found.append(doc.problem(path, message))

    expected_start = 0
    for i, step in enumerate(steps):
        at = (*base, "steps", i)
        if step["number"] != i + 1:
            problem((*at, "number"), f"step number {step['number']} should be {i + 1}: steps are numbered in order.")
        if total is None:
            continue
        if start_key not in step or end_key not in step:
            problem(at, f"the journey has a timeline, so each step needs {start_key} and {end_key}.")
            return found
        if step[start_key] != expected_start:
            problem(
                (*at, start_key),
                f"{start_key} {step[start_key]:g} leaves a gap or overlap: it should be "
                f"{expected_start:g}, where the step before ends.",
            )
        if step[end_key] <= step[start_key]:
            problem((*at, end_key), f"{end_key} must be after {start_key}.")
        expected_start = step[end_key]
    if total is not None and steps and expected_start != total:
        problem(
            (*base, "steps", len(steps) - 1, end_key),
            f"the last step ends at {unit} {expected_start:g} but {total_name} is {total:g}: make them match.",
        )
    return found


def _timeline(doc, base, timeline, facts: dict) -> list[DataProblem]:
    """Every mark and label falls on the drawing; the bracket counts days."""
    found = []
    total = timeline["total"]
    for key in ("axis", "marks"):
        for j, point in enumerate(timeline.get(key, ())):
            if point["at"] > total:
                found.append(
                    doc.problem(
                        (*base, key, j, "at"), f"at {point['at']:g} is past the end of the timeline ({total:g})."
                    )
                )
    bracket = timeline.get("bracket")
    fact = facts.get(bracket["fact"]) if bracket else None
    if fact is not None and fact.get("period", {}).get("unit") != "days":
        found.append(
            doc.problem(
                (*base, "bracket", "fact"),
                f"'{bracket['fact']}' has no period in days: the bracket draws a family's days "
                "(such as amendment-comments). Use such a fact.",
            )
        )
    return found
