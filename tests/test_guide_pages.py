"""The built guide pages: one h1, headings in order, last-reviewed date, and figures that follow the data."""

import lxml.html

from macros.core import load_site_data
from macros.core.render.text import date_text
from macros.outputs.external_links import is_external
from tests.helpers import PROJECT
from tests.quality.site_pages import target_file

GUIDE_PAGES = (
    "index.html",
    "graduated-response/index.html",
    "ehc-needs-assessment/index.html",
    "sen-support-plans/index.html",
    "planning-meetings/index.html",
    "agencies/index.html",
    "roles/index.html",
    "glossary/index.html",
    "sources/index.html",
)


def article(built_site, page):
    tree = lxml.html.fromstring((built_site / page).read_bytes())
    return tree.xpath("//article")[0]


def test_each_guide_page_has_one_h1_and_headings_in_order(built_site):
    for page in GUIDE_PAGES:
        levels = [int(h.tag[1]) for h in article(built_site, page).iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels[0] == 1 and levels.count(1) == 1, page
        skips = [(a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
        assert skips == [], (page, skips)


def test_every_page_says_when_it_was_last_reviewed(built_site):
    reviewed = date_text(load_site_data(PROJECT / "data").site.last_reviewed)
    for page in sorted(built_site.rglob("*.html")):
        if page.name == "404.html":
            continue
        line = lxml.html.fromstring(page.read_bytes()).xpath("//p[@class='last-reviewed']")
        assert line and line[0].text_content() == f"Last reviewed: {reviewed}", page


def test_stage_pages_reach_roles_and_agencies_in_one_click(built_site):
    page = article(built_site, "graduated-response/index.html")
    data = load_site_data(PROJECT / "data")
    for stage in data.stages:
        hrefs = page.xpath(f".//h2[@id='stage-{stage.id}']/following-sibling::section[1]//a/@href")
        assert any(href.startswith("../roles/#") for href in hrefs), stage.id
    assert page.xpath(".//a[@href='../agencies/']")


def test_date_text_is_the_gov_uk_style():
    assert date_text("2026-11-23") == "23 November 2026"
    assert date_text("2027-02-01") == "1 February 2027"
    assert date_text(None) == ""


def test_the_not_found_page_leads_to_every_part_of_the_guide_from_any_address(built_site):
    """404.html is served at whatever address was asked for, so each of its links starts from the site's
    root, and it lists each part of the guide (the nav's top level), not a bare "Not found"."""
    page = lxml.html.fromstring((built_site / "404.html").read_bytes())
    parts = page.xpath("//article//ul[@class='send-not-found__parts']//a/@href")
    assert len(parts) >= 15 and parts[0] == "/" and "/letters/" in parts and "/calculators/" in parts, parts
    own = [href for href in page.xpath("//article//a/@href | //footer//a/@href") if not is_external(href)]
    assert own and all(href.startswith("/") for href in own), own
    missing = [href for href in own if target_file(built_site, href) is None]
    assert missing == []
