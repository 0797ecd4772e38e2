"""Legal accuracy on the built site: nothing in the legal data is hidden, titles are shown as written."""

import html as html_lib
import re

import lxml.html

from macros.core import load_site_data
from macros.core.render.first_use import abbreviation_index
from tests.helpers import PROJECT

DATA = load_site_data(PROJECT / "data")
STATUTORY = DATA["statutory"]
# Every kind of record in statutory.yml, and the anchor a page gives each record it shows.
RECORD_ANCHORS = {"sources": "source-", "paragraphs": "paragraph-", "facts": "fact-",
                  "exceptions": "exception-", "corrections": "correction-", "notices": "notice-"}


def page_ids(site_dir):
    """Every element id on every built page."""
    found = set()
    for page in site_dir.rglob("*.html"):
        found.update(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
    return found


def hidden_records(statutory, shown_ids) -> list[str]:
    """Records no page shows and that are not marked internal (with the reason)."""
    return [f"{kind}: {record.id}" for kind, prefix in RECORD_ANCHORS.items()
            for record in statutory[kind] or () if not record.internal and prefix + record.id not in shown_ids]


def test_every_legal_record_is_shown_on_a_page_or_marked_internal(built_site):
    assert hidden_records(STATUTORY, page_ids(built_site)) == []


def test_a_record_no_page_shows_is_reported_unless_internal(data_copy):
    from tests.helpers import replace_in

    replace_in(data_copy / "statutory.yml", "corrections:\n",
               "corrections:\n  - id: never-shown\n    seed_says: x\n    current: y\n", 1)
    changed = load_site_data(data_copy)["statutory"]
    shown = {f"correction-{c.id}" for c in STATUTORY.corrections}
    assert hidden_records(changed, shown | {f"{p}{r.id}" for k, p in RECORD_ANCHORS.items() if k != "corrections"
                                            for r in STATUTORY[k] or ()}) == ["corrections: never-shown"]


def test_white_paper_is_a_notice_and_not_under_legal_sources(built_site):
    page = lxml.html.parse(str(built_site / "sources" / "index.html")).getroot()
    legal = page.xpath("//h2[@id='legal-sources']/following-sibling::ul[1]")[0].text_content()
    assert "thriving" not in legal.lower() and "white paper" not in legal.lower()
    notice = page.xpath("//aside[@class='proposed-changes']")[0].text_content()
    assert "Every child achieving and thriving" in notice and "Nothing has changed in the law yet." in notice
    assert "Wales" not in legal
    assert "England only" in page.xpath("//h2[@id='other-countries']/following-sibling::ul[1]")[0].text_content()
    corrections = page.xpath("//h2[@id='corrections']")
    assert corrections and "out of date" in corrections[0].text_content()


def test_document_titles_render_exactly_as_written_on_every_page(built_site):
    """No first-use expansion inside a title: 'SEND Regulations 2014', never 'Special ... (SEND) Regulations 2014'."""
    index = abbreviation_index(DATA.glossary)
    mangled = []
    for source in DATA.sources:
        for title in (source.title, source.short):
            for word in set(re.findall(r"[A-Za-z]+", title)) & set(index):
                mangled.append(title.replace(word, f"{index[word].full} ({word})"))
    sources_text = lxml.html.parse(str(built_site / "sources" / "index.html")).getroot().text_content()
    for source in DATA.sources:
        assert source.title in sources_text, source.title
    for page in built_site.rglob("*.html"):
        text = " ".join(html_lib.unescape(lxml.html.parse(str(page)).getroot().text_content()).split()).lower()
        for bad in mangled:   # lower case: a first use mid-sentence is written in lower case
            assert " ".join(bad.split()).lower() not in text, (page, bad)
        assert "(national professional qualification for sencos (npq))" not in text, page
