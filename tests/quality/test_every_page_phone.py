"""Every built page on a phone, served as GitHub Pages serves it (no headers): one crawl, four checks.

Each page is opened once at 390 x 844 with touch and checked there: WCAG 2.2 AA with axe-core in the light and
the dark palette (at 390 px some problems appear that a wide screen never shows, such as a row of tab labels
that scrolls sideways), every control a 44 px target and nothing scrolling sideways (issue 22), and the policy
carried in the page's meta tag alone (no violation, no console error, nothing fetched from another host or
after load). The desktop crawl is test_every_page_desktop.py.
"""

from __future__ import annotations

import pytest

from tests.browser.phone_checks import PHONE, sideways_scroll, small_touch_targets
from tests.conftest import _watched_page
from tests.helpers import serve_folder
from tests.quality.crawl import axe_in_both_palettes, crawl, policy_problems

pytestmark = [pytest.mark.browser, pytest.mark.long]


@pytest.fixture(scope="module")
def meta_only_url(built_site):
    """The built site with no headers at all, as GitHub Pages serves it: only the meta tag carries the policy."""
    server, url = serve_folder(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def phone(browser, meta_only_url, built_site):
    def look(page, path, response, found):
        found.add("header", path, ["sent a policy header"] if "content-security-policy" in response.headers else [])
        checked, too_small = small_touch_targets(page)
        found.counts["controls"] += checked
        found.add("touch", path, too_small)
        found.add("sideways", path, sideways_scroll(page))
        axe_in_both_palettes(page, path, found, "phone")
        found.add("policy", path, policy_problems(page))

    return crawl(browser, meta_only_url, built_site, look, viewport=PHONE, is_mobile=True, has_touch=True)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_every_page_has_no_axe_violation_on_a_phone(phone, palette):
    problems = phone.report(f"axe {palette} phone")
    assert not problems, f"axe-core WCAG 2.2 AA violations ({palette} palette, 390 px):\n{problems}"


def test_every_control_in_every_page_is_a_44_px_target_and_nothing_scrolls_sideways(phone):
    small, sideways = phone.report("touch"), phone.report("sideways")
    assert phone.counts["controls"] > 500, f"only {phone.counts['controls']} controls measured: too few"
    assert not small, "Controls smaller than 44 x 44 px at 390 px wide:\n" + small
    assert not sideways, "Content that scrolls sideways at 390 px wide:\n" + sideways


def test_every_page_works_under_the_meta_policy_without_headers(phone):
    """Served as GitHub Pages serves it (no Content-Security-Policy header): no violation, no error, nothing
    fetched from another host or after load."""
    problems = phone.report("header", "policy")
    assert not problems, problems


def test_search_works_under_the_meta_policy_without_headers(browser, meta_only_url):
    """Search's worker runs under the meta policy too, and fetches its index."""
    context, page = _watched_page(browser, meta_only_url)
    try:
        page.goto(meta_only_url)
        page.keyboard.press("/")
        page.keyboard.type("assessment")
        page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
        assert page.watch.console_errors == [] and page.watch.outside_requests == []
    finally:
        context.close()
