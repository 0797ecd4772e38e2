"""Every requirement of the SEN information report is on a checklist and has one section of the skeleton report.

- Each requirement in statutory_year.yml `information_report.requirements` is named by the `requirement` of at least
  one checklist item, so a SENCo who works through the checklist has checked the whole list the law gives.
- The skeleton report template gives each requirement exactly one section (`requirement`), so the skeleton has a
  heading for everything the report must include, and never two.

- The exam access arrangements' `valid_from` comes before their `valid_to`, and their `source` is exam board rules.
- A calendar date names a fact that has a fixed date for its `move` (`before_dates`), so no date is made up.

Unknown requirement ids are reported by `references.py`; that each basis cites a source of its kind by `legal.py`.
"""

from __future__ import annotations

from ..errors import DataProblem
from ..loaded import Loaded
from .templates import one_section_each

SKELETON_TEMPLATE = "sen-information-report"


def problems(loaded: Loaded) -> list[DataProblem]:
    doc = loaded.documents.get("statutory_year")
    if doc is None:
        return []
    requirements = doc.data["information_report"]["requirements"]
    found: list[DataProblem] = _exam_year_problems(loaded, doc) + _calendar_problems(loaded, doc)
    checklists_doc = loaded.documents.get("checklists")
    if checklists_doc is not None:
        ticked = {
            item["requirement"]
            for checklist in checklists_doc.data["checklists"]
            for item in checklist["items"]
            if "requirement" in item
        }
        for i, requirement in enumerate(requirements):
            if requirement["id"] not in ticked:
                found.append(
                    doc.problem(
                        ("information_report", "requirements", i, "id"),
                        f"no checklist item ticks the requirement '{requirement['id']}'. Add an item with "
                        f"'requirement: {requirement['id']}' to the sen-information-report checklist (checklists.yml).",
                    )
                )
    found += one_section_each(
        loaded,
        SKELETON_TEMPLATE,
        "requirement",
        doc,
        lambda i: ("information_report", "requirements", i, "id"),
        [requirement["id"] for requirement in requirements],
        lambda id_: (
            f"the skeleton report has no section for the requirement '{id_}'. Add a section with "
            f"'requirement: {id_}' to the '{SKELETON_TEMPLATE}' template (templates.yml)."
        ),
    )
    return found


def _exam_year_problems(loaded: Loaded, doc) -> list[DataProblem]:
    exams = doc.data.get("access_arrangements")
    if exams is None:
        return []
    found = []
    if exams["valid_to"] <= exams["valid_from"]:
        found.append(
            doc.problem(
                ("access_arrangements", "valid_to"),
                f"valid_to ({exams['valid_to']}) must be after valid_from ({exams['valid_from']}): "
                "they are the first and last days the JCQ document covers.",
            )
        )
    statutory = loaded.documents.get("statutory")
    sources = {s["id"]: s for s in statutory.data["sources"]} if statutory is not None else {}
    source = sources.get(exams["source"])
    if source is not None and source["kind"] != "exam-board-rules":
        found.append(
            doc.problem(
                ("access_arrangements", "source"),
                f"'{exams['source']}' is {source['kind']}: the access arrangements' dates belong to a JCQ document, "
                "a source of kind exam-board-rules.",
            )
        )
    return found


def _calendar_problems(loaded: Loaded, doc) -> list[DataProblem]:
    statutory = loaded.documents.get("statutory")
    if statutory is None or "calendar" not in doc.data:
        return []
    facts = {fact["id"]: fact for fact in statutory.data["facts"]}
    found = []
    for i, entry in enumerate(doc.data["calendar"]["dates"]):
        fact = facts.get(entry["fact"])
        if fact is None:
            continue  # references.py names the unknown fact
        moves = [d["move"] for d in fact.get("before_dates", ())]
        if entry["move"] not in moves:
            found.append(
                doc.problem(
                    ("calendar", "dates", i, "move"),
                    f"the fact '{entry['fact']}' has no fixed date for the move '{entry['move']}' "
                    f"(its before_dates give: {', '.join(moves) or 'none'}). Name a fact with that date.",
                )
            )
    return found
