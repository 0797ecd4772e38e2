"""Helpers tests import: editing data copies, building the site, serving a folder."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
MKDOCS = [sys.executable, "-m", "mkdocs"]


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    """Edit a data file in a test; fails loudly if the text to replace is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def replace_after(path: Path, marker: str, old: str, new: str) -> None:
    """Edit the first `old` after `marker` (e.g. inside one record, found by its id line); fails loudly if absent."""
    text = path.read_text(encoding="utf-8")
    start = text.index(marker)
    assert old in text[start:], f"{old!r} not found after {marker!r} in {path}"
    path.write_text(text[:start] + text[start:].replace(old, new, 1), encoding="utf-8")


def line_number_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


@functools.cache
def _site_markdown_extensions() -> tuple:
    """`markdown_extensions` from mkdocs.yml, as (name, options) pairs."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    entries = [e if isinstance(e, dict) else {e: {}} for e in config["markdown_extensions"]]
    return tuple((name, options or {}) for entry in entries for name, options in entry.items())


def to_page_html(markdown_text: str):
    """A component's output as the page gets it: Markdown with the site's extensions. Returns (html, toc tokens)."""
    import markdown

    extensions = _site_markdown_extensions()
    md = markdown.Markdown(
        extensions=[name for name, _ in extensions], extension_configs={name: options for name, options in extensions}
    )
    return md.convert(markdown_text), md.toc_tokens


# What every council's site.yml must give itself (macros.core.dataset.overlay.COUNCIL_OWN).
COUNCIL_DATES = (
    '  local_review: {date: "2026-12-01", parts: [contacts]}\n'
    '  accessibility: {prepared: "2026-12-01", last_tested: "2026-12-01"}\n'
)


def southfield(tmp_path: Path, site_yml: str, config_lines: str = "") -> tuple[Path, Path]:
    """A council's folder kept outside the guide, with this site.yml: (its mkdocs.yml, its site.yml)."""
    import textwrap

    folder = tmp_path / "southfield"
    (folder / "data").mkdir(parents=True)
    site = folder / "data" / "site.yml"
    site.write_text(site_yml, encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(
        textwrap.dedent(f"""
        INHERIT: {PROJECT / "mkdocs.yml"}
        docs_dir: {PROJECT / "docs"}
        theme: {{custom_dir: {PROJECT / "overrides"}}}
        hooks: [{PROJECT / "macros" / "mkdocs_hooks.py"}]
        watch: [{PROJECT / "data"}]
        plugins: {{macros: {{module_name: {PROJECT / "macros"}}}}}
        extra: {{data_dir: {PROJECT / "data"}, overlay_dir: data}}
        """)
        + config_lines,
        encoding="utf-8",
    )
    return config, site


def run_mkdocs_build(site_dir: Path, config: Path | None = None, env: dict | None = None, cwd: Path = PROJECT):
    """`mkdocs build --strict`; run from a project copy (`cwd`) to build with the copy's own `macros` code."""
    command = [*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)]
    if config:
        command += ["--config-file", str(config)]
    return subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        timeout=600,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


def serve_folder(folder: Path, headers: dict[str, str] | None = None):
    """Serve `folder` on 127.0.0.1 on a free port; returns (server, base_url)."""
    handler = type("Handler", (_QuietHandler,), {"extra_headers": dict(headers or {})})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def pdf_page_count(pdf: bytes) -> int:
    """Pages in a PDF made by Chromium: each page is one `/Type /Page` object (`/Pages` is the tree)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def problems_for(data_dir, docs_dir=None, overlay_dir=None) -> list[str]:
    """The located problems (as printed) that loading this data must raise."""
    import pytest

    from macros.core import DataError, load_site_data

    with pytest.raises(DataError) as caught:
        load_site_data(data_dir, docs_dir, overlay_dir)
    return [str(p) for p in caught.value.problems]


def buttons_and_choices_need_scripts(html: str) -> bool:
    """Every button, and every pre-chosen radio, sits in a part hidden where scripts cannot run (class send-needs-js)."""
    import lxml.html

    root = lxml.html.fromstring(f"<div>{html}</div>")
    found = root.xpath("//button | //input[@checked]")
    assert found, "the record switcher should be in the page"
    return all(el.xpath("ancestor::*[contains(concat(' ', @class, ' '), ' send-needs-js ')]") for el in found)


def assert_located(data_dir, where, message=(), docs_dir=None, overlay_dir=None) -> list[str]:
    """Loading this data must stop with a problem at `where` saying `message` (see `assert_problem`).

    Returns every problem found, for a test that checks more."""
    return assert_problem(problems_for(data_dir, docs_dir, overlay_dir), where, message)


def assert_problem(found: list[str], where, message: str | tuple[str, ...] = ()) -> list[str]:
    """One of these problems starts with `where` (`data/FILE.yml:LINE:`, or its start; a compiled regex must match
    there instead) and holds `message`: one string, or a tuple whose strings must all be in that same problem."""
    import re

    parts = (message,) if isinstance(message, str) else tuple(message)
    at = where.match if isinstance(where, re.Pattern) else lambda problem: problem.startswith(where)
    assert any(at(problem) and all(part in problem for part in parts) for problem in found), (
        f"no problem at {getattr(where, 'pattern', where)!r} saying {' and '.join(map(repr, parts)) or 'anything'} in:\n"
        + "\n".join(found)
    )
    return found


# Components a page calls with an argument, and the argument each is tried with by the every-component tests.
COMPONENT_ARGUMENTS = {"next_steps": lambda data: {"page": next(iter(data["next_steps"].pages)).id}}


def render_any_component(name: str, render, data, links) -> str:
    """A component's HTML from shipped data, with the argument its pages give it when it needs one."""
    options = COMPONENT_ARGUMENTS[name](data) if name in COMPONENT_ARGUMENTS else {}
    return str(render(data, links, **options))
