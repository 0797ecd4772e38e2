"""Tiny HTML builder: every text value is escaped unless it is already Markup.

Data comes from council editors; a script tag typed into an agency name must show as text.
A component's output may also hold Markdown headings (`markdown_heading`) between
its raw HTML blocks, so the page's table of contents lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

VOID = {"br", "hr", "img", "input", "meta", "link", "col", "source", "wbr"}


def _attr_name(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def attributes(attrs: dict) -> str:
    parts = []
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        key = _attr_name(name)
        if value is True:
            parts.append(f" {key}")
        else:
            parts.append(f' {key}="{escape(str(value))}"')
    return "".join(parts)


def _flatten(children) -> Iterable:
    for child in children:
        if child is None or child is False:
            continue
        if isinstance(child, (list, tuple)) and not isinstance(child, Markup):
            yield from _flatten(child)
        else:
            yield child


class MarkdownBlock(Markup):
    """Markdown (not HTML) that `block` puts between raw HTML blocks; it cannot go inside an element."""


# Characters Python-Markdown (with the tables extension) reads as formatting unless backslash-escaped.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!|])")
_ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def markdown_text(text) -> str:
    """Data text that Markdown shows exactly as written: no emphasis, links, HTML or entities from `*`, `[`, `<`, `&`."""
    text = " ".join(str(text).split())                  # a line break would end the heading
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;").replace("<", "&lt;")


def markdown_heading(level: int, text, anchor: str) -> MarkdownBlock:
    """`## Stage 1: Cause for concern {#stage-cause-for-concern}`: a real heading, so the table of contents lists it.

    Headings inside raw HTML never reach Markdown's toc extension; use this for
    section-level headings and keep `tag("h3", ...)` for those inside cards, tabs or lists.
    """
    if not 1 <= level <= 6:
        raise ValueError(f"heading level {level} is not 1 to 6")
    if not _ANCHOR.fullmatch(anchor):
        raise ValueError(f"heading anchor {anchor!r} is not a plain id")
    return MarkdownBlock(f"\n\n{'#' * level} {markdown_text(text)} {{#{anchor}}}\n\n")


def tag(name: str, *children, **attrs) -> Markup:
    """`tag("a", "Roles", href="roles/")` -> <a href="roles/">Roles</a>, with text escaped."""
    children = list(_flatten(children))
    if any(isinstance(child, MarkdownBlock) for child in children):
        raise TypeError(f"a Markdown heading cannot go inside <{name}>: put it between blocks")
    inner = "".join(str(escape(child)) for child in children)
    if name in VOID:
        return Markup(f"<{name}{attributes(attrs)}>")
    return Markup(f"<{name}{attributes(attrs)}>{inner}</{name}>")


def join(*parts) -> Markup:
    """Concatenate fragments (escaping plain strings) into one Markup."""
    return Markup("".join(str(escape(p)) for p in _flatten(parts)))


def block(*parts) -> Markup:
    """Raw HTML blocks for Markdown: blank lines around so Python-Markdown leaves them alone.

    A `MarkdownBlock` among the parts ends the HTML block before it and stays Markdown.
    """
    out, html = [], []
    for part in _flatten(parts):
        if isinstance(part, MarkdownBlock):
            if html:
                out.append("\n\n" + "".join(html) + "\n\n")
                html = []
            out.append(str(part))
        else:
            html.append(str(escape(part)))
    if html or not out:
        out.append("\n\n" + "".join(html) + "\n\n")
    return Markup("".join(out))
