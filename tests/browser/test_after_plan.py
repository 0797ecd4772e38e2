"""After the plan in Chromium: the new checklists (kept, read out, keyboard, print), the pages' tabs, the home routes."""

import json

import pytest

from macros.core import load_site_data
from tests.helpers import PROJECT, pdf_page_count

pytestmark = pytest.mark.browser

CHECKLISTS = load_site_data(PROJECT / "data")["checklists"].checklists
NEW_CHECKLISTS = ["annual-review-family", "annual-review-school", "moving-school-family", "appeal-family"]


@pytest.mark.parametrize("checklist_id", NEW_CHECKLISTS)
def test_a_tick_by_keyboard_is_read_out_and_kept(page, site_url, checklist_id):
    items = CHECKLISTS[checklist_id]["items"]
    page.goto(site_url + f"checklists/{checklist_id}/")
    progress = page.locator(".checklist__progress")
    assert progress.get_attribute("role") == "status" and progress.get_attribute("aria-live") == "polite"
    first = page.get_by_label(items[0].text, exact=True)  # each box is named by its own label
    first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == f"cl-{checklist_id}-{items[1].id}"
    page.keyboard.press("Space")
    assert progress.inner_text() == f"2 of {len(items)} done"
    child = json.loads(page.evaluate("localStorage.getItem('send-guide:child:unnamed')"))  # the record model
    assert child["records"][f"checklist/{checklist_id}"]["data"] == {"ticked": [items[0].id, items[1].id]}
    page.reload()
    assert page.locator("input[data-item]:checked").count() == 2
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


@pytest.mark.parametrize("checklist_id", NEW_CHECKLISTS)
def test_each_new_checklist_prints_on_one_a4_page_with_its_ticks(page, site_url, checklist_id):
    page.goto(site_url + f"checklists/{checklist_id}/")
    page.locator("input[data-item]").first.check()
    assert pdf_page_count(page.pdf(format="A4")) == 1  # printed as a user prints, laid out at A4 width
    page.emulate_media(media="print")
    assert page.locator("input[data-item]").first.is_checked()
    assert not page.locator(".md-header").is_visible()


def test_checklist_facts_describe_their_boxes_for_screen_readers(page, site_url):
    page.goto(site_url + "checklists/annual-review-school/")
    box = page.locator("#cl-annual-review-school-report-sent")
    described = page.locator("#" + box.get_attribute("aria-describedby")).inner_text()
    assert "regulation 20(7)" in described


@pytest.mark.parametrize("path", ["annual-reviews/", "moving-school/", "appeals/", "council-late/"])
def test_journey_page_tabs_switch_to_the_school_view_by_keyboard(page, site_url, path):
    page.goto(site_url + path)
    first_step = page.locator("section.ehcna-step").first
    school = first_step.locator(".tabbed-labels label").nth(1)
    assert school.inner_text() == "The school and professionals"
    assert not first_step.locator("[data-audience=professionals]").is_visible()
    school.click()
    assert first_step.locator("[data-audience=professionals]").is_visible()
    assert page.locator("h2#next-steps").count() == 1 and page.locator("h3#contacts").count() == 1
    assert page.watch.console_errors == []


def test_home_page_routes_reach_the_after_the_plan_pages(page, site_url):
    page.goto(site_url)
    routes = {
        "My child has an EHC plan": "annual-reviews/",
        "Moving school": "moving-school/",
        "We disagree or something is late": "appeals/",
    }
    for heading, target in routes.items():
        section = page.get_by_role("heading", name=heading, exact=True)
        assert section.count() == 1, heading
        links = section.locator("xpath=following-sibling::ul[1]//a")
        assert any(href.endswith(target) for href in links.evaluate_all("els => els.map(e => e.href)")), heading
    page.get_by_role("link", name="When the council is late or the plan is not delivered").click()
    assert page.locator("h1").inner_text() == "When the council is late or the plan is not delivered"
