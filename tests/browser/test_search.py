"""Search loads its worker only when a reader searches, and then finds pages."""

import pytest

pytestmark = pytest.mark.browser


def test_search_worker_loads_on_first_query_and_finds_pages(page, site_url):
    worker_scripts = []
    page.on("request", lambda request: "/workers/" in request.url and worker_scripts.append(request.url))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert [u for u in worker_scripts if "/workers/search." in u] == [], "the real worker loaded before any search"
    assert any("/workers/lazy-search." in u for u in worker_scripts)

    page.keyboard.press("s")
    page.locator("input.md-search__input").type("tribunal", delay=20)
    # Predicates as functions: Playwright runs a bare expression through eval(), which the strict CSP refuses.
    page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length > 0", timeout=10000)
    assert any("/workers/search." in u for u in worker_scripts)
    assert "matching document" in page.locator(".md-search-result__meta").inner_text()
    page.locator("input.md-search__input").fill("")
    page.locator("input.md-search__input").type("mediation", delay=20)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.md-search-result__item')].some(i => /mediation/i.test(i.textContent))",
        timeout=10000,
    )
    assert page.watch.console_errors == []


def search_results(page, query):
    """(href, title) of every result Material lists for `query`, best first."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.type(query, delay=10)
    page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length > 0", timeout=10000)
    page.wait_for_timeout(300)  # results for the last keystroke
    return page.eval_on_selector_all(
        ".md-search-result__item > a",
        "links => links.map(a => [a.getAttribute('href'), (a.querySelector('h1, h2') || a).textContent.trim()])",
    )


@pytest.mark.parametrize("query", ["speech and language", "autism", "dyslexia", "council says no"])
def test_a_guidance_page_outranks_the_glossary_and_each_term_is_its_own_result(page, site_url, query):
    page.goto(site_url)
    page.keyboard.press("s")
    results = search_results(page, query)
    first_path = results[0][0].split("?")[0]
    assert not first_path.endswith("/glossary/"), f"{query!r}: the glossary ranks first: {results[:3]}"
    glossary = [(href, title) for href, title in results if "/glossary/" in href]
    terms = [(href, title) for href, title in glossary if "#" in href]
    # The page card itself is only the short introduction; every matching term is its own result at its anchor.
    assert all(href.split("#")[1] and title != "Glossary" for href, title in terms)
    whole_page_cards = page.locator(".md-search-result__item > a[href*='/glossary/']:not([href*='#'])")
    for card in whole_page_cards.all():
        assert card.bounding_box()["height"] < 200, "the glossary's page result is a wall of text again"
    if query != "council says no":  # a word the glossary defines: the guide's pages about it come first
        assert "/glossary/" not in results[0][0]


def test_the_glossary_has_an_a_to_z_jump_list_and_a_heading_per_term(page, site_url):
    page.goto(site_url + "glossary/")
    letters = page.locator("nav.glossary-az a")
    assert letters.count() >= 15
    letters.filter(has_text="S").first.click()
    assert page.url.endswith("#letter-s")
    assert page.locator("h3#autism").inner_text() == "Autism"
    assert page.locator("article h3").count() >= 100
