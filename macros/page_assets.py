"""Which of the project's own CSS and JS files a page loads: the one place that decides.

A page loads the folders in `EVERY_PAGE`, then those of each component it calls,
each folder once and in that order. A folder `overrides/assets/components/<name>/`
gives its `<name>.css` and `<name>.js`, when they exist. A component declares the
folders it needs in its module's `ASSETS`, dependencies first (for example
`("saved-locally", "checklist")`); `macros/components/__init__.py` collects them.
Site-wide stylesheets that belong to no component (send-guide.css, a council's
brand.css) are MkDocs' `extra_css` in mkdocs.yml.
"""

from __future__ import annotations

from pathlib import Path

from .components import COMPONENT_ASSETS

EVERY_PAGE = (
    "guide-pages",  # the page's address at the foot of every printed sheet
    "search-help",  # the help the search box shows when a search finds nothing (the header is on every page)
    "forget-everything",  # in every page's footer; it fetches the record model (records.js) when it is used
)
FOLDER = "assets/components"
_CALLED = "components_called"  # page.meta key: the components this page called, in order


def note_component(page, component: str) -> None:
    """Remember that `page` calls `component` (the mkdocs-macros adapter calls this for every macro call)."""
    if page is None:
        return
    called = page.meta.setdefault(_CALLED, [])
    if component not in called:
        called.append(component)


def folders_for(page) -> list[str]:
    """The asset folders `page` needs, in load order (None: a theme template such as 404.html)."""
    folders: list[str] = []
    for component in page.meta.get(_CALLED, ()) if page is not None else ():
        folders += COMPONENT_ASSETS[component]
    return list(dict.fromkeys([*EVERY_PAGE, *folders]))


def files_for(page, theme_dirs, kind: str) -> list[str]:
    """Site paths of the page's files of one kind ("css" or "js") that exist in the theme folders, in order."""
    found = []
    for name in folders_for(page):
        path = f"{FOLDER}/{name}/{name}.{kind}"
        if any((Path(folder) / path).is_file() for folder in theme_dirs):
            found.append(path)
    return found
