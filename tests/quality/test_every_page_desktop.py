"""Every built page at a desktop width, served with the header policy the build writes: one crawl, four checks.

Each page is opened once at 1280 x 720 and checked there for WCAG 2.2 AA with axe-core in the light and the
dark palette, for the Content-Security-Policy (no violation, no console error, nothing fetched from another
host or after load), and for reflow at 320 CSS px (WCAG 1.4.10). The phone crawl is test_every_page_phone.py.
"""

from __future__ import annotations

import pytest

from macros.outputs.csp import POLICY_FILE
from tests.quality.axe import settle_animations
from tests.quality.crawl import axe_in_both_palettes, crawl, policy_problems

pytestmark = [pytest.mark.browser, pytest.mark.long]

DESKTOP = {"width": 1280, "height": 720}
NARROW = {"width": 320, "height": 640}  # WCAG 1.4.10: 1280 px zoomed to 400%

# Scroll width and visible width of the page, at the width it is shown.
PAGE_WIDTHS = "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def reflow_problems(page) -> list[str]:
    """The page narrowed to 320 px, as zooming to 400% narrows it (so after load): does it scroll sideways?"""
    page.set_viewport_size(NARROW)
    try:
        settle_animations(page)  # Material's sidebars slide for a moment as the width changes
        scroll_width, client_width = page.evaluate(PAGE_WIDTHS)
    finally:
        page.set_viewport_size(DESKTOP)
    if scroll_width > NARROW["width"] or scroll_width > client_width:
        return [f"{scroll_width} px wide in {client_width} px"]
    return []


@pytest.fixture(scope="module")
def desktop(browser, site_url, built_site):
    policy = (built_site / POLICY_FILE).read_text(encoding="utf-8").strip()

    def look(page, path, response, found):
        sent = response.headers.get("content-security-policy")
        found.add("header", path, [] if sent == policy else [f"sent the policy {sent!r}"])
        axe_in_both_palettes(page, path, found, "desktop")
        found.add("policy", path, policy_problems(page))
        found.add("reflow", path, reflow_problems(page))

    return crawl(browser, site_url, built_site, look, viewport=DESKTOP)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_every_page_has_no_axe_violation_on_a_desktop(desktop, palette):
    problems = desktop.report(f"axe {palette} desktop")
    assert not problems, f"axe-core WCAG 2.2 AA violations ({palette} palette, 1280 px):\n{problems}"


def test_every_page_works_under_the_policy(desktop):
    """Served with exactly the generated header: no violation, no console error, no outside or late request."""
    problems = desktop.report("header", "policy")
    assert not problems, problems


def test_every_page_reflows_at_320_css_pixels(desktop):
    """WCAG 1.4.10: no horizontal scrolling on a 320 px wide screen."""
    problems = desktop.report("reflow")
    assert not problems, f"Pages that scroll sideways at 320 px:\n{problems}"


def test_the_reflow_check_finds_a_page_too_wide(page, site_url):
    """The check can fail: a 600 px wide block in the text."""
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "glossary/")
    page.evaluate(
        "document.querySelector('article').append(Object.assign(document.createElement('div'),"
        " {style: 'width: 600px', textContent: 'wide'}))"
    )
    assert reflow_problems(page) != []
