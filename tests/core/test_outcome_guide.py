"""A guide to writing outcomes on the SEN support plans page (issue 26, item 4): what an outcome is (the Code
9.66, statutory guidance), SMART as usual practice, the checks, and weak and strong pairs."""

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import PROJECT, assert_located, line_number_of, replace_in
from tests.quality.site_pages import text_blocks
from tests.quality.test_plain_english import (
    MAX_SENTENCE_WORDS,
    cmu_pronouncing_dictionary,  # noqa: F401
    readability_problems,
    sentences,
    word_count,
)

DATA = load_site_data(PROJECT / "data")
GUIDE = DATA["support_plans"].support_plan.outcome_guide


def page():
    html = COMPONENTS["outcome_guide"](DATA, Links("sen-support-plans/"))
    return lxml.html.fragment_fromstring(str(html), create_parent="div")


def test_the_definition_is_the_code_and_smart_is_usual_practice():
    guide = page()
    definition = guide.get_element_by_id("outcome-definition")
    [label] = definition.xpath(".//span[@data-basis]")
    assert " ".join(label.text_content().split()) == "Statutory guidance: SEND Code of Practice 2015, paragraph 9.66."
    assert "EHC plans" in definition.text_content()
    [smart] = guide.get_element_by_id("outcome-smart").xpath(".//span[@data-basis]")
    assert smart.get("data-basis") == "practice" and smart.text_content().startswith("Usual practice:")


def test_the_checks_are_one_behaviour_a_measure_a_date_and_the_pupil_s_words():
    assert [check.id for check in GUIDE.checks] == ["one-behaviour", "measure", "date", "pupil-words"]
    items = page().xpath("//li[starts-with(@id, 'outcome-check-')]")
    assert [li.text_content() for li in items] == [check.text for check in GUIDE.checks]


def test_each_weak_outcome_sits_beside_a_strong_one_with_a_date_and_a_measure():
    rows = page().xpath("//table[@class='outcome-pairs']/tbody/tr")
    assert len(rows) == len(GUIDE.pairs) >= 4
    for row, pair in zip(rows, GUIDE.pairs, strict=True):
        weak, strong, why = (td.text_content() for td in row.xpath("./td"))
        assert (weak, strong, why) == (pair.weak, pair.strong, pair.why)
        assert strong.startswith("By ") and not weak.startswith("By ")  # the strong one gives its date first
    assert sum("In his words" in p.strong or "In her words" in p.strong for p in GUIDE.pairs) >= 2
    assert page().xpath("//table/thead/tr/th[@scope='col']")


def test_the_guide_is_plain_english_for_staff():
    blocks = text_blocks(page())
    assert not [s for s in sentences(blocks) if word_count(s) > MAX_SENTENCE_WORDS]
    assert readability_problems(blocks, max_grade=9) == []


def test_the_sources_page_lists_smart_as_usual_practice():
    html = lxml.html.fragment_fromstring(
        str(COMPONENTS["statutory_facts"](DATA, Links("sources/"))), create_parent="div"
    )
    assert any(
        "Writing outcomes: SMART outcomes" in li.text_content() for li in html.xpath("//ul[@class='local-practice']/li")
    )


def test_a_pair_without_its_strong_outcome_is_located(data_copy):
    path = data_copy / "support_plans.yml"
    replace_in(
        path,
        "        weak: Be happier at school.\n        strong: >-",
        "        weak: Be happier at school.\n        strongest: >-",
    )
    line = line_number_of(path, "- id: wellbeing")
    assert_located(data_copy, f"data/support_plans.yml:{line}: support_plan.outcome_guide.pairs[3]", "strong")


def test_smart_cited_as_the_code_must_cite_it_properly(data_copy):
    path = data_copy / "support_plans.yml"
    replace_in(
        path,
        'basis: {kind: practice, from: "SMART outcomes are how schools and council outcome guides usually write them"}',
        "basis: {kind: statutory-guidance}",
    )
    assert_located(data_copy, f"data/support_plans.yml:{line_number_of(path, 'kind: statutory-guidance}')}", "source")
