"""The council's brand colour as a stylesheet (no inline style), linked only when the data sets one."""

from __future__ import annotations

from pathlib import Path

from macros.core.dataset.colour import BRAND_STYLESHEET, brand_stylesheet


def after_build(data, site_dir: Path) -> None:
    if not data.site.brand_colour:
        return
    target = Path(site_dir) / BRAND_STYLESHEET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(brand_stylesheet(data.site.brand_colour), encoding="utf-8")
