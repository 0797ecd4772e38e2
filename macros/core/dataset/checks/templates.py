"""No two fields of a template save their answers under one key (one would overwrite the other in the browser),
and a field that starts from another template's answer (`from`) names a template and a saved key that exist."""

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
    found += _from_problems(doc)
    return found


def _saved_keys(template) -> set[str]:
    return {
        saved_key(field["id"], number)
        for section in template["sections"]
        for number in repeat_numbers(section)
        for field in section["fields"]
    }


def _from_problems(doc) -> list[DataProblem]:
    """A passport field that starts from the plan's `class-strategies` must find that field, or it stays empty."""
    by_id = {template["id"]: template for template in doc.data["templates"]}
    found = []
    for t, template in enumerate(doc.data["templates"]):
        for s, section in enumerate(template["sections"]):
            for f, field in enumerate(section["fields"]):
                source = field.get("from")
                if not source:
                    continue
                other = by_id.get(source["template"])
                path = ("templates", t, "sections", s, "fields", f, "from")
                if other is None:
                    found.append(
                        doc.problem(
                            (*path, "template"),
                            f"no template '{source['template']}' to take this field's first value from. "
                            f"Use one of: {', '.join(sorted(by_id))}.",
                        )
                    )
                elif source["field"] not in _saved_keys(other):
                    found.append(
                        doc.problem(
                            (*path, "field"),
                            f"template '{source['template']}' saves no field '{source['field']}'. "
                            "Use a field id, with its number in a repeated section (outcome-1).",
                        )
                    )
    return found


def one_section_each(
    loaded: Loaded, template_id: str, key: str, owner, path, ids: list[str], missing
) -> list[DataProblem]:
    """Each of `ids` has exactly one section of template `template_id` naming it under `key` (the evidence index's
    criteria, the skeleton report's requirements). A second section is reported at its line; an id with none at
    `path(i)` in `owner`, with `missing(id)` as its message."""
    templates_doc = loaded.documents.get("templates")
    if templates_doc is None:
        return []
    found = []
    for t, template in enumerate(templates_doc.data["templates"]):
        if template["id"] != template_id:
            continue
        sections: dict[str, int] = {}
        for s, section in enumerate(template["sections"]):
            named = section.get(key)
            if named in sections:
                found.append(
                    templates_doc.problem(
                        ("templates", t, "sections", s, key),
                        f"the {key} '{named}' already has a section (sections[{sections[named]}]). Give each {key} one.",
                    )
                )
            if named:
                sections.setdefault(named, s)
        found += [owner.problem(path(i), missing(id_)) for i, id_ in enumerate(ids) if id_ not in sections]
    return found
