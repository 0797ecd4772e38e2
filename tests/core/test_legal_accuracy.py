"""Legal accuracy (issue 12): each check would have caught one of the errors found in review."""

import subprocess
import sys
from datetime import date

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.facts import document_titles
from macros.core.render.first_use import expand_first_uses
from macros.core.dataset.checks.legal import paragraph_grounds
from macros.core.dates.review_due import notices_due_for_review
from tests.helpers import PROJECT, assert_located, assert_problem, line_number_of, replace_after, replace_in

DATA = load_site_data(PROJECT / "data")
STATUTORY = DATA["statutory"]
LINKS = Links("ehc-needs-assessment/")


def render(name, data=DATA, links=LINKS, **options):
    return str(COMPONENTS[name](data, links, **options))


def grounds_of(paragraph_id):
    return set(paragraph_grounds({p.id: p for p in STATUTORY.paragraphs}, paragraph_id)[0])


def test_each_regulation_paragraph_lists_its_own_grounds():
    assert grounds_of("reg-5-4") == {"school-closure", "exceptional-circumstances", "away-from-area"}
    # Regulation 8(2): (a) exceptional circumstances, (b) away 4 weeks or more, (c) a missed appointment; no closure ground.
    assert grounds_of("reg-8-2") == {"exceptional-circumstances", "away-from-area", "missed-appointment"}
    assert grounds_of("reg-10-4") == {
        "school-closure",
        "early-years-closure",
        "exceptional-circumstances",
        "away-from-area",
    }
    assert grounds_of("reg-13-3") == grounds_of("reg-10-4")  # 13(3) applies 10(4) to the 20 weeks


def test_no_time_limit_shows_a_ground_outside_its_paragraph():
    for fact in DATA.facts:
        if fact.exceptions:
            assert set(fact.exceptions) <= grounds_of(fact.exceptions_from), fact.id
    for limit in ("decision-not-to-issue", "final-plan"):
        assert "missed-appointment" not in DATA.facts[limit].exceptions
        assert set(DATA.facts[limit].exceptions) <= grounds_of("reg-10-4")


def test_a_ground_the_paragraph_does_not_list_stops_the_build_at_its_line(data_copy):
    statutory = data_copy / "statutory.yml"
    replace_in(
        statutory,
        "exceptional-circumstances, away-from-area]\n    exceptions_from: reg-13-3",
        "exceptional-circumstances, away-from-area, missed-appointment]\n    exceptions_from: reg-13-3",
    )
    text = statutory.read_text(encoding="utf-8")
    line = text[: text.index("missed-appointment]\n    exceptions_from: reg-13-3")].count("\n") + 1
    assert_located(
        data_copy,
        f"data/statutory.yml:{line}: facts[",
        "'missed-appointment' is not a ground regulation 13(3) (applying regulation 10(4))",
    )


def test_a_fact_citing_a_paragraph_or_source_that_does_not_exist_stops_the_build(data_copy):
    statutory = data_copy / "statutory.yml"
    replace_in(statutory, "exceptions_from: reg-5-4", "exceptions_from: reg-5-9")
    replace_in(
        statutory, "    source: equality-act-2010\n    reference", "    source: equality-act-2011\n    reference"
    )
    line = line_number_of(statutory, "exceptions_from: reg-5-9")
    found = assert_located(data_copy, f"data/statutory.yml:{line}:", "unknown paragraphs id 'reg-5-9'")
    line = line_number_of(statutory, "source: equality-act-2011")
    assert_problem(found, f"data/statutory.yml:{line}:", "unknown sources id 'equality-act-2011'")


def test_a_basis_that_does_not_match_its_source_stops_the_build(data_copy):
    replace_after(data_copy / "statutory.yml", "  - id: four-areas", "basis: statutory-guidance", "basis: law")
    assert_located(data_copy, "", "'send-cop-2015' is statutory-guidance, which cannot be the basis of a law statement")


def test_white_paper_is_a_dated_notice_never_a_legal_source():
    assert not [s for s in DATA.sources if "white paper" in s.title.lower() or "thriving" in s.title.lower()]
    notice = STATUTORY.notices["schools-white-paper-2026"]
    assert (notice.document, notice.published, notice.consultation_closed) == (
        "Every child achieving and thriving",
        "2026-02-23",
        "2026-05-18",
    )
    html = render("proposed_changes_notice")
    assert "Proposed changes: not law" in html
    assert "Nothing has changed in the law yet. This guide describes the law in force on 1 December 2026." in html
    sources = lxml.html.fragment_fromstring(render("statutory_facts", links=Links("sources/")), create_parent="div")
    legal = " ".join(li.text_content() for li in sources.xpath("//li[starts-with(@id, 'source-')]"))
    assert "thriving" not in legal.lower() and "white paper" not in legal.lower()


def test_a_notice_past_its_check_by_date_warns_but_does_not_stop_the_build(data_copy):
    notice = STATUTORY.notices["schools-white-paper-2026"]
    assert notices_due_for_review(DATA, date.fromisoformat(notice.check_by)) == []
    assert "was due for review" in notices_due_for_review(DATA, date(2099, 1, 1))[0]
    replace_in(data_copy / "statutory.yml", f'check_by: "{notice.check_by}"', 'check_by: "2026-03-01"')
    result = subprocess.run(
        [sys.executable, "-m", "macros.check", str(data_copy)], cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" in result.stderr and "schools-white-paper-2026" in result.stderr
    assert "was due for review by 2026-03-01" in result.stderr


def test_exceptions_say_impractical_as_soon_as_practicable_not_the_15_days_and_holidays_count():
    rule = DATA.facts["exceptions-only-if-impractical"].statement
    assert "impractical" in rule and "as soon as it can" in rule and "15 days" in rule
    assert DATA.facts["calendar-weeks"].statement.endswith("School holidays always count.")
    assert "exceptions" not in DATA.facts["draft-plan-comments"]
    html = render("ehcna_time_limits")
    assert DATA.facts["exceptions-only-if-impractical"].statement in html
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    final = page.xpath("//li[@data-limit='final-plan']")[0]
    assert set(final.xpath(".//li/@data-ground")) == set(DATA.facts["final-plan"].exceptions)
    away = page.xpath("//li[@data-limit='decision-to-assess']//li[@data-ground='away-from-area']")[0].text_content()
    assert "regulation 5(4)" in away and "8(2)" not in away  # each limit cites its own paragraph
    assert "regulation 13(3), applying regulation 10(4)" in final.text_content()


def test_phase_transfer_is_reviewed_and_amended_naming_the_next_school():
    statement = DATA.facts["phase-transfer-review"].statement
    assert "reviewed and amended, and name the next school" in statement
    assert "before 15 February" in statement and "31 March" in statement
    assert "broken the law" in statement  # a parent can tell no named school by then is a breach
    assert DATA.facts["phase-transfer-review"].reference == "regulation 18(1)"
    assert "at least 5 months before" in DATA.facts["post-16-transfer"].statement


def test_the_family_days_start_when_served_not_sent():
    for fact_id in ("draft-plan-comments", "amendment-comments"):
        statement = DATA.facts[fact_id].statement
        assert "served" in statement and " sent counts" not in statement and "are sent" not in statement


def test_titles_of_documents_are_never_rewritten_by_first_use():
    glossary = DATA.glossary
    for source in DATA.sources:
        for title in (source.title, source.short):
            page = f"<p>See the {title} for the rules.</p>"
            expanded = expand_first_uses(page, glossary, "../glossary/", [title])
            text = lxml.html.fragment_fromstring(expanded, create_parent="div").text_content()
            assert title in text, (title, text)
    quoted = expand_first_uses("<p><cite>SEND Regulations 2014</cite> and <q>NPQ for SENCOs</q></p>", glossary, "g/")
    assert "glossary-first-use" not in quoted
    body = expand_first_uses(
        "<p>The SEND Regulations 2014 apply. SEND support helps.</p>", glossary, "g/", ["SEND Regulations 2014"]
    )
    assert body.count("glossary-first-use") == 1  # the body text is still spelled out, the title is not
    named = expand_first_uses(
        "<p>Take the National Professional Qualification for SENCOs (NPQ).</p>", glossary, "g/", document_titles(DATA)
    )
    assert "glossary-first-use" not in named  # a name is never rewritten, not even the SENCOs inside it
    introduced = expand_first_uses("<p>Ask the SEN coordinator (SENCo) first.</p>", glossary, "g/")
    assert 'href="g/#senco"' not in introduced and introduced.count("glossary-first-use") == 1  # only SEN is


def test_each_step_says_its_basis_and_the_timeline_marks_the_law_apart():
    for step in DATA.guide.steps:
        assert step.basis.kind == "local-practice" and step.basis.get("from")
    html = render("ehcna_timeline")
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    assert page.xpath("//svg/@data-legal") == ["6 16 20"]
    assert sorted(int(w) for w in page.xpath("//svg//polygon/@data-week")) == [6, 16, 20]
    assert page.xpath("//svg//path[@data-fact='draft-plan-comments']")  # the 15 days
    assert [li.get("data-basis") for li in page.xpath("//ul[@class='ehcna-timeline__key']/li")] == [
        "law",
        "local-practice",
    ]
    for item in page.xpath("//ol[@class='ehcna-timeline__steps']/li"):
        assert item.xpath(".//span[@data-basis='local-practice']")
    step3 = page.xpath("//ol[@class='ehcna-timeline__steps']/li")[2].text_content()
    assert "At least 15 days: Comments on the draft plan." in step3 and "Set in law:" in step3


def test_the_assessment_page_says_who_can_ask_the_legal_test_and_no_prerequisites():
    html = render("ehcna_steps")
    for fact_id in (
        "who-can-request",
        "how-to-request",
        "no-minimum-sen-support",
        "assessment-test",
        "refusal-to-assess",
    ):
        assert DATA.facts[fact_id].statement in html
    assert "section 36(8)" in html and "section 36(5)" in html
    # The school-duties block (after school_when_asked) names one council's tests as local practice, on purpose.
    steps_text = (PROJECT / "data" / "ehcna.yml").read_text(encoding="utf-8").split("school_when_asked:")[0]
    for implied in ("several services", "joint support plan", "lack of progress", "age 14", "14 and over"):
        assert implied not in steps_text
    assert "local authority" not in (PROJECT / "data" / "ehcna.yml").read_text(encoding="utf-8").split("ehcna:", 1)[1]
    who = DATA.facts["who-can-request"].statement
    assert "over compulsory school age and under 25" in who and "16 to 25" not in who
    assert "nursery" in who and "tell the council" in who


def test_sources_page_lists_every_legal_statement_and_what_is_only_local_practice():
    page = lxml.html.fragment_fromstring(render("statutory_facts", links=Links("sources/")), create_parent="div")
    rows = page.xpath("//table[@class='legal-statements']/tbody/tr")
    ids = {row.xpath("./th/@id")[0] for row in rows}
    assert {f"fact-{f.id}" for f in DATA.facts} <= ids
    for row in rows:
        basis = row.xpath("./td[@data-basis]")[0]
        kind = basis.xpath("./strong")[0].text_content()
        assert kind in ("Set in law", "Statutory guidance") and basis.text_content() != kind  # and a citation
    local = " ".join(page.xpath("//ul[@class='local-practice']//text()"))
    assert "2 terms" in local and "step 2" in local.lower()
    doc = (PROJECT / "docs" / "sources.md").read_text(encoding="utf-8")
    assert "Every timescale and right in this guide comes from the law" not in doc
    wales = page.xpath("//li[@id='source-aln-wales-2018']")[0].text_content()
    assert "England only" in wales


def test_duties_and_rights_named_in_the_review():
    senco = DATA.facts["senco-qualification"].statement
    assert "starts the course on or after 1 September 2024" in senco and "before 1 September 2027" in senco
    assert "head teacher" in DATA.facts["senco-role"].statement
    plan = DATA["support_plans"].support_plan
    bases = {item.id: item.basis.kind for item in plan.agree}
    assert bases["key-person"] == bases["when-where-how-often"] == "local-practice"
    assert "tell-parents-sen-provision" in plan.duties
    assert DATA.facts["tell-parents-sen-provision"].reference == "section 68"
    assert DATA.facts["have-regard-to-code"].reference == "section 77"
    assert "must follow" not in DATA.glossary["cop"].definition and "have regard" in DATA.glossary["cop"].definition
    assert "appeal" in DATA.facts["ceasing-a-plan"].statement and DATA.facts["ceasing-a-plan"].reference.startswith(
        "section 45(1)"
    )
    assert "appeal" in DATA.facts["review-decision"].statement
    assert "must have completed" in STATUTORY.calculator.journeys["annual-review"].rows["next-review"].text
    assert "receives the request" in render("deadline_calculator")


def test_minor_items_from_the_review():
    assert DATA.sources["devon-2022"].title == "R (L, M and P) v Devon County Council [2022] EWHC 493 (Admin)"
    assert "sensory and/or physical needs" in DATA.facts["four-areas"].statement
    careers = DATA.facts["careers-guidance"].statement
    assert "Year 7" in careers and "academies" in careers
    assert "since 2016" in DATA.glossary["home-school-agreement"].definition
    assert "other cases" in DATA.glossary["hesc"].definition
    assert DATA.sources["aln-wales-2018"].kind == "other-country"
    stages = (PROJECT / "data" / "stages.yml").read_text(encoding="utf-8")
    assert "ruled out" not in stages and "alone do not mean" not in stages


def test_the_shared_basis_schema_is_valid_and_used_by_the_files_that_record_a_basis():
    import json

    from jsonschema import Draft202012Validator

    schemas = PROJECT / "data" / "schemas"
    Draft202012Validator.check_schema(json.loads((schemas / "basis.schema.json").read_text(encoding="utf-8")))
    for name in ("ehcna", "support_plans"):
        assert '"$ref": "basis.schema.json"' in (schemas / f"{name}.schema.json").read_text(encoding="utf-8"), name


def test_a_local_practice_basis_without_its_origin_stops_the_build(data_copy):
    ehcna = data_copy / "ehcna.yml"
    replace_in(ehcna, "        from: how one council runs this step. The law does not set week 12.\n", "")
    assert_located(data_copy, "data/ehcna.yml:", ("ehcna.steps[1].basis", "'from'"))
