"""Letters as data: at least the 14 the issue asks for, each resting on facts that exist, each with its page;
bad letter data stops the build at its line; the page shows the law from data and a blank letter without scripts."""

from __future__ import annotations

import re

import lxml.html
import pytest
import yaml

from macros.components.letter import carried_dates
from macros.core import load_site_data
from tests.helpers import PROJECT, assert_located, assert_problem, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")
LETTERS = DATA["letters"].letters


def test_at_least_fourteen_letters_each_with_facts_that_exist_and_a_page_in_the_menu():
    assert len(LETTERS) >= 14
    nav = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    for letter in LETTERS:
        assert letter.facts and all(DATA.facts.get(fact_id) is not None for fact_id in letter.facts), letter.id
        page = PROJECT / "docs" / "letters" / f"{letter.id}.md"
        assert f'letter("{letter.id}")' in page.read_text(encoding="utf-8")
        assert f"letters/{letter.id}.md" in nav


def test_every_blank_in_a_letter_is_a_field_its_form_asks_for():
    for letter in LETTERS:
        used = set(re.findall(r"\{([^{}]*)\}", " ".join([letter.subject, *letter.paragraphs])))
        assert used <= set(letter.fields), letter.id


def test_a_blank_with_no_field_is_a_located_error(data_copy):
    letters = data_copy / "letters.yml"
    replace_in(
        letters,
        '"You got my request for an EHC needs assessment for {child-name} on {request-date}.',
        '"You got my request for an EHC needs assessment for {child-nme} on {request-date}.',
    )
    line = line_number_of(letters, "{child-nme}")
    assert_located(data_copy, f"data/letters.yml:{line}:", "fills {child-nme}, which is not one of its fields")


def test_a_fact_that_does_not_exist_is_a_located_error(data_copy):
    letters = data_copy / "letters.yml"
    replace_in(letters, "facts: [ombudsman, ombudsman-not-tribunal-matters]", "facts: [ombudsman, ombudsmen]")
    line = line_number_of(letters, "ombudsmen")
    assert_located(data_copy, f"data/letters.yml:{line}:", "ombudsmen")


def test_a_letter_missing_its_law_fails_the_schema_at_its_line(data_copy):
    letters = data_copy / "letters.yml"
    replace_in(letters, "    facts: [reassessment-request, reassessment-decision]\n", "")
    line = line_number_of(letters, "  - id: reassessment")
    found = assert_located(data_copy, "data/letters.yml:", "facts")
    assert_problem(found, f"data/letters.yml:{line}:")


def test_a_letter_without_its_page_is_a_located_error(data_copy, tmp_path):
    import shutil

    docs = tmp_path / "docs"
    shutil.copytree(PROJECT / "docs", docs)
    (docs / "letters" / "complaint.md").unlink()
    line = line_number_of(data_copy / "letters.yml", "  - id: complaint")
    assert_located(data_copy, f"data/letters.yml:{line}:", "letter 'complaint' has no page", docs_dir=docs)


def test_late_dates_carry_the_dates_a_letter_needs():
    assert carried_dates(DATA, "letters/assessment-decision-late") == {
        "request": "request-date",
        "date-of-birth": "date-of-birth",
    }
    assert carried_dates(DATA, "council-late") == {}
    rows = {row.id: row for journey in DATA["statutory"].calculator.journeys for row in journey.rows}
    for row_id, letter_id in (
        ("decision-to-assess", "assessment-decision-late"),
        ("final-plan", "plan-late"),
        ("review-decision", "review-decision-late"),
        ("phase-transfer", "school-not-named"),
    ):
        assert rows[row_id].if_passed.page == f"letters/{letter_id}"


@pytest.fixture(scope="module")
def letter_page(built_site):
    return lambda letter_id: lxml.html.fromstring((built_site / "letters" / letter_id / "index.html").read_bytes())


def test_each_page_shows_its_law_from_data_and_a_blank_letter_without_scripts(letter_page):
    for letter in LETTERS:
        page = letter_page(letter.id)
        article = page.xpath("//article")[0]  # the page's own content: no script, no on... handler (CSP)
        assert article.xpath(".//script") == []
        assert [name for el in article.iter() for name in el.attrib if name.startswith("on")] == []
        law = page.xpath("//ul[contains(@class, 'letter-law')]/li/@data-fact")
        assert law == list(letter.facts), letter.id
        sheet = page.xpath("//*[@data-letter-sheet]")[0].text_content()
        assert "[Your name]" in sheet and "{" not in sheet, letter.id
        assert letter.greeting in sheet
        assert "Date sent:" in page.xpath("//*[contains(@class, 'letter__sent')]")[0].text_content()
        for field_id in letter.fields:
            assert page.xpath(f"//*[@data-field='{field_id}']/@id") == [f"letter-{letter.id}-{field_id}"]


def test_council_late_page_leads_to_the_letters(built_site):
    page = lxml.html.fromstring((built_site / "council-late" / "index.html").read_bytes())
    hrefs = page.xpath("//a/@href")
    for letter_id in (
        "assessment-decision-late",
        "plan-late",
        "review-decision-late",
        "school-not-named",
        "help-not-given",
    ):
        assert any(f"letters/{letter_id}/" in href for href in hrefs), letter_id


def test_letters_index_lists_every_letter(built_site):
    page = lxml.html.fromstring((built_site / "letters" / "index.html").read_bytes())
    hrefs = page.xpath("//ul[@class='letters-index']/li/a/@href")
    assert [href.rstrip("/").split("/")[-1] for href in hrefs] == [letter.id for letter in LETTERS]
    assert yaml.safe_load((PROJECT / "data" / "letters.yml").read_text())  # the file is plain YAML


def test_a_councils_sen_team_is_the_default_addressee_of_its_letters():
    from macros.components.letter import render
    from macros.core import Links

    council = load_site_data(PROJECT / "data", PROJECT / "docs", PROJECT / "local" / "example" / "data")
    page = lxml.html.fromstring(f"<div>{render(council, Links('letters/complaint/'), 'complaint')}</div>")
    addressee = page.xpath("//*[@data-letter-sheet]//*[@data-fill='recipient-address']")[0]
    assert addressee.text_content().startswith("SEND team\nNorthfield Borough Council")
    assert addressee.text_content().endswith("send.team@northfield.example")
    school = lxml.html.fromstring(f"<div>{render(council, Links('letters/x/'), 'school-sen-support')}</div>")
    assert (
        school.xpath("//*[@data-letter-sheet]//*[@data-fill='recipient-address']")[0].text_content()
        == "[Who the letter goes to]"
    )  # a letter to a school: the council's address is no default
    base = lxml.html.fromstring(f"<div>{render(DATA, Links('letters/complaint/'), 'complaint')}</div>")
    assert (
        base.xpath("//*[@data-letter-sheet]//*[@data-fill='recipient-address']")[0].text_content()
        == "[Who the letter goes to]"
    )  # the base guide reaches no council
