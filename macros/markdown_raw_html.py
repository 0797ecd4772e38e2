"""Markdown extension (adapter layer): component HTML goes through Markdown untouched, not parsed again.

Components write finished, escaped HTML between the Markdown of a page. Left
to itself, Python-Markdown runs every such block through two HTML parsers
(MkDocs' reader of ids, then md_in_html's block finder) only to store it
unchanged: two thirds of a build's Markdown time. `macros.core.render.html.block`
marks where each component block starts and ends; this extension stores the
marked HTML in Markdown's own raw-HTML stash before either parser runs, so the
output is the same and only the parsing is saved. It keeps no state between
pages. MkDocs still needs the ids in that HTML to check links to them:
`element_ids` reads them from the finished page (macros/mkdocs_hooks.py).

Use it as `markdown_extensions: [macros.markdown_raw_html]`. Without it the marks
are plain HTML comments and Markdown parses the blocks as before.
"""

from __future__ import annotations

import html
import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

from macros.core.render.html import RAW_HTML_END as END, RAW_HTML_START as START


class StashComponentHtml(Preprocessor):
    """Swap each marked block for a raw-HTML placeholder in a paragraph of its own."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if START not in text:
            return lines
        out, position = [], 0
        while (start := text.find(START, position)) != -1:
            end = text.find(END, start)
            if end == -1:  # an unclosed mark: leave the rest to Markdown
                break
            out.append(text[position:start])
            placeholder = self.md.htmlStash.store(text[start + len(START) : end])
            out.append(f"\n\n{placeholder}\n\n")
            position = end + len(END)
        out.append(text[position:])
        return "".join(out).split("\n")


class ComponentHtmlExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # After whitespace is normalised (30), before MkDocs' id reader (21) and the HTML block parser (20).
        md.preprocessors.register(StashComponentHtml(md), "component_html", 25)


# Every id attribute as `tag()` and Markdown write them: a space, `id=`, a double-quoted value.
_ID = re.compile(r'\sid="([^"]*)"')


def element_ids(page_html: str) -> set[str]:
    """The ids of every element in a page's HTML, for checking links to #anchors."""
    return {html.unescape(value) for value in _ID.findall(page_html)}


def makeExtension(**kwargs) -> ComponentHtmlExtension:
    return ComponentHtmlExtension(**kwargs)
