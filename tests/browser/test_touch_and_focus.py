"""On a phone (375 px wide) buttons and text fields are at least 44 px tall; after an action, focus moves
to what changed and the change is announced."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
CONTROLS = "button, .md-button, select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=hidden])"
PAGES = (
    "agencies/",
    "ehc-needs-assessment/",
    "checklists/parent-ehcna/",
    "forms/sen-support-plan/",
    "forms/parent-voice/",
)  # the pages with buttons, menus and text fields


@pytest.fixture
def phone(browser, site_url):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_buttons_and_text_fields_are_at_least_44_px_tall_on_a_phone(phone, site_url, path):
    phone.goto(site_url + path)
    phone.wait_for_load_state("networkidle")
    sizes = phone.locator(f"article :is({CONTROLS})").evaluate_all(
        "els => els.filter(e => e.offsetParent !== null)"
        ".map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])"
    )
    assert sizes, f"{path}: no buttons or fields found to measure"
    small = [(html, round(height)) for html, height in sizes if height < 44]
    assert small == [], f"{path}: smaller than 44 px: {small}"


CONTACT_LINKS = (
    ":is(.send-contacts, .contact-details, .agency__contact, .contact-links) :is(a[href^='tel:'], a[href^='mailto:'])"
)


@pytest.mark.parametrize("path", ("", "agencies/", "ehc-needs-assessment/", "accessibility/"))
def test_phone_and_email_links_are_at_least_44_px_tall_on_a_phone(phone, site_url, path):
    """A thumb must hit a phone number or email wherever contacts are listed, the footer on every page included."""
    phone.goto(site_url + path)
    sizes = phone.locator(CONTACT_LINKS).evaluate_all(
        "els => els.filter(e => e.offsetParent !== null)"
        ".map(e => [e.getAttribute('href'), e.getBoundingClientRect().height])"
    )
    assert any(href.startswith("tel:") for href, _ in sizes), f"{path}: no phone link found to measure"
    small = [(href, round(height)) for href, height in sizes if height < 44]
    assert small == [], f"{path}: smaller than 44 px: {small}"


def test_clearing_a_checklist_moves_focus_to_the_list_and_says_so(page, site_url):
    page.goto(site_url + "checklists/parent-ehcna/")
    boxes = page.locator("[data-checklist] input[type=checkbox]")
    boxes.nth(1).check()
    boxes.nth(2).check()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear all ticks").click()
    assert page.evaluate("() => document.activeElement.matches('[data-checklist] input[type=checkbox]')")
    assert page.locator(".checklist__progress[role=status]").inner_text().startswith("All ticks cleared.")


def test_clearing_a_form_moves_focus_to_its_first_field_and_says_so(page, site_url):
    page.goto(site_url + "forms/sen-support-plan/")
    page.locator("[data-field]").first.fill("Sam")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear the form").click()
    assert page.evaluate("() => document.activeElement === document.querySelector('[data-template] [data-field]')")
    assert (
        page.locator("[data-template] p[role=status]").filter(has_text="cleared").inner_text() == "The form is cleared."
    )


def test_the_calculator_moves_focus_to_its_error_or_its_dates(page, site_url):
    """Issue 14's rule (GOV.UK): an error moves focus to the error summary; "Show my dates" to the results heading."""
    page.goto(site_url + "calculators/assessment-dates/")
    page.get_by_role("button", name="Show my dates").click()
    assert page.evaluate("() => document.activeElement.matches('.deadline-calculator__summary')")
    assert page.locator("#calc-assessment-request-day").get_attribute("aria-invalid") == "true"
    today = page.evaluate("() => new Date().toISOString().slice(0, 10)").split("-")
    for part, value in zip(("year", "month", "day"), today):
        page.locator(f"#calc-assessment-request-{part}").fill(value)
    page.get_by_role("button", name="Show my dates").click()
    assert page.evaluate("() => document.activeElement.matches('.deadline-calculator__heading')")
    assert page.locator(".deadline-calculator [aria-live=polite] .deadline-calculator__result").is_visible()
