"""The checks across data files: one module per concern, run in the order of `CHECKS`.

Each file has already been read and checked against its schema (`dataset/validate.py`);
a file that failed that is absent from `loaded.documents`, and checks skip what they
cannot see (the file's own errors say why). A check is a function
`problems(loaded: Loaded) -> Iterable[DataProblem]` that reports every problem it
finds, each located with `doc.problem(path, message)`; it never raises and never
renders. To add one, write `checks/<concern>.py` with such a function and add it
to `CHECKS` below (see CONTRIBUTING.md, "Adding a data check").
"""

from __future__ import annotations

from . import (
    brand_colour,
    costing,
    ehcna_evidence,
    glossary,
    legal,
    letters,
    ordinarily_available,
    page_calls,
    pages,
    references,
    school_year,
    sequences,
    statutory_year,
    templates,
)

CHECKS = (
    references.problems,  # ids unique in their set, and every reference names a known id
    sequences.problems,  # stages and steps numbered in order; timelines add up
    glossary.problems,  # every abbreviation in the data and the pages is in the glossary
    school_year.problems,  # term dates, next_year_starts, review months
    legal.problems,  # grounds, bases and sources agree with the law's paragraphs
    ordinarily_available.problems,  # every area of need has provision; who to ask works with the area
    ehcna_evidence.problems,  # every Code 9.14 criterion is met by a checklist item and has an evidence index row
    pages.problems,  # pages named by checklists and templates exist and list them
    pages.link_problems,  # pages a record links to exist
    brand_colour.problems,  # a council's brand colour is readable on white
    templates.problems,  # no two fields of a template saved under one key
    letters.problems,  # a letter's {field} names one of its fields; each letter has its page
    page_calls.problems,  # the ids pages pass to components (journey_steps("appeals")...) exist
    costing.problems,  # the costed provision map's threshold, and the fields its sum reads
    statutory_year.problems,  # every SEN information report requirement is on a checklist and in the skeleton
)
