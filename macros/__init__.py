"""SEND guide: a pure core (`macros.core`, `macros.components`) behind thin MkDocs adapters.

mkdocs-macros imports this package and calls `define_env`; nothing else here
knows about MkDocs, so the site can move off Material without touching the core.
"""

from .plugin import define_env

__all__ = ["define_env"]
