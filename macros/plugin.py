"""mkdocs-macros adapter: exposes each component as a macro. Thin on purpose."""

from __future__ import annotations

from functools import wraps

from .components import COMPONENT_ASSETS, COMPONENTS
from .core import DataError, Links
from .project import site_data_for


def _abort(error: DataError):
    from mkdocs.exceptions import PluginError  # only the adapter knows MkDocs

    return PluginError(error.report())


def define_env(env) -> None:
    """Validate the data once, then register one macro per component."""
    try:
        data = site_data_for(env.conf)
    except DataError as error:
        raise _abort(error) from None
    env.variables["site_data"] = data

    def bind(name, render):
        @wraps(render)
        def macro(*args, **kwargs):
            links = Links(env.page.url if env.page else "", env.conf.get("use_directory_urls", True))
            if env.page is not None:  # remember the page's front-end needs (see mkdocs_hooks.on_page_context)
                needed = env.page.meta.setdefault("component_assets", [])
                needed.extend(a for a in COMPONENT_ASSETS[name] if a not in needed)
            return render(data, links, *args, **kwargs)
        return macro

    for name, render in COMPONENTS.items():
        env.macro(bind(name, render), name)
