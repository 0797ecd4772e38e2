"""Every item of the Code's evidence list (paragraph 9.14) is met by a checklist item and has an evidence index row.

- Each criterion in ehcna.yml `evidence.criteria` is named by the `criteria` of at least one checklist item, so a
  SENCo who works through the request checklist has gathered evidence for everything the council should look at.
- The evidence index template gives each criterion exactly one section (`criterion`), so the printed index has a
  row for every item of the Code's list and never two.

Unknown criterion ids are reported by `references.py`; that the criteria are statutory guidance and a council's own
are local practice is fixed by the schema.
"""

from __future__ import annotations

from ..errors import DataProblem
from ..loaded import Loaded
from .templates import one_section_each

INDEX_TEMPLATE = "ehcna-evidence-index"


def problems(loaded: Loaded) -> list[DataProblem]:
    doc = loaded.documents.get("ehcna")
    if doc is None or "evidence" not in doc.data["ehcna"]:
        return []
    criteria = doc.data["ehcna"]["evidence"]["criteria"]
    found: list[DataProblem] = []
    checklists_doc = loaded.documents.get("checklists")
    if checklists_doc is not None:
        met = {
            c
            for checklist in checklists_doc.data["checklists"]
            for item in checklist["items"]
            for c in item.get("criteria", ())
        }
        for i, criterion in enumerate(criteria):
            if criterion["id"] not in met:
                found.append(
                    doc.problem(
                        ("ehcna", "evidence", "criteria", i, "id"),
                        f"no checklist item meets the Code 9.14 criterion '{criterion['id']}'. Add "
                        f"'criteria: [{criterion['id']}]' to the checklist item that gathers this evidence "
                        "(checklists.yml, ehcna-request), or add an item that does.",
                    )
                )
    found += one_section_each(
        loaded,
        INDEX_TEMPLATE,
        "criterion",
        doc,
        lambda i: ("ehcna", "evidence", "criteria", i, "id"),
        [criterion["id"] for criterion in criteria],
        lambda id_: (
            f"the evidence index has no row for the Code 9.14 criterion '{id_}'. Add a section with "
            f"'criterion: {id_}' to the '{INDEX_TEMPLATE}' template (templates.yml)."
        ),
    )
    return found
