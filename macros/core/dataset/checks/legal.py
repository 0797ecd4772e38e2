"""Legal consistency of the data: what the schema and the id references cannot see.

- A time limit shows only grounds its own paragraph lists (regulation 13(3) applies
  regulation 10(4), so the 20 weeks has regulation 10(4)'s grounds and no other).
- Every exception ground is listed by some paragraph, so each can be cited.
- A record's basis matches the kind of the source it cites: "law" cites legislation or
  a court case, "statutory guidance" the Code, "research evidence" a research report,
  "government guidance" a department's advice, "exam board rules" JCQ; nothing cites a document of another
  country, and every law or guidance basis names a source that exists.
- Notices of proposed changes are dated sensibly.

Each problem is located (`data/statutory.yml:LINE: ...`). Pure: no MkDocs.
"""

from __future__ import annotations

from ..errors import DataProblem
from ..files import walk
from ..loaded import Loaded

# Which kinds of source each basis may cite.
SOURCE_KINDS_FOR_BASIS = {
    "law": ("legislation", "case-law"),
    "statutory-guidance": ("statutory-guidance",),
    "government-guidance": ("government-guidance",),
    "evidence": ("research",),
    "exam-board-rules": ("exam-board-rules",),
}
# Where other data files record a basis object ({kind, source, reference} or {kind, from}).
BASIS_PATHS = {
    "support_plans": (
        "support_plan.agree[*].basis",
        "support_plan.outcome_guide.definition.basis",
        "support_plan.outcome_guide.smart.basis",
    ),
    "journeys": ("journeys[*].steps[*].basis", "journeys[*].steps[*].main_points[*].basis"),
    "checklists": ("checklists[*].items[*].basis",),
    "ehcna": ("ehcna.steps[*].basis", "ehcna.steps[*].main_points[*].basis"),
    "funding": ("facts[*].basis",),
    "interventions": ("interventions[*].evidence[*]",),
    "ordinarily_available": ("areas[*].universal[*].basis", "areas[*].sen_support[*].basis"),
    "stages": ("cycle.phases[*].questions[*].basis", "cycle.phases[*].record[*].basis"),
    "examples": ("basis",),
    "statutory_year": (
        "information_report.requirements[*].basis",
        "access_arrangements.points[*].basis",
        "records.points[*].basis",
    ),
}


def paragraph_grounds(paragraphs: dict[str, dict], paragraph_id: str) -> tuple[list[str], list[str]]:
    """The grounds a paragraph allows, following `applies`, and the chain of paragraph ids read."""
    chain: list[str] = []
    current = paragraph_id
    while current in paragraphs and current not in chain:
        chain.append(current)
        record = paragraphs[current]
        if "grounds" in record:
            return list(record["grounds"]), chain
        current = record.get("applies")
    return [], chain


def problems(loaded: Loaded) -> list[DataProblem]:
    """Every legal-consistency problem in the loaded documents."""
    documents = loaded.documents
    statutory = documents.get("statutory")
    if statutory is None:
        return []
    problems: list[DataProblem] = []

    def problem(doc, path, message):
        problems.append(doc.problem(path, message))

    data = statutory.data
    sources = {s["id"]: s for s in data.get("sources", [])}
    paragraphs = {p["id"]: p for p in data.get("paragraphs", [])}

    for i, fact in enumerate(data.get("facts", [])):
        base = ("facts", i)
        _check_basis_source(problem, statutory, base, fact["basis"], fact.get("source"), sources)
        for j, extra in enumerate(fact.get("see_also", ())):
            kind = sources.get(extra["source"], {}).get("kind")
            if kind == "other-country":
                problem(
                    statutory,
                    (*base, "see_also", j, "source"),
                    f"'{extra['source']}' is the law of another country: this guide covers England only. "
                    "Cite an English source, or remove it.",
                )
        paragraph_id = fact.get("exceptions_from")
        if paragraph_id not in paragraphs:
            continue  # no exceptions, or an unknown id the reference check already reports
        allowed, chain = paragraph_grounds(paragraphs, paragraph_id)
        named = " (applying ".join(paragraphs[p]["reference"] for p in chain) + ")" * (len(chain) - 1)
        for j, ground in enumerate(fact.get("exceptions", ())):
            if ground not in allowed:
                problem(
                    statutory,
                    (*base, "exceptions", j),
                    f"'{ground}' is not a ground {named} lists for this time limit "
                    f"(it lists: {', '.join(allowed) or 'none'}). Remove it, or name the paragraph "
                    "that allows it in exceptions_from.",
                )

    for i, paragraph in enumerate(data.get("paragraphs", [])):
        kind = sources.get(paragraph["source"], {}).get("kind")
        if kind is not None and kind != "legislation":
            problem(
                statutory,
                ("paragraphs", i, "source"),
                f"'{paragraph['source']}' is {kind}, not legislation: paragraphs record what the law says.",
            )
        if "applies" in paragraph and not paragraph_grounds(paragraphs, paragraph["id"])[0]:
            problem(
                statutory,
                ("paragraphs", i, "applies"),
                f"'{paragraph['applies']}' gives no grounds (a loop, or a paragraph with none). "
                "Point it at a paragraph that lists grounds.",
            )

    listed = {g for p in data.get("paragraphs", []) for g in p.get("grounds", ())}
    for i, ground in enumerate(data.get("exceptions", [])):
        if ground["id"] not in listed and not ground.get("internal"):
            problem(
                statutory,
                ("exceptions", i, "id"),
                f"no paragraph lists the ground '{ground['id']}', so it has no legal basis. "
                "Add it to the grounds of the paragraph that allows it, or remove it.",
            )

    for i, notice in enumerate(data.get("notices", [])):
        if notice["check_by"] <= notice["published"]:
            problem(
                statutory, ("notices", i, "check_by"), "check_by must be after the date the document was published."
            )
        if notice["law_in_force_on"] < notice["published"]:
            problem(
                statutory,
                ("notices", i, "law_in_force_on"),
                "law_in_force_on must be on or after the date the document was published.",
            )

    for name, patterns in BASIS_PATHS.items():
        doc = documents.get(name)
        for pattern in patterns if doc else ():
            for path, basis in walk(doc.data, pattern):
                if isinstance(basis, dict) and basis.get("kind") in SOURCE_KINDS_FOR_BASIS:
                    _check_basis_source(
                        problem, doc, path, basis["kind"], basis.get("source"), sources, source_path=(*path, "source")
                    )
    return problems


def _check_basis_source(problem, doc, path, basis, source_id, sources, source_path=None) -> None:
    """A law or guidance basis cites a source of a matching kind."""
    where = source_path or (*path, "source")
    source = sources.get(source_id)
    if source is None:
        if source_id is None:
            problem(
                doc,
                path,
                f"a {basis} basis needs a source: add source (an id in statutory.yml sources) "
                "and reference (the paragraph).",
            )
        return  # an unknown id: the reference check names it
    kinds = SOURCE_KINDS_FOR_BASIS.get(basis, ())
    if source["kind"] not in kinds:
        problem(
            doc,
            where,
            f"'{source_id}' is {source['kind']}, which cannot be the basis of {'an' if basis[0] in 'aeiou' else 'a'} "
            f"{basis} statement "
            f"(it needs {' or '.join(kinds)}). Fix the basis or the source.",
        )
