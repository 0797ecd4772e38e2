"""SEND guide: a pure core (`macros.core`, `macros.components`) behind thin MkDocs adapters.

mkdocs-macros imports this package and calls `define_env` (and `on_pre_page_macros`
before each page, `on_post_build` at the end); nothing else here
knows about MkDocs, so the site can move off Material without touching the core.
"""

from . import lazy_imports  # noqa: F401  (first: see its docstring)
from .plugin import define_env, on_post_build, on_pre_page_macros

__all__ = ["define_env", "on_post_build", "on_pre_page_macros"]
