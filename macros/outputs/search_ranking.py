"""Search ranks the right page first: the guide's ranking rules, appended to Material's search worker.

Material lets Lunr match every query word as a prefix in every field, and gives a
page's search words (data/search.yml, indexed as `tags`) a boost a thousand times
the title's. `search_ranking.js` makes the search words match only as whole words
or phrases, on the page's own entry, and looks a misspelt word up again; the field
boosts in mkdocs.yml put titles and headings above the search words. The script
is appended to Material's worker file itself, so the lazy stand-in (online) and
the iframe shim (offline, file://) both load it with no other change.
"""

from __future__ import annotations

from pathlib import Path

from .lazy_search_worker import WORKERS
from .minify_assets import minify_js

SCRIPT = Path(__file__).with_suffix(".js")
MARK = "/* SEND guide search ranking */"


def add_ranking(worker_source: str, ranking_source: str) -> str:
    """The worker with the ranking script after it; the same worker if it already has it."""
    if MARK in worker_source:
        return worker_source
    return f"{worker_source.rstrip()}\n{MARK}\n{ranking_source}"


def after_build(data, site_dir: Path) -> None:
    ranking = minify_js(SCRIPT.read_text(encoding="utf-8"))
    workers = list((Path(site_dir) / WORKERS).glob("search.*.min.js"))
    if not workers:
        raise FileNotFoundError(f"Material's search worker is not in {WORKERS}: is the search plugin on?")
    for worker in workers:
        worker.write_text(add_ranking(worker.read_text(encoding="utf-8"), ranking), encoding="utf-8")
