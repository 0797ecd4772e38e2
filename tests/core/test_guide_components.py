"""The guide pages' components, rendered from data: right entries, proportional widths, data changes, absent fields."""

import re

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import PROJECT, replace_after, replace_in, to_page_html

LINKS = Links("ehc-needs-assessment/")


def render(name, data, links=LINKS, **options):
    return str(COMPONENTS[name](data, links, **options))


def tree(html):
    """The component's output after Markdown, as on the page (its section headings are Markdown)."""
    return lxml.html.fragment_fromstring(to_page_html(html)[0], create_parent="div")


def bars(html):
    """(step number, x, width) of every step bar in the EHCNA drawing."""
    return [
        (int(r.get("data-step")), float(r.get("x")), float(r.get("width")))
        for r in tree(html).xpath("//svg//rect[@data-step]")
    ]


def test_ehcna_timeline_has_one_entry_per_step_with_its_weeks():
    data = load_site_data(PROJECT / "data")
    page = tree(render("ehcna_timeline", data))
    items = page.xpath("//ol[@class='ehcna-timeline__steps']/li")
    assert len(items) == len(data.guide.steps) == 4
    for item, step in zip(items, data.guide.steps):
        assert f"Step {step.number}: {step.title}" in item.text_content()
        weeks = item.xpath(".//*[@class='ehcna-timeline__weeks']")[0].text_content()
        assert f"Weeks {step.start_week} to {step.end_week}" in weeks
    assert page.xpath("//svg/@aria-hidden") == ["true"]  # the list, not the drawing, carries the facts
    assert "style=" not in render("ehcna_timeline", data)


def test_ehcna_timeline_widths_are_proportional_to_duration_with_marks_at_0_6_12_16_20():
    data = load_site_data(PROJECT / "data")
    html = render("ehcna_timeline", data)
    steps = {s.number: s for s in data.guide.steps}
    drawn = bars(html)
    scale = {round(width / (steps[n].end_week - steps[n].start_week), 6) for n, _, width in drawn}
    assert len(scale) == 1
    per_week = scale.pop()
    for number, x, _ in drawn:
        assert x == steps[number].start_week * per_week  # each bar starts where its step starts
    marks = [t.text_content() for t in tree(html).xpath("//svg//text[contains(@class, 'ehcna-timeline__mark')]")]
    assert marks == ["Week 0", "6", "12", "16", "Week 20"]


def test_ehcna_timeline_follows_a_change_in_the_data(data_copy):
    ehcna = data_copy / "ehcna.yml"
    replace_in(ehcna, "start_week: 12\n      end_week: 16", "start_week: 12\n      end_week: 14")
    replace_in(ehcna, "start_week: 16\n      end_week: 20", "start_week: 14\n      end_week: 20")
    replace_in(ehcna, "title: The planning stage", "title: Planning the EHC plan together")
    html = render("ehcna_timeline", load_site_data(data_copy))
    widths = {number: width for number, _, width in bars(html)}
    assert widths[3] * 3 == widths[4]  # 2 weeks against 6 weeks
    assert "Weeks 14 to 20 (6 weeks)" in html
    assert "Step 2: Planning the EHC plan together" in html


def test_ehcna_steps_show_both_audiences_as_tabs_and_explain_each_term_once():
    data = load_site_data(PROJECT / "data")
    page = tree(render("ehcna_steps", data))
    for step in data.guide.steps:
        section = page.xpath(f"//h2[@id='step-{step.number}']/following-sibling::section[1]")[0]
        labels = [label.text_content() for label in section.xpath(".//div[@class='tabbed-labels']/label")]
        assert labels == ["Your child and family", "The school and professionals"]
        family, professionals = section.xpath(".//div[@class='tabbed-block']")
        assert len(family.xpath(".//li")) == len(step.family)
        assert len(professionals.xpath(".//li")) == len(step.professionals)
        for radio in section.xpath(".//input[@type='radio']"):
            assert section.xpath(f".//label[@for='{radio.get('id')}']")  # every tab has its label
    for term in data.guide.terms:
        assert len(page.xpath(f"//dt[@id='term-{term.id}']")) == 1
    assert page.xpath("//h2[@id='step-1']/following-sibling::section[1]//aside[@class='ehcna-terms']")


def test_ehcna_deadlines_come_with_their_sources():
    data = load_site_data(PROJECT / "data")
    html = render("ehcna_time_limits", data)
    fact = data.facts["decision-to-assess"]
    assert fact.statement in html
    assert 'href="../sources/#fact-decision-to-assess"' in html
    assert "regulation 5(1)" in html
    assert data["statutory"].exceptions["away-from-area"].text in html
    appeal = render("ehcna_disagree", data)
    assert data.facts["appeal-time-limit"].statement in appeal


def test_stage_sections_link_to_roles_and_to_agencies_in_one_click():
    data = load_site_data(PROJECT / "data")
    html = render("stage_sections", data, Links("graduated-response/"))
    page = tree(html)
    for stage in data.stages:
        section = page.xpath(f"//h2[@id='stage-{stage.id}']/following-sibling::section[1]")[0]
        hrefs = section.xpath(".//a/@href")
        for role_id in stage.involved:
            assert f"../roles/#{role_id}" in hrefs
        assert ("../agencies/" in hrefs) == ("external-agencies" in stage.involved)
    assert page.xpath(
        "//h2[@id='stage-statutory-assessment']/following-sibling::section[1]//a[@href='../sources/#fact-final-plan']"
    )


def test_a_missing_optional_field_renders_nothing(data_copy):
    replace_in(data_copy / "stages.yml", "      note: Unless there are further worries sooner.\n", "")
    replace_in(data_copy / "stages.yml", "    statutory_limit: final-plan\n", "")
    replace_in(
        data_copy / "agencies.yml",
        "    local_note: This service used to be called the Parent Partnership Service.\n",
        "",
    )
    replace_in(
        data_copy / "meetings.yml",
        "      hint: For example, pressures or strengths in a year group or an area of need.\n",
        "",
    )
    data = load_site_data(data_copy)
    page = tree(render("stage_sections", data, Links("graduated-response/")))
    how_long = page.xpath(
        "//h2[@id='stage-sen-support']/following-sibling::section[1]/h3[@id='stage-sen-support-how-long']"
        "/following-sibling::p[1]"
    )[0].text_content()
    assert how_long == "2 terms. Local practice: the length one local graduated response suggests. No law sets it."
    assert not page.xpath(
        "//h2[@id='stage-statutory-assessment']/following-sibling::section[1]//a[contains(@href, 'sources')]"
    )
    sendiass = tree(render("agencies_directory", data)).xpath("//li[@data-agency='sendiass']")[0]
    assert not sendiass.xpath(".//p[@class='agency__note']")
    assert "agency__contact" not in lxml.html.tostring(
        tree(render("agencies_directory", data)).xpath("//li[@data-agency='camhs']")[0], encoding="unicode"
    )  # all null
    question = tree(render("link_planning", data)).xpath("//li[@id='question-send-data']")[0]
    assert not question.xpath(".//span[@class='hint']") and not question.xpath(".//br")
    for name in ("stage_sections", "agencies_directory", "link_planning"):
        assert "None" not in render(name, data), name


def test_agency_contact_details_show_when_the_la_fills_them_in(data_copy):
    replace_after(data_copy / "agencies.yml", "- id: camhs\n", "phone: null", 'phone: "01632 960002"')
    page = tree(render("agencies_directory", load_site_data(data_copy)))
    card = page.xpath("//li[@data-agency='camhs']")[0]
    assert card.xpath(".//a[@href='tel:01632960002']")
    assert not card.xpath(".//dt[text()='Email']")


def test_the_sendiass_card_leads_to_a_person_without_a_council_and_to_the_councils_own_with_one():
    """Held once: the card takes the council's SENDIASS from site.yml, or national help that finds yours."""
    base = tree(render("agencies_directory", load_site_data(PROJECT / "data"))).xpath("//li[@data-agency='sendiass']")[
        0
    ]
    assert base.xpath(".//a[text()='Find your local SENDIASS']/@href")[0].startswith("https://")
    council = load_site_data(PROJECT / "data", None, PROJECT / "local/example/data")
    card = tree(render("agencies_directory", council)).xpath("//li[@data-agency='sendiass']")[0]
    assert card.xpath(".//a[@href='tel:01632960102']") and card.xpath(
        ".//a[@href='mailto:sendiass@northfield.example']"
    )
    team = tree(render("agencies_directory", council)).xpath("//li[@data-agency='la-send-team']")[0]
    assert team.xpath(".//a[@href='tel:01632960101']")


def test_agencies_directory_groups_by_area_with_a_filter_built_from_data():
    data = load_site_data(PROJECT / "data")
    page = tree(render("agencies_directory", data))
    for area in data.areas:
        group = page.xpath(f"//section[@data-area='{area.id}']")[0]
        heading = group.getprevious()  # a Markdown heading, so the page's contents list it
        assert (heading.tag, heading.get("id"), heading.text) == ("h2", f"agencies-{area.id}", area.name)
        assert group.get("data-heading") == heading.get("id")  # the filter hides the two together
        listed = group.xpath(".//li[@class='agency']/@data-agency")
        assert listed == [a.id for a in data.agencies if area.id in a.areas]
    form = page.xpath("//form[contains(@class, 'agencies-filter')]")[0]
    # In the page as the script first shows it (nothing moves when it runs), hidden by CSS where scripts cannot run.
    assert form.get("hidden") is None and "send-needs-js" in form.get("class").split()
    assert form.xpath("string(.//*[@role='status'])") == f"Showing all {len(data.agencies)} services."
    assert form.xpath(".//select[@name='area']/option/@value") == ["", *data.areas.ids()]
    assert form.xpath(".//select[@name='referrer']/option/@value") == ["", *data["agencies"].referrers.ids()]
    assert form.xpath(".//*[@role='status']")


def test_numbers_on_the_pages_come_from_the_data(data_copy):
    replace_in(data_copy / "support_plans.yml", "outcomes_max: 4", "outcomes_max: 5")
    replace_in(data_copy / "meetings.yml", "    - id: triage\n      text: Sorting out and agreeing priorities.\n", "")
    data = load_site_data(data_copy)
    assert "template suggests 3 or 5 outcomes." in render("support_plan", data)
    assert "The 3 forms of support" in render("planning_consultation", data)
    strip = render("journey_strip", data, Links(""))
    assert f"Up to {data.facts['final-plan'].period.amount} weeks" in strip and "6 stages" in strip


def test_roles_link_back_to_the_stages_they_take_part_in():
    data = load_site_data(PROJECT / "data")
    page = tree(render("roles_list", data, Links("roles/")))
    senco = page.xpath("//section[h3[@id='senco']]")[0]
    expected = [f"../graduated-response/#stage-{s.id}" for s in data.stages if "senco" in s.involved]
    assert senco.xpath(".//p[@class='role__stages']/a/@href") == expected


def test_review_calendar_runs_in_school_year_order():
    data = load_site_data(PROJECT / "data")
    html = render("review_calendar", data, Links("graduated-response/"))
    order = re.findall(r'id="review-([a-z-]+)"', html)
    assert order == ["october-review", "february-review", "july-review", "july-transition-meeting"]
