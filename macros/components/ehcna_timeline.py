"""The EHC needs assessment's 20 weeks to scale: the `journey_timeline` of the `ehcna` journey."""

from __future__ import annotations

from . import journey_timeline
from ..core.render.journeys import EHCNA

ASSETS = journey_timeline.ASSETS


def render(data, links):
    return journey_timeline.render(data, links, EHCNA)
