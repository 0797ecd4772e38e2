"""The Sources page: what this guide says the law is, what is only local practice, and the sources.

"What this guide says the law is" lists every legal statement the guide makes, from
the data, each with its basis, citation and a link to the official text, so a
lawyer can check the whole guide in one read. Local practice is listed apart. A
proposal (the white paper) is never a legal source: it is a dated notice. Documents
of another country are shown with their context, not as sources of this guide.
"""

from __future__ import annotations

from ..core.render.basis import ASSET, LABELS, cited
from ..core.render.facts import ground_reference, not_confirmed_note, paragraphs_listing
from ..core.render.html import block, join, markdown_heading, tag
from ..core.render.text import REVIEW_RHYTHM, duration_text

ASSETS = (ASSET,)
LEGAL_KINDS = ("legislation", "case-law", "statutory-guidance", "explanatory-notes")
# How the list of legal sources names each kind.
SOURCE_KIND_NAMES = {"legislation": "law", "case-law": "law: a court case", "statutory-guidance": "statutory guidance",
                     "explanatory-notes": "the government's official notes on an Act: not law, but used to read it"}


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


def basis_of(source) -> str:
    """The basis a source gives: the Code is statutory guidance, everything else legal is law."""
    return "statutory-guidance" if source.kind == "statutory-guidance" else "law"


def statement_row(row_id, title, statement, basis_kind, citations, note=None):
    return tag("tr",
               tag("th", title, scope="row", id=row_id),
               tag("td", statement, note),
               tag("td", tag("strong", LABELS[basis_kind], class_="legal-statements__basis"), tag("br"), citations,
                   data_basis=basis_kind))


def legal_statements(data, links):
    """Every statement of law or statutory guidance the guide makes, one row each."""
    rows = [statement_row(f"fact-{fact.id}", fact.title, fact.statement, fact.basis, fact_sources(data, fact),
                          not_confirmed_note(fact))
            for fact in data.facts if not fact.internal]
    for ground in data["statutory"].exceptions:
        paragraphs = paragraphs_listing(data, ground.id)
        if paragraphs and not ground.internal:
            rows.append(statement_row(f"exception-{ground.id}", "A reason a time limit can be missed", ground.text,
                                      "law", linked_citation(data, paragraphs[0].source,
                                                             ground_reference(data, ground.id))))
    plan = data["support_plans"].support_plan
    for item in plan.agree or ():
        if item.basis and item.basis.kind != "local-practice":
            rows.append(statement_row(f"plan-{item.id}", "SEN support plan: what the school should agree",
                                      item.text, item.basis.kind,
                                      linked_citation(data, item.basis.source, item.basis.reference)))
    for area in data.areas:
        if area.source:
            rows.append(statement_row(f"area-{area.id}", f"Area of need: {area.name}", area.summary,
                                      basis_of(data.sources[area.source]),
                                      linked_citation(data, area.source, area.reference)))
    return tag("table",
               tag("caption", "Every legal statement in this guide"),
               tag("thead", tag("tr", tag("th", "Statement", scope="col"), tag("th", "What the guide says", scope="col"),
                                tag("th", "Basis and citation", scope="col"))),
               tag("tbody", rows), class_="legal-statements")


def paragraph_list(data):
    """Regulations as data: each paragraph that allows exceptions, with its own grounds."""
    statutory = data["statutory"]
    items = []
    for paragraph in statutory.paragraphs or ():
        if paragraph.grounds:
            grounds = tag("ul", [tag("li", statutory.exceptions[g].text) for g in paragraph.grounds])
            items.append(tag("li", linked_citation(data, paragraph.source, paragraph.reference), " lists these grounds:",
                             grounds, id=f"paragraph-{paragraph.id}"))
        else:
            applied = statutory.paragraphs[paragraph.applies]
            items.append(tag("li", linked_citation(data, paragraph.source, paragraph.reference),
                             f" applies the grounds of {applied.reference}.", id=f"paragraph-{paragraph.id}"))
    return tag("ul", items, class_="legal-paragraphs")


def local_practice(data):
    """What in the guide is local practice, not law: the steps, stage lengths and review rhythms."""
    items = [tag("li", f"EHC needs assessment, step {step.number} (weeks {step.start_week} to {step.end_week}): ",
                 step.basis.get("from"))
             for step in data.guide.steps if step.basis and step.basis.kind == "local-practice"]
    items += [tag("li", f"Graduated response, stage {stage.number} ({stage.name}): ",
                  duration_text(stage.duration).lower(), "; review: ", REVIEW_RHYTHM[stage.review.rhythm].lower(),
                  ". These are one school's times, not law.")
              for stage in data.stages if stage.duration.basis == "local-practice"]
    plan = data["support_plans"].support_plan
    items += [tag("li", "SEN support plan: ", item.text, " ", item.basis.get("from"))
              for item in plan.agree or () if item.basis and item.basis.kind == "local-practice"]
    items.append(tag("li", "The review calendar (October, February, July) and the termly planning meetings: "
                           "one council's and one school's practice."))
    return tag("ul", items, class_="local-practice")


def corrections(data):
    shown = [c for c in data["statutory"].corrections if not c.internal]
    return tag("dl", [tag("div",
                          tag("dt", correction.seed_says, id=f"correction-{correction.id}"),
                          tag("dd", "Now: ", correction.current,
                              (" (", linked_citation(data, correction.source, correction.reference), ")")
                              if correction.source else None))
                      for correction in shown], class_="corrections")


def render(data, links, heading_level: int = 2):
    sources = [s for s in data.sources if s.kind in LEGAL_KINDS and not s.internal]
    others = [s for s in data.sources if s.kind == "other-country" and not s.internal]
    return block(
        markdown_heading(heading_level, "What this guide says the law is", "law"),
        tag("p", "Each row is a statement this guide makes about the law or statutory guidance. "
                 "The citation links to the official text."),
        legal_statements(data, links),
        markdown_heading(heading_level, "When the time limits can be longer", "exceptions"),
        tag("p", "Each regulation that lets a time limit be missed lists its own reasons. "
                 "A reason counts only if it makes the limit impractical to meet. "
                 "The council must still act as soon as it can. No reason applies to the family's 15 days."),
        paragraph_list(data),
        markdown_heading(heading_level, "Local practice in this guide", "local-practice"),
        tag("p", "These come from one council's or one school's way of working. They are not law. "
                 "Your council or school may do things differently."),
        local_practice(data),
        markdown_heading(heading_level, "Where older documents are out of date", "corrections"),
        corrections(data),
        markdown_heading(heading_level, "Legal sources", "legal-sources"),
        tag("ul", [tag("li", tag("a", tag("cite", s.title), href=s.url) if s.url else tag("cite", s.title),
                       f" ({SOURCE_KIND_NAMES[s.kind]})", (" ", s.no_public_copy) if s.no_public_copy else None,
                       id=f"source-{s.id}") for s in sources]),
        markdown_heading(heading_level, "Law of other countries", "other-countries") if others else None,
        tag("ul", [tag("li", tag("a", tag("cite", s.title), href=s.url) if s.url else tag("cite", s.title),
                       ": ", s.context, id=f"source-{s.id}") for s in others]) if others else None,
    )
