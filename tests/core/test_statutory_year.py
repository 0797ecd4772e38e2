"""The statutory year (issue 26, item 6): the SEN information report's requirements from the law (SEND Regulations
2014 Schedule 1, Children and Families Act 2014 s.69(3), Code 6.79), each cited to its paragraph and ticked on a
checklist that also gives a skeleton report; what could not be confirmed is said on the page; errors are located."""

import re
import textwrap

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, assert_problem, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")
REPORT = DATA["statutory_year"].information_report
CHECKLIST = DATA["checklists"].checklists["sen-information-report"]
SKELETON = DATA["templates"].templates["sen-information-report"]


def html(fragment) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(str(fragment), create_parent="div")


def test_schedule_1_items_1_to_13_then_the_four_disability_items_then_code_6_79():
    cites = [(r.basis.kind, r.basis.source, r.basis.reference) for r in REPORT.requirements]
    schedule = [c for c in cites if c[1] == "send-regs-2014"]
    assert [c[2] for c in schedule] == [
        f"Schedule 1, paragraph {n}" if n != 3 else "Schedule 1, paragraph 3(a) to (g)" for n in range(1, 14)
    ]
    assert all(kind == "law" for kind, _, _ in schedule)
    assert [c[2] for c in cites if c[1] == "cafa-2014"] == [f"section 69(3)(b)({n})" for n in ("i", "ii", "iii", "iv")]
    assert cites[-1] == ("statutory-guidance", "send-cop-2015", "paragraph 6.79")
    assert len(REPORT.requirements["making-provision"].includes) == 7  # paragraph 3(a) to (g)


def test_paragraphs_8_to_13_and_code_6_79_say_they_are_not_confirmed_and_1_to_7_do_not():
    unconfirmed = {r.basis.reference for r in REPORT.requirements if r.not_confirmed}
    assert unconfirmed == {f"Schedule 1, paragraph {n}" for n in range(8, 14)} | {"paragraph 6.79"}


def test_the_checklist_ticks_every_requirement_and_the_skeleton_has_one_section_each():
    ids = [r.id for r in REPORT.requirements]
    assert [item.requirement for item in CHECKLIST["items"]] == ids
    assert sorted(s.requirement for s in SKELETON.sections if s.requirement) == sorted(ids)


def test_the_checklist_shows_each_requirement_with_its_citation_and_what_is_not_confirmed():
    page = html(COMPONENTS["checklist"](DATA, Links("checklists/sen-information-report/"), "sen-information-report"))
    items = page.xpath("//li[@class='checklist__item']")
    assert len(items) == len(REPORT.requirements)
    for item, requirement in zip(items, REPORT.requirements):
        box = item.xpath(".//input[@type='checkbox']")[0]
        assert box.get("data-item") == f"report-{requirement.id}"
        assert item.xpath(".//label")[0].text_content() == requirement.text
        label = item.xpath(".//span[@data-basis]")[0]
        assert label.get("data-basis") == requirement.basis.kind
        assert requirement.basis.reference in label.text_content()
        # the label points at the requirement's own row on the Sources page
        assert label.xpath(".//a/@href")[0] == f"../../sources/#report-{requirement.id}"
        note = item.xpath(".//*[@data-not-confirmed]")
        assert bool(note) == bool(requirement.not_confirmed), requirement.id
        if note:
            assert "Not confirmed:" in note[0].text_content()
    parts = page.xpath("//ul[@class='checklist__includes']/li/text()")
    assert parts == list(REPORT.requirements["making-provision"].includes)


def test_every_requirement_is_a_row_of_the_sources_page_law_list_with_its_note():
    table = html(COMPONENTS["statutory_facts"](DATA, Links("sources/")))
    for requirement in REPORT.requirements:
        row = table.xpath(f"//tr[th[@id='report-{requirement.id}']]")
        assert row, requirement.id
        assert requirement.text in row[0].text_content()
        assert row[0].xpath("./td[2]/@data-basis") == [requirement.basis.kind]
        assert bool(row[0].xpath(".//*[@data-not-confirmed]")) == bool(requirement.not_confirmed)


def test_the_duty_to_write_the_report_is_a_fact_citing_section_69():
    fact = DATA.facts["sen-information-report-duty"]
    assert (fact.basis, fact.source, fact.reference) == ("law", "cafa-2014", "section 69(1) to (3)")
    shown = html(COMPONENTS["statutory_year"](DATA, Links("statutory-year/"), "report"))
    assert shown.xpath("//li/@data-fact") == ["sen-information-report-duty"]
    assert shown.xpath("//span[@data-basis='law']//a/@href") == ["../sources/#fact-sen-information-report-duty"]


def test_a_requirement_with_no_checklist_item_stops_the_build_at_the_requirement(data_copy):
    replace_in(data_copy / "checklists.yml", "        requirement: local-offer\n", "        text: Our Local Offer.\n")
    line = line_number_of(data_copy / "statutory_year.yml", "- id: local-offer")
    assert_located(
        data_copy, f"data/statutory_year.yml:{line}:", "no checklist item ticks the requirement 'local-offer'"
    )


def test_a_requirement_without_a_skeleton_section_or_with_two_is_located(data_copy):
    templates = data_copy / "templates.yml"
    replace_in(templates, "requirement: complaints", "requirement: equipment")
    line = line_number_of(data_copy / "statutory_year.yml", "- id: complaints")
    found = assert_located(data_copy, f"data/statutory_year.yml:{line}:", "no section for the requirement 'complaints'")
    second = [n for n, text in enumerate(templates.read_text().splitlines(), 1) if "requirement: equipment" in text][1]
    assert_problem(found, f"data/templates.yml:{second}:", "already has a section")


def test_schema_errors_in_the_new_file_are_located(data_copy):
    path = data_copy / "statutory_year.yml"
    replace_in(path, 'reference: "Schedule 1, paragraph 6"}', 'reference: "Schedule 1, paragraph 6", page: 3}')
    replace_in(path, "- id: equipment\n", "- id: Equipment\n")
    found = assert_located(data_copy, f"data/statutory_year.yml:{line_number_of(path, 'page: 3')}:", "page")
    assert_problem(found, f"data/statutory_year.yml:{line_number_of(path, 'id: Equipment')}:")


def test_an_unknown_source_is_located(data_copy):
    path = data_copy / "statutory_year.yml"
    replace_in(path, 'source: cafa-2014, reference: "section 69(3)(b)(i)"', 'source: cfa-2014, reference: "x"')
    assert_located(data_copy, f"data/statutory_year.yml:{line_number_of(path, 'cfa-2014')}:", "cfa-2014")


def test_a_council_overlays_a_requirement_by_id_and_removes_nothing_the_law_needs_silently(tmp_path):
    folder = tmp_path / "overlay"
    folder.mkdir()
    (folder / "statutory_year.yml").write_text(
        textwrap.dedent("""
        information_report:
          requirements:
            - id: local-offer
              text: Where Northfield publishes its Local Offer, with a link to it.
              basis: {kind: law, source: send-regs-2014, reference: "Schedule 1, paragraph 13"}
    """).lstrip(),
        encoding="utf-8",
    )
    (folder / "site.yml").write_text(
        f"site:\n  publisher: Northfield Borough Council\n{COUNCIL_DATES}", encoding="utf-8"
    )
    council = load_site_data(PROJECT / "data", None, folder)
    requirements = council["statutory_year"].information_report.requirements
    assert requirements.ids() == REPORT.requirements.ids()
    assert requirements["local-offer"].text == "Where Northfield publishes its Local Offer, with a link to it."
    page = html(COMPONENTS["checklist"](council, Links("checklists/x/"), "sen-information-report"))
    assert "Where Northfield publishes its Local Offer" in page.text_content()
    # a council that removes a requirement without its checklist item is told where
    (folder / "statutory_year.yml").write_text(
        "remove: {information_report.requirements: [local-offer]}\n", encoding="utf-8"
    )
    assert_located(PROJECT / "data", "data/checklists.yml:", "local-offer", overlay_dir=folder)


# Exam access arrangements: one JCQ year, named on the page; the build warns after it.
EXAMS = DATA["statutory_year"].access_arrangements


def test_exam_access_points_are_exam_board_rules_for_the_2025_to_2026_year():
    assert (EXAMS.valid_from, EXAMS.valid_to) == ("2025-09-01", "2026-08-31")
    assert DATA.sources[EXAMS.source].kind == "exam-board-rules"
    assert {p.basis.kind for p in EXAMS.points} == {"exam-board-rules"}
    assert {"normal-way-of-working", "teacher-evidence", "approved-online", "delegated"} <= set(EXAMS.points.ids())


def test_the_page_says_which_exam_year_the_points_are_for_and_to_check_the_current_document():
    shown = html(COMPONENTS["statutory_year"](DATA, Links("statutory-year/"), "exams"))
    year = shown.xpath("//div[contains(@class, 'exam-year')]")[0]
    said = " ".join(year.text_content().split())
    assert "These points are for the 2025 to 2026 exam year only." in said
    assert "from 1 September 2025 to 31 August 2026" in said
    assert "Check the current JCQ access arrangements document before you act on them." in said
    assert year.xpath(".//a/@href") == [DATA.sources[EXAMS.source].url]
    points = shown.xpath("//ul[@class='exam-access']/li")
    assert [p.get("data-point") for p in points] == EXAMS.points.ids()
    for li, point in zip(points, EXAMS.points):
        assert li.xpath(".//span[@data-basis]/@data-basis") == ["exam-board-rules"]
        assert bool(li.xpath(".//*[@data-not-confirmed]")) == bool(point.not_confirmed), point.id


def test_the_build_warns_once_the_jcq_year_has_passed_and_not_before():
    from datetime import date

    from macros.core.dates.review_due import exam_rules_past_valid_to

    assert exam_rules_past_valid_to(DATA, date(2026, 8, 31)) == []
    [warning] = exam_rules_past_valid_to(DATA, date(2026, 12, 3))
    assert warning.startswith("data/statutory_year.yml: access_arrangements:")
    assert "2025-09-01 to 2026-08-31" in warning and "Read the current JCQ document" in warning


def test_make_check_prints_the_exam_year_warning_and_still_passes(data_copy):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "macros.check", str(data_copy)], cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING -  data/statutory_year.yml: access_arrangements:" in result.stderr


def test_a_jcq_year_that_ends_before_it_starts_or_cites_law_is_located(data_copy):
    path = data_copy / "statutory_year.yml"
    replace_in(path, 'valid_to: "2026-08-31"', 'valid_to: "2025-08-31"')
    replace_in(path, "  source: jcq-access-arrangements-2025\n", "  source: cafa-2014\n")
    found = assert_located(
        data_copy, f"data/statutory_year.yml:{line_number_of(path, 'valid_to:')}:", "must be after valid_from"
    )
    assert_problem(found, f"data/statutory_year.yml:{line_number_of(path, '  source: cafa-2014')}:", "exam-board-rules")


def test_an_exam_point_citing_the_law_for_a_jcq_rule_is_refused(data_copy):
    path = data_copy / "statutory_year.yml"
    replace_in(
        path,
        'basis: {kind: exam-board-rules, source: jcq-access-arrangements-2025, reference: "delegated arrangements"}',
        'basis: {kind: law, source: jcq-access-arrangements-2025, reference: "delegated arrangements"}',
    )
    line = line_number_of(path, 'reference: "delegated arrangements"')
    assert_located(data_copy, f"data/statutory_year.yml:{line}:")


# Records: what to record, how long to keep it (no figure we could not confirm), how records move with a pupil.
RECORDS = DATA["statutory_year"].records


def test_records_move_with_the_pupil_under_regulation_9_of_the_pupil_information_regulations():
    fact = DATA.facts["records-move-with-pupil"]
    assert (fact.basis, fact.source, fact.reference) == ("law", "pupil-information-regs-2005", "regulation 9(3)")
    assert "common transfer file and educational record" in fact.statement and "15 school days" in fact.statement
    assert "9(3B)" in fact.not_confirmed
    assert list(RECORDS.facts) == ["records-move-with-pupil", "educational-record-maintained"]


def test_no_retention_period_is_given_that_we_could_not_confirm():
    keep = RECORDS.points["how-long"]
    assert keep.basis.kind == "practice"
    assert "we do not give one" in keep.text
    assert not re.search(r"\b\d+ years\b", " ".join(p.text for p in RECORDS.points))


def test_the_records_part_shows_the_facts_and_points_each_with_its_label_and_sources_row():
    shown = html(COMPONENTS["statutory_year"](DATA, Links("statutory-year/"), "records"))
    assert shown.xpath("//li/@data-fact") == list(RECORDS.facts)
    sources = html(COMPONENTS["statutory_facts"](DATA, Links("sources/")))
    for li, point in zip(shown.xpath("//ul[@class='records-points']/li"), RECORDS.points):
        label = li.xpath(".//span[@data-basis]")[0]
        assert label.get("data-basis") == point.basis.kind
        if point.basis.kind == "statutory-guidance":
            assert label.xpath(".//a/@href") == [f"../sources/#records-{point.id}"]
            assert sources.xpath(f"//th[@id='records-{point.id}']"), point.id
        else:
            practice = " ".join(sources.xpath("//ul[@class='local-practice']")[0].text_content().split())
            assert f"Records: {point.title}" in practice and point.basis["from"] in practice


# The key-dates calendar: fixed dates from the law are added; a date we could not confirm is never published.
def test_the_calendar_gets_the_15_february_and_31_march_deadlines_from_regulation_18():
    from datetime import date

    from icalendar import Calendar

    from macros.core.dates.key_dates import key_dates
    from macros.outputs.key_dates_ics import key_dates_calendar

    days = {item.id: item for item in key_dates(DATA)}
    assert days["phase-transfer-deadline"].day == date(2027, 2, 15)
    assert days["post-16-transfer-deadline"].day == date(2027, 3, 31)
    assert "regulation 18(1)" in days["phase-transfer-deadline"].description
    events = {str(event["UID"]): event for event in Calendar.from_ical(key_dates_calendar(DATA)).walk("VEVENT")}
    event = events["phase-transfer-deadline-20270215@send-guide"]
    assert event.decoded("dtstart") == date(2027, 2, 15)
    assert "must be amended before today" in str(event["SUMMARY"])
    assert "post-16-transfer-deadline-20270331@send-guide" in events
    assert not any("census" in str(e["SUMMARY"]).lower() for e in events.values())


def test_the_key_dates_page_says_what_the_calendar_leaves_out_and_why():
    page = html(COMPONENTS["key_dates"](DATA, Links("key-dates/")))
    left = {li.get("data-left-out"): li.text_content() for li in page.xpath("//li[@data-left-out]")}
    assert set(left) == {"school-census", "access-arrangements-deadlines", "information-report-update"}
    assert "could not confirm" in left["school-census"]


def test_a_calendar_date_for_a_move_the_fact_has_no_date_for_is_located(data_copy):
    path = data_copy / "statutory_year.yml"
    replace_in(
        path,
        "      fact: phase-transfer-review\n      move: post-16\n",
        "      fact: annual-review\n      move: post-16\n",
    )
    line = line_number_of(path, "      move: post-16")
    assert_located(data_copy, f"data/statutory_year.yml:{line}:", "no fixed date for the move 'post-16'")
