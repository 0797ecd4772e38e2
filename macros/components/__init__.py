"""One module per component, each with `render(data, links, **options)` returning HTML.

Every module in this package that defines `render` becomes a macro of the same
name, so a page writes `{{ stage_timeline() }}` and adding a component is adding
a module. A module's `ASSETS` names its folders in `overrides/assets/components/`;
their CSS and JS are linked only on the pages that use the component.
"""

from __future__ import annotations

import importlib
import pkgutil

COMPONENTS = {}
COMPONENT_ASSETS = {}  # component -> the front-end folders it needs, in load order (dependencies first)
for _module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    _loaded = importlib.import_module(f"{__name__}.{_module.name}")
    if hasattr(_loaded, "render"):
        COMPONENTS[_module.name] = _loaded.render
        COMPONENT_ASSETS[_module.name] = tuple(getattr(_loaded, "ASSETS", ()))
