"""Downloads kept between builds in `.generated/build-cache/`, reused while their inputs are unchanged.

The Word files and the calendar cost a tenth of a second and two heavy imports
to make, yet change only when their data, the code that lays them out or the
library that writes them changes. Each is stored under a hash of exactly those
inputs, so a changed input always makes a new file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from ..core import file_cache

CACHE_FOLDER = file_cache.GENERATED / "build-cache"

_folder: Path | None = None  # set before each build; None (no cache) when an output is written on its own


def before_build(data, project_dir: Path) -> None:
    """Note where this build keeps its cache: the guide's own (gitignored) `.generated/` folder."""
    global _folder
    _folder = Path(project_dir) / CACHE_FOLDER


def input_key(maker_file: str, library: str, inputs) -> str:
    """Hash of the inputs of one output: the maker's source code, the writing library's version, the data."""
    digest = hashlib.sha256(Path(maker_file).read_bytes())
    digest.update(f"\0{library}=={file_cache.library_version(library)}\0{inputs!r}".encode("utf-8"))
    return digest.hexdigest()[:32]


def cached(name: str, key: str, make: Callable[[], bytes], folder: Path | None = None) -> bytes:
    """`core.file_cache.cached` in this build's cache folder."""
    return file_cache.cached(name, key, make, folder or _folder)
