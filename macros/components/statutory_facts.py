"""The Sources page: what this guide says the law is, what is only local practice, and the sources.

"What this guide says the law is" lists every legal statement the guide makes, from
the data, each with its basis, citation and a link to the official text, so a
lawyer can check the whole guide in one read. Local practice is listed apart. A
proposal (the white paper) is never a legal source: it is a dated notice. Documents
of another country are shown with their context, not as sources of this guide.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, LABELS, PRACTICE_KINDS, basis_kind_of, cited
from ..core.render.facts import ground_reference, not_confirmed_note, paragraphs_listing
from ..core.render.html import block, join, markdown_heading, tag
from ..core.render.journeys import all_journeys, point_anchor, point_groups
from ..core.render.text import REVIEW_RHYTHM, duration_text

ASSETS = (ASSET,)
LEGAL_KINDS = ("legislation", "case-law", "statutory-guidance", "explanatory-notes")
# Documents that are not law but that school pages cite: each kind's name in the list of other sources.
OTHER_SOURCE_KINDS = {
    "government-guidance": "government guidance: not statutory",
    "research": "research evidence",
    "exam-board-rules": "exam board rules",
}
# How the list of legal sources names each kind.
SOURCE_KIND_NAMES = {
    "legislation": "law",
    "case-law": "law: a court case",
    "statutory-guidance": "statutory guidance",
    "explanatory-notes": "the government's official notes on an Act: not law, but used to read it",
}


def linked_citation(data, source_id, reference):
    """The citation, linked to the official text where the data has its address."""
    source = data.sources.get(source_id)
    text = cited(data, source_id, reference)
    return tag("a", text, href=source.url) if source is not None and source.url else text


def fact_sources(data, fact):
    """The main citation, then any further sources (such as a court case) that change how it applies."""
    cites = [linked_citation(data, fact.source, fact.reference)]
    cites += [linked_citation(data, extra.source, extra.reference) for extra in fact.see_also or ()]
    return join(*[join(tag("br") if i else "", cite) for i, cite in enumerate(cites)])


def statement_row(row_id, title, statement, basis_kind, citations, note=None):
    return tag(
        "tr",
        tag("th", title, scope="row", id=row_id),
        tag("td", statement, note),
        tag(
            "td",
            tag("strong", LABELS[basis_kind], class_="legal-statements__basis"),
            tag("br"),
            citations,
            data_basis=basis_kind,
        ),
    )


def legal_statements(data, links):
    """Every statement of law or statutory guidance the guide makes, one row each."""
    rows = [
        statement_row(
            f"fact-{fact.id}",
            fact.title,
            fact.statement,
            fact.basis,
            fact_sources(data, fact),
            not_confirmed_note(fact),
        )
        for fact in data.facts
        if not fact.internal
    ]
    for ground in data["statutory"].exceptions:
        paragraphs = paragraphs_listing(data, ground.id)
        if paragraphs and not ground.internal:
            rows.append(
                statement_row(
                    f"exception-{ground.id}",
                    "A reason a time limit can be missed",
                    ground.text,
                    "law",
                    linked_citation(data, paragraphs[0].source, ground_reference(data, ground.id)),
                )
            )
    plan = data["support_plans"].support_plan
    for item in plan.agree or ():
        if item.basis and item.basis.kind in LEGAL_BASES:
            rows.append(
                statement_row(
                    f"plan-{item.id}",
                    "SEN support plan: what the school should agree",
                    item.text,
                    item.basis.kind,
                    linked_citation(data, item.basis.source, item.basis.reference),
                )
            )
    rows += journey_point_rows(data)
    for record in data["ordinarily_available"].areas:
        area = data.areas[record.area]
        for strategy in (*record.universal, *record.sen_support):
            if strategy.basis.kind in LEGAL_BASES:
                rows.append(
                    statement_row(
                        f"strategy-{strategy.id}",
                        f"What every teacher can do: {area.name}",
                        strategy.text,
                        strategy.basis.kind,
                        linked_citation(data, strategy.basis.source, strategy.basis.reference),
                    )
                )
    for checklist in data["checklists"].checklists:
        for item in checklist["items"]:
            if item.basis and item.basis.kind in LEGAL_BASES:
                rows.append(
                    statement_row(
                        f"checklist-item-{item.id}",
                        f"Checklist: {checklist.title}",
                        item.text,
                        item.basis.kind,
                        linked_citation(data, item.basis.source, item.basis.reference),
                    )
                )
    for requirement in data["statutory_year"].information_report.requirements:
        if requirement.basis.kind not in LEGAL_BASES:
            continue  # a council's own addition: listed under local practice
        rows.append(
            statement_row(
                f"report-{requirement.id}",
                "SEN information report: what it must include",
                requirement.text,
                requirement.basis.kind,
                linked_citation(data, requirement.basis.source, requirement.basis.reference),
                not_confirmed_note(requirement),
            )
        )
    for point in data["statutory_year"].records.points:
        if point.basis.kind in LEGAL_BASES:
            rows.append(
                statement_row(
                    f"records-{point.id}",
                    f"Records: {point.title}",
                    point.text,
                    point.basis.kind,
                    linked_citation(data, point.basis.source, point.basis.reference),
                    not_confirmed_note(point),
                )
            )
    for area in data.areas:
        if area.source:
            rows.append(
                statement_row(
                    f"area-{area.id}",
                    f"Area of need: {area.name}",
                    area.summary,
                    basis_kind_of(data.sources[area.source]),
                    linked_citation(data, area.source, area.reference),
                )
            )
    return tag(
        "table",
        tag("caption", "Every legal statement in this guide"),
        tag(
            "thead",
            tag(
                "tr",
                tag("th", "Statement", scope="col"),
                tag("th", "What the guide says", scope="col"),
                tag("th", "Basis and citation", scope="col"),
            ),
        ),
        tag("tbody", rows),
        class_="legal-statements",
    )


LEGAL_BASES = ("law", "statutory-guidance")


def journey_point_rows(data) -> list:
    """A row for each main point a journey step states as law or statutory guidance (its own basis or its step's)."""
    rows = []
    for journey in all_journeys(data):
        for step in journey.steps:
            for basis, points in point_groups(step):
                if basis.kind not in LEGAL_BASES:
                    continue
                rows += [
                    statement_row(
                        point_anchor(journey.id, step, number),
                        f"{journey_name(journey)}, step {step.number}: {step.title}",
                        text,
                        basis.kind,
                        linked_citation(data, basis.source, basis.reference),
                    )
                    for number, text in points
                ]
    return rows


def journey_name(journey) -> str:
    return "EHC needs assessment" if journey.record is None or not journey.record.get("title") else journey.record.title


def practice_item(where: str, basis, what: str | None = None):
    """One line of the practice list: where it is in the guide, what, and where the practice comes from."""
    kind = "Usual practice" if basis.kind == "practice" else "Local practice"
    return tag(
        "li",
        f"{where}: ",
        (what, " ") if what else None,
        f"{kind}: ",
        basis.get("from").rstrip("."),
        ".",
        data_basis=basis.kind,
    )


def journey_practice(data) -> list:
    """Every journey step, and every point, whose basis is practice rather than law."""
    items = []
    for journey in all_journeys(data):
        if journey.id == "ehcna":
            continue  # listed with its weeks below
        for step in journey.steps:
            where = f"{journey_name(journey)}, step {step.number} ({step.title})"
            if step.basis and step.basis.kind in PRACTICE_KINDS:
                items.append(practice_item(where, step.basis))
            for point in step.main_points or ():
                if not isinstance(point, str) and point.basis.kind in PRACTICE_KINDS:
                    items.append(practice_item(where, point.basis, point.text))
    return items


def paragraph_list(data):
    """Regulations as data: each paragraph that allows exceptions, with its own grounds."""
    statutory = data["statutory"]
    items = []
    for paragraph in statutory.paragraphs or ():
        if paragraph.grounds:
            grounds = tag("ul", [tag("li", statutory.exceptions[g].text) for g in paragraph.grounds])
            items.append(
                tag(
                    "li",
                    linked_citation(data, paragraph.source, paragraph.reference),
                    " lists these grounds:",
                    grounds,
                    id=f"paragraph-{paragraph.id}",
                )
            )
        else:
            applied = statutory.paragraphs[paragraph.applies]
            items.append(
                tag(
                    "li",
                    linked_citation(data, paragraph.source, paragraph.reference),
                    f" applies the grounds of {applied.reference}.",
                    id=f"paragraph-{paragraph.id}",
                )
            )
    return tag("ul", items, class_="legal-paragraphs")


def source_list(sources, kind_names: dict, **attributes):
    """A list of sources, each linked when it has an address, with its kind and an anchor pages link to."""
    return tag(
        "ul",
        [
            tag(
                "li",
                tag("a", tag("cite", s.title), href=s.url) if s.url else tag("cite", s.title),
                f" ({kind_names[s.kind]})",
                (" ", s.no_public_copy) if s.no_public_copy else None,
                id=f"source-{s.id}",
            )
            for s in sources
        ],
        **attributes,
    )


def local_practice(data):
    """What in the guide is local practice, not law: the steps, stage lengths and review rhythms."""
    items = [
        tag(
            "li",
            f"EHC needs assessment, step {step.number} (weeks {step.start_week} to {step.end_week}): ",
            step.basis.get("from"),
        )
        for step in data.guide.steps
        if step.basis and step.basis.kind == "local-practice"
    ]
    items += [
        tag(
            "li",
            f"Graduated response, stage {stage.number} ({stage.name}): ",
            duration_text(stage.duration).lower(),
            "; review: ",
            REVIEW_RHYTHM[stage.review.rhythm].lower(),
            ". These are one school's times, not law.",
        )
        for stage in data.stages
        if stage.duration.basis == "local-practice"
    ]
    for step in data.guide.steps:
        for point in step.main_points or ():
            if not isinstance(point, str) and point.basis.kind in PRACTICE_KINDS:
                items.append(practice_item(f"EHC needs assessment, step {step.number}", point.basis, point.text))
    items += journey_practice(data)
    plan = data["support_plans"].support_plan
    items += [
        tag("li", "SEN support plan: ", item.text, " ", item.basis.get("from"))
        for item in plan.agree or ()
        if item.basis and item.basis.kind == "local-practice"
    ]
    items += [
        practice_item(f"Checklist: {checklist.title}", item.basis, item.text)
        for checklist in data["checklists"].checklists
        for item in checklist["items"]
        if item.basis and item.basis.kind in PRACTICE_KINDS
    ]
    items += [
        practice_item(f"What every teacher can do: {data.areas[record.area].name}", strategy.basis, strategy.text)
        for record in data["ordinarily_available"].areas
        for strategy in (*record.universal, *record.sen_support)
        if strategy.basis.kind in PRACTICE_KINDS
    ]
    items += [
        practice_item(f"Intervention: {intervention.name}", basis)
        for intervention in data["interventions"].interventions
        for basis in intervention.evidence
        if basis.kind in PRACTICE_KINDS
    ]
    items += [
        practice_item(f"Funding: {fact.title}", fact.basis)
        for fact in data["funding"].facts
        if fact.basis.kind in PRACTICE_KINDS
    ]
    items += [
        practice_item("SEN information report", requirement.basis, requirement.text)
        for requirement in data["statutory_year"].information_report.requirements
        if requirement.basis.kind in PRACTICE_KINDS
    ]
    items += [
        practice_item(f"Records: {point.title}", point.basis, point.text)
        for point in data["statutory_year"].records.points
        if point.basis.kind in PRACTICE_KINDS
    ]
    duties = data.guide.school_when_asked
    items += [
        practice_item("When a parent asks for an assessment", item.basis, item.text)
        for item in (duties.local if duties else ())
    ]
    evidence = data.guide.evidence
    items += [
        practice_item("A council's own criteria for an assessment request", criterion.basis, criterion.text)
        for criterion in (evidence.local_criteria if evidence else ())
    ]
    items += [
        practice_item(f"Assess, plan, do, review: {phase.name}", point.basis, point.text)
        for phase in data["stages"].cycle.phases
        for point in (*(phase.questions or ()), *(phase.record or ()))
        if point.basis.kind in PRACTICE_KINDS
    ]
    outcome_guide = data["support_plans"].support_plan.outcome_guide
    if outcome_guide and outcome_guide.smart.basis.kind in PRACTICE_KINDS:
        items.append(practice_item("Writing outcomes", outcome_guide.smart.basis, "SMART outcomes"))
    examples = data["examples"]
    if examples.basis.kind in PRACTICE_KINDS:
        items.append(practice_item("Worked examples of assess, plan, do, review", examples.basis))
    calendar = data["review_calendar"]
    items.append(practice_item("The review calendar (October, February, July)", calendar.basis))
    items.append(practice_item("Link planning and the termly planning meetings", data["meetings"].basis))
    return tag("ul", items, class_="local-practice")


def corrections(data):
    shown = [c for c in data["statutory"].corrections if not c.internal]
    return tag(
        "dl",
        [
            tag(
                "div",
                tag("dt", correction.seed_says, id=f"correction-{correction.id}"),
                tag(
                    "dd",
                    "Now: ",
                    correction.current,
                    (" (", linked_citation(data, correction.source, correction.reference), ")")
                    if correction.source
                    else None,
                ),
            )
            for correction in shown
        ],
        class_="corrections",
    )


def render(data, links, heading_level: int = 2):
    sources = [s for s in data.sources if s.kind in LEGAL_KINDS and not s.internal]
    others = [s for s in data.sources if s.kind == "other-country" and not s.internal]
    documents = [s for s in data.sources if s.kind in OTHER_SOURCE_KINDS and not s.internal]
    return block(
        markdown_heading(heading_level, "What this guide says the law is", "law"),
        tag(
            "p",
            "Each row is a statement this guide makes about the law or statutory guidance, "
            "including the points in each step of a journey. The citation links to the official text, "
            "or says why there is no link.",
        ),
        legal_statements(data, links),
        markdown_heading(heading_level, "When the time limits can be longer", "exceptions"),
        tag(
            "p",
            "Each regulation that lets a time limit be missed lists its own reasons. "
            "A reason counts only if it makes the limit impractical to meet. "
            "The council must still act as soon as it can. No reason applies to the family's 15 days.",
        ),
        paragraph_list(data),
        markdown_heading(heading_level, "Local practice in this guide", "local-practice"),
        tag(
            "p",
            "None of these is law. Local practice is one council's or one school's way of working: "
            "yours may do things differently. Usual practice is how something usually works, "
            "from the tribunal or advice services.",
        ),
        local_practice(data),
        markdown_heading(heading_level, "Where older documents are out of date", "corrections"),
        corrections(data),
        markdown_heading(heading_level, "Legal sources", "legal-sources"),
        source_list(sources, SOURCE_KIND_NAMES),
        markdown_heading(heading_level, "Research, government guidance and exam rules", "other-sources")
        if documents
        else None,
        tag(
            "p",
            "None of these is law. Research evidence says what has worked in studies. "
            "Government guidance is advice schools should know. Exam board rules bind the school "
            "when it enters pupils for exams.",
        )
        if documents
        else None,
        source_list(documents, OTHER_SOURCE_KINDS, class_="other-sources") if documents else None,
        markdown_heading(heading_level, "Law of other countries", "other-countries") if others else None,
        tag(
            "ul",
            [
                tag(
                    "li",
                    tag("a", tag("cite", s.title), href=s.url) if s.url else tag("cite", s.title),
                    ": ",
                    s.context,
                    id=f"source-{s.id}",
                )
                for s in others
            ],
        )
        if others
        else None,
    )
