"""The search ranking rules (macros/outputs/search_ranking.js), checked in Chromium on a small made-up index.

The built site's own worker (Material's, with the guide's ranking appended) runs the index, with the field
boosts of the built index, so each rule is seen on its own, whatever the guide's pages say.
"""

from __future__ import annotations

import json

import pytest

from macros.outputs.search_ranking import MARK, add_ranking, after_build

pytestmark = pytest.mark.browser

# Pages of a made-up guide: title, text and search words (tags), as Material writes its index.
DOCS = [
    {"location": "reviews/", "title": "Annual reviews", "text": "Each year the plan is looked at again."},
    {"location": "reviews/#step-1", "title": "Invitations", "text": "Who is asked to come."},
    {"location": "other/", "title": "Another page", "text": "Something else.", "tags": ["annual review"]},
    {"location": "other/#part", "title": "A part of it", "text": "More.", "tags": ["annual review"]},
    {"location": "sen/", "title": "First", "text": "One.", "tags": ["SEN"]},
    {"location": "register/", "title": "Second", "text": "Two.", "tags": ["SEN register", "EHCP review"]},
    {"location": "tribunal/", "title": "The tribunal", "text": "Three."},
    {"location": "appeal/", "title": "Appeal", "text": "Four."},
    {"location": "send/", "title": "Five", "text": "SEND means special educational needs and disabilities."},
]


def run_worker(page, site_url, built_site, queries: list[str]) -> dict[str, list[str]]:
    """The pages (in order) the built worker finds for each query in the made-up index."""
    worker = next((built_site / "assets/javascripts/workers").glob("search.*.min.js"))
    config = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    page.goto(site_url + "roles/")  # same origin as the worker, under the site's CSP
    return page.evaluate(
        """async ([url, index, queries]) => {
      const worker = new Worker(url);
      const next = () => new Promise(resolve => worker.addEventListener('message', e => resolve(e.data), { once: true }));
      worker.postMessage({ type: 0, data: index });
      await next();   // READY
      const found = {};
      for (const query of queries) {
        worker.postMessage({ type: 2, data: query });
        const result = await next();
        found[query] = result.data.items.map(group => group.map(item => item.location));
      }
      worker.terminate();
      return found;
    }""",
        [
            site_url + "assets/javascripts/workers/" + worker.name,
            {"config": config, "docs": DOCS, "options": {"suggest": False}},
            queries,
        ],
    )


@pytest.fixture
def search(page, site_url, built_site):
    return lambda *queries: run_worker(page, site_url, built_site, list(queries))


def pages(groups) -> list[str]:
    return [group[0] for group in groups]


def test_a_title_ranks_above_a_page_that_only_has_the_words_as_search_words(search):
    found = search("annual review", "annual reviews")
    for query, groups in found.items():
        assert pages(groups)[:2] == ["reviews/", "other/"], (query, groups)


def test_search_words_count_for_the_page_not_for_each_of_its_sections(search):
    groups = search("annual review")["annual review"]
    other = next(group for group in groups if group[0] == "other/")
    assert "other/#part" not in other, groups


def test_search_words_match_whole_words_not_the_start_of_a_word(search):
    found = search("send", "se", "sen")
    assert pages(found["send"]) == ["send/"], found
    assert "sen/" not in pages(found["se"]), found
    assert pages(found["sen"])[0] == "sen/", found
    assert "register/" not in pages(found["sen"]), found  # "sen" alone: not the page whose phrase is "SEN register"


def test_a_search_phrase_matches_when_all_its_words_are_typed_in_any_order_and_form(search):
    found = search("register of SEN", "reviews of my EHCP", "register")
    assert pages(found["register of SEN"])[:1] == ["register/"], found
    assert "register/" in pages(found["reviews of my EHCP"]), found  # "EHCP review"
    assert "register/" not in pages(found["register"]), found  # only part of the phrase


def test_a_misspelt_word_finds_the_word_it_is_near(search):
    found = search("tribunel", "apeal")
    assert pages(found["tribunel"]) == ["tribunal/"], found
    assert pages(found["apeal"]) == ["appeal/"], found


def test_small_words_are_not_matched_as_the_start_of_other_words(search):
    """Material matches every word as a prefix: "an" found "Another page" before the page asked for."""
    found = search("an appeal", "the tribunal")
    assert pages(found["an appeal"]) == ["appeal/"], found
    assert pages(found["the tribunal"]) == ["tribunal/"], found


def test_the_ranking_is_added_to_the_worker_once(tmp_path):
    workers = tmp_path / "assets/javascripts/workers"
    workers.mkdir(parents=True)
    (workers / "search.abc.min.js").write_text("/* Material */", encoding="utf-8")
    after_build(None, tmp_path)
    after_build(None, tmp_path)  # `mkdocs serve` builds again into the same folder
    text = (workers / "search.abc.min.js").read_text(encoding="utf-8")
    assert text.count(MARK) == 1 and text.startswith("/* Material */")
    assert add_ranking(text, "x") == text


def test_a_build_without_material_s_worker_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="search worker"):
        after_build(None, tmp_path)
