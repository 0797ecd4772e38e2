"""Where a build's data lives, worked out from the MkDocs config dict alone.

The base guide keeps its data in `data/` beside `mkdocs.yml`. A council's overlay
(`local/<la>/mkdocs.yml`, which INHERITs the base) sets `extra.data_dir` to the
base data and `extra.overlay_dir` to its own YAML; both are relative to the config
file that is being built, like every other path in MkDocs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .core import SiteData, load_site_data

BRAND_STYLESHEET = "assets/stylesheets/brand.css"
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
        if not source.is_file():
            raise FileNotFoundError(
                f"site.logo: there is no file {source}. The path is relative to the folder of your mkdocs.yml.")
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
