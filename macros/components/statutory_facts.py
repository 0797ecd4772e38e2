"""Each statutory fact with its legal source: the 'Sources and legal references' page."""

from __future__ import annotations

from ..core.facts import exception_item
from ..core.html import block, join, markdown_heading, tag
from ..core.text import citation


def fact_sources(data, fact):
    """The main citation, then any further sources (such as a court case) that change how it applies."""
    cites = [citation(data, fact.source, fact.reference)]
    cites += [citation(data, extra.source, extra.reference) for extra in fact.see_also or ()]
    return join(*[join(tag("br") if i else "", cite) for i, cite in enumerate(cites)])


def render(data, links, heading_level: int = 2):
    rows = [
        tag("tr",
            tag("th", fact.title, scope="row", id=f"fact-{fact.id}"),
            tag("td", fact.statement),
            tag("td", fact_sources(data, fact)))
        for fact in data.facts
    ]
    table = tag("table",
                tag("caption", "Statutory timescales and duties"),
                tag("thead", tag("tr", tag("th", "Fact", scope="col"), tag("th", "What the law says", scope="col"),
                                 tag("th", "Source", scope="col"))),
                tag("tbody", rows))
    exceptions = data["statutory"].exceptions or ()
    exception_list = tag("ul", [exception_item(data, e) for e in exceptions]) if exceptions else None
    sources = tag("ul", [
        tag("li", tag("a", source.title, href=source.url) if source.url else source.title, id=f"source-{source.id}")
        for source in data.sources
    ])
    return block(table,
                 markdown_heading(heading_level, "When the time limits can be longer", "exceptions") if exception_list else None,
                 exception_list,
                 markdown_heading(heading_level, "Legal sources", "legal-sources"), sources)
