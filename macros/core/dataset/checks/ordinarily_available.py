"""Ordinarily available provision covers every area of need, and its "who to ask" are the right agencies.

- Every broad area of need in areas_of_need.yml has one record, whose id is the area's id (it names
  the page and the strategy card), so no area is left without strategies.
- Every agency a record asks works with that area (the agency's `areas` lists it): a teacher worried
  about a pupil's hearing is never sent to a service that does not cover it.
- "What you might see" gives signs for both primary and secondary pupils.

Every strategy's basis is required by the schema and checked against its source in `legal.py`.
"""

from __future__ import annotations

from ..errors import DataProblem
from ..loaded import Loaded

PHASES = ("primary", "secondary")


def problems(loaded: Loaded) -> list[DataProblem]:
    doc = loaded.documents.get("ordinarily_available")
    areas_doc = loaded.documents.get("areas_of_need")
    agencies_doc = loaded.documents.get("agencies")
    if doc is None:
        return []
    found: list[DataProblem] = []
    records = doc.data["areas"]
    agency_areas = {a["id"]: set(a.get("areas", ())) for a in agencies_doc.data["agencies"]} if agencies_doc else {}
    for i, record in enumerate(records):
        if record["id"] != record["area"]:
            found.append(
                doc.problem(
                    ("areas", i, "id"),
                    f"the id '{record['id']}' must be the id of its area "
                    f"('{record['area']}'): it names the area's page.",
                )
            )
        for j, agency in enumerate(record["ask"]):
            if agency in agency_areas and record["area"] not in agency_areas[agency]:
                found.append(
                    doc.problem(
                        ("areas", i, "ask", j),
                        f"'{agency}' does not work with {record['area']} (its areas in agencies.yml "
                        f"are: {', '.join(sorted(agency_areas[agency])) or 'none'}). Ask an agency "
                        "that does, or add the area to the agency.",
                    )
                )
        phases = {phase for sign in record["see"] for phase in sign["phase"]}
        for phase in PHASES:
            if phase not in phases:
                found.append(
                    doc.problem(
                        ("areas", i, "see"),
                        f"no sign is marked {phase}: add what a {phase} teacher might see in this area.",
                    )
                )
    if areas_doc is not None:
        covered = {record["area"] for record in records}
        for area in areas_doc.data["areas_of_need"]:
            if area["id"] not in covered:
                found.append(
                    doc.problem(
                        ("areas",),
                        f"the area of need '{area['id']}' has no ordinarily available "
                        "provision. Add a record for it with id and area "
                        f"'{area['id']}'.",
                    )
                )
        seen: dict[str, int] = {}
        for i, record in enumerate(records):
            if record["area"] in seen:
                found.append(
                    doc.problem(
                        ("areas", i, "area"),
                        f"'{record['area']}' already has a record (areas[{seen[record['area']]}]). Give each area one.",
                    )
                )
            seen.setdefault(record["area"], i)
    return found
