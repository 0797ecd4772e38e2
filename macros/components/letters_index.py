"""The list of letters, each linked to its page with one line on when to use it."""

from __future__ import annotations

from ..core.render.html import block, tag
from .letter import _sentence, letters, page_path


def render(data, links):
    return block(
        tag(
            "ul",
            [
                tag(
                    "li",
                    tag("a", _sentence(letter.title.removeprefix("Letter: ")), href=links.to(page_path(letter.id))),
                    tag("p", letter.summary, class_="letters-index__summary"),
                )
                for letter in letters(data)
            ],
            class_="letters-index",
        )
    )
