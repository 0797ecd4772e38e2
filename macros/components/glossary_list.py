"""The glossary: an A to Z jump list, then one heading per letter and one heading per term.

Each term is its own heading (with the term's id as its anchor, which other pages
link to), so Material's search indexes every term as its own result pointing at
its own anchor, instead of the whole glossary as one huge result. The letter
headings are Markdown headings (the table of contents lists the 20-odd letters,
not 125 terms). A term's own name is never expanded at first use
(`data-no-first-use`): the definition follows it.
"""

from __future__ import annotations

from itertools import groupby

from ..core.render.html import block, markdown_heading, tag


def sort_key(term) -> str:
    return (term.abbreviation or term.term).lower()


def letter_of(term) -> str:
    first = sort_key(term)[:1].upper()
    return first if first.isalpha() else "#"


def letter_anchor(letter: str) -> str:
    return "letter-" + (letter.lower() if letter.isalpha() else "other")


def _entry(term):
    title = f"{term.abbreviation}: {term.term}" if term.abbreviation else term.term
    return tag(
        "div",
        tag("h3", title, id=term.id, data_no_first_use=True),
        tag("p", term.definition),
        tag("p", "Also called: ", ", ".join(term.aliases), ".", class_="glossary__aliases") if term.aliases else None,
        tag("p", term.note, class_="glossary__note") if term.note else None,
        class_="glossary__term",
    )


def render(data, links):
    terms = sorted(data.glossary, key=sort_key)
    groups = [(letter, list(members)) for letter, members in groupby(terms, key=letter_of)]
    jump_list = tag(
        "nav",
        tag(
            "ul",
            [tag("li", tag("a", letter, href=f"#{letter_anchor(letter)}")) for letter, _ in groups],
            class_="glossary-az__letters",
        ),
        aria_label="Glossary A to Z",
        class_="glossary-az",
    )
    parts = [jump_list]
    for letter, members in groups:
        parts.append(markdown_heading(2, letter, letter_anchor(letter)))
        parts.append(tag("div", [_entry(term) for term in members], class_="glossary"))
    return block(parts)
