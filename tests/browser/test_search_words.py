"""Search in people's own words, in Chromium: questions as parents and SENCos type them find the right page
in the top 3 results, on the site, under a sub-path and offline; a search that finds nothing offers help."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
import pytest

from macros.components.search_help import words_for_page
from macros.core import load_site_data
from tests.browser.test_offline import offline_index, offline_page  # noqa: F401 (fixtures)
from tests.browser.test_subpath import sub_path_url  # noqa: F401 (fixture)
from tests.helpers import PROJECT

pytestmark = pytest.mark.browser

# (what people type, the page that answers it). Phrased as in council FAQs and parents' forums.
QUERIES = [
    ("EHCP annual review", "annual-reviews"),
    ("when is the annual review", "annual-reviews"),
    ("how often is an EHCP reviewed", "annual-reviews"),
    ("review meeting report", "annual-reviews"),
    ("proposed changes to EHCP", "annual-reviews"),
    ("moving to secondary school", "moving-school"),
    ("phase transfer", "moving-school"),
    ("naming a school in the EHCP", "moving-school"),
    ("february deadline secondary school", "moving-school"),
    ("tribunal", "appeals"),
    ("how do I appeal", "appeals"),
    ("refused to assess", "appeals"),
    ("council refused EHCP", "appeals"),
    ("mediation certificate", "appeals"),
    ("SENDIST", "appeals"),
    ("complain about the council", "council-late"),
    ("council missed the deadline", "council-late"),
    ("EHCP not being followed", "council-late"),
    ("ombudsman", "council-late"),
    ("judicial review", "council-late"),
    ("cease to maintain", "ending-a-plan"),
    ("can they stop my child's EHCP", "ending-a-plan"),
    ("EHCP university", "ending-a-plan"),
    ("personal budget", "personal-budgets"),
    ("direct payments", "personal-budgets"),
    ("mental capacity", "young-people"),
    ("rights at 16", "young-people"),
    ("statement of SEN", "ehc-needs-assessment"),
    ("apply for an EHCP", "ehc-needs-assessment"),
    ("SENCo annual review checklist", "checklists/annual-review-school"),
]
# Queries the offline and sub-path runs repeat (a search there starts its own worker: keep them few).
SAMPLE = [QUERIES[0], QUERIES[5], QUERIES[9], QUERIES[15], QUERIES[23]]


def page_of(href: str) -> str:
    """`../appeals/#step-1`, `appeals.html#x` or `file:///.../send-guide/appeals.html` -> `appeals`."""
    path = urlsplit(href).path
    path = re.sub(r"(index)?\.html$", "", path).rstrip("/")
    path = path.split("send-guide/")[-1]   # absolute under a sub-path or from disk: from the site's root
    return re.sub(r"^(\.\./)+|^\./", "", path).lstrip("/")


def open_search(page):
    page.locator(".md-search__input").click()
    page.get_by_text("Type to start searching").wait_for(timeout=15000)


def top_pages(page, query: str, count: int = 3) -> list[str]:
    """The pages of the first `count` results for `query`, typed as a person types."""
    box = page.locator(".md-search__input")
    box.fill("")
    box.press_sequentially(query, delay=10)
    page.wait_for_function(
        "q => { const m = document.querySelector('.md-search-result__meta');"
        " return document.querySelector('.md-search__input').value === q && m && /matching|No match/i.test(m.textContent); }",
        arg=query, timeout=15000)
    page.wait_for_timeout(150)   # the list renders just after the count
    links = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    return [page_of(href) for href in links[:count]]


def test_the_queries_are_many_and_each_names_a_real_page():
    assert len(QUERIES) >= 25
    for _, expected in QUERIES:
        assert (PROJECT / "docs" / f"{expected}.md").is_file(), expected


def test_every_query_finds_the_right_page_in_the_top_3(page, site_url):
    page.goto(site_url + "roles/")
    open_search(page)
    misses = {}
    for query, expected in QUERIES:
        found = top_pages(page, query)
        if expected not in found:
            misses[query] = (expected, found)
    assert misses == {}
    # The matched words are not shown in the results either (nor read out there).
    assert page.locator(".md-search-result .md-tags").count() > 0
    assert page.locator(".md-search-result .md-tags").evaluate_all(
        "els => els.every(e => getComputedStyle(e).display === 'none')")
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_the_words_are_indexed_but_never_written_on_the_page(built_site):
    """Screen readers read the page: the extra words are only in the search index."""
    data = load_site_data(PROJECT / "data")
    text = lxml.html.parse(str(built_site / "appeals" / "index.html")).getroot().text_content()
    assert "SENDIST" in words_for_page(data, "appeals.md") and "SENDIST" not in text
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"SENDIST"' in index


def test_a_search_that_finds_nothing_offers_the_glossary_and_the_main_routes(page, site_url):
    page.goto(site_url + "appeals/")
    help_box = page.locator(".send-search-help")
    assert not help_box.is_visible()
    open_search(page)
    page.locator(".md-search__input").press_sequentially("zzxqv", delay=10)
    help_box.wait_for(state="visible", timeout=15000)
    links = help_box.get_by_role("link")
    assert links.first.inner_text().startswith("The glossary")
    links.first.click()
    assert page.url.endswith("/glossary/")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("tribunal", delay=10)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    assert not page.locator(".send-search-help").is_visible()
    assert page.watch.console_errors == []


def test_search_finds_the_right_pages_under_a_sub_path(browser, sub_path_url):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(sub_path_url + "agencies/")
        open_search(page)
        for query, expected in SAMPLE:
            assert expected in top_pages(page, query), query
    finally:
        context.close()


def test_search_finds_the_right_pages_offline(offline_page, offline_index):
    page = offline_page
    page.goto(offline_index.with_name("roles.html").as_uri())
    open_search(page)
    for query, expected in SAMPLE:
        assert expected in top_pages(page, query), query
    page.locator(".md-search__input").fill("")
    page.locator(".md-search__input").press_sequentially("zzxqv", delay=10)
    page.locator(".send-search-help").wait_for(state="visible", timeout=15000)
    page.locator(".send-search-help").get_by_role("link").first.click()
    assert page.url.endswith("/glossary.html")
    assert page.problems == []
