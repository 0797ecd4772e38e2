"""Tiny HTML builder: every text value is escaped unless it is already Markup.

Data comes from council editors; a script tag typed into an agency name must show as text.
A component's output may also hold Markdown headings (`markdown_heading`) between
its raw HTML blocks, so the page's table of contents lists them.
"""

from __future__ import annotations

import functools
import re

from markupsafe import Markup, escape


# Marks around a component's HTML: the adapter's Markdown extension (macros/markdown_raw_html.py)
# stores what is between them as it is. Without the extension they are plain HTML comments.
RAW_HTML_START = "<!--component-html-->"
RAW_HTML_END = "<!--/component-html-->"


def marked(html: str) -> str:
    """HTML a component wrote, marked for the Markdown extension; the marks never reach the page."""
    return f"{RAW_HTML_START}{html}{RAW_HTML_END}"


VOID = {"br", "hr", "img", "input", "meta", "link", "col", "source", "wbr"}


@functools.cache  # class_ -> class, aria_label -> aria-label: asked thousands of times per build
def _attr_name(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def attributes(attrs: dict) -> str:
    parts = []
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        if value is True:
            parts.append(f" {_attr_name(name)}")
        else:
            parts.append(f' {_attr_name(name)}="{escape(value if type(value) is str else str(value))}"')
    return "".join(parts)


def _escaped(children, into: list, inside: str | None = None) -> list:
    """Every child as escaped HTML (Markup as it is), nested lists flattened, None and False left out.

    One pass with no generator: a page build calls this for each of its thousands of elements.
    """
    for child in children:
        if child is None or child is False:
            continue
        if isinstance(child, Markup):
            if inside is not None and isinstance(child, MarkdownBlock):
                raise TypeError(f"a Markdown heading cannot go inside <{inside}>: put it between blocks")
            into.append(child)
        elif isinstance(child, (list, tuple)):
            _escaped(child, into, inside)
        else:
            into.append(escape(child))
    return into


class MarkdownBlock(Markup):
    """Markdown (not HTML) that `block` puts between raw HTML blocks; it cannot go inside an element."""


# Characters Python-Markdown (with the tables extension) reads as formatting unless backslash-escaped.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!|])")
_ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def markdown_text(text) -> str:
    """Data text that Markdown shows exactly as written: no emphasis, links, HTML or entities from `*`, `[`, `<`, `&`."""
    text = " ".join(str(text).split())  # a line break would end the heading
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
    if name in VOID:
        return Markup(f"<{name}{attributes(attrs)}>")
    inner = "".join(_escaped(children, [], inside=name))
    return Markup(f"<{name}{attributes(attrs)}>{inner}</{name}>")


def join(*parts) -> Markup:
    """Concatenate fragments (escaping plain strings) into one Markup."""
    return Markup("".join(_escaped(parts, [])))


def block(*parts) -> Markup:
    """Raw HTML blocks for Markdown: blank lines around, marked so Markdown stores them unparsed (`marked`).

    A `MarkdownBlock` among the parts ends the HTML block before it and stays Markdown.
    """
    out, html = [], []
    for part in _escaped(parts, []):
        if isinstance(part, MarkdownBlock):
            if html:
                out.append("\n\n" + marked("".join(html)) + "\n\n")
                html = []
            out.append(str(part))
        else:
            html.append(part)
    if html or not out:
        out.append("\n\n" + marked("".join(html)) + "\n\n")
    return Markup("".join(out))


_LINK_ONLY_ITEM = re.compile(r'<(li|dd|p)(?: class="([^"]*)")?>(\s*<a\b[^>]*>(?:(?!</a>).)*</a>[.,;]?\s*)</\1>', re.S)


def mark_link_only_items(html: str) -> str:
    """`<li><a ...>...</a></li>` -> `<li class="send-link-only">...`: a list item (or paragraph) that is one link
    and nothing else (a full stop after it allowed).

    Such a link stands alone, so on screen it is a 44 px touch target (send-guide.css); a link with words
    around it is part of a sentence and stays text. CSS cannot tell the two apart, so the build marks them.
    """

    def marked_item(match) -> str:
        name, classes, inner = match.groups()
        return f'<{name} class="{(classes + " ") if classes else ""}send-link-only">{inner}</{name}>'

    return _LINK_ONLY_ITEM.sub(marked_item, html)


def data_table(caption, headers, rows, **attrs) -> Markup:
    """A table with a caption and a row of column headers over its rows: what screen readers need to read it."""
    return tag(
        "table",
        tag("caption", caption),
        tag("thead", tag("tr", [tag("th", header, scope="col") for header in headers])),
        tag("tbody", rows),
        **attrs,
    )
