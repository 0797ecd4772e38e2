"""Results kept on disk between builds, each under a hash of exactly its inputs.

Some things a build makes are costly yet change only when their inputs change:
the validated data (the schema library alone takes 50 ms to import), the HTML
of the components, the Word templates and the calendar. Each is stored under a
key made from the bytes of every input file and the code that makes it, so any
change at all, even one a file's time stamp would miss, makes and stores a new
result. All of it lives in the guide's (gitignored) `GENERATED` folder.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

GENERATED = Path(".generated")   # beside data/; `make clean` empties it


@functools.cache
def library_version(name: str) -> str:
    """An installed library's version, part of a key: a new version may make different output."""
    from importlib.metadata import version

    return version(name)


def files_digest(folders: Iterable[Path | None], suffixes: tuple[str, ...]) -> str:
    """Hash of the names and bytes of every file with one of `suffixes` under `folders`, in a fixed order."""
    digest = hashlib.sha256()
    for folder in folders:
        if folder is None or not os.path.isdir(folder):
            digest.update(b"\0no folder\0")
            continue
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            for name in sorted(names):
                if name.endswith(suffixes):
                    path = os.path.join(root, name)
                    digest.update(f"\0{os.path.relpath(path, folder)}\0".encode("utf-8"))
                    with open(path, "rb") as handle:
                        digest.update(handle.read())
    return digest.hexdigest()[:32]


def read(name: str, key: str, folder: Path | None) -> bytes | None:
    """The bytes stored for `name` under `key`, or None."""
    if folder is None:
        return None
    try:
        return (Path(folder) / f"{name}.{key}").read_bytes()
    except FileNotFoundError:
        return None


def store(name: str, key: str, content: bytes, folder: Path | None) -> None:
    """Keep `content` for `name` under `key`, removing what was stored under older keys."""
    if folder is None:
        return
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{name}.*"):
        stale.unlink(missing_ok=True)
    # Written aside, then renamed: a build running at the same time never reads half a file.
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".writing-")
    with os.fdopen(handle, "wb") as out:
        out.write(content)
    os.replace(temporary, folder / f"{name}.{key}")


def cached(name: str, key: str, make: Callable[[], bytes], folder: Path | None) -> bytes:
    """The bytes stored for `name` under `key`, or `make()`'s, stored for next time (older keys removed).

    With no folder nothing is stored: `make()` runs every time. If `make()` raises
    (invalid data), nothing is stored either, so the next build tries again.
    """
    content = read(name, key, folder)
    if content is None:
        content = make()
        store(name, key, content, folder)
    return content
