"""How a page shows a statutory fact's source: the citation, linked to the Sources page entry."""

from __future__ import annotations

from .html import tag
from .text import citation


def source_note(data, links, fact):
    """`Source: SEND Regulations 2014, regulation 5(1).` linking to the fact on the Sources page."""
    return tag("span", "Source: ",
               tag("a", citation(data, fact.source, fact.reference), href=links.to("sources", f"fact-{fact.id}")),
               ".", class_="source")


def fact_item(data, links, fact):
    """A list item: the fact's title in bold, what the law says, then its source."""
    return tag("li", tag("strong", fact.title), ": ", fact.statement, " ", source_note(data, links, fact))


def exception_item(data, exception):
    """A list item for one legal exception to the time limits, with its source."""
    return tag("li", exception.text, " ",
               tag("span", "Source: ", citation(data, exception.source, exception.reference), ".", class_="source"),
               id=f"exception-{exception.id}")
