"""Templates in Chromium: typing is kept across reloads, Clear asks first, boxes grow, A4 print stays short."""

import json

import pytest

from tests.helpers import pdf_page_count

pytestmark = pytest.mark.browser

PAGE = "forms/sen-support-plan/"
CHILD = "send-guide:child:unnamed"


def kept(page):
    child = json.loads(page.evaluate(f"() => localStorage.getItem('{CHILD}')"))
    return child["records"]["template/sen-support-plan"]["data"]


def test_fields_persist_across_a_reload_once_the_person_chooses_to_keep_them(page, site_url):
    page.goto(site_url + PAGE)
    page.get_by_label("Until I clear it").check()
    page.get_by_label("Pupil's name").fill("Sam")
    page.locator("#tpl-sen-support-plan-outcome-2").fill("Sam reads a short book on his own.")
    assert kept(page) == {"fields": {"pupil-name": "Sam", "outcome-2": "Sam reads a short book on his own."}}
    page.reload()
    assert page.get_by_label("Pupil's name").input_value() == "Sam"
    assert page.locator("#tpl-sen-support-plan-outcome-2").input_value() == "Sam reads a short book on his own."
    assert page.watch.console_errors == [] and page.watch.outside_requests == []


def test_clear_asks_first_then_empties_every_field(page, site_url):
    page.goto(site_url + PAGE)
    page.get_by_label("Until I clear it").check()
    page.get_by_label("Pupil's name").fill("Sam")
    clear = page.get_by_role("button", name="Clear the form")
    page.once("dialog", lambda dialog: dialog.dismiss())
    clear.click()
    assert page.get_by_label("Pupil's name").input_value() == "Sam"
    page.once("dialog", lambda dialog: dialog.accept())
    clear.click()
    assert page.get_by_label("Pupil's name").input_value() == ""
    assert kept(page)["fields"] == {}
    page.reload()
    assert page.get_by_label("Pupil's name").input_value() == ""


def test_print_and_clear_need_javascript_so_only_appear_with_it(page_without_js, site_url):
    page = page_without_js
    page.goto(site_url + PAGE)
    assert not [b for b in page.locator(".template-form button").all() if b.is_visible()]
    assert not page.locator(".record-switcher").is_visible()
    assert page.get_by_label("Key person").count() == 4  # one per outcome


def test_long_answers_grow_their_box_so_print_shows_them_whole(page, site_url):
    page.goto(site_url + PAGE)
    answer = page.locator("#tpl-sen-support-plan-impact-1")
    answer.fill("\n".join(f"Line {n}" for n in range(10)))
    assert page.evaluate("el => el.scrollHeight <= el.clientHeight", answer.element_handle())


def test_print_layout_has_lines_and_boxes_and_no_site_chrome(page, site_url):
    page.goto(site_url + PAGE)
    page.emulate_media(media="print")
    for chrome in (
        ".md-header",
        ".md-sidebar--primary",
        ".md-footer",
        ".send-toolbar",
        "a[download]",
        ".record-switcher",
    ):
        assert not page.locator(chrome).first.is_visible(), chrome
    line = page.get_by_label("Pupil's name").evaluate(
        "el => [getComputedStyle(el).borderTopWidth, getComputedStyle(el).borderBottomStyle]"
    )
    assert line == ["0px", "solid"]  # a ruled line to write on
    box = page.get_by_label("The pupil's views").evaluate("el => getComputedStyle(el).borderTopStyle")
    assert box == "solid"


# Printed with room to write by hand (8 mm a line): the SEN Support Plan takes a sheet per outcome and one per
# outcome's review (measured: 8 sheets blank; a filled plan leaves out the outcomes it does not use).
@pytest.mark.parametrize(
    "template_id, most_pages",
    [
        ("sen-support-plan", 8),
        ("initial-concern-record", 2),
        ("pupil-voice", 1),
        ("parent-voice", 2),
        ("planning-consultation-record", 2),
        ("individual-provision-map", 2),
        ("sen-information-report", 4),
    ],
)
def test_templates_print_on_a_few_a4_pages(page, site_url, template_id, most_pages):
    page.goto(site_url + f"forms/{template_id}/")
    assert 1 <= pdf_page_count(page.pdf(format="A4")) <= most_pages


def test_word_download_is_served(page, site_url):
    page.goto(site_url + PAGE)
    href = page.locator("a[download]").get_attribute("href")
    response = page.request.get(page.url + href)
    assert response.status == 200 and response.body()[:2] == b"PK"  # a .docx is a zip file


def test_a_filled_plan_prints_without_its_empty_outcomes(page, site_url):
    page.goto(site_url + PAGE)
    blank = pdf_page_count(page.pdf(format="A4"))
    page.get_by_label("Pupil's name").fill("Sam")
    page.locator("#tpl-sen-support-plan-outcome-1").fill("Sam reads a short book on his own.")
    page.emulate_media(media="print")
    assert page.locator("#section-sen-support-plan-outcome-1").is_visible()
    assert not page.locator("#section-sen-support-plan-outcome-2").is_visible()
    assert pdf_page_count(page.pdf(format="A4")) <= blank - 2  # outcomes 2 to 4 left out: no blank pages
    page.locator("#tpl-sen-support-plan-outcome-1").fill("")
    page.get_by_label("Pupil's name").fill("")
    assert page.locator("#section-sen-support-plan-outcome-2").is_visible()  # empty again: the whole form to write on


def test_the_skeleton_report_prints_a_heading_for_each_thing_the_law_lists(page, site_url):
    """The SEN information report skeleton (issue 26, item 6): every requirement's heading is on the printed sheets."""
    from macros.core import load_site_data
    from tests.helpers import PROJECT

    data = load_site_data(PROJECT / "data")
    skeleton = data["templates"].templates["sen-information-report"]
    page.goto(site_url + "forms/sen-information-report/")
    page.emulate_media(media="print")
    headings = page.locator(".template-form legend h2").all_inner_texts()
    assert headings == [section.title for section in skeleton.sections]
    assert len(headings) == len(data["statutory_year"].information_report.requirements)
    page.emulate_media(media="screen")
    assert page.locator("a[href$='sen-information-report.docx']").count() == 1


REVIEWED_PLAN_PAGES = 4  # measured: a one-outcome plan after its review (front sheets, the outcome, its review)
REVIEWED = {  # a plan after its first review: one outcome, from baseline to decision
    "pupil-name": "Sam",
    "need-areas": "Cognition and learning",
    "class-strategies": "Key words before each lesson. Warn him before he reads aloud.",
    "outcome-1": "He reads a page of his English text aloud to an adult.",
    "baseline-1": "He will not read aloud. Reading age 9 years on 10 September.",
    "success-criteria-1": "He reads one page aloud with 5 errors or fewer.",
    "support-1": "Small reading group, three times a week.",
    "impact-1": "He reads aloud in lessons with warning.",
    "progress-1": "He reads a page aloud to the teaching assistant. Reading age 9 years 6 months.",
    "what-worked-1": "Key words before lessons. Practising the page the day before.",
    "next-step-1": "Continue, with a new outcome for reading aloud in class.",
}


def test_the_new_plan_fields_are_saved_in_the_child_s_record_and_come_back(page, site_url):
    page.goto(site_url + PAGE)
    page.get_by_label("Until I clear it").check()
    for key, value in REVIEWED.items():
        page.locator(f"#tpl-sen-support-plan-{key}").fill(value)
    assert kept(page) == {"fields": REVIEWED}
    page.reload()
    for key, value in REVIEWED.items():
        assert page.locator(f"#tpl-sen-support-plan-{key}").input_value() == value, key
    assert page.watch.console_errors == []


def test_a_reviewed_plan_prints_baseline_outcome_provision_impact_and_decision_on_a4(page, site_url):
    import io

    import pypdf

    page.goto(site_url + PAGE)
    for key, value in REVIEWED.items():
        page.locator(f"#tpl-sen-support-plan-{key}").fill(value)
    page.emulate_media(media="print")
    assert page.locator("#section-sen-support-plan-outcome-review-1").is_visible()
    assert not page.locator("#section-sen-support-plan-outcome-review-2").is_visible()  # empty reviews left out
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in pdf.pages)
    for key in ("baseline-1", "outcome-1", "support-1", "impact-1", "progress-1", "next-step-1"):
        assert REVIEWED[key] in text, key
    assert len(pdf.pages) <= REVIEWED_PLAN_PAGES
