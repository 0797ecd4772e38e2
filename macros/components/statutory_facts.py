"""Each statutory fact with its legal source: the 'Sources and legal references' page."""

from __future__ import annotations

from ..core.html import block, tag
from ..core.text import citation


def render(data, links):
    rows = [
        tag("tr",
            tag("th", fact.title, scope="row", id=f"fact-{fact.id}"),
            tag("td", fact.statement),
            tag("td", citation(data, fact.source, fact.reference)))
        for fact in data.facts
    ]
    table = tag("table",
                tag("caption", "Statutory timescales and duties"),
                tag("thead", tag("tr", tag("th", "Fact", scope="col"), tag("th", "What the law says", scope="col"),
                                 tag("th", "Source", scope="col"))),
                tag("tbody", rows))
    sources = tag("ul", [
        tag("li", tag("a", source.title, href=source.url) if source.url else source.title, id=f"source-{source.id}")
        for source in data.sources
    ])
    return block(table, tag("h2", "Legal sources", id="legal-sources"), sources)
