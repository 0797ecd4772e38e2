"""The search worker stand-in speaks Material's worker protocol: this fails when Material changes it.

The stand-in (macros/outputs/lazy_search_worker.py) answers SETUP (0) with READY (1)
itself, answers an empty QUERY (2) with an empty RESULT (3), and later hands every
message to Material's worker by dispatching a `message` event on the worker's global
scope. Each of those assumptions is read here from the Material files that are installed.
"""

import re
from pathlib import Path

import material
import pytest

from macros.outputs.lazy_search_worker import STAND_IN, after_build

JAVASCRIPTS = Path(material.__file__).parent / "templates" / "assets" / "javascripts"


def _one(pattern: str) -> str:
    files = sorted(JAVASCRIPTS.glob(pattern))
    assert len(files) == 1, files
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def worker() -> str:
    return _one("workers/search.*.min.js")


@pytest.fixture(scope="module")
def bundle() -> str:
    return _one("bundle.*.min.js")


def test_materials_worker_answers_setup_with_ready_and_query_with_result(worker):
    handler = re.search(r"switch\((\w+)\.type\)\{case 0:(.*?)case 2:(.*?)default:", worker)
    assert handler, "Material's worker no longer switches on message types 0 and 2"
    setup, query = handler.group(2), handler.group(3)
    assert "{type:1}" in setup  # SETUP -> READY
    assert "{type:3,data:" in query  # QUERY -> RESULT with data
    assert "{type:3,data:{items:[]}}" in query  # what the stand-in sends for an empty query


def test_materials_worker_listens_for_message_events_and_answers_with_post_message(worker):
    # The stand-in replays messages with dispatchEvent(new MessageEvent("message")) and wraps self.postMessage.
    assert re.search(r'addEventListener\("message",', worker)
    assert "postMessage(" in worker
    assert "onmessage" not in worker


def test_materials_page_script_sends_setup_and_queries_and_waits_for_ready_and_results(bundle):
    assert re.search(r"\{type:0,data:\{config:\w+,docs:\w+", bundle)  # SETUP carries the index
    assert re.search(r"\{type:2,data:\w+\}", bundle)  # QUERY carries the query text
    assert re.search(r"\.type===1\b", bundle) and re.search(r"\.type===3\b", bundle)


def test_material_names_its_worker_in_the_config_our_template_rewrites():
    # overrides/main.html replaces "workers/search." with "workers/lazy-search." in this config.
    base = (JAVASCRIPTS.parents[1] / "base.html").read_text(encoding="utf-8")
    assert '"search": "assets/javascripts/workers/search.' in base


def test_the_stand_in_uses_the_same_message_types():
    assert "type === 0" in STAND_IN and "post({ type: 1 })" in STAND_IN
    assert "type: 3, data: { items: [] }" in STAND_IN and "message.type === 1" in STAND_IN


def test_a_stand_in_is_written_beside_each_material_worker(tmp_path):
    workers = tmp_path / "assets" / "javascripts" / "workers"
    workers.mkdir(parents=True)
    (workers / "search.abc123.min.js").write_text("/* Material */", encoding="utf-8")
    after_build(None, tmp_path)
    stand_in = (workers / "lazy-search.abc123.min.js").read_text(encoding="utf-8")
    assert 'importScripts("search.abc123.min.js")' in stand_in
