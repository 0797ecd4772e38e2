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
        timeout=10000)
    assert page.watch.console_errors == []
