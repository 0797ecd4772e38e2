"""No two fields of a template save their answers under one key (one would overwrite the other in the browser)."""

from __future__ import annotations

from ..errors import DataProblem
from ..loaded import Loaded
from ..lookups import repeat_numbers, saved_key


def problems(loaded: Loaded) -> list[DataProblem]:
    doc = loaded.documents.get("templates")
    if doc is None:
        return []
    found = []
    for t, template in enumerate(doc.data["templates"]):
        seen = set()
        for s, section in enumerate(template["sections"]):
            for number in repeat_numbers(section):
                for f, field in enumerate(section["fields"]):
                    key = saved_key(field["id"], number)
                    if key in seen:
                        found.append(
                            doc.problem(
                                ("templates", t, "sections", s, "fields", f, "id"),
                                f"template '{template['id']}' has two fields saved as '{key}'. "
                                "Give one of them another id.",
                            )
                        )
                    seen.add(key)
    return found
