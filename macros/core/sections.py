"""A heading followed by its content, or nothing at all when the data has no content for it."""

from __future__ import annotations

from .html import tag


def titled(heading: str, title: str, anchor: str, *content) -> list | None:
    """`[<h3 id=anchor>title</h3>, *content]`; None when every part of content is empty.

    An absent optional field then shows nothing, rather than a heading over nothing or "None".
    """
    content = [part for part in content if part is not None and part != ""]
    return [tag(heading, title, id=anchor), *content] if content else None
