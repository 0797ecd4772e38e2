"""Defer a library that a dependency imports but this guide never uses, until something uses it.

mkdocs-macros imports `requests` (with urllib3, ssl and charset detection) at start-up
only to look a missing "pluglet" up on PyPI. This guide has no pluglets, so that
code never runs, yet the import was a tenth of every build. `defer` puts a
stand-in module in `sys.modules`: `import requests` gets the stand-in, and the
first attribute anyone reads from it (`requests.get`) imports the real library
and hands that attribute over, so any real use still gets the whole library.

(`importlib.util.LazyLoader` cannot do this on Python 3.11: the import statement
itself reads the module's `__spec__`, which makes a lazy module load at once.)

The guide's Markdown extension (`macros.core.raw_html`) is imported while MkDocs
reads `markdown_extensions`, before it loads any plugin, so this runs in time.
Once mkdocs-macros has its stand-in, `release` takes it out of `sys.modules`:
from then on anyone else who imports the library gets it the ordinary way.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

UNUSED_AT_BUILD = ("requests",)


class _StandIn(types.ModuleType):
    """A module that imports the real one the first time an attribute it lacks is read."""

    def __getattr__(self, attribute: str):
        real = self.__dict__.get("_real_module")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]  # so that the import below runs the real module
            real = importlib.import_module(self.__name__)
            self.__dict__["_real_module"] = real
        return getattr(real, attribute)


class _ImportedOnTheWay:
    """Import finder for a submodule that loading the real library has just imported.

    `import requests.adapters` while the stand-in is registered: Python asks the
    stand-in for its `__path__`, which loads the real library, which imports
    `requests.adapters` itself; Python would then run that file a second time,
    making two copies of every class in it. This finder hands over the first copy.
    """

    @staticmethod
    def find_spec(name, path=None, target=None):
        module = sys.modules.get(name)
        if module is None or name.partition(".")[0] not in UNUSED_AT_BUILD:
            return None
        spec = importlib.util.spec_from_loader(name, _ImportedOnTheWay)
        spec.loader_state = module.__spec__   # given back to the module in exec_module
        return spec

    @staticmethod
    def create_module(spec):
        return sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        module.__spec__ = module.__spec__.loader_state


def defer(name: str) -> None:
    """Put a stand-in for `name` in sys.modules; nothing happens if it is loaded already or not installed."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    stand_in = _StandIn(name)
    stand_in.__spec__ = spec   # what the import statement reads; it does not load the module
    sys.modules[name] = stand_in
    if _ImportedOnTheWay not in sys.meta_path:
        sys.meta_path.insert(0, _ImportedOnTheWay)


def release(name: str) -> None:
    """Stop handing out the stand-in; those who hold it still get the real library through it."""
    if isinstance(sys.modules.get(name), _StandIn):
        del sys.modules[name]


for _name in UNUSED_AT_BUILD:
    defer(_name)
