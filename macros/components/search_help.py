"""Search in people's own words: the words each page is found by, and help when a search finds nothing.

The words (data/search.yml) go into Material's search index as the page's `tags`
field (`words_for_page`, set by the hooks adapter): indexed and ranked, never
written on the page, so a screen reader reads nothing twice. The help box is on
every page, hidden; search-help.js shows it inside the search box when a search
finds nothing, with the glossary and the main routes.
"""

from __future__ import annotations

from ..core.render.html import block, tag


def words_for_page(data, src_uri: str) -> list[str]:
    """The words people use for the page at docs path `src_uri` (`appeals.md`); none for other pages."""
    return [word for entry in data["search"].pages if entry.page == src_uri for word in entry.words]


def help_box(data, links):
    """The hidden help, with links relative to the page it is on (so sub-paths and offline work)."""
    help_ = data["search"].no_results
    return tag(
        "div",
        tag("p", help_.text),
        tag(
            "ul", [tag("li", tag("a", link.text, href=links.to(link.page.removesuffix(".md")))) for link in help_.links]
        ),
        class_="send-search-help",
        id="send-search-help",
        hidden=True,
    )


def render(data, links):
    return block(help_box(data, links))
