"""mkdocs-macros adapter: exposes each component as a macro. Thin on purpose."""

from __future__ import annotations

from functools import wraps

from .build import build_for
from .components import COMPONENT_ASSETS, COMPONENTS
from .core import Links


def define_env(env) -> None:
    """Validate the data (once per build, see `macros.build`), then register one macro per component."""
    data = build_for(env.conf).data
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
