"""A guide built without a council's details still leads a family to someone real (issue 22, part 1).

The base guide reaches no council: its contact sections, "If you disagree", the agencies
page and every footer show national help (data/national_contacts.yml), never the example
council's made-up details. Phone and email links are big enough to tap.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from macros.core.render.contacts import DRAMA_NUMBER_STARTS, dialled, placeholder_reason
from tests.quality.site_pages import built_pages, page_path

EXAMPLE_HOST = re.compile(r"example\.(gov\.uk|com|org|net)|\.example\b")
DRAMA_NUMBER = re.compile(
    r"\b0\s?(1632|113 ?496|117 ?496|118 ?496|121 ?496|131 ?496|141 ?496|151 ?496|161 ?496|"
    r"191 ?498|20 ?7946|28 ?9649|29 ?2018|306 ?999|7700 ?900|808 ?157|909 ?879)"
)


def reaches_a_person(link: str) -> bool:
    """A tel: link to a real number, or a web page on a real host."""
    if link.startswith("tel:"):
        return not dialled(link[4:]).replace("+44", "0", 1).startswith(DRAMA_NUMBER_STARTS)
    return link.startswith("https://") and not placeholder_reason("url", link)


def test_the_pattern_used_here_finds_every_kind_of_made_up_detail():
    """The check below can fail: it finds the example council's numbers and addresses."""
    for made_up in ("01632 960001", "0113 496 0000", "020 7946 0000", "07700 900123"):
        assert DRAMA_NUMBER.search(made_up), made_up
    for address in ("sen.team@example.gov.uk", "https://www.northfield.example/localoffer"):
        assert EXAMPLE_HOST.search(address), address
    assert not DRAMA_NUMBER.search("0808 808 3555") and not EXAMPLE_HOST.search("https://www.gov.uk/")


def test_a_build_without_a_council_shows_no_example_contact(built_site):
    """Only the accessibility statement keeps an example (labelled): its contact is the publisher's own."""
    shown = []
    for page in built_pages(built_site):
        path = page_path(built_site, page)
        tree = lxml.html.fromstring(page.read_text(encoding="utf-8"))
        for script in tree.xpath("//script"):
            script.drop_tree()  # the search index and JSON data are not what a reader sees
        text = tree.text_content()
        links = " ".join(tree.xpath("//a/@href"))
        if path == "accessibility/":
            assert tree.xpath("//p[@class='contact-example']/strong[text()='Example only. ']"), path
            continue
        shown += [f"{path}: {m.group(0)}" for m in DRAMA_NUMBER.finditer(text + links)]
        shown += [f"{path}: {m.group(0)}" for m in EXAMPLE_HOST.finditer(links + text)]
        assert not tree.xpath("//*[@class='contact-example']"), path  # no contact labelled as an example
    assert not shown, "\n".join(shown)


def test_every_place_a_family_looks_for_help_reaches_a_person(built_site):
    """The contacts section, "If you disagree", the agencies page and every footer: a real number or page."""
    places = {
        "": "//*[@id='contacts']/following-sibling::ul[1]",
        "agencies/": "//*[@id='contacts']/following-sibling::ul[1]",
        "ehc-needs-assessment/": "//*[@id='disagree-contacts']/following-sibling::ul[1]",
    }
    checked = 0
    for page in built_pages(built_site):
        path = page_path(built_site, page)
        tree = lxml.html.fromstring(page.read_text(encoding="utf-8"))
        footer = tree.xpath("//footer//*[contains(@class, 'send-contacts--footer')]")
        assert footer, path
        footer_links = footer[0].xpath(".//a/@href")
        assert any(link.startswith("tel:") and reaches_a_person(link) for link in footer_links), path
        assert all(reaches_a_person(link) for link in footer_links), (path, footer_links)
        if path in places:
            section = tree.xpath(places[path])
            assert section, path
            # A short form's first use on the page links to its glossary entry: a word explained, not a contact.
            links = [link for link in section[0].xpath(".//a/@href") if "glossary/#" not in link]
            assert links and all(reaches_a_person(link) for link in links), (path, links)
            checked += 1
    assert checked == len(places)


def test_if_you_disagree_names_the_tribunal_the_ombudsman_and_free_legal_advice(built_site):
    tree = lxml.html.fromstring((built_site / "ehc-needs-assessment/index.html").read_text(encoding="utf-8"))
    shown = tree.xpath("//*[@id='disagree-contacts']/following-sibling::ul[1]/li/@data-contact")
    assert shown == ["find-sendiass", "ipsea", "send-tribunal", "ombudsman"]
    ombudsman = tree.xpath("//li[@data-contact='ombudsman']")[0]
    assert ombudsman.xpath(".//a[@href='tel:03000610614']/text()") == ["0300 061 0614"]


def test_the_sendiass_and_sen_team_agency_cards_lead_to_the_national_finders(built_site):
    tree = lxml.html.fromstring((built_site / "agencies/index.html").read_text(encoding="utf-8"))
    for agency, link in (("sendiass", "Find your local SENDIASS"), ("la-send-team", "Find your council on GOV.UK")):
        card = tree.xpath(f"//li[@data-agency='{agency}']")[0]
        href = card.xpath(f".//a[normalize-space(string())='{link}']/@href")
        assert href and reaches_a_person(href[0]), agency


@pytest.mark.browser
def test_phone_links_are_easy_to_tap_on_a_phone(browser, site_url):
    """44 px tall at 390 px wide, in the contacts section, beside "If you disagree" and in the footer."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    measured = []
    for path in ("", "ehc-needs-assessment/", "agencies/"):
        page.goto(site_url + path)
        links = page.locator(".send-contacts a[href^='tel:'], .agency__contact a[href^='tel:']")
        assert links.count() > 0, path
        for index in range(links.count()):
            box = links.nth(index).bounding_box()
            if box:  # a link in a section a reader has not opened has no box
                measured.append((path, links.nth(index).get_attribute("href"), box["height"]))
    context.close()
    assert measured and all(height >= 44 for _, _, height in measured), [m for m in measured if m[2] < 44]
