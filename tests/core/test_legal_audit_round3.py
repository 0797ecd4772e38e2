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
    assert "a few days early" in received.statement  # posting on the last day is too late
    for journey_id, row_id in (("assessment", "appeal-after-refusal"), ("appeal", "appeal-deadline")):
        sentence = next(r["sentence"] for r in calculator_rules(DATA, journey_id)["rows"] if r["id"] == row_id)
        assert sentence.startswith("The tribunal must receive your appeal by 5pm on this day."), sentence
        assert "send it several days earlier" in sentence
    checklist = {item.id: item for c in DATA["checklists"].checklists for item in c["items"]}
    assert "received" in checklist["appeal-sent"].text and "5pm" in checklist["appeal-sent"].text
    everything = " ".join(
        [f.statement for f in FACTS]
        + [r.text for j in STATUTORY.calculator.journeys for r in j.rows]
        + [i.text or "" for c in DATA["checklists"].checklists for i in c["items"]]
    )
    for wrong in (
        "send your appeal to the tribunal by",
        "sent the appeal form to the tribunal in time",
        "appeal by the next working day",
        "you can appeal on the first working day",
    ):
        assert wrong not in everything, wrong


def test_missing_a_the_plan_stays_until_the_appeal_time_has_passed_or_the_appeal_is_decided():
    fact = FACTS["plan-stays-until-appeal-decided"]
    assert fact.reference == "section 45(4)" and fact.basis == "law"
    assert "until the time to appeal is over" in fact.statement and "until the tribunal decides" in fact.statement
    assert ("cafa-2014-notes", "paragraph 247") in {(s.source, s.reference) for s in fact.see_also}
    ending = DATA["journeys"].journeys["ending-a-plan"]
    assert "plan-stays-until-appeal-decided" in ending.steps["if-you-disagree"].law
    assert not ending.not_confirmed  # "we could not confirm" is gone
    page = text_of(render("journey_steps", "ending-a-plan", links=Links("ending-a-plan/")))
    assert fact.statement in page and "could not confirm where the law says the plan must stay" not in page
    stage_note = DATA.stages["ehc-plan"].duration.note
    assert "until the tribunal decides" in stage_note


def test_missing_b_mediation_timings_and_the_calculator_row_that_comes_first():
    adviser = FACTS["mediation-adviser-time-limit"]
    assert (adviser.period.amount, adviser.period.unit, adviser["from"], adviser.reference) == (
        2,
        "months",
        "decision-letter",
        "regulation 33",
    )
    assert "3 working days" in FACTS["mediation-certificate-time-limit"].statement
    assert "30 days" in FACTS["mediation-within-30-days"].statement
    agreement = FACTS["mediation-agreement"]
    assert agreement.reference == "regulation 42" and "2 weeks" in agreement.statement
    for journey_id, row_id in (("appeal", "mediation-adviser"), ("assessment", "mediation-adviser-after-refusal")):
        assert rows_of(journey_id)[row_id].fact == "mediation-adviser-time-limit"
    found = journey_dates(calculator_rules(DATA, "appeal"), {"decision-letter": date(2026, 10, 1)})
    assert [d.id for d in found] == ["mediation-adviser", "appeal-deadline"]  # the adviser first, on the same day
    assert "you need their certificate before you can appeal" in found[0].text
    calculator_page = (PROJECT / "docs" / "calculators" / "appeal-dates.md").read_text(encoding="utf-8")
    assert "mediation adviser" in calculator_page  # a parent who goes straight to the calculator is told
    appeals = DATA["journeys"].journeys["appeals"].steps["before-you-appeal"]
    assert {"mediation-certificate-time-limit", "mediation-within-30-days", "mediation-agreement"} <= set(appeals.law)
    assert "mediation-adviser-time-limit" in appeals.deadlines


def test_misleading_b_personal_budgets_the_duty_when_to_ask_and_the_direct_payment_conditions():
    budget = FACTS["personal-budget"]
    assert "must work out a personal budget" in budget.statement and budget.reference == "section 49(1)"
    assert "at any time" not in budget.statement
    when = FACTS["personal-budget-when-to-ask"]
    assert (
        "said it will write a plan" in when.statement
        and "reviewed" in when.statement
        and "re-assessed" in when.statement
    )
    direct = FACTS["direct-payments"].statement
    for condition in ("used well", "other services", "good use of its money", "school or college must agree"):
        assert condition in direct, condition
    assert "personal-budget-when-to-ask" in DATA["journeys"].journeys["personal-budgets"].steps["ask-for-a-budget"].law


def test_misleading_c_ending_a_plan_has_two_grounds_and_the_code_paragraph_and_age_match_the_sources():
    ceasing = FACTS["ceasing-a-plan"].statement
    assert "two reasons" in ceasing and "no longer responsible" in ceasing and "no longer needed" in ceasing
    ends = FACTS["what-ends-a-plan"]
    assert ends.reference == "paragraph 9.200" and "19 or over" in ends.statement and "over 18" in ends.statement
    assert "no longer responsible" in ends.statement  # paid work and university belong to the first ground
    assert "section 45(4)" not in {s.reference for s in ends.see_also}  # 45(4) is the pending-appeal rule


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
        14,
        "weeks",
        "reassessment-decision",
        "regulation 27(2)",
    )
    assert final.exceptions_from == "reg-27-3"


def test_missing_f_health_help_not_delivered_goes_to_the_nhs_and_the_health_ombudsman():
    health = FACTS["health-complaints"]
    assert (
        "NHS complaints process" in health.statement
        and "Parliamentary and Health Service Ombudsman" in health.statement
    )
    assert "together" in health.statement and health.source == "health-service-commissioners-act-1993"
    assert "health-complaints" in DATA["journeys"].journeys["council-late"].steps["ombudsman"].law


def test_minor_findings_in_the_facts():
    assert "traineeship" not in FACTS["plan-up-to-25"].statement  # e: ended in 2023
    rights = FACTS["young-person-rights"]  # f: by age, and s.83(2)
    assert "compulsory school age" in rights.statement and "Year 11" not in rights.statement
    assert rights.reference.startswith("section 83(2)")
    mediation = FACTS["mediation-before-appeal"].statement  # g: school, type, none named
    assert "type of school" in mediation and "no school being named" in mediation
    schools = FACTS["school-you-can-ask-for"].statement  # h: s.38(3)'s list
    assert "nursery school" in schools and "non-maintained special school" in schools and "approved list" in schools
    recommendations = FACTS["tribunal-recommendations"]  # i: not on a refusal to assess
    assert "cannot do it when the council will not assess" in recommendations.statement
    assert "final plan" in FACTS["appeal-time-limit"].statement  # q: contents appeals
    hint = next(i for i in STATUTORY.calculator.journeys["appeal"].inputs if i.id == "decision-letter").hint
    assert "came with the final plan" in hint
    advice = FACTS["advice-deadline"]  # 6: reg 8(1)'s scope
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


# ---- basis point by point (MISLEADING-A) ----


def labelled_points(html: str) -> list[tuple[str, str, str]]:
    """(step number, basis kind over the point, point text) for every main point a journey page shows."""
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    found = []
    for number, section in enumerate(page.xpath("//section[@class='ehcna-step']"), start=1):
        kind = None
        for node in section.xpath("./h3[contains(@id, '-practice')]/following-sibling::*"):
            if node.tag == "p" and "ehcna-step__basis" in (node.get("class") or ""):
                kind = node.get("data-basis")
            elif node.tag == "ul" and kind:
                found += [(number, kind, " ".join(li.text_content().split())) for li in node.xpath("./li")]
            elif node.tag not in ("p", "ul"):
                break
    return found


def every_journey_page():
    for journey in DATA["journeys"].journeys:
        yield journey.id, render("journey_steps", journey.id, links=Links(f"{journey.page}/"))
    yield "ehcna", render("journey_steps", "ehcna", links=Links("ehc-needs-assessment/"))


def test_misleading_a_each_point_shows_under_its_own_basis():
    shown = {journey_id: labelled_points(html) for journey_id, html in every_journey_page()}
    assert sum(len(points) for points in shown.values()) >= 50  # the check read the pages. points

    def kind_of(journey_id, start):
        return next(kind for _, kind, text in shown[journey_id] if text.startswith(start))

    # The audit's examples, each now under the right label.
    assert kind_of("moving-school", "The moves that count") == "law"
    assert kind_of("council-late", "The disagreement resolution service also covers") == "law"
    assert kind_of("annual-review", "In most schools the SENCo does the work") == "practice"
    assert kind_of("annual-review", "You can ask for a review sooner") == "practice"
    assert kind_of("appeals", "Most hearings take") == "practice"
    assert kind_of("young-people", "A plan can stay in place while") == "law"
    assert kind_of("ending-a-plan", "The test is whether your child still needs") == "law"
    # Unsupported statements are gone.
    everything = " ".join(text for points in shown.values() for _, _, text in points)
    for gone in (
        "If it names a different school, it must say why",
        "must not end a plan just because",
        "A young person can ask for letters to go to their parent",
    ):
        assert gone not in everything, gone
    # A duty never sits under practice, and a habit never under law.
    for journey_id, points in shown.items():
        for _, kind, text in points:
            if kind in ("practice", "local-practice"):
                assert " must " not in f" {text} ", (journey_id, text)
            if kind == "law":
                assert not any(word in text.lower().split() for word in ("most", "usually", "often", "many")), (
                    journey_id,
                    text,
                )


def test_misleading_a_the_tribunal_process_has_its_own_wording():
    page = lxml.html.fragment_fromstring(render("journey_steps", "appeals"), create_parent="div")
    step = page.xpath("//section[@class='ehcna-step']")[1]  # step 2: getting ready for the hearing
    words = " ".join(step.text_content().split())
    assert "How one council runs this step" not in words and "Ask your council" not in words
    assert "Usual practice: how the tribunal usually runs an appeal" in words


# ---- the school's side, the checklists and the glossary ----


def test_the_school_duties_are_in_one_place_law_guidance_and_local_practice_apart():
    page = lxml.html.fragment_fromstring(render("school_duties", links=Links("school-duties/")), create_parent="div")
    law = page.xpath("//ul[contains(@class, 'school-duties--law')]/li")
    guidance = page.xpath("//ul[contains(@class, 'school-duties--guidance')]/li")
    local = page.xpath("//ul[contains(@class, 'school-duties--local')]/li")
    assert len(law) >= 5 and guidance and len(local) >= 3
    assert all(li.xpath(".//span[@data-basis='law']") for li in law)
    assert all(li.xpath(".//span[@data-basis='statutory-guidance']") for li in guidance)
    assert all(li.xpath(".//span[@data-basis='local-practice']") for li in local)
    local_text = " ".join(li.text_content() for li in local)
    assert "request form" in local_text and "lack of progress" in local_text and "panel" in local_text
    for page_path in ("docs/checklists/ehcna-request.md", "docs/graduated-response.md", "docs/index.md"):
        assert "school-duties.md" in (PROJECT / page_path).read_text(encoding="utf-8"), page_path


def test_misleading_2_and_3_the_checklists_label_one_councils_form_test_and_meeting():
    items = {item.id: item for c in DATA["checklists"].checklists for item in c["items"]}
    assert (
        items["request-form"].basis.kind == "local-practice"
        and "letter or an email" in items["request-form"].basis["from"]
    )
    assert items["request-checked"].basis.kind == "statutory-guidance"
    assert "not law" in items["request-checked"].hint and "section 36(8)" in items["request-checked"].hint
    assert items["planning-meeting"].basis.kind == "local-practice"
    html = render("checklist", "ehcna-request", links=Links("checklists/ehcna-request/"))
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    label = page.xpath("//li[.//input[@data-item='request-form']]//span[@data-basis='local-practice']")
    assert label and "Local practice:" in label[0].text_content()
    glossary = DATA.glossary
    assert glossary["way-forward-meeting"].definition.startswith("A meeting some councils offer")
    assert "court" not in glossary["tribunal"].definition.lower()  # MINOR-o
    assert "must cover it" in glossary["pfa"].definition  # MISSING-3: reg 20(6) is a must


def test_missing_7_the_parent_checklist_names_the_young_person_and_says_council():
    parent = DATA["checklists"].checklists["parent-ehcna"]
    words = " ".join(item.text for item in parent["items"])
    assert "young person" in words and "local authority" not in words


def test_misleading_9_stage_pages_give_the_appeal_rights():
    stages = DATA.stages
    assert "appeal" in stages["statutory-assessment"].next
    assert "until the tribunal decides" in stages["ehc-plan"].duration.note


def test_missing_e_phase_transfers_include_middle_schools_and_not_school_sixth_forms():
    step = DATA["journeys"].journeys["moving-school"].steps["transfer-review"]
    moves = next(p.text for p in step.main_points if not isinstance(p, str) and p.text.startswith("The moves"))
    assert "primary to middle" in moves and "middle to secondary" in moves
    assert any(
        "sixth form is not one of these moves" in (p if isinstance(p, str) else p.text) for p in step.main_points
    )
    label = STATUTORY.calculator.journeys["moving-school"].moves["secondary-to-post-16"].label
    assert "not a school sixth form" in label


def test_minor_d_p_l_before_15_february_the_timeline_caption_and_the_notice_where_it_bears():
    journeys = (PROJECT / "data" / "journeys.yml").read_text(encoding="utf-8")
    assert "By 15 February" not in journeys and "Before 15 February" in journeys  # d
    caption = DATA["journeys"].journeys["annual-review"].timeline.caption
    assert "This is the latest each step can happen" not in caption and "no sooner than" in caption  # p
    for page in ("annual-reviews.md", "moving-school.md"):  # l
        assert "proposed_changes_notice()" in (PROJECT / "docs" / page).read_text(encoding="utf-8")


def test_minor_j_the_ombudsmans_name_is_written_once():
    from macros.core.render.facts import document_titles
    from macros.core.render.first_use import expand_first_uses

    import re

    html = render("journey_steps", "council-late", links=Links("council-late/"))
    html = re.sub(r"^## (.*)$", r"<h2>\1</h2>", html, flags=re.M)  # as Markdown writes the step headings
    expanded = text_of(expand_first_uses(html, DATA.glossary, "../glossary/", document_titles(DATA)))
    assert "Local Government and Social Care Ombudsman" in expanded
    assert "Social Care Local Government" not in expanded and "Ombudsman (Ombudsman)" not in expanded


def test_missing_d_re_assessment_is_its_own_journey_with_a_calculator():
    journey = DATA["journeys"].journeys["re-assessment"]
    assert [s.id for s in journey.steps] == ["ask", "decision", "new-plan"]
    assert "reassessment-final-plan" in journey.steps["new-plan"].deadlines
    found = journey_dates(
        calculator_rules(DATA, "reassessment"),
        {"reassessment-request": date(2027, 3, 1), "reassessment-decision": date(2027, 3, 12)},
    )
    assert {d.id: d.date for d in found} == {
        "reassessment-decision": date(2027, 3, 16),  # 15 days
        "reassessment-final-plan": date(2027, 6, 18),
    }  # 14 weeks from the notice
    for page in ("re-assessment.md", "calculators/reassessment-dates.md"):
        assert (PROJECT / "docs" / page).is_file()


def test_the_time_limit_words_check_catches_a_number_that_differs_from_its_fact():
    from tests.time_limits_in_words import mismatches

    assert mismatches(["The law gives the council up to 20 weeks from the request to the final EHC plan."], FACTS) == []
    wrong = mismatches(["The law gives the council up to 26 weeks from the request to the final EHC plan."], FACTS)
    assert wrong and "final-plan" in wrong[0]
    assert mismatches(["You have 14 days to comment on the draft plan."], FACTS)
    assert (
        mismatches(["After deciding to re-assess, the council must send the final plan within 14 weeks."], FACTS) == []
    )
    assert mismatches(["The school allows 26 weeks, including time to gather evidence."], FACTS) == []  # not a limit


# ---- the calculators (MISLEADING-D, MISSING-E, MINOR-a, b, c, m, n, 6) ----


def dates_for(journey_id, **values):
    found = journey_dates(calculator_rules(DATA, journey_id), {k.replace("_", "-"): v for k, v in values.items()})
    return {d.id: d for d in found}


def test_misleading_d_one_final_amended_plan_row_the_earlier_date_binds():
    assert [r.id for r in STATUTORY.calculator.journeys["annual-review"].rows].count("amended-plan") == 1
    assert "amended-plan-after-meeting" not in rows_of("annual-review")
    meeting = date(2027, 3, 10)
    on_time = dates_for("annual-review", review_meeting=meeting, amendment_proposals_sent=date(2027, 3, 31))
    assert on_time["amended-plan"].date == date(2027, 5, 26)  # 8 weeks from sending is earlier
    assert "The earlier date counts." in " ".join(on_time["amended-plan"].how)
    late = dates_for("annual-review", review_meeting=meeting, amendment_proposals_sent=date(2027, 4, 30))
    assert late["amended-plan"].date == date(2027, 6, 2)  # 12 weeks from the meeting binds
    assert any("should have come with the decision" in line for line in late["amended-plan"].how)  # Devon
    assert not any("should have come" in line for line in on_time["amended-plan"].how)
    only_meeting = dates_for("annual-review", review_meeting=meeting)
    assert only_meeting["amended-plan"].date == date(2027, 6, 2) and "the latest" in only_meeting["amended-plan"].how[0]
    inputs = {i.id: i for i in STATUTORY.calculator.journeys["annual-review"].inputs}
    assert (
        "sent" in inputs["amendment-proposals-sent"].question or "letter" in inputs["amendment-proposals-sent"].question
    )
    assert FACTS["amended-plan"]["from"] == "amendment-proposals-sent"  # 8 weeks from sending (reg 22(3))
    assert FACTS["amendment-comments"]["from"] == "amendment-proposals"  # 15 days from service (reg 22(2))


def test_missing_e_middle_school_moves_ask_for_the_year():
    moves = STATUTORY.calculator.journeys["moving-school"].moves
    assert {"primary-to-middle", "middle-to-secondary"} <= {m.id for m in moves}
    assert moves["middle-to-secondary"].year_group is None
    found = dates_for("moving-school", move="middle-to-secondary", move_year=2028)
    assert found["phase-transfer"].date == date(2028, 2, 14)
    assert dates_for("moving-school", move="middle-to-secondary", date_of_birth=date(2016, 3, 14)) == {}
    assert "year of the move" in calculator_rules(DATA, "moving-school")["messages"]["middle"]


def test_minor_calculator_wording_from_the_audit():
    rules = calculator_rules(DATA, "appeal")
    messages = rules["messages"]
    assert "To be safe" in messages["moved-day"] and "To be safe" in messages["moved-run"]  # a
    notice = rows_of("annual-review")["review-notice"].text
    assert "at the latest" in notice and "post" in notice  # b
    assert "earliest" in rows_of("annual-review")["next-review"].text  # c
    assert "one council's term dates" in messages["closure"]  # m
    advice = next(r for r in calculator_rules(DATA, "assessment")["rows"] if r["id"] == "advice-deadline")
    assert advice["groundsHeading"] == "When each public body the council asked for help can take longer"  # 6


def test_minor_n_each_calculator_explains_its_own_counting():
    journeys = STATUTORY.calculator.journeys
    assert "notes" not in STATUTORY.calculator  # no notes shared by every journey
    for journey in journeys:
        html = text_of(render("deadline_calculator", journey.id, links=Links(f"{journey.page}/")))
        counting = html.split("How each date is worked out")[1].split("Worked example")[0]
        if journey.id in ("appeal", "moving-school", "annual-review"):
            assert FACTS["exceptions-only-if-impractical"].statement not in counting, journey.id
            assert "your 15 days" not in counting.lower() or journey.id == "annual-review", journey.id
        if journey.id == "appeal":
            assert "School holidays always count" not in counting
            assert FACTS["appeal-received-by-5pm"].statement in counting


def test_the_passed_rule_is_in_the_rules_the_browser_reads():
    rows = {r["id"]: r for r in calculator_rules(DATA, "annual-review")["rows"]}
    assert (
        rows["review-notice"]["back"] and rows["review-advice"]["back"]
    )  # counted back: never late once the meeting is past
    assert "amendment-proposals-sent" in rows["review-decision"]["doneWhen"]
    assessment = {r["id"]: r for r in calculator_rules(DATA, "assessment")["rows"]}
    assert "la-asks-for-advice" in assessment["decision-to-assess"]["doneWhen"]


# ---- the contradictions a reader meets, and one number in one place ----


def test_the_home_page_never_gives_26_weeks_as_if_it_were_the_limit():
    strip = text_of(render("journey_strip", links=Links("")))
    timeline = text_of(render("stage_timeline", links=Links("")))
    limit = FACTS["final-plan"].period.amount
    assert f"Up to {limit} weeks from the request to the final plan" in strip
    assert "one school's model" in strip  # the 6 stages are one school's, not law
    stage = timeline.split("Statutory assessment")[1].split("Stage 6")[0]
    assert stage.index(f"In law: up to {limit} weeks") < stage.index("26 weeks or longer")  # the law first
    assert "One school's own window" in stage


def test_the_assessment_length_is_one_fact():
    ehcna = (PROJECT / "data" / "ehcna.yml").read_text(encoding="utf-8")
    assert "total_weeks" not in ehcna
    from macros.core.render.journeys import journey

    assert journey(DATA, "ehcna").total == FACTS["final-plan"].period.amount


def test_the_council_late_page_opens_with_what_is_late():
    page = (PROJECT / "docs" / "council-late.md").read_text(encoding="utf-8")
    assert page.index("journey_routes(") < page.index("journey_steps(")
    routes = lxml.html.fragment_fromstring(
        render("journey_routes", "council-late", links=Links("council-late/")), create_parent="div"
    )
    items = {li.get("data-route"): " ".join(li.text_content().split()) for li in routes.xpath("//li")}
    assert f"{FACTS['decision-to-assess'].period.amount} weeks" in items["decision"]
    assert f"{FACTS['final-plan'].period.amount} weeks" in items["final-plan"]
    assert "15 February" in items["school-named"] and "health" in items["health"].lower()


def test_missing_2_the_draft_plan_fact_gives_the_meeting_and_where_to_find_schools():
    statement = FACTS["draft-plan-comments"].statement
    assert "meet someone from the council" in statement and "where to find out about schools" in statement


# ---- what the re-check on 3 December found still open ----


def test_minor_f_rights_pass_by_age_under_section_83_not_at_the_end_of_year_11():
    step = DATA["journeys"].journeys["young-people"].steps["own-decisions"]
    assert step.basis.reference.startswith("section 83(2)") and "Year 11" not in step.summary
    intro = (PROJECT / "docs" / "young-people.md").read_text(encoding="utf-8")
    assert "end of Year 11" not in intro and "not their year group" in intro
    rights = FACTS["young-person-rights"]
    assert "last Friday in June" in rights.statement and "not the year group" in rights.statement
    assert ("education-act-1996", "section 8(3), when compulsory school age ends") in {
        (s.source, s.reference) for s in rights.see_also
    }
    assert "last Friday in June only in advice services" in rights.not_confirmed  # the order itself was not read


def test_wrong_a_the_appeal_time_limit_says_5pm_wherever_it_is_shown():
    fact = FACTS["appeal-time-limit"]
    assert "It must arrive by 5pm on the last day." in fact.statement
    assert ("tribunal-rules-2008", "rule 12(1), the 5pm rule") in {(s.source, s.reference) for s in fact.see_also}
    shown = 0
    for journey_id, html in every_journey_page():
        page = lxml.html.fragment_fromstring(html, create_parent="div")
        for item in page.xpath("//li[@data-fact='appeal-time-limit']"):
            assert "5pm" in item.text_content(), journey_id
            shown += 1
    assert shown >= 3  # appeals, ending a plan, re-assessment


def test_misleading_a_no_basis_label_stands_without_points_or_twice_in_a_step():
    """A label with no point under it reads as covering the next label's points (law over advice)."""
    checked = 0
    for journey_id, html in every_journey_page():
        page = lxml.html.fragment_fromstring(html, create_parent="div")
        for section in page.xpath("//section[@class='ehcna-step']"):
            labels = section.xpath("./p[contains(@class, 'ehcna-step__basis')]")
            texts = [" ".join(label.text_content().split()) for label in labels]
            assert len(texts) == len(set(texts)), (journey_id, texts)
            for label in labels:
                following = label.getnext()
                if section.xpath("./ul[preceding-sibling::h3[contains(@id, '-practice')]]"):
                    assert following is not None and following.tag == "ul", (journey_id, texts)
                checked += 1
    assert checked >= 30
    kinds = {(j, text[:30]): kind for j, html in every_journey_page() for _, kind, text in labelled_points(html)}
    assert kinds[("re-assessment", "Write to the council's SEN tea")] == "practice"
    assert kinds[("personal-budgets", "Ask the council how it runs di")] == "practice"


def test_the_roles_page_parents_are_sent_to_says_council():
    """Section 5 of the audit: 'local authority' on the page linked from the home page's list for parents."""
    import re

    words = text_of(render("roles_list", links=Links("roles/"))).replace("\\(", "(")
    for found in re.finditer("local authority", words, re.I):  # only in brackets after 'council', to explain it
        assert re.search(r"council \((the )?$", words[: found.start()]), words[found.start() - 60 : found.end()]
    assert "works for the council" in words and "when the council asks" in words


def test_minor_n_each_calculator_note_is_titled_so_it_says_what_it_covers():
    html = render("deadline_calculator", "moving-school", links=Links("calculators/moving-school-dates/"))
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    [explained] = page.xpath("//div[@class='deadline-calculator__explained']")
    notes = [" ".join(p.text_content().split()) for p in explained.xpath("./p")]
    assert notes and all(
        note.startswith(FACTS[fid].title + ":")
        for note, fid in zip(notes, STATUTORY.calculator.journeys["moving-school"].notes)
    )
    assert notes[0].startswith("Moving between post-16 places:")


def test_disagreement_resolution_says_it_does_not_stop_the_appeal_clock():
    """A family who tries disagreement resolution first must not lose the 2 months (rule 20(1) gives more time
    only after a mediation certificate)."""
    step = DATA["journeys"].journeys["council-late"].steps["disagreement-resolution"]
    [point] = [p for p in step.main_points if not isinstance(p, str)]
    assert "does not give you more time to appeal" in point.text and "mediation certificate" in point.text
    assert (point.basis.kind, point.basis.source, point.basis.reference) == ("law", "tribunal-rules-2008", "rule 20(1)")


def test_minor_n_the_re_assessment_calculator_cites_regulation_27_not_the_first_assessments_rules():
    html = text_of(render("deadline_calculator", "reassessment", links=Links("calculators/reassessment-dates/")))
    counting = html.split("How each date is worked out")[1].split("Worked example")[0]
    assert FACTS["reassessment-exceptions"].statement in counting and "regulation 27(2) and 27(3)" in counting
    assert FACTS["exceptions-only-if-impractical"].statement not in counting
    assert "regulations 5(1) and 5(4)" not in counting
    # The calendar-weeks note is shown on three calculators: it cites the limits of all three.
    assert {"20", "22", "27"} <= set(FACTS["calendar-weeks"].reference.replace(",", " ").split())
