"""mkdocs-macros adapter: exposes each component as a macro. Thin on purpose."""

from __future__ import annotations

from functools import wraps

from .build import build_for
from .components import COMPONENTS
from .core import Links
from .page_assets import note_component


def define_env(env) -> None:
    """Validate the data (once per build, see `macros.build`), then register one macro per component."""
    data = build_for(env.conf).data
    env.variables["site_data"] = data

    def bind(name, render):
        @wraps(render)
        def macro(*args, **kwargs):
            links = Links(env.page.url if env.page else "", env.conf.get("use_directory_urls", True))
            note_component(env.page, name)  # the page then loads the component's CSS and JS (macros/page_assets.py)
            return render(data, links, *args, **kwargs)

        return macro

    for name, render in COMPONENTS.items():
        env.macro(bind(name, render), name)
