"""Keyboard alone: the template form, the deadline calculator and the audience tabs.

Each test reaches its control with Tab from the top of the page (as a keyboard
user would) and operates it with keys only. Checklists and the agencies filter
have their own keyboard tests beside them (tests/browser/).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TAB_LIMIT = 150


def tab_to(page, is_target: str) -> None:
    """Press Tab until `is_target` (a JS expression about `el`, the focused element) holds."""
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({is_target}); }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {is_target}")


def test_template_form_is_filled_kept_and_cleared_by_keyboard(london, site_url):
    page = london
    page.goto(site_url + "forms/pupil-voice/")
    tab_to(
        page, "el.type === 'radio' && !!el.closest('.record-switcher')"
    )  # keeping is the person's choice, made by keyboard too: arrows pick it
    for _ in range(4):
        if page.evaluate("document.activeElement.value") == "until-cleared":
            break
        page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "until-cleared"
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, "el.id === 'tpl-pupil-voice-pupil-name'")
    page.keyboard.type("Sam")
    page.keyboard.press("Tab")
    page.keyboard.type("5B")
    page.wait_for_function("() => (localStorage.getItem('send-guide:child:unnamed') || '').includes('5B')")
    page.reload()
    assert page.input_value("#tpl-pupil-voice-pupil-name") == "Sam"
    assert page.input_value("#tpl-pupil-voice-class") == "5B"

    page.once("dialog", lambda dialog: dialog.accept())
    tab_to(page, "el.tagName === 'BUTTON' && /clear/i.test(el.textContent)")
    page.keyboard.press("Enter")
    assert page.input_value("#tpl-pupil-voice-pupil-name") == ""
    assert page.input_value("#tpl-pupil-voice-class") == ""
    assert page.watch.console_errors == []


def test_deadline_calculator_works_by_keyboard(london, site_url):
    page = london
    page.goto(site_url + "calculators/assessment-dates/")
    tab_to(page, "el.id === 'calc-assessment-request-day'")
    for text in ("5", "1", "2026"):  # day, month, year: no automatic tabbing, Tab moves on
        page.keyboard.type(text)
        page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.deadline-calculator__dates').textContent.includes('Monday 16 February 2026')",
        timeout=5000,
    )
    assert page.evaluate("document.activeElement.textContent") == "Your dates"

    tab_to(page, "el.tagName === 'BUTTON' && /calendar/i.test(el.textContent)")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    text = download.value.path().read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20260216" in text
    assert page.watch.console_errors == []


def test_audience_tabs_switch_by_keyboard(london, site_url):
    page = london
    page.goto(site_url + "ehc-needs-assessment/")
    tab_to(page, "el.id === 'ehcna-step-1-audience-family'")
    family = page.locator("#ehcna-step-1-audience-family ~ .tabbed-content > .tabbed-block").first
    professionals = page.locator("#ehcna-step-1-audience-family ~ .tabbed-content > .tabbed-block").nth(1)
    assert family.is_visible() and not professionals.is_visible()
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#ehcna-step-1-audience-professionals")
    assert professionals.is_visible() and not family.is_visible()
