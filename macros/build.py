"""One build's state, held by the adapter: the config it runs with and the data validated for it.

Both adapters (mkdocs-macros' `define_env` in `macros.plugin` and the MkDocs hooks in
`macros/mkdocs_hooks.py`) ask `build_for(config)`. The first to ask validates the data;
later events of the same build get the same object. A new build, including each
`make serve` rebuild, comes with a new config object and so validates afresh:
nothing made by one build (or by older code) is reused by the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jinja2

from .core import DataError, SiteData
from .project import site_data_for


@dataclass(frozen=True)
class Build:
    config: Any  # the MkDocs config of this build (compared by identity)
    data: SiteData  # validated once, for every page and output of this build


_current: Build | None = None


class CompiledTemplates(jinja2.BytecodeCache):
    """Material's templates compiled once per process, not again in every `make serve` rebuild.

    Jinja's documented extension point: Jinja stores each template's compiled code with
    a checksum of its source and recompiles when the source changes. Kept in memory
    only, so nothing outlives the process (a one-off build compiles as before).
    """

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


# One per process. MkDocs 1.6.1 loads the hooks file once per process too (its loader is cached), but
# keeping the cache here, beside the build state, does not depend on that.
THEME_TEMPLATES = CompiledTemplates()


def build_error(message: str):
    """A build error MkDocs prints as it is (file:line lines), with no traceback."""
    from mkdocs.exceptions import PluginError  # only the adapter knows MkDocs

    return PluginError(message)


def build_for(config) -> Build:
    """This build's state; validating the data the first time a build asks."""
    global _current
    if _current is None or _current.config is not config:
        try:
            _current = Build(config, site_data_for(config))
        except DataError as error:
            raise build_error(error.report()) from None
    return _current
