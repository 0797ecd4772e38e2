"""No checklist or form is an orphan: a guidance page links each one, from the data's `pages`."""

from urllib.parse import urljoin, urlsplit

import lxml.html

from macros.core import load_site_data
from tests.helpers import PROJECT
from tests.quality.site_pages import page_path, target_file

# Pages that list every checklist and form, or are one: a link from them does not count.
NOT_GUIDANCE = ("checklists/", "forms/", "search/")
SITE = "http://site.invalid/"  # a base to resolve relative links against


def guidance_links(built_site) -> dict[str, set[str]]:
    """Built file of each checklist or form page -> the guidance pages whose content links it."""
    linked: dict[str, set[str]] = {}
    for page in sorted(built_site.rglob("*.html")):
        path = page_path(built_site, page)
        if path.startswith(NOT_GUIDANCE) or path == "404.html":
            continue
        tree = lxml.html.fromstring(page.read_bytes())
        for href in tree.xpath("//article//a/@href"):
            url = urljoin(SITE + path, href)
            target = target_file(built_site, urlsplit(url).path) if url.startswith(SITE) else None
            if target is not None:
                linked.setdefault(page_path(built_site, target), set()).add(path or "home")
    return linked


def test_every_checklist_and_form_is_linked_from_a_guidance_page(built_site):
    data = load_site_data(PROJECT / "data")
    linked = guidance_links(built_site)
    pages = [f"checklists/{c.id}/" for c in data["checklists"].checklists]
    pages += [f"forms/{t.id}/" for t in data["templates"].templates]
    orphans = [page for page in pages if not linked.get(page)]
    assert orphans == [], f"no guidance page links these (add the page to their `pages` in data/): {orphans}"


def test_the_sen_support_plans_and_planning_meetings_pages_list_their_own_forms(built_site):
    linked = guidance_links(built_site)
    assert "sen-support-plans/" in linked["forms/sen-support-plan/"]
    assert "sen-support-plans/" in linked["checklists/sen-support-plan/"]
    assert "planning-meetings/" in linked["checklists/planning-consultation/"]
    assert "planning-meetings/" in linked["forms/planning-consultation-record/"]
    heading = lxml.html.fromstring((built_site / "planning-meetings/index.html").read_bytes()).xpath(
        "//article//h2[@id='checklists-and-templates']"
    )
    assert heading and heading[0].text_content().strip() == "Checklists and templates for this page"
