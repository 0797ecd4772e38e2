"""Pure core: load and validate data, and the helpers renderers share. No MkDocs imports."""

from .errors import DataError, DataProblem
from .links import Links
from .model import Collection, Record, SiteData, load_site_data

__all__ = ["Collection", "DataError", "DataProblem", "Links", "Record", "SiteData", "load_site_data"]
