"""The guide on a stressed parent's phone, 390 x 844 CSS px (issue 22, part 3).

Every control a finger must hit in the page content is at least 44 px each way (links inside sentences
are exempt), nothing in the content scrolls sideways (the audience tabs' labels fit the row), and the
calculator's "When the council can take longer" expanders, shown with the results, are big enough too.
The checks themselves are in phone_checks.py; the phone crawl (tests/quality/test_every_page_phone.py)
runs them on every page.
"""

from __future__ import annotations

import pytest

from tests.browser.phone_checks import PHONE, screens_tall, sideways_scroll, small_touch_targets

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_the_calculators_expanders_are_44_px_targets(phone, site_url):
    """'When the council can take longer' is shown with the results: a <summary> a finger opens."""
    phone.goto(site_url + "calculators/assessment-dates/")
    for part, value in zip(("day", "month", "year"), ("2", "3", "2026")):
        phone.locator(f"#calc-assessment-request-{part}").fill(value)
    phone.get_by_role("button", name="Show my dates").click()
    summaries = phone.locator("article summary")
    summaries.first.wait_for()
    assert summaries.count() > 0
    checked, small = small_touch_targets(phone)
    assert checked and small == []


def test_the_audience_tab_labels_fit_a_phone_without_arrow_buttons(phone, site_url):
    phone.goto(site_url + "annual-reviews/")
    labels = phone.locator(".ehcna-audiences > .tabbed-labels").first
    assert labels.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert phone.locator("article .tabbed-button:visible").count() == 0


def test_the_touch_check_finds_a_small_control_and_a_wide_row(phone, site_url):
    """The checks can fail: a 20 px button and a row 600 px wide in a scrolling box are reported."""
    phone.goto(site_url + "agencies/")
    phone.evaluate("""() => {
      const article = document.querySelector('article');
      const button = Object.assign(document.createElement('button'), {textContent: 'x'});
      button.style.height = '20px'; button.style.minHeight = '0';
      const box = document.createElement('div'); box.style.overflowX = 'auto';
      const row = document.createElement('div'); row.style.width = '600px'; row.textContent = 'wide';
      box.append(row); article.append(button, box);
    }""")
    assert any("<button" in line for line in small_touch_targets(phone)[1])
    assert any("scrolls sideways" in line for line in sideways_scroll(phone))


def test_the_assessment_guide_fits_12_phone_screens_with_the_short_answer_first(phone, site_url):
    """Issue 22: 22 screens before; now the short answer, then the detail behind <details>, in 12 screens or fewer."""
    phone.goto(site_url + "ehc-needs-assessment/")
    phone.wait_for_load_state("networkidle")
    screens = screens_tall(phone)
    assert screens <= 12, f"the assessment guide is {screens:.1f} phone screens long"
    top = {
        name: phone.locator(selector).first.evaluate("el => el.getBoundingClientRect().top + scrollY") / PHONE["height"]
        for name, selector in (
            ("the four steps and their weeks", ".ehcna-timeline"),
            ("the calculator", "article a[href$='calculators/assessment-dates/']"),
            ("the checklist", "article a[href$='checklists/parent-ehcna/']"),
            ("who to contact", "article a[href='#contacts']"),
        )
    }
    assert all(screen < 4 for screen in top.values()), top  # the short answer is on the first screens
    notice = phone.locator("article .proposed-changes")
    assert notice.count() == 1 and notice.bounding_box()["height"] <= 4 * 26  # one or two lines, with its link
    assert notice.locator("a[href*='sources/#notice-']").count() == 1
    assert phone.locator("#time-limit-exceptions").count() == 1  # the exceptions, once


def test_the_detail_is_all_there_behind_summaries_that_open_without_javascript(page_without_js, site_url):
    page = page_without_js
    page.goto(site_url + "ehc-needs-assessment/")
    more = page.locator("details.ehcna-step__more")
    assert more.count() == 4 and page.locator("details.ehcna-step__more h3[id$='-practice']").count() == 4
    law = page.locator("#step-1-law")
    assert not law.is_visible()
    more.first.locator("summary").click()
    assert law.is_visible()
    page.locator("a[href='#time-limit-exceptions']").first.click()
    page.locator("#time-limit-exceptions > summary").click()
    assert page.locator("#time-limit-exceptions li[data-ground]").first.is_visible()


def test_closed_sections_print_open(phone, site_url):
    phone.goto(site_url + "ehc-needs-assessment/")
    phone.emulate_media(media="print")
    assert phone.locator("#step-1-law").is_visible()
    assert phone.locator("#time-limit-exceptions li[data-ground]").first.is_visible()
