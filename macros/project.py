"""Where a build's data lives, worked out from the MkDocs config dict alone."""

from __future__ import annotations

from pathlib import Path

from .core import SiteData, load_site_data


def project_paths(config_file: str, docs_dir: str) -> tuple[Path, Path]:
    """data/ sits beside the base mkdocs.yml; `extra.data_dir` in a config may point elsewhere."""
    return Path(config_file).resolve().parent, Path(docs_dir).resolve()


def site_data_for(config) -> SiteData:
    """Load (once per build, cached on file stamps) the data a config uses."""
    extra = config.get("extra") or {}
    project_dir, docs_dir = project_paths(config["config_file_path"], config["docs_dir"])
    data_dir = (project_dir / extra.get("data_dir", "data")).resolve()
    return load_site_data(data_dir, docs_dir)
