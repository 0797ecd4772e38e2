"""Component HTML kept between builds in `.generated/component-html/`, reused while nothing changed.

Components are pure: the same data, page, options and code always give the same
HTML. Rendering them was two thirds of the time mkdocs-macros spends on pages, so
a build keeps every call's HTML under a key made from the data's input key (data,
schemas, pages, overlay, core code) and the bytes of every module in `macros/`.
Any change to either starts an empty memo; within one set of inputs a call is
found by its component, page, link style and options.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from .core import file_cache

CACHE_FOLDER = file_cache.GENERATED / "component-html"
_NAME = "component-html"
_PACKAGE = Path(__file__).resolve().parent


def memo_key(data) -> str:
    """What every component's HTML depends on besides the call itself."""
    code = file_cache.files_digest([_PACKAGE], (".py",))
    return f"{data.input_key}-{code}-{file_cache.library_version('MarkupSafe')}"


class ComponentMemo:
    """The HTML of each component call seen with these inputs; `save` keeps new calls for the next build."""

    def __init__(self, folder: Path | None, key: str):
        self.folder, self.key = folder, key
        stored = file_cache.read(_NAME, key, folder)
        self.html_by_call: dict[str, str] = json.loads(stored) if stored else {}
        self.changed = False

    def html(self, call: str, render: Callable[[], str]) -> Markup:
        if call not in self.html_by_call:
            self.html_by_call[call] = str(render())
            self.changed = True
        return Markup(self.html_by_call[call])

    def save(self) -> None:
        if self.changed:
            content = json.dumps(self.html_by_call, ensure_ascii=False, sort_keys=True).encode("utf-8")
            file_cache.store(_NAME, self.key, content, self.folder)
            self.changed = False


def call_key(component: str, links, args: tuple, kwargs: dict) -> str:
    """One component call: the component, the page it is on, the link style and its options."""
    return repr((component, links.current_url, links.directory_urls, args, sorted(kwargs.items())))
