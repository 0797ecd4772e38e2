"""The glossary, alphabetical, each term an anchor other pages link to.

A term's own name is never expanded at first use (`data-no-first-use`): the definition follows it.
"""

from __future__ import annotations

from ..core.html import block, tag


def render(data, links):
    terms = sorted(data.glossary, key=lambda t: (t.abbreviation or t.term).lower())
    entries = []
    for term in terms:
        title = f"{term.abbreviation}: {term.term}" if term.abbreviation else term.term
        entries.append(tag("div",
                           tag("dt", title, id=term.id, data_no_first_use=True),
                           tag("dd", term.definition,
                               tag("span", " Also called: ", ", ".join(term.aliases), ".", class_="glossary__aliases")
                               if term.aliases else None,
                               tag("br") if term.note else None,
                               tag("span", term.note, class_="glossary__note") if term.note else None)))
    return block(tag("dl", entries, class_="glossary"))
