"""The guide pages in real Chromium: abbreviations, the agencies filter (and the list without JavaScript), print.
(The 320 px check of every page is in the desktop crawl, tests/quality/test_every_page_desktop.py.)"""

import pytest

pytestmark = pytest.mark.browser

GUIDE_PAGES = (
    "",
    "graduated-response/",
    "ehc-needs-assessment/",
    "sen-support-plans/",
    "planning-meetings/",
    "agencies/",
    "roles/",
    "glossary/",
    "sources/",
)

# For each <abbr> in body text: is it the first of its kind, and has the page spelled out its title before it?
FIRST_USES = """() => {
  const article = document.querySelector("article");
  const skip = "h1,h2,h3,h4,h5,h6,a,nav,label,button,summary,caption,figcaption,code,cite,q,[data-no-first-use]";
  const seen = new Set(), result = [];
  for (const abbr of article.querySelectorAll("abbr")) {
    if (abbr.closest(skip) || seen.has(abbr.title)) continue;
    seen.add(abbr.title);
    const before = document.createRange();
    before.setStart(article, 0);
    before.setEndBefore(abbr);
    const text = before.toString().toLowerCase().replace(/\\s+/g, " ");
    result.push({abbr: abbr.textContent, title: abbr.title, spelledOut: text.includes(abbr.title.toLowerCase())});
  }
  return result;
}"""


def test_abbreviations_carry_their_expansion_and_are_spelled_out_at_first_use(page, site_url):
    checked = 0
    for path in GUIDE_PAGES:
        page.goto(site_url + path)
        titles = page.locator("article abbr").evaluate_all("els => els.map(e => [e.textContent, e.title])")
        assert titles, path
        assert all(title.strip() for _, title in titles), (path, [a for a, t in titles if not t.strip()])
        for use in page.evaluate(FIRST_USES):
            assert use["spelledOut"], (path, use)
            checked += 1
    assert checked > 20


def test_first_use_links_to_the_glossary_entry(page, site_url):
    page.goto(site_url + "graduated-response/")
    link = page.locator("article a.glossary-first-use").first
    href = link.get_attribute("href")
    assert href.startswith("../glossary/#")
    page.goto(site_url + "glossary/")
    assert page.locator(f"[id='{href.split('#')[1]}']").count() == 1


def test_agencies_filter_narrows_the_list_and_says_how_many_are_shown(page, site_url):
    page.goto(site_url + "agencies/")
    page.wait_for_load_state("networkidle")
    cards = page.locator(".agency:visible")
    everything = cards.count()
    status = page.locator(".agencies-filter [role=status]")
    total = len(set(page.locator(".agency").evaluate_all("els => els.map(e => e.dataset.agency)")))
    assert status.inner_text() == f"Showing all {total} services."

    page.focus("#agencies-filter-area")  # by keyboard: focus, then arrow down
    page.keyboard.press("ArrowDown")
    first_area = page.eval_on_selector("#agencies-filter-area", "s => s.value")
    assert first_area
    assert page.locator(".agency-group:visible").count() == 1
    assert page.locator("h2[id^='agencies-']:visible").count() == 1  # a hidden group's heading hides too
    in_area = cards.count()
    assert 0 < in_area < everything
    shown = len(set(page.locator(".agency:visible").evaluate_all("els => els.map(e => e.dataset.agency)")))
    assert status.inner_text() == f"Showing {shown} of {total} services ({total - shown} hidden by the filter)."

    page.select_option("#agencies-filter-referrer", "young-person")
    visible = page.locator(".agency:visible").evaluate_all("els => els.map(e => e.dataset.referral)")
    assert visible and all("young-person" in referral.split() for referral in visible)
    assert len(visible) < in_area
    assert page.watch.console_errors == []


def test_agencies_filter_hides_links_to_hidden_groups_and_keeps_the_choice_in_the_address(page, site_url):
    page.goto(site_url + "agencies/")
    jump_links = page.locator("nav.agencies-areas a")
    groups = jump_links.count()
    page.select_option("#agencies-filter-area", "sensory-physical")
    assert "area=sensory-physical" in page.url
    assert jump_links.filter(visible=True).count() == 1  # no link to a section the filter hid
    assert jump_links.filter(visible=True).get_attribute("href") == "#agencies-sensory-physical"
    contents = page.locator(".md-nav--secondary a[href^='#agencies-']")
    assert contents.filter(visible=True).count() <= 1
    page.select_option("#agencies-filter-referrer", "parent-carer")
    assert "referrer=parent-carer" in page.url
    narrowed = page.locator(".agency:visible").count()

    page.reload()  # a reload (or a shared link) keeps the filter
    assert page.eval_on_selector("#agencies-filter-area", "s => s.value") == "sensory-physical"
    assert page.eval_on_selector("#agencies-filter-referrer", "s => s.value") == "parent-carer"
    assert page.locator(".agency:visible").count() == narrowed

    page.go_back()  # back undoes the last choice
    assert page.eval_on_selector("#agencies-filter-referrer", "s => s.value") == ""
    assert page.eval_on_selector("#agencies-filter-area", "s => s.value") == "sensory-physical"
    page.go_back()
    assert page.eval_on_selector("#agencies-filter-area", "s => s.value") == ""
    assert jump_links.filter(visible=True).count() == groups
    assert "hidden" not in page.locator(".agencies-filter [role=status]").inner_text()
    assert page.watch.console_errors == []


def test_grouped_agencies_list_works_without_javascript(page_without_js, site_url):
    page = page_without_js
    page.goto(site_url + "agencies/")
    assert page.locator(".agencies-filter").is_hidden()
    groups = page.locator(".agency-group")
    assert groups.count() == 4
    assert all(page.locator(f"h2[id='{group.get_attribute('data-heading')}']").is_visible() for group in groups.all())
    for link in page.locator("nav.agencies-areas a").all():
        target = link.get_attribute("href")
        assert page.locator(f"[id='{target[1:]}']").is_visible()
    assert page.locator(".agency:visible").count() == page.locator(".agency").count() > 20


def test_ehcna_guide_prints_the_timeline_and_both_audiences_without_site_chrome(page, site_url):
    page.goto(site_url + "ehc-needs-assessment/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        assert page.locator(chrome).first.is_hidden(), chrome
    assert page.locator(".ehcna-timeline__chart").is_visible()
    assert page.locator(".ehcna-timeline__steps").is_visible()
    blocks = page.locator(".ehcna-audiences .tabbed-block")
    assert blocks.count() == 8
    assert all(blocks.nth(i).is_visible() for i in range(blocks.count()))
    assert page.locator(".last-reviewed").is_visible()


def test_ehcna_tabs_switch_audience_on_screen(page, site_url):
    page.goto(site_url + "ehc-needs-assessment/")
    step = page.locator(".ehcna-step").first
    family, professionals = step.locator(".tabbed-block").nth(0), step.locator(".tabbed-block").nth(1)
    assert family.is_visible() and professionals.is_hidden()
    step.locator("label", has_text="The school and professionals").click()
    assert professionals.is_visible() and family.is_hidden()
