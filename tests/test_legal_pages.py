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
RECORD_ANCHORS = {
    "sources": "source-",
    "paragraphs": "paragraph-",
    "facts": "fact-",
    "exceptions": "exception-",
    "corrections": "correction-",
    "notices": "notice-",
}


def page_ids(site_dir):
    """Every element id on every built page."""
    found = set()
    for page in site_dir.rglob("*.html"):
        found.update(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
    return found


def hidden_records(statutory, shown_ids) -> list[str]:
    """Records no page shows and that are not marked internal (with the reason)."""
    return [
        f"{kind}: {record.id}"
        for kind, prefix in RECORD_ANCHORS.items()
        for record in statutory[kind] or ()
        if not record.internal and prefix + record.id not in shown_ids
    ]


def test_every_legal_record_is_shown_on_a_page_or_marked_internal(built_site):
    assert hidden_records(STATUTORY, page_ids(built_site)) == []


def test_a_record_no_page_shows_is_reported_unless_internal(data_copy):
    from tests.helpers import replace_in

    replace_in(
        data_copy / "statutory.yml",
        "corrections:\n",
        "corrections:\n  - id: never-shown\n    seed_says: x\n    current: y\n",
        1,
    )
    changed = load_site_data(data_copy)["statutory"]
    shown = {f"correction-{c.id}" for c in STATUTORY.corrections}
    assert hidden_records(
        changed,
        shown | {f"{p}{r.id}" for k, p in RECORD_ANCHORS.items() if k != "corrections" for r in STATUTORY[k] or ()},
    ) == ["corrections: never-shown"]


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
        for bad in mangled:  # lower case: a first use mid-sentence is written in lower case
            assert " ".join(bad.split()).lower() not in text, (page, bad)
        assert "(national professional qualification for sencos (npq))" not in text, page


def _words(text: str) -> str:
    return " ".join(html_lib.unescape(text).split())


def _statement(element) -> str:
    """An element's words as the data writes them: a glossary first use ("special educational needs (SEN)")
    depends on where on its page the text falls, so it is read back as the abbreviation alone."""
    import copy

    element = copy.deepcopy(element)
    for expanded in element.xpath(".//a[contains(@class, 'glossary-first-use')]"):
        expanded.drop_tree()
    return re.sub(r"\s*\(([A-Za-z]+)\)", r" \1", _words(element.text_content())).strip()


def _sources_page(built_site):
    page = lxml.html.parse(str(built_site / "sources" / "index.html")).getroot()
    ids = set(page.xpath("//@id"))
    statements = set()
    for cell in page.xpath("//table[@class='legal-statements']/tbody/tr/td[1]"):
        for note in cell.xpath(".//*[@data-not-confirmed]"):
            note.drop_tree()
        statements.add(_statement(cell))
    practice = " ".join(_statement(item) for item in page.xpath("//ul[@class='local-practice']/li"))
    return ids, statements, practice


def test_every_legal_point_and_every_practice_label_on_a_page_is_on_the_sources_page(built_site):
    """The Sources page tells the whole truth (issue 21): each point a page states as law is a row there, each
    label that cites the Sources page finds its target, and each local or usual practice is in its list."""
    ids, statements, practice = _sources_page(built_site)
    points = links = labels = 0
    for path in built_site.rglob("*.html"):
        page = lxml.html.parse(str(path)).getroot()
        for label in page.xpath(
            "//p[contains(@class, 'ehcna-step__basis')][@data-basis='law' or @data-basis='statutory-guidance']"
        ):
            following = label.getnext()
            if following is not None and following.tag == "ul":
                for item in following.xpath("./li"):
                    assert _statement(item) in statements, (path, item.text_content())
                    points += 1
        for href in page.xpath("//span[contains(@class, 'basis')]//a/@href"):
            if "sources/" in href and "#" in href:
                assert href.split("#", 1)[1] in ids, (path, href)
                links += 1
        for label in page.xpath("//span[@data-basis='local-practice' or @data-basis='practice']"):
            kind = label.xpath("./strong")[0].text_content()
            said = _statement(label)[len(kind) :].strip().rstrip(".")
            if "graduated response suggests" in said:
                continue  # the stage lengths: listed stage by stage
            assert said in practice, (path, said)
            labels += 1
    assert points >= 25 and links >= 100 and labels >= 15, (points, links, labels)


def test_no_page_states_a_time_limit_in_words_that_differs_from_its_fact(built_site):
    from tests.quality.site_pages import main_content, parse, text_blocks
    from tests.quality.test_plain_english import sentences
    from tests.time_limits_in_words import fact_lengths_problems, lengths, mismatches

    assert fact_lengths_problems(DATA.facts) == []
    statutory = DATA["statutory"]
    written_once = [f.statement for f in DATA.facts] + [f.not_confirmed for f in DATA.facts if f.not_confirmed]
    written_once += [g.text for g in statutory.exceptions] + [c.current for c in statutory.corrections]
    written_once += [n.text for n in statutory.notices or ()]
    records = [s for s in sentences(written_once) if lengths(s)]
    checked, problems = 0, []
    for path in sorted(built_site.rglob("*.html")):
        tree = parse(path)
        if not tree.xpath("//article[contains(concat(' ', @class, ' '), ' md-content__inner ')]"):
            continue
        found = sentences(text_blocks(main_content(tree)))
        checked += sum(1 for sentence in found if lengths(sentence))
        problems += [f"{path.relative_to(built_site)}: {problem}" for problem in mismatches(found, DATA.facts, records)]
    assert checked >= 100, checked  # the check read the pages' time limits
    assert problems == [], "\n".join(problems)
