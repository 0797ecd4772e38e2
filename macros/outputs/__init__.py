"""Files the build writes from the data, besides the pages.

Every module here may define `before_build(data, project_dir)` (inputs the pages
need) and/or `after_build(data, site_dir)`
(files added to the built site, such as downloads). Adding an output is adding
a module.
"""

from __future__ import annotations

import importlib
import pkgutil

BEFORE_BUILD = []
AFTER_BUILD = []
for _module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    _loaded = importlib.import_module(f"{__name__}.{_module.name}")
    if hasattr(_loaded, "before_build"):
        BEFORE_BUILD.append(_loaded.before_build)
    if hasattr(_loaded, "after_build"):
        AFTER_BUILD.append(_loaded.after_build)
