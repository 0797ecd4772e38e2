"""MkDocs hooks adapter: build-time files made from the data (see `macros.outputs`)."""

from __future__ import annotations

from pathlib import Path

from macros.core import DataError
from macros.outputs import BEFORE_BUILD, AFTER_BUILD
from macros.project import site_data_for


def _data(config):
    try:
        return site_data_for(config)
    except DataError as error:
        from mkdocs.exceptions import PluginError

        raise PluginError(error.report()) from None


def on_config(config):
    data = _data(config)
    project_dir = Path(config["config_file_path"]).resolve().parent
    for write in BEFORE_BUILD:
        write(data, project_dir)
    return config


def on_post_build(config):
    data = _data(config)
    for write in AFTER_BUILD:
        write(data, Path(config["site_dir"]))
