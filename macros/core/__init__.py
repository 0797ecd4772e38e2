"""Pure core: no MkDocs imports. Three floors over a shared bottom of two modules, each importing only from below:

    render/       HTML and wording helpers, basis labels, links, contacts      (imports dates, dataset, the bottom)
    dates/        the deadline engine and the school year's key dates          (imports dataset, the bottom)
    dataset/      read, overlay, validate (checks/), the read-only model       (imports the bottom)
    school_year   day and month names, terms, review days                      (imports nothing of the core)
    costing       the provision map's whole-pence arithmetic                   (imports nothing of the core)

tests/core/test_core_imports.py pins the direction.
"""

from .dataset import Collection, DataError, DataProblem, Record, SiteData, load_site_data
from .render.links import Links

__all__ = ["Collection", "DataError", "DataProblem", "Links", "Record", "SiteData", "load_site_data"]
