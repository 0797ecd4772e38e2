"""School content says what kind of thing each point is (issue 26): law, statutory guidance, government
guidance, research evidence, exam board rules, usual or local practice, each with the same label."""

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.basis import LABELS, basis_label
from tests.helpers import PROJECT, assert_located, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")
LINKS = Links("graduated-response/")


def html(fragment) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(str(fragment), create_parent="div")


def test_each_new_kind_is_labelled_and_links_to_its_document_on_the_sources_page():
    for kind, source, reference, words in (
        ("evidence", "eef-send-mainstream-2020", "Recommendation 3", "Research evidence:"),
        ("government-guidance", "dfe-mental-health-behaviour-2018", "chapter 3", "Government guidance:"),
        ("exam-board-rules", "jcq-access-arrangements-2025", "chapter 4", "Exam board rules:"),
    ):
        label = html(basis_label(DATA, LINKS, kind, source, reference))
        [span] = label.xpath(f"./span[@data-basis='{kind}']")
        assert span.text_content().startswith(words), span.text_content()
        [link] = span.xpath(".//a")
        assert link.get("href").endswith(f"sources/#source-{source}") and reference in link.text_content()
        assert DATA.sources[source].short in link.xpath(".//cite")[0].text_content()
    assert LABELS["evidence"] == "Research evidence"


def test_the_research_label_names_the_report_and_its_year():
    label = html(basis_label(DATA, LINKS, "evidence", "eef-send-mainstream-2020", "Recommendation 3"))
    assert " ".join(label.text_content().split()) == (
        "Research evidence: EEF, Special Educational Needs in Mainstream Schools (2020), Recommendation 3."
    )


def test_research_cited_as_statutory_guidance_stops_the_build_at_its_line(data_copy):
    plans = data_copy / "support_plans.yml"
    replace_in(
        plans,
        'basis: {kind: statutory-guidance, source: send-cop-2015, reference: "paragraph 6.48"}',
        'basis: {kind: statutory-guidance, source: eef-send-mainstream-2020, reference: "Recommendation 2"}',
    )
    line = line_number_of(plans, "eef-send-mainstream-2020")
    assert_located(
        data_copy,
        f"data/support_plans.yml:{line}:",
        "'eef-send-mainstream-2020' is research, which cannot be the basis of a statutory-guidance statement",
    )


def test_evidence_citing_the_code_stops_the_build(data_copy):
    replace_in(
        data_copy / "support_plans.yml",
        'basis: {kind: statutory-guidance, source: send-cop-2015, reference: "paragraph 6.48"}',
        'basis: {kind: evidence, source: send-cop-2015, reference: "paragraph 6.48"}',
    )
    assert_located(
        data_copy,
        "",
        "'send-cop-2015' is statutory-guidance, which cannot be the basis of an evidence statement (it needs research)",
    )


def test_a_new_kind_without_a_source_is_a_located_schema_error(data_copy):
    plans = data_copy / "support_plans.yml"
    replace_in(
        plans,
        'basis: {kind: statutory-guidance, source: send-cop-2015, reference: "paragraph 6.48"}',
        'basis: {kind: evidence, from: "a blog"}',
    )
    line = line_number_of(plans, "kind: evidence, from")
    assert_located(data_copy, f"data/support_plans.yml:{line}:")


def test_the_signs_of_sen_are_the_current_code_not_the_2001_school_action_triggers():
    register = DATA["stages"].register
    assert [DATA.facts[f].reference for f in register.signs] == ["paragraph 6.17", "paragraph 6.18", "paragraph 6.19"]
    page = html(COMPONENTS["sen_register"](DATA, LINKS))
    text = " ".join(page.text_content().split())
    assert "little or no progress" not in text and "specialist equipment" not in text
    signs = page.xpath("//ul[@class='register-signs']/li")
    assert len(signs) == 3 and all(li.xpath(".//span[@data-basis='statutory-guidance']") for li in signs)
    assert "widens" in text or "gets wider" in text


def test_termly_parent_meetings_are_statutory_guidance_and_only_the_months_local():
    page = html(COMPONENTS["review_calendar"](DATA, LINKS))
    [frequency] = page.xpath("//p[@class='review-calendar__frequency']")
    assert "at least three times a year" in frequency.text_content()
    assert frequency.xpath(".//span[@data-basis='statutory-guidance']//a[contains(., 'paragraph 6.65')]")
    [months] = page.xpath("//p[@class='review-calendar__months']")
    assert months.xpath(".//span[@data-basis='local-practice']")
    assert "not law" not in " ".join(page.text_content().split()).split("three times")[0]


def test_outcomes_and_who_does_what_are_statutory_guidance_not_local_practice():
    agree = {item.id: item for item in DATA["support_plans"].support_plan.agree}
    for item in ("outcomes", "who-does-what"):
        assert agree[item].basis.kind == "statutory-guidance" and agree[item].basis.reference == "paragraph 6.65"
    items = {i.id: i for c in DATA["checklists"].checklists for i in c["items"]}
    assert items["plan-who-does-what"].agreement == "who-does-what"
    assert items["review-three-meetings"].fact == "meet-parents-three-times"


def test_the_link_ep_model_is_labelled_one_council_s_practice():
    assert DATA["meetings"].basis.kind == "local-practice"
    page = html(COMPONENTS["link_planning"](DATA, Links("planning-meetings/")))
    [label] = page.xpath("//p[@class='meetings__basis']/span[@data-basis='local-practice']")
    assert "no link EP" in label.text_content()
    notes = " ".join(DATA["review_calendar"].notes)
    assert "must tell the parents" in notes and "class inclusion file" not in notes
