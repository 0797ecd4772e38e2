"""Tiny HTML builder: every text value is escaped unless it is already Markup.

Data comes from council editors; `<script>` in an agency name must show as text.
"""

from __future__ import annotations

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


def tag(name: str, *children, **attrs) -> Markup:
    """`tag("a", "Roles", href="roles/")` -> <a href="roles/">Roles</a>, with text escaped."""
    inner = "".join(str(escape(child)) for child in _flatten(children))
    if name in VOID:
        return Markup(f"<{name}{attributes(attrs)}>")
    return Markup(f"<{name}{attributes(attrs)}>{inner}</{name}>")


def join(*parts) -> Markup:
    """Concatenate fragments (escaping plain strings) into one Markup."""
    return Markup("".join(str(escape(p)) for p in _flatten(parts)))


def block(*parts) -> Markup:
    """A raw HTML block for Markdown: blank lines around so Python-Markdown leaves it alone."""
    return Markup("\n\n" + "".join(str(escape(p)) for p in _flatten(parts)) + "\n\n")
