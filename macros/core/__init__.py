"""Pure core: no MkDocs imports. Three floors over a shared bottom, each importing only from below:

    render/       HTML and wording helpers, basis labels, links, contacts      (imports dates, dataset, school_year)
    dates/        the deadline engine and the school year's key dates          (imports dataset, school_year)
    dataset/      read, overlay, validate (checks/), the read-only model       (imports school_year)
    school_year   day and month names, terms, review days                      (imports nothing of the core)

tests/core/test_core_imports.py pins the direction.
"""

from .dataset import Collection, DataError, DataProblem, Record, SiteData, load_site_data
from .render.links import Links

__all__ = ["Collection", "DataError", "DataProblem", "Links", "Record", "SiteData", "load_site_data"]
