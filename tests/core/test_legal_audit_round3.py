"""Legal audit 2026-12b (issue 21): one test per finding, each one that would have caught it."""

from datetime import date

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.dates.deadlines import calculator_rules, journey_dates
from tests.helpers import PROJECT

DATA = load_site_data(PROJECT / "data")
STATUTORY = DATA["statutory"]
FACTS = DATA.facts


def render(name, *args, links=None, **options):
    return str(COMPONENTS[name](DATA, links or Links("appeals/"), *args, **options))


def text_of(html: str) -> str:
    return " ".join(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())


def rows_of(journey_id):
    return {row.id: row for row in STATUTORY.calculator.journeys[journey_id].rows}


def test_wrong_a_every_appeal_deadline_says_the_tribunal_must_receive_it_by_5pm():
    statement = FACTS["appeal-time-limit"].statement
    assert "must reach the tribunal" in statement and "up to 2 months after" not in statement
    received = FACTS["appeal-received-by-5pm"]
    assert "by 5pm on the last day" in received.statement and received.reference == "rule 12(1)"
    assert "a few days early" in received.statement   # posting on the last day is too late
    for journey_id, row_id in (("assessment", "appeal-after-refusal"), ("appeal", "appeal-deadline")):
        sentence = next(r["sentence"] for r in calculator_rules(DATA, journey_id)["rows"] if r["id"] == row_id)
        assert sentence.startswith("The tribunal must receive your appeal by 5pm on this day."), sentence
        assert "send it several days earlier" in sentence
    checklist = {item.id: item for c in DATA["checklists"].checklists for item in c["items"]}
    assert "received" in checklist["appeal-sent"].text and "5pm" in checklist["appeal-sent"].text
    everything = " ".join(
        [f.statement for f in FACTS] + [r.text for j in STATUTORY.calculator.journeys for r in j.rows]
        + [i.text or "" for c in DATA["checklists"].checklists for i in c["items"]])
    for wrong in ("send your appeal to the tribunal by", "sent the appeal form to the tribunal in time",
                  "appeal by the next working day", "you can appeal on the first working day"):
        assert wrong not in everything, wrong


def test_missing_a_the_plan_stays_until_the_appeal_time_has_passed_or_the_appeal_is_decided():
    fact = FACTS["plan-stays-until-appeal-decided"]
    assert fact.reference == "section 45(4)" and fact.basis == "law"
    assert "until the time to appeal is over" in fact.statement and "until the tribunal decides" in fact.statement
    assert ("cafa-2014-notes", "paragraph 247") in {(s.source, s.reference) for s in fact.see_also}
    ending = DATA["journeys"].journeys["ending-a-plan"]
    assert "plan-stays-until-appeal-decided" in ending.steps["if-you-disagree"].law
    assert not ending.not_confirmed   # "we could not confirm" is gone
    page = text_of(render("journey_steps", "ending-a-plan", links=Links("ending-a-plan/")))
    assert fact.statement in page and "could not confirm where the law says the plan must stay" not in page
    stage_note = DATA.stages["ehc-plan"].duration.note
    assert "until the tribunal decides" in stage_note


def test_missing_b_mediation_timings_and_the_calculator_row_that_comes_first():
    adviser = FACTS["mediation-adviser-time-limit"]
    assert (adviser.period.amount, adviser.period.unit, adviser["from"], adviser.reference) == (
        2, "months", "decision-letter", "regulation 33")
    assert "3 working days" in FACTS["mediation-certificate-time-limit"].statement
    assert "30 days" in FACTS["mediation-within-30-days"].statement
    agreement = FACTS["mediation-agreement"]
    assert agreement.reference == "regulation 42" and "2 weeks" in agreement.statement
    for journey_id, row_id in (("appeal", "mediation-adviser"), ("assessment", "mediation-adviser-after-refusal")):
        assert rows_of(journey_id)[row_id].fact == "mediation-adviser-time-limit"
    found = journey_dates(calculator_rules(DATA, "appeal"), {"decision-letter": date(2026, 10, 1)})
    assert [d.id for d in found] == ["mediation-adviser", "appeal-deadline"]   # the adviser first, on the same day
    assert "you need their certificate before you can appeal" in found[0].text
    calculator_page = (PROJECT / "docs" / "calculators" / "appeal-dates.md").read_text(encoding="utf-8")
    assert "mediation adviser" in calculator_page   # a parent who goes straight to the calculator is told
    appeals = DATA["journeys"].journeys["appeals"].steps["before-you-appeal"]
    assert {"mediation-certificate-time-limit", "mediation-within-30-days", "mediation-agreement"} <= set(appeals.law)
    assert "mediation-adviser-time-limit" in appeals.deadlines


def test_misleading_b_personal_budgets_the_duty_when_to_ask_and_the_direct_payment_conditions():
    budget = FACTS["personal-budget"]
    assert "must work out a personal budget" in budget.statement and budget.reference == "section 49(1)"
    assert "at any time" not in budget.statement
    when = FACTS["personal-budget-when-to-ask"]
    assert "said it will write a plan" in when.statement and "reviewed" in when.statement and "re-assessed" in when.statement
    direct = FACTS["direct-payments"].statement
    for condition in ("used well", "other services", "good use of its money", "school or college must agree"):
        assert condition in direct, condition
    assert "personal-budget-when-to-ask" in DATA["journeys"].journeys["personal-budgets"].steps["ask-for-a-budget"].law


def test_misleading_c_ending_a_plan_has_two_grounds_and_the_code_paragraph_and_age_match_the_sources():
    ceasing = FACTS["ceasing-a-plan"].statement
    assert "two reasons" in ceasing and "no longer responsible" in ceasing and "no longer needed" in ceasing
    ends = FACTS["what-ends-a-plan"]
    assert ends.reference == "paragraph 9.200" and "19 or over" in ends.statement and "over 18" in ends.statement
    assert "no longer responsible" in ends.statement   # paid work and university belong to the first ground
    assert "section 45(4)" not in {s.reference for s in ends.see_also}   # 45(4) is the pending-appeal rule


def test_missing_c_the_ombudsman_bar_and_when_its_12_months_start():
    assert "when you first knew" in FACTS["ombudsman"].statement
    bar = FACTS["ombudsman-not-tribunal-matters"]
    assert bar.reference == "section 26(6)(a)" and "cannot look at something you could appeal" in bar.statement
    late = DATA["journeys"].journeys["council-late"].steps["ombudsman"]
    assert "ombudsman-not-tribunal-matters" in late.law


def test_missing_d_re_assessment_facts_with_their_time_limits():
    assert FACTS["reassessment-request"].reference == "section 44(2)"
    decision = FACTS["reassessment-decision"]
    assert (decision.period.amount, decision.period.unit, decision["from"]) == (15, "days", "reassessment-request")
    assert "section 51(2)(d)" in {s.reference.split(",")[0] for s in decision.see_also}
    final = FACTS["reassessment-final-plan"]
    assert (final.period.amount, final.period.unit, final["from"], final.reference) == (
        14, "weeks", "reassessment-decision", "regulation 27(2)")
    assert final.exceptions_from == "reg-27-3"


def test_missing_f_health_help_not_delivered_goes_to_the_nhs_and_the_health_ombudsman():
    health = FACTS["health-complaints"]
    assert "NHS complaints process" in health.statement and "Parliamentary and Health Service Ombudsman" in health.statement
    assert "together" in health.statement and health.source == "health-service-commissioners-act-1993"
    assert "health-complaints" in DATA["journeys"].journeys["council-late"].steps["ombudsman"].law


def test_minor_findings_in_the_facts():
    assert "traineeship" not in FACTS["plan-up-to-25"].statement                       # e: ended in 2023
    rights = FACTS["young-person-rights"]                                               # f: by age, and s.83(2)
    assert "compulsory school age" in rights.statement and "Year 11" not in rights.statement
    assert rights.reference.startswith("section 83(2)")
    mediation = FACTS["mediation-before-appeal"].statement                              # g: school, type, none named
    assert "type of school" in mediation and "no school being named" in mediation
    schools = FACTS["school-you-can-ask-for"].statement                                 # h: s.38(3)'s list
    assert "nursery school" in schools and "non-maintained special school" in schools and "approved list" in schools
    recommendations = FACTS["tribunal-recommendations"]                                 # i: not on a refusal to assess
    assert "cannot do it when the council will not assess" in recommendations.statement
    assert "final plan" in FACTS["appeal-time-limit"].statement                         # q: contents appeals
    hint = next(i for i in STATUTORY.calculator.journeys["appeal"].inputs if i.id == "decision-letter").hint
    assert "came with the final plan" in hint
    advice = FACTS["advice-deadline"]                                                   # 6: reg 8(1)'s scope
    assert not advice.statement.startswith("Anyone") and "public body" in advice.statement and advice.not_confirmed


def test_minor_k_every_source_links_to_its_official_text_or_says_why_not():
    assert STATUTORY.sources["devon-2022"].url == "https://caselaw.nationalarchives.gov.uk/ewhc/admin/2022/493"
    for source in STATUTORY.sources:
        assert source.url or source.no_public_copy, source.id
    page = lxml.html.fragment_fromstring(render("statutory_facts", links=Links("sources/")), create_parent="div")
    for source in STATUTORY.sources:
        if source.kind == "other-country":
            continue
        [item] = page.xpath(f"//li[@id='source-{source.id}']")
        assert bool(item.xpath(".//a/@href")) == bool(source.url), source.id
        if not source.url:
            assert source.no_public_copy in item.text_content()


def test_what_could_not_be_confirmed_is_said_beside_the_fact_wherever_it_is_shown():
    unconfirmed = [fact for fact in FACTS if fact.not_confirmed]
    assert len(unconfirmed) >= 10
    sources = lxml.html.fragment_fromstring(render("statutory_facts", links=Links("sources/")), create_parent="div")
    for fact in unconfirmed:
        row = sources.xpath(f"//tr[th/@id='fact-{fact.id}']")[0].text_content()
        assert "Not confirmed:" in row and fact.not_confirmed in " ".join(row.split()), fact.id
    appeals = lxml.html.fragment_fromstring(render("journey_steps", "appeals"), create_parent="div")
    item = appeals.xpath("//li[@data-fact='appeal-received-by-5pm']")[0]
    assert item.xpath(".//*[@data-not-confirmed]")


def test_explanatory_notes_are_never_the_source_of_a_fact():
    for fact in FACTS:
        assert STATUTORY.sources[fact.source].kind != "explanatory-notes", fact.id
