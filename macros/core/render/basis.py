"""Where a statement comes from, shown the same way on every page: the one basis label.

"Set in law: SEND Regulations 2014, regulation 13(2)", "Statutory guidance: SEND Code
of Practice 2015, paragraph 6.48" or "Local practice: how one council runs this step".
Law and guidance link to the Sources page, where every legal statement is listed.
The document's name is a `<cite>`: never rewritten by the first-use expansion.
"""

from __future__ import annotations

from .html import join, tag

LABELS = {
    "law": "Set in law",
    "statutory-guidance": "Statutory guidance",
    "local-practice": "Local practice",
}
# Components that show a basis label name this folder in their ASSETS.
ASSET = "basis-label"


def cited(data, source_id: str | None, reference: str | None = None):
    """`<cite>SEND Regulations 2014</cite>, regulation 5(1)`: the source's short name as written, then the pinpoint."""
    source = data.sources.get(source_id) if source_id else None
    name = tag("cite", source.short or source.title) if source else None
    parts = [part for part in (name, reference) if part]
    return join(*[join(", " if i else "", part) for i, part in enumerate(parts)])


def basis_label(data, links, kind: str, source: str | None = None, reference: str | None = None,
                practice_from: str | None = None, anchor: str | None = None):
    """The label: its kind in words, then the citation (linked to the Sources page) or where the practice comes from."""
    if kind == "local-practice":
        detail = (practice_from or "").rstrip(".")
    else:
        href = links.to("sources", anchor or (f"source-{source}" if source else "law"))
        detail = tag("a", cited(data, source, reference), href=href)
    return tag("span", tag("strong", f"{LABELS[kind]}:", class_="basis__kind"), " ", detail, ".",
               class_=f"basis basis--{kind}", data_basis=kind)


def source_basis(data, links, source_id: str, reference: str | None = None):
    """The label for a citation alone: law or statutory guidance, as the source's kind says."""
    kind = "statutory-guidance" if data.sources[source_id].kind == "statutory-guidance" else "law"
    return basis_label(data, links, kind, source_id, reference)


def record_basis(data, links, basis):
    """The label for a `basis` object in the data ({kind, source, reference} or {kind, from})."""
    return basis_label(data, links, basis.kind, basis.source, basis.reference, basis.get("from"))


def fact_basis(data, links, fact):
    """The label for a statutory fact, linking to the fact itself on the Sources page."""
    return basis_label(data, links, fact.basis, fact.source, fact.reference, anchor=f"fact-{fact.id}")
