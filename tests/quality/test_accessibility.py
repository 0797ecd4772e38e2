"""WCAG 2.2 AA where the every-page crawls cannot look, with axe-core in Chromium: the search dialog open,
a planted fault (the check can fail), a working skip link and a visible keyboard focus.

Every page, in both palettes, at a desktop and a phone width, and reflow at 320 CSS px: test_every_page_desktop.py
and test_every_page_phone.py.
"""

from __future__ import annotations

import pytest

from tests.quality.axe import axe_violations

pytestmark = pytest.mark.browser


def test_open_search_dialog_has_no_axe_violation(page, site_url):
    """The search dialog is hidden on load, so axe checks it open, with results (pitfall 12)."""
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    page.keyboard.type("assessment")
    page.locator(".md-search-result__item").first.wait_for()
    violations = axe_violations(page) + axe_violations(page, {"type": "rule", "values": ["aria-dialog-name"]})
    assert not violations, "\n".join(violations)


def test_axe_finds_a_planted_violation(browser, site_url):
    """The check itself can fail: an image without alternative text is reported."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url)
    page.evaluate(
        "document.querySelector('article').append(Object.assign(document.createElement('img'),"
        " {src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw='}))"
    )
    violations = axe_violations(page)
    context.close()
    assert any(line.startswith("image-alt") for line in violations), violations


def test_skip_link_is_first_visible_on_focus_and_moves_to_the_content(page, site_url):
    page.goto(site_url)
    assert page.locator("html").get_attribute("lang") == "en"
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert "skip" in skip.inner_text().lower()
    assert skip.is_visible()
    target = skip.get_attribute("href")
    assert page.locator(f'main [id="{target[1:]}"]').count() == 1, f"skip link target {target} is not in <main>"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == target


# A focused, visually hidden option (Material's palette switch) shows its focus on the label after it.
FOCUS_STYLE = """() => {
  let shown = document.activeElement;
  if (shown.matches('input.md-option, input.md-toggle')) shown = shown.nextElementSibling || shown;
  const s = getComputedStyle(shown);
  return [s.outlineStyle, parseFloat(s.outlineWidth), s.boxShadow, document.activeElement.outerHTML.slice(0, 120)];
}"""


def test_keyboard_focus_is_visible(page, site_url):
    """Each of the first focus stops from the top of the page shows an outline."""
    page.goto(site_url)
    for _ in range(8):
        page.keyboard.press("Tab")
        style, width, shadow, described = page.evaluate(FOCUS_STYLE)
        assert (style != "none" and width > 0) or shadow != "none", f"no visible focus on {described}"
