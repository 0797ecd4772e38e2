"""Pages the data names exist: each page a checklist or template names lists them; each page a record links to is there."""

from __future__ import annotations

from ..errors import DataProblem
from ..loaded import Loaded

# A page named in a checklist's or template's `pages` shows them with this macro (macros/components/related_forms.py).
RELATED_FORMS_CALL = "related_forms("


def problems(loaded: Loaded) -> list[DataProblem]:
    """Each page a checklist or template names exists and shows it, and every `related_forms()` lists something."""
    if not loaded.pages:
        return []
    docs = loaded.docs_dir
    found: list[DataProblem] = []
    named = set()
    for doc, path, value in loaded.each("pages"):
        named.add(value)
        page = docs / value
        if not page.is_file():
            message = (
                f"there is no page {docs.name}/{value}. Name a page in {docs.name}/, for example sen-support-plans.md."
            )
        elif RELATED_FORMS_CALL not in page.read_text(encoding="utf-8"):
            message = (
                f"{docs.name}/{value} does not list its checklists and templates: "
                f"add {{{{ {RELATED_FORMS_CALL}) }}}} to it."
            )
        else:
            continue
        found.append(doc.problem(path, message))
    if not all(name in loaded.documents for name in ("checklists", "templates")):
        return found  # a file that failed its schema names no pages yet; its own errors say why
    for page in loaded.pages:
        relative = page.relative_to(docs).as_posix()
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            if RELATED_FORMS_CALL in line and relative not in named:
                found.append(
                    DataProblem(
                        loaded.page_name(page),
                        number,
                        "",
                        "related_forms() lists nothing here: add this page to the `pages` of its checklists "
                        "(data/checklists.yml) and templates (data/templates.yml), or remove the call.",
                    )
                )
    return found


def link_problems(loaded: Loaded) -> list[DataProblem]:
    """Every page a record links to (a journey's next steps, search words) exists in docs/."""
    if not loaded.pages:
        return []
    docs = loaded.docs_dir
    return [
        doc.problem(path, f"there is no page {docs.name}/{value}. Name a page in {docs.name}/, for example appeals.md.")
        for doc, path, value in loaded.each("page_links")
        if not (docs / value).is_file()
    ]
