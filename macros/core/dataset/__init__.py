"""The data model: read the YAML, merge a council's overlay, validate, freeze into read-only records.

The lowest package of the core but one (only `macros/core/school_year.py` is below it):
it imports nothing from `dates/` or `render/`.
"""

from .errors import DataError, DataProblem
from .model import Collection, Record, SiteData, load_site_data

__all__ = ["Collection", "DataError", "DataProblem", "Record", "SiteData", "load_site_data"]
