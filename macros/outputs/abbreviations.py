"""Tooltips for every glossary abbreviation, on every page, generated from the glossary.

Python-Markdown's `abbr` extension (which Material styles as tooltips) takes the
whole glossary as its `glossary` option, set from data at the start of each
build (macros/mkdocs_hooks.py). Nothing is hand-maintained, and no per-page
snippet of 150 definitions has to be parsed 25 times.
"""

from __future__ import annotations


def abbreviation_glossary(data) -> dict[str, str]:
    """{"EHCP": "Education, Health and Care plan", ...} for every abbreviation and alias."""
    glossary = {}
    for term in data.glossary:
        for abbr in filter(None, (term.abbreviation, *(term.aliases or ()))):
            if abbr.replace(" ", "") == abbr:  # the abbr extension matches single words only
                glossary[abbr] = term.term
    return glossary
