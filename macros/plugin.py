"""mkdocs-macros adapter: exposes each component as a macro. Thin on purpose."""

from __future__ import annotations

from functools import wraps

from . import lazy_imports
from .component_memo import CACHE_FOLDER, ComponentMemo, call_key, memo_key
from .components import COMPONENT_ASSETS, COMPONENTS
from .core import DataError, Links
from .jinja_cache import compile_pages_through_cache
from .project import project_dir_for, site_data_for


_build: dict = {}  # this build's component memo, saved when the build ends


def _abort(error: DataError):
    from mkdocs.exceptions import PluginError  # only the adapter knows MkDocs

    return PluginError(error.report())


def define_env(env) -> None:
    """Validate the data once, then register one macro per component."""
    for name in lazy_imports.UNUSED_AT_BUILD:  # mkdocs-macros, imported by now, holds its stand-in
        lazy_imports.release(name)
    try:
        data = site_data_for(env.conf)
    except DataError as error:
        raise _abort(error) from None
    env.variables["site_data"] = data
    memo = ComponentMemo(project_dir_for(env.conf) / CACHE_FOLDER, memo_key(data))
    _build["memo"] = memo

    def bind(name, render):
        @wraps(render)
        def macro(*args, **kwargs):
            links = Links(env.page.url if env.page else "", env.conf.get("use_directory_urls", True))
            if env.page is not None:  # remember the page's front-end needs (see mkdocs_hooks.on_page_context)
                needed = env.page.meta.setdefault("component_assets", [])
                needed.extend(a for a in COMPONENT_ASSETS[name] if a not in needed)
            return memo.html(call_key(name, links, args, kwargs), lambda: render(data, links, *args, **kwargs))
        return macro

    for name, render in COMPONENTS.items():
        env.macro(bind(name, render), name)


def on_pre_page_macros(env) -> None:
    """Before each page: pages compile through the template cache (the Jinja environment exists by now)."""
    compile_pages_through_cache(env.env, project_dir_for(env.conf))


def on_post_build(env) -> None:
    """Keep the HTML of this build's new component calls for the next build."""
    memo = _build.pop("memo", None)
    if memo is not None:
        memo.save()
