"""Where a statement comes from, shown the same way on every page: the one basis label.

"Set in law: SEND Regulations 2014, regulation 13(2)", "Statutory guidance: SEND Code
of Practice 2015, paragraph 6.48", "Research evidence: EEF, Special Educational Needs in
Mainstream Schools (2020), Recommendation 3" or "Local practice: how one council runs this
step", so a teacher sees what is a must, a should, a research finding or a local habit.
Every kind that cites a document links to its entry on the Sources page.
The document's name is a `<cite>`: never rewritten by the first-use expansion.
"""

from __future__ import annotations

from .html import join, tag

LABELS = {
    "law": "Set in law",
    "statutory-guidance": "Statutory guidance",
    "government-guidance": "Government guidance",
    "evidence": "Research evidence",
    "exam-board-rules": "Exam board rules",
    "practice": "Usual practice",
    "local-practice": "Local practice",
}
# Kinds that cite no source: they say where the practice comes from instead.
PRACTICE_KINDS = ("practice", "local-practice")
# Kinds that cite a document which is not law: research, government advice, exam board rules.
# Their label links to the document's entry on the Sources page (the law's list holds only law and the Code).
DOCUMENT_KINDS = ("government-guidance", "evidence", "exam-board-rules")
# Components that show a basis label name this folder in their ASSETS.
ASSET = "basis-label"


def cited(data, source_id: str | None, reference: str | None = None):
    """`<cite>SEND Regulations 2014</cite>, regulation 5(1)`: the source's short name as written, then the pinpoint."""
    source = data.sources.get(source_id) if source_id else None
    name = tag("cite", source.short or source.title) if source else None
    parts = [part for part in (name, reference) if part]
    return join(*[join(", " if i else "", part) for i, part in enumerate(parts)])


def basis_label(
    data,
    links,
    kind: str,
    source: str | None = None,
    reference: str | None = None,
    practice_from: str | None = None,
    anchor: str | None = None,
):
    """The label: its kind in words, then the citation (linked to the Sources page) or where the practice comes from."""
    if kind in PRACTICE_KINDS:
        detail = (practice_from or "").rstrip(".")
    else:
        href = links.to("sources", anchor or (f"source-{source}" if source else "law"))
        detail = tag("a", cited(data, source, reference), href=href)
    return tag(
        "span",
        tag("strong", f"{LABELS[kind]}:", class_="basis__kind"),
        " ",
        detail,
        ".",
        class_=f"basis basis--{kind}",
        data_basis=kind,
    )


# The basis each kind of source gives a statement that cites it.
BASIS_OF_SOURCE_KIND = {
    "legislation": "law",
    "case-law": "law",
    "statutory-guidance": "statutory-guidance",
    "government-guidance": "government-guidance",
    "research": "evidence",
    "exam-board-rules": "exam-board-rules",
}


def basis_kind_of(source) -> str:
    """The basis a source gives: the Code is statutory guidance, an EEF report research evidence, an Act law."""
    return BASIS_OF_SOURCE_KIND.get(source.kind, "law")


def source_basis(data, links, source_id: str, reference: str | None = None):
    """The label for a citation alone, of the kind the source's own kind gives."""
    return basis_label(data, links, basis_kind_of(data.sources[source_id]), source_id, reference)


def record_basis(data, links, basis, anchor: str | None = None):
    """The label for a `basis` object in the data ({kind, source, reference} or {kind, from}).

    `anchor`: the Sources page row of the statement the label stands over (else the source's entry).
    """
    return basis_label(data, links, basis.kind, basis.source, basis.reference, basis.get("from"), anchor=anchor)


def fact_basis(data, links, fact):
    """The label for a statutory fact, linking to the fact itself on the Sources page."""
    return basis_label(data, links, fact.basis, fact.source, fact.reference, anchor=f"fact-{fact.id}")
