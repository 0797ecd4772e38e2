"""SEND guide: a pure core (`macros.core`, `macros.components`) behind thin MkDocs adapters.

mkdocs-macros imports this package and reads `define_env` (and `on_pre_page_macros`,
`on_post_build` if present) from it. They live in `macros.plugin`, which is imported
only when mkdocs-macros asks for them: `import macros.core` (as `make check` does)
loads no adapter, component, Jinja, Markdown or MkDocs module.
"""

_ADAPTER_FUNCTIONS = ("define_env",)


def __getattr__(name: str):
    if name in _ADAPTER_FUNCTIONS:
        from . import plugin

        return getattr(plugin, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
