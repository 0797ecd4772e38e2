"""What a page's macro call names exists in the data: `journey_timeline("appeals")` needs a journey with a
timeline, `checklist("reviews")` a checklist, and so on, so a page never fails while the site is built.

Only calls whose first argument is a quoted id are read (`{{ journey_steps("appeals") }}`); a call
with no id shows the component's default.
"""

from __future__ import annotations

import re

from ..errors import DataProblem
from ..loaded import Loaded

EHCNA = "ehcna"  # the EHC needs assessment journey (data/ehcna.yml), which every journey component also takes
CALL = re.compile(r"\{\{-?\s*(\w+)\(\s*(?:\w+\s*=\s*)?[\"']([^\"']+)[\"']")


def _journeys(loaded: Loaded, with_timeline: bool = False) -> set[str] | None:
    doc = loaded.documents.get("journeys")
    if doc is None:
        return None
    ids = {journey["id"] for journey in doc.data["journeys"] if journey.get("timeline") or not with_timeline}
    return ids | {EHCNA}


def _ids(loaded: Loaded, file: str, *keys: str) -> set[str] | None:
    doc = loaded.documents.get(file)
    if doc is None:
        return None
    records = doc.data
    for key in keys:
        records = records.get(key) or {}
    return {record["id"] for record in records or ()}


# macro -> (what it needs, the ids that have it: None when the file failed its own checks)
NEEDS = {
    "journey_timeline": ("a journey with a timeline in data/journeys.yml", lambda loaded: _journeys(loaded, True)),
    "journey_steps": ("a journey in data/journeys.yml", _journeys),
    "journey_next_steps": ("a journey in data/journeys.yml", _journeys),
    "deadline_calculator": (
        "a calculator journey in data/statutory.yml (calculator.journeys)",
        lambda loaded: _ids(loaded, "statutory", "calculator", "journeys"),
    ),
    "checklist": ("a checklist in data/checklists.yml", lambda loaded: _ids(loaded, "checklists", "checklists")),
    "template_form": ("a template in data/templates.yml", lambda loaded: _ids(loaded, "templates", "templates")),
    "ordinarily_available": (
        "an area in data/ordinarily_available.yml",
        lambda loaded: _ids(loaded, "ordinarily_available", "areas"),
    ),
    "strategy_card": (
        "an area in data/ordinarily_available.yml",
        lambda loaded: _ids(loaded, "ordinarily_available", "areas"),
    ),
    "letter": ("a letter in data/letters.yml", lambda loaded: _ids(loaded, "letters", "letters")),
}


def problems(loaded: Loaded) -> list[DataProblem]:
    found: list[DataProblem] = []
    known = {name: ids(loaded) for name, (_, ids) in NEEDS.items()}
    for page in loaded.pages:
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            for name, wanted in CALL.findall(line):
                if name not in NEEDS or known[name] is None or wanted in known[name]:
                    continue
                choices = ", ".join(sorted(known[name]))
                found.append(
                    DataProblem(
                        loaded.page_name(page),
                        number,
                        "",
                        f'{name}("{wanted}") needs {NEEDS[name][0]}, and there is none with the id '
                        f'"{wanted}". Use one of: {choices}.',
                    )
                )
    return found
