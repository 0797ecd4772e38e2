"""Checklist and form pages are in the navigation, shown as current there, and link back to their index."""

from urllib.parse import urljoin

import lxml.html
import pytest

from macros.core import load_site_data
from tests.helpers import PROJECT


def form_pages():
    data = load_site_data(PROJECT / "data")
    return [f"checklists/{c.id}/index.html" for c in data["checklists"].checklists] + [
        f"forms/{t.id}/index.html" for t in data["templates"].templates
    ]


@pytest.mark.parametrize("page", form_pages())
def test_the_menu_shows_where_a_checklist_or_form_page_is_and_the_page_links_back(built_site, page):
    html = (built_site / page).read_bytes()
    tree = lxml.html.fromstring(html)
    menu = tree.xpath("//nav[contains(@class, 'md-nav--primary')]")[0]
    current = menu.xpath(".//a[contains(@class, 'md-nav__link--active')]")
    assert len(current) == 1, f"{page}: the menu shows no current page"
    sections = [
        " ".join(label.text_content().split())
        for label in menu.xpath(".//li[contains(@class, 'md-nav__item--active')]/label")
    ]
    assert sections[0] == "Checklists and templates"
    back = tree.xpath("//article//p[contains(@class, 'part-of')]/a")
    assert back and back[0].text_content() == "Checklists and templates"
    assert urljoin("http://site.invalid/" + page, back[0].get("href")) == "http://site.invalid/checklists/"
    assert b'tabindex=""' not in html  # Material's empty tabindex on section labels is removed
