"""A small stand-in for Material's search worker that loads the real one on the first search.

Material starts its 12 KB (gzip) search worker on every page load. Most readers
never search, so the stand-in keeps the index message, answers "ready", and only
imports the real worker (same folder, same origin: no CSP change) when the first
query arrives; then it replays the index and the queries in order. Pages
point at it through overrides/main.html; the offline build keeps the real worker.
"""

from __future__ import annotations

from pathlib import Path

WORKERS = "assets/javascripts/workers"
PREFIX = "lazy-"

# Material's message types: SETUP 0, READY 1, QUERY 2, RESULT 3.
STAND_IN = """/* Loads Material's search worker on the first query (macros/outputs/lazy_search_worker.py). */
var setup = null, queries = [], loading = false, post = self.postMessage.bind(self);
function send(data) { self.dispatchEvent(new MessageEvent("message", { data: data })); }
function start() {
  loading = true;
  self.removeEventListener("message", hold);
  self.postMessage = function (message) {
    if (message && message.type === 1) queries.splice(0).forEach(send);  /* READY was already sent */
    else post(message);
  };
  importScripts("%(worker)s");
  send(setup);
}
function hold(event) {
  if (event.data && event.data.type === 0) { setup = event.data; post({ type: 1 }); return; }
  if (!loading && !event.data.data) { post({ type: 3, data: { items: [] } }); return; }  /* empty query */
  queries.push(event.data);
  if (!loading) start();
}
self.addEventListener("message", hold);
"""


def stand_in_source(worker_name: str) -> str:
    return STAND_IN % {"worker": worker_name}


def after_build(data, site_dir: Path) -> None:
    folder = Path(site_dir) / WORKERS
    for worker in folder.glob("search.*.min.js"):
        (folder / f"{PREFIX}{worker.name}").write_text(stand_in_source(worker.name), encoding="utf-8")
