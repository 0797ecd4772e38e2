"""What every teacher does first (issue 26), in Chromium: each strategy card prints on one A4 sheet, the new pages
pass axe, a subject teacher reaches five strategies in two clicks, and the checklist's ticks use the record model."""

import json

import pytest

from macros.core import load_site_data
from tests.helpers import PROJECT, pdf_page_count
from tests.quality.axe import axe_violations

pytestmark = pytest.mark.browser

DATA = load_site_data(PROJECT / "data")
AREAS = [record.id for record in DATA["ordinarily_available"].areas]
NEW_PAGES = (
    ["ordinarily-available/", "checklists/before-sen-support/"]
    + [f"ordinarily-available/{a}/" for a in AREAS]
    + [f"ordinarily-available/cards/{a}/" for a in AREAS]
)


@pytest.mark.parametrize("area", AREAS)
def test_each_strategy_card_prints_on_one_a4_sheet_with_every_strategy(page, site_url, area):
    page.goto(site_url + f"ordinarily-available/cards/{area}/")
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert pdf_page_count(pdf) == 1
    from io import BytesIO

    from pypdf import PdfReader

    printed = " ".join(PdfReader(BytesIO(pdf)).pages[0].extract_text().split())
    record = DATA["ordinarily_available"].areas[area]
    for strategy in (*record.universal, *record.sen_support):
        assert " ".join(strategy.text.split()[:4]) in printed, strategy.id
    assert "Research evidence:" in printed or "Usual practice:" in printed


def test_the_new_pages_have_no_axe_violation(page, site_url):
    failures = []
    for path in NEW_PAGES:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        failures += [f"{path}: {line}" for line in axe_violations(page)]
    assert not failures, "\n".join(failures)


def test_a_teacher_reaches_five_strategies_in_two_clicks_and_sees_their_basis(page, site_url):
    """From the graduated response page (in the main menu): the area's link, then the strategies are on the page."""
    page.goto(site_url + "graduated-response/")
    page.get_by_role("link", name="What every teacher can do: cognition and learning").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("ordinarily-available/cognition-learning/")
    strategies = page.locator("#universal ~ ul.oap-strategies").first.locator("> li")
    assert strategies.count() >= 5
    kinds = {strategies.nth(i).locator(".basis").get_attribute("data-basis") for i in range(strategies.count())}
    assert "evidence" in kinds
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_before_sen_support_ticks_are_kept_in_the_child_record(page, site_url):
    page.goto(site_url + "checklists/before-sen-support/")
    page.locator("#cl-before-sen-support-before-explicit").check()
    page.locator("#cl-before-sen-support-before-hearing-vision").check()
    child = json.loads(page.evaluate("() => localStorage.getItem('send-guide:child:unnamed')"))
    ticked = child["records"]["checklist/before-sen-support"]["data"]["ticked"]
    assert sorted(ticked) == ["before-explicit", "before-hearing-vision"]
    page.reload()
    assert page.locator("#cl-before-sen-support-before-explicit").is_checked()
    assert page.locator(".checklist__progress").inner_text().startswith("2 of ")
