"""Relative links between pages, so the site works under any sub-path and from disk."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class Links:
    """Links from the page being rendered (`current_url`, as MkDocs gives `page.url`).

    `root` (e.g. "/" or "/send/"), when given, makes links absolute from the site's root instead: for
    the not-found page, which is served at whatever address was asked for.
    """

    current_url: str = ""
    directory_urls: bool = True
    root: str = ""

    def _url_of(self, doc: str) -> str:
        """Site-relative URL of a docs page given as its path without `.md` (`roles`, `x/index`)."""
        doc = doc.strip("/")
        if self.directory_urls:
            if doc == "index":
                return ""
            return (doc[: -len("/index")] if doc.endswith("/index") else doc) + "/"
        return doc + ".html"

    def to(self, doc: str, anchor: str | None = None) -> str:
        """Relative href from the current page to `doc`, with an optional #anchor."""
        target = self._url_of(doc)
        if self.root:
            return self._from_root(target) + (f"#{anchor}" if anchor else "")
        href = posixpath.relpath("/" + target, "/" + self._current_dir())
        if self.directory_urls and not href.endswith("/"):
            href += "/"  # relpath drops the slash that directory URLs need
        return href + (f"#{anchor}" if anchor else "")

    def asset(self, path: str) -> str:
        """Relative href to a file in the built site (downloads, data exports)."""
        if self.root:
            return self._from_root(path)
        return posixpath.relpath("/" + path.lstrip("/"), "/" + self._current_dir())

    def _from_root(self, path: str) -> str:
        return self.root.rstrip("/") + "/" + path.lstrip("/")

    def _current_dir(self) -> str:
        if not self.current_url or self.current_url.endswith("/"):
            return self.current_url
        return posixpath.dirname(self.current_url) + "/"
