"""A heading followed by its content, or nothing at all when the data has no content for it."""

from __future__ import annotations

from .html import markdown_heading, tag


def titled(heading: str, title: str, anchor: str, *content, markdown: bool = False) -> list | None:
    """`[<h3 id=anchor>title</h3>, *content]`; None when every part of content is empty.

    An absent optional field then shows nothing, rather than a heading over nothing or "None".
    With `markdown=True` the heading is a Markdown heading (`### title {#anchor}`), for a
    section at the top level of a component's `block`, so the table of contents lists it.
    """
    content = [part for part in content if part is not None and part != ""]
    if not content:
        return None
    if markdown:
        return [markdown_heading(int(heading.lstrip("h")), title, anchor), *content]
    return [tag(heading, title, id=anchor), *content]
