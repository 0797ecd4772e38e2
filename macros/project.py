"""Where a build's data lives, worked out from the MkDocs config dict alone.

The base guide keeps its data in `data/` beside `mkdocs.yml`. A council's overlay
(`local/<la>/mkdocs.yml`, which INHERITs the base) sets `extra.data_dir` to the
base data and `extra.overlay_dir` to its own YAML; both are relative to the config
file that is being built, like every other path in MkDocs.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .core import SiteData, load_site_data
from .core.dataset.colour import BRAND_STYLESHEET
from .core.render.contacts import locate_value, placeholder_warnings, shown_path
from .core.render.council_warnings import council_warnings
from .core.render.text import date_text

BRAND_LOGO_DIR = "assets/brand"


def config_dir(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent


def data_dirs(config) -> tuple[Path, Path | None]:
    """(base data folder, the council's overlay folder or None)."""
    extra = config.get("extra") or {}
    here = config_dir(config)
    data_dir = (here / extra.get("data_dir", "data")).resolve()
    overlay = extra.get("overlay_dir")
    return data_dir, (here / overlay).resolve() if overlay else None


def site_data_for(config) -> SiteData:
    """The validated data a config uses, overlay included."""
    data_dir, overlay_dir = data_dirs(config)
    return load_site_data(data_dir, Path(config["docs_dir"]).resolve(), overlay_dir)


class ConfigProblem(Exception):
    """A council's mkdocs.yml says something its data contradicts: one located line to fix."""


def _own_setting(config, key: str) -> tuple[str, int] | None:
    """(value, line) of a top-level setting written in the config file itself, not inherited from the base."""
    import yaml

    path = Path(config["config_file_path"])
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if key_node.value == key and isinstance(value_node, yaml.ScalarNode):
                return value_node.value, value_node.start_mark.line + 1
    return None


def name_the_council(config, data: SiteData) -> None:
    """A council's guide is named after the council in its data, never after the example it was copied from.

    Without a `site_name` of its own the name is made from `site.yml`; a `site_name` that
    does not name the council in `site.publisher` stops the build at its line.
    """
    if data_dirs(config)[1] is None:
        return  # the base guide keeps the name in its mkdocs.yml
    site = data.site
    own = _own_setting(config, "site_name")
    if own is None:
        config["site_name"] = f"{site.service_name} - {site.publisher}"
        return
    name, line = own
    if site.publisher not in name:
        shown = Path(os.path.relpath(config["config_file_path"], data_dirs(config)[0].parent)).as_posix()
        raise ConfigProblem(
            f"{shown}:{line}: site_name '{name}' does not name your council, {site.publisher} (site.publisher "
            f"in your site.yml). Delete the site_name line and the guide is named '{site.service_name} - "
            f"{site.publisher}', or write your council's name in it."
        )


def publishing_warnings(config, data: SiteData) -> list[str]:
    """What to fix in a council's guide before publishing: details that reach no one (base examples, no
    SENDIASS), and what it still takes from the example or the base (`macros.core.render.council_warnings`)."""
    data_dir, overlay = data_dirs(config)
    if overlay is None:
        return []
    project = data_dir.parent
    return [
        *council_warnings(data, data_dir, overlay, project, config_dir(config)),
        *placeholder_warnings(data, overlay, project),
    ]


def say_before_publishing(warnings: list[str], say) -> None:
    """The list to fix before publishing, with its heading: one wording for `make check` and the build."""
    if warnings:
        count = len(warnings)
        say(
            f"Before you publish, fix {'this' if count == 1 else f'these {count}'} "
            f"{'thing' if count == 1 else 'things'} (details that reach no one, or left from the example):"
        )
        for warning in warnings:
            say(f"  {warning}")


def logo_problem(config, data: SiteData) -> str | None:
    """A `logo:` naming a file that is not there, located at its line in the council's site.yml."""
    source = logo_source(config, data)
    if source is None or source.is_file():
        return None
    data_dir, overlay = data_dirs(config)
    project = data_dir.parent
    where = locate_value(f"logo: {data.site.logo}", overlay / "site.yml", project) if overlay else "mkdocs.yml:1"
    return (
        f"{where}: site.logo: there is no file {shown_path(source, project)}. Upload your logo with that name "
        "(an SVG file, next to your mkdocs.yml), or delete the logo: line to show the guide's own icon."
    )


def last_reviewed(site) -> dict:
    """The base guide's review date, or the council's own date and what it checked (`site.local_review`)."""
    own = site.local_review
    if own is None:
        return {"date": site.last_reviewed, "text": date_text(site.last_reviewed), "by": None}
    return {
        "date": own.date,
        "text": date_text(own.date),
        "by": f"{site.publisher} (checked: {', '.join(own.parts)})",
        "base_date": site.last_reviewed,
        "base_text": date_text(site.last_reviewed),
    }


def logo_source(config, data: SiteData) -> Path | None:
    """The council's logo file: `site.logo` is relative to the folder of the mkdocs.yml being built."""
    if not data.site.logo:
        return None
    return config_dir(config) / data.site.logo


def apply_branding(config, data: SiteData) -> None:
    """Point the theme at the council's logo and brand stylesheet; both are written after the build."""
    if data.site.brand_colour and BRAND_STYLESHEET not in config["extra_css"]:
        config["extra_css"].append(BRAND_STYLESHEET)
    source = logo_source(config, data)
    if source is not None:
        missing = logo_problem(config, data)
        if missing:
            raise ConfigProblem(missing)
        config["theme"]["logo"] = f"{BRAND_LOGO_DIR}/{source.name}"


OFFLINE_SHIM = "assets/vendor/iframe-worker/shim.js"
_SHIM_SOURCE = Path(__file__).resolve().parents[1] / "vendor" / "iframe-worker" / "shim.js"


def offline_build(config) -> bool:
    """Material's offline plugin is on when it has added its file:// worker shim."""
    return any("iframe-worker" in str(url) for url in (config.get("extra") or {}).get("polyfills") or [])


def use_local_worker_shim(config) -> None:
    """The offline plugin loads its file:// worker shim from a public CDN; use the copy in vendor/ instead."""
    polyfills = (config.get("extra") or {}).get("polyfills") or []
    if any("iframe-worker" in str(url) for url in polyfills):
        config["extra"]["polyfills"] = [OFFLINE_SHIM if "iframe-worker" in str(url) else url for url in polyfills]


def copy_worker_shim(config, site_dir: Path) -> None:
    if OFFLINE_SHIM in ((config.get("extra") or {}).get("polyfills") or []):
        target = Path(site_dir) / OFFLINE_SHIM
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_SHIM_SOURCE, target)


def copy_logo(config, data: SiteData, site_dir: Path) -> None:
    source = logo_source(config, data)
    if source is not None:
        target = Path(site_dir) / BRAND_LOGO_DIR / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
