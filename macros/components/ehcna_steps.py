"""A section per EHC needs assessment step: the `journey_steps` of the `ehcna` journey."""

from __future__ import annotations

from . import journey_steps
from ..core.render.journeys import EHCNA

ASSETS = journey_steps.ASSETS


def render(data, links, details: bool = False):
    return journey_steps.render(data, links, EHCNA, details=details)
