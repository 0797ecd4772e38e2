"""The journeys after the plan (data/journeys.yml): drawn to scale, steps with both audiences, bases, located errors."""

import re

import lxml.html
import pytest

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.contacts import contacts_for
from macros.core.render.journeys import journey, journeys
from tests.helpers import (
    COUNCIL_DATES,
    PROJECT,
    assert_located,
    assert_problem,
    line_number_of,
    replace_in,
    to_page_html,
)

DATA = load_site_data(PROJECT / "data")
LINKS = Links("annual-reviews/")
PAGES = {
    "re-assessment": "re-assessment",
    "annual-review": "annual-reviews",
    "moving-school": "moving-school",
    "ending-a-plan": "ending-a-plan",
    "appeals": "appeals",
    "council-late": "council-late",
    "young-people": "young-people",
    "personal-budgets": "personal-budgets",
}


def render(name, data=DATA, **options):
    return str(COMPONENTS[name](data, LINKS, **options))


def tree(html):
    return lxml.html.fragment_fromstring(to_page_html(html)[0], create_parent="div")


def test_every_page_the_issue_names_has_its_journey_and_its_page():
    assert {j.id: j.page for j in journeys(DATA)} == PAGES
    for page in PAGES.values():
        text = (PROJECT / "docs" / f"{page}.md").read_text(encoding="utf-8")
        assert "journey_steps(" in text and "journey_next_steps(" in text, page


@pytest.mark.parametrize("journey_id", ["annual-review", "moving-school", "appeals"])
def test_sequences_with_time_limits_are_drawn_to_scale_with_a_text_version(journey_id):
    found = journey(DATA, journey_id)
    page = tree(render("journey_timeline", journey=journey_id))
    bars = page.xpath("//svg//rect[@data-step]")
    assert len(bars) == len(found.steps)
    for bar, step in zip(bars, found.steps):
        assert float(bar.get("width")) == pytest.approx((step.end - step.start) * 400 / found.total, abs=0.02)
    assert page.xpath("//svg")[0].get("aria-hidden") == "true"
    items = page.xpath("//ol[@class='ehcna-timeline__steps']/li")
    assert [i.xpath("a")[0].text_content() for i in items] == [f"Step {s.number}: {s.title}" for s in found.steps]
    diamonds = {float(p.get("data-week")) for p in page.xpath("//svg//polygon")}
    assert diamonds == {mark.at for mark in found.marks}


def test_annual_review_marks_the_reg_20_limits_and_the_15_days_after_the_proposals():
    page = tree(render("journey_timeline", journey="annual-review"))
    assert page.xpath("//svg")[0].get("data-legal") == "2 4 6 14"
    bracket = page.xpath("//svg//path[@data-fact]")[0]
    assert bracket.get("data-fact") == "amendment-comments"
    start, end = map(float, re.findall(r"M([\d.]+) .*H([\d.]+)", bracket.get("d"))[0])
    assert start == pytest.approx(6 * 400 / 14, abs=0.02) and end - start == pytest.approx(15 / 7 * 400 / 14, abs=0.02)
    text = page.text_content()
    for fact in ("review-report", "review-decision", "amendment-comments", "amended-plan"):
        assert DATA.facts[fact].title in text


def test_phase_transfer_start_is_labelled_local_practice_and_the_dates_law():
    page = tree(render("journey_steps", journey="moving-school"))
    first, second = page.xpath("//section[@class='ehcna-step']")[:2]
    assert first.xpath(".//*[@data-basis='local-practice']") and "Year 5" in first.text_content()
    # The step is one council's practice; the law inside it (which moves count) carries its own label (issue 21).
    assert first.xpath(".//p[@class='ehcna-step__basis']")[0].get("data-basis") == "local-practice"
    assert second.xpath(".//p[@class='ehcna-step__basis']//*[@data-basis='law']")
    assert "regulation 18" in second.xpath(".//p[@class='ehcna-step__basis']")[0].text_content()


@pytest.mark.parametrize("journey_id", list(PAGES))
def test_each_step_has_a_family_and_a_school_view_and_says_its_basis(journey_id):
    page = tree(render("journey_steps", journey=journey_id))
    steps = page.xpath("//section[@class='ehcna-step']")
    assert len(steps) == len(journeys(DATA)[journey_id].steps)
    for step in steps:
        assert [b.get("data-audience") for b in step.xpath(".//div[@class='tabbed-block']")] == [
            "family",
            "professionals",
        ]
        assert step.xpath(".//p[@class='ehcna-step__basis']//*[@data-basis]")


@pytest.mark.parametrize("journey_id", list(PAGES))
def test_every_page_ends_with_next_steps_and_someone_to_contact(journey_id):
    page = tree(render("journey_next_steps", journey=journey_id))
    assert page.xpath("//h2[@id='next-steps']") and page.xpath("//ul[@class='journey-next-steps']/li/a[@href]")
    # the base guide has no council: national help that reaches a person, never an example
    contacts = page.xpath(
        "//h3[@id='contacts']/following-sibling::ul[contains(@class, 'send-contacts')]/li[@data-contact]"
    )
    own, national = contacts_for(DATA, journeys(DATA)[journey_id].contacts)
    assert not own and national
    assert [c.get("data-contact") for c in contacts] == [n.id for n in national]
    assert all(
        c.xpath(".//a[starts-with(@href, 'tel:') or starts-with(@href, 'mailto:') or starts-with(@href, 'https:')]")
        for c in contacts
    )
    assert not page.xpath("//*[@class='contact-example']")


@pytest.mark.parametrize("journey_id", list(PAGES))
def test_a_councils_journey_pages_end_with_its_own_contacts_then_national_help(journey_id):
    council = load_site_data(PROJECT / "data", None, PROJECT / "local/example/data")
    page = tree(render("journey_next_steps", council, journey=journey_id))
    shown = [c.get("data-contact") for c in page.xpath("//li[@data-contact]")]
    named = [i for i in journeys(council)[journey_id].contacts if i in council.site.contacts.ids()]
    assert shown[: len(named)] == named and len(shown) > len(named)
    assert "find-sendiass" not in shown  # the council gives its own SENDIASS


def test_what_could_not_be_confirmed_is_said_on_the_appeals_page():
    page = tree(render("journey_next_steps", journey="appeals"))
    assert "July 2021" in page.xpath("//ul[@class='journey-not-confirmed']")[0].text_content()


def test_the_ehcna_components_are_the_journey_components_for_the_ehcna_journey():
    assert render("ehcna_timeline") == render("journey_timeline", journey="ehcna")
    assert render("ehcna_steps") == render("journey_steps", journey="ehcna")


def test_a_journey_without_a_timeline_cannot_be_drawn(data_copy, tmp_path):
    """A page drawing such a journey stops validation at its line (dataset/checks/page_calls.py), not the build."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "late.md").write_text('# Late\n\n{{ journey_timeline("council-late") }}\n', encoding="utf-8")
    assert_located(
        data_copy, 'docs/late.md:3: journey_timeline("council-late") needs a journey with a timeline', docs_dir=docs
    )


def test_unknown_fact_in_a_journey_step_is_located(data_copy):
    path = data_copy / "journeys.yml"
    replace_in(path, "law: [annual-review, under-five-reviews", "law: [annual-reveiw, under-five-reviews")
    line = line_number_of(path, "annual-reveiw")
    assert_located(
        data_copy, f"data/journeys.yml:{line}: journeys[0].steps[0].law[0]: unknown facts id 'annual-reveiw'"
    )


def test_unknown_basis_source_is_located(data_copy):
    path = data_copy / "journeys.yml"
    replace_in(
        path,
        'basis: {kind: law, source: send-regs-2014, reference: "regulation 22"}',
        'basis: {kind: law, source: send-regs-2041, reference: "regulation 22"}',
    )
    basis_line = line_number_of(path, "send-regs-2041")
    assert_located(data_copy, f"data/journeys.yml:{basis_line}:", "unknown sources id 'send-regs-2041'")


def test_a_contact_the_council_does_not_give_is_left_out_and_the_others_stay(tmp_path):
    folder = tmp_path / "southfield"
    folder.mkdir()
    (folder / "site.yml").write_text(
        "site:\n  publisher: Southfield Borough Council\n"
        + COUNCIL_DATES
        + '  contacts:\n    - id: sen-team\n      phone: "0113 496 0101"\n',
        encoding="utf-8",
    )
    page = tree(render("journey_next_steps", load_site_data(PROJECT / "data", None, folder), journey="annual-review"))
    shown = [c.get("data-contact") for c in page.xpath("//li[@data-contact]")]
    assert shown[0] == "sen-team" and "sendiass" not in shown
    assert "find-sendiass" in shown and "find-council" not in shown  # national help in place of the missing one


def test_a_gap_in_a_timeline_and_a_mark_past_its_end_are_located(data_copy):
    path = data_copy / "journeys.yml"
    replace_in(path, "        start: 2\n        end: 4\n", "        start: 3\n        end: 4\n")
    replace_in(path, "- {at: 14, fact: amended-plan}", "- {at: 15, fact: amended-plan}")
    found = assert_located(data_copy, "data/journeys.yml:", "journeys[0].steps[1].start: start 3 leaves a gap")
    assert_problem(found, "", "journeys[0].timeline.marks[3].at: at 15 is past the end of the timeline (14)")


def test_a_bracket_must_count_days(data_copy):
    path = data_copy / "journeys.yml"
    replace_in(path, "bracket: {fact: amendment-comments, start: 6}", "bracket: {fact: amended-plan, start: 6}")
    line = line_number_of(path, "bracket: {fact: amended-plan")
    assert_located(
        data_copy, f"data/journeys.yml:{line}: journeys[0].timeline.bracket.fact: 'amended-plan' has no period in days"
    )


def test_a_local_practice_step_without_its_origin_stops_the_build(data_copy):
    path = data_copy / "journeys.yml"
    replace_in(path, "          from: how many schools plan a move. No law sets these steps\n", "")
    assert_located(data_copy, "data/journeys.yml:", ("journeys[1].steps[2].basis", "'from'"))


def test_a_next_step_or_search_page_that_does_not_exist_is_located(data_copy):
    replace_in(data_copy / "journeys.yml", "page: council-late.md}", "page: council-is-late.md}")
    replace_in(data_copy / "search.yml", "  - page: appeals.md\n", "  - page: appeal.md\n")
    journey_line = line_number_of(data_copy / "journeys.yml", "council-is-late.md")
    search_line = line_number_of(data_copy / "search.yml", "page: appeal.md")
    index = [entry.page for entry in load_site_data(PROJECT / "data")["search"].pages].index("appeals.md")
    found = assert_located(
        data_copy,
        f"data/search.yml:{search_line}: pages[{index}].page: there is no page docs/appeal.md",
        docs_dir=PROJECT / "docs",
    )
    assert (
        f"data/journeys.yml:{journey_line}: journeys[0].next_steps[4].page: there is no page "
        "docs/council-is-late.md. Name a page in docs/, for example appeals.md."
    ) in found


def test_a_search_word_too_long_to_be_typed_whole_is_located(data_copy):
    """Search matches a search word only when all its words are typed: a sentence would never match."""
    replace_in(data_copy / "search.yml", "[appeal checklist]", "[what to do before you appeal to the tribunal]")
    line = line_number_of(data_copy / "search.yml", "what to do before you appeal")
    assert_located(
        data_copy, f"data/search.yml:{line}: ", ("at most 5 words", "what to do before you appeal to the tribunal")
    )
