"""A council's brand colour must be readable under the white header text (WCAG AA)."""

from __future__ import annotations

from ..colour import HEX_COLOUR, WCAG_AA_TEXT, WHITE, contrast_ratio
from ..errors import DataProblem
from ..loaded import Loaded

BRAND_COLOUR_PATH = ("site", "brand_colour")


def problems(loaded: Loaded) -> list[DataProblem]:
    site_doc = loaded.documents.get("site")
    if site_doc is None:
        return []
    colour = (site_doc.data.get("site") or {}).get("brand_colour")
    if not isinstance(colour, str) or not HEX_COLOUR.match(colour):
        return []  # absent, or already reported by the schema
    ratio = contrast_ratio(colour, WHITE)
    if ratio >= WCAG_AA_TEXT:
        return []
    return [
        site_doc.problem(
            BRAND_COLOUR_PATH,
            f"brand colour {colour} has a contrast of {ratio:.2f}:1 with the white header text; "
            f"WCAG AA needs at least {WCAG_AA_TEXT}:1. Choose a darker shade.",
        )
    ]
