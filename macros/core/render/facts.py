"""How pages show statutory facts and the grounds for missing a time limit, each with its basis."""

from __future__ import annotations

import re

from .basis import basis_label, fact_basis
from .html import tag

_HAS_ABBREVIATION = re.compile(r"\b[A-Za-z]*[A-Z][a-z]*[A-Z]")


def fact_item(data, links, fact):
    """A list item: the fact's title in bold, what the law says, its basis ("Set in law: ..."), and what is not checked."""
    return tag(
        "li",
        tag("strong", fact.title),
        ": ",
        fact.statement,
        " ",
        fact_basis(data, links, fact),
        not_confirmed_note(fact),
        data_fact=fact.id,
    )


def not_confirmed_note(record):
    """What could not be checked against the official text, said on the page beside the record (never hidden)."""
    if not record.get("not_confirmed"):
        return None
    return [
        " ",
        tag(
            "span",
            tag("strong", "Not confirmed:"),
            " ",
            record.not_confirmed,
            class_="not-confirmed",
            data_not_confirmed="",
        ),
    ]


def paragraphs_listing(data, ground_id: str) -> list:
    """The regulation paragraphs that list a ground, with those that apply them (13(3) applies 10(4))."""
    paragraphs = data["statutory"].paragraphs or ()
    direct = [p for p in paragraphs if ground_id in (p.grounds or ())]
    applying = [p for p in paragraphs if p.applies in {d.id for d in direct}]
    return direct + applying


def ground_reference(data, ground_id: str) -> str:
    """`regulations 5(4), 10(4) and 13(3)`: every paragraph that allows this ground."""
    numbers = [p.reference.removeprefix("regulation ") for p in paragraphs_listing(data, ground_id)]
    if len(numbers) == 1:
        return f"regulation {numbers[0]}"
    return "regulations " + ", ".join(numbers[:-1]) + " and " + numbers[-1]


def limit_reference(data, fact) -> str:
    """`regulation 13(3), applying regulation 10(4)`: where a time limit's exceptions come from."""
    paragraphs = data["statutory"].paragraphs
    chain = [paragraphs[fact.exceptions_from]]
    while chain[-1].applies and paragraphs.get(chain[-1].applies) not in chain:
        chain.append(paragraphs[chain[-1].applies])
    return ", applying ".join(p.reference for p in chain)


def exception_item(data, links, exception, with_id: bool = False, reference: str | None = None):
    """A list item for one ground on which a time limit need not be met, with its basis (`with_id`: its anchor).

    `reference` cites the one paragraph that allows it for a given limit; without it, every paragraph that lists it.
    """
    paragraphs = paragraphs_listing(data, exception.id)
    source = paragraphs[0].source if paragraphs else None
    return tag(
        "li",
        exception.text,
        " ",
        basis_label(
            data,
            links,
            "law",
            source,
            reference or ground_reference(data, exception.id),
            anchor=f"exception-{exception.id}",
        ),
        data_ground=exception.id,
        id=f"exception-{exception.id}" if with_id else None,
    )


def document_titles(data) -> list[str]:
    """Names as the data writes them, which pages never rewrite (see first_use): documents, and a glossary
    name with an abbreviation inside where the text spells it out ("National Professional Qualification for SENCOs (NPQ)")."""
    names = [name for source in data.sources for name in (source.title, source.short) if name]
    names += [notice.document for notice in data["statutory"].notices or ()]
    return names + [
        f"{term.term} ({term.abbreviation})"
        for term in data.glossary
        if term.abbreviation and _HAS_ABBREVIATION.search(term.term)
    ]


def source_note(data, links, fact):
    """The fact's basis label, under the name the stage pages use (one label everywhere)."""
    return fact_basis(data, links, fact)
