"""No page for families ends in a dead end (issue 22, part 3): its last section says what to do next
and gives someone real to contact.

The last section is everything from the page's last `<h2>` on. It must link to another page of the
guide that exists, and name a contact with a phone number or web page that reaches a person (not
an example). The pages are the ones the plain English test reads as written for parents.
"""

from __future__ import annotations

import lxml.html
import pytest

from tests.quality.site_pages import main_content, parse, target_file
from tests.quality.test_plain_english import built_file, parent_pages
from tests.helpers import PROJECT
from tests.test_national_help import reaches_a_person


def last_section(article):
    """The page's last section, as a tree of its own: its last h2 and all that follows it."""
    html = lxml.html.tostring(article, encoding="unicode")
    start = html.rfind("<h2")
    assert start > 0, "the page has no h2 section"
    return lxml.html.fragment_fromstring(html[start:], create_parent="div")


def ending_problems(site_dir, doc: str) -> list[str]:
    page = built_file(site_dir, doc)
    section = last_section(main_content(parse(page)))
    problems = []
    steps = [
        href
        for href in section.xpath(".//ul[contains(@class, 'journey-next-steps')]//a/@href")
        if target_file(site_dir, (page.parent.relative_to(site_dir).as_posix() + "/" + href.split("#")[0]))
    ]
    if not steps:
        problems.append(f"{doc}: the last section has no next step (a link to another page of the guide)")
    people = [
        contact
        for contact in section.xpath(".//li[@data-contact]")
        if not contact.xpath(".//*[contains(@class, 'contact-example')]")
        and any(reaches_a_person(href) for href in contact.xpath(".//a/@href"))
    ]
    if not people:
        problems.append(f"{doc}: the last section has no contact that reaches a person")
    return problems


@pytest.mark.parametrize("doc", parent_pages(PROJECT / "docs"))
def test_every_page_for_families_ends_with_a_next_step_and_someone_real(built_site, doc):
    assert ending_problems(built_site, doc) == []


def test_a_page_that_ends_without_them_fails(built_site, tmp_path):
    """The check can fail: the glossary with its ending cut off has neither."""
    page = built_file(built_site, "glossary.md")
    html = page.read_text(encoding="utf-8")
    cut = (
        html[: html.rfind('<h2 id="next-steps"')] + "<h2>Z</h2><p>Zone.</p></article></div></div></main></body></html>"
    )
    copy = built_file(tmp_path, "glossary.md")
    copy.parent.mkdir(parents=True)
    copy.write_text(cut, encoding="utf-8")
    assert len(ending_problems(tmp_path, "glossary.md")) == 2
