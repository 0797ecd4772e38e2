"""Every validation rule, proven on a broken copy of the shipped data: file, line and message."""

import re
import shutil


from macros.core import load_site_data
from tests.helpers import PROJECT, assert_located, assert_problem, line_number_of, problems_for, replace_in


def test_shipped_data_is_valid():
    data = load_site_data(PROJECT / "data", PROJECT / "docs")
    assert len(data.stages) == 6
    assert [s.number for s in data.guide.steps] == [1, 2, 3, 4]


def test_schema_enum_error_is_located(data_copy):
    stages = data_copy / "stages.yml"
    replace_in(stages, "rhythm: 6-weekly", "rhythm: weekly")
    line = line_number_of(stages, "rhythm: weekly")
    assert_located(
        data_copy, f"data/stages.yml:{line}: stages[", ("'weekly' is not one of", "Use one of the listed values")
    )


def test_missing_required_field_names_the_field(data_copy):
    stages = data_copy / "stages.yml"
    text = stages.read_text(encoding="utf-8")
    match = re.search(r"^\s+trigger:.*\n", text, re.M)
    stages.write_text(text[: match.start()] + text[match.end() :], encoding="utf-8")
    assert_located(data_copy, "data/stages.yml:", ("stages[0]", "missing field 'trigger'"))


def test_misspelt_field_points_at_its_line(data_copy):
    agencies = data_copy / "agencies.yml"
    text = agencies.read_text(encoding="utf-8")
    match = re.search(r"^(\s+)summary:", text, re.M)
    agencies.write_text(text[: match.start()] + f"{match.group(1)}sumary:" + text[match.end() :], encoding="utf-8")
    line = line_number_of(agencies, "sumary:")
    assert_located(data_copy, f"data/agencies.yml:{line}: agencies[0]", "'sumary' was unexpected")


def test_duplicate_id_names_file_line_and_id(data_copy):
    roles = data_copy / "roles.yml"
    text = roles.read_text(encoding="utf-8")
    assert "- id: headteacher" in text
    roles.write_text(text.replace("- id: headteacher", "- id: senco", 1), encoding="utf-8")
    line = [n for n, l in enumerate(roles.read_text().splitlines(), 1) if "- id: senco" in l]
    assert_located(
        data_copy, re.compile(rf"data/roles.yml:({'|'.join(map(str, line))}): roles\[\d+\]\.id: duplicate id 'senco'")
    )


def test_unknown_reference_is_reported(data_copy):
    stages = data_copy / "stages.yml"
    text = stages.read_text(encoding="utf-8")
    involved = text.index("involved:")
    position = text.index("class-teacher", involved)
    stages.write_text(text[:position] + "class-tutor" + text[position + len("class-teacher") :], encoding="utf-8")
    line = line_number_of(stages, "class-tutor")
    assert_located(data_copy, f"data/stages.yml:{line}: stages[0].involved[", "unknown roles id 'class-tutor'")


def test_stage_numbers_must_run_in_order(data_copy):
    stages = data_copy / "stages.yml"
    replace_in(stages, "number: 2", "number: 3")
    line = [n for n, l in enumerate(stages.read_text().splitlines(), 1) if "number: 3" in l][0]
    assert_located(data_copy, f"data/stages.yml:{line}: stages[1].number: stage number 3 is out of order")


def test_ehcna_steps_must_be_contiguous(data_copy):
    ehcna = data_copy / "ehcna.yml"
    replace_in(ehcna, "start_week: 6", "start_week: 7")
    line = line_number_of(ehcna, "start_week: 7")
    assert_located(data_copy, f"data/ehcna.yml:{line}: ehcna.steps[1].start_week: start_week 7 leaves a gap")


def test_ehcna_steps_must_end_at_the_final_plan_time_limit(data_copy):
    # One number, one place (issue 21): the assessment's length is the final-plan fact's period.
    replace_in(data_copy / "statutory.yml", "period: {amount: 20, unit: weeks}", "period: {amount: 26, unit: weeks}")
    assert_located(data_copy, "", "ends at week 20 but the final-plan time limit in statutory.yml is 26")


def test_abbreviation_missing_from_glossary_in_data(data_copy):
    agencies = data_copy / "agencies.yml"
    text = agencies.read_text(encoding="utf-8")
    match = re.search(r"^\s+summary: ", text, re.M)
    agencies.write_text(text[: match.end()] + "QXZB " + text[match.end() :], encoding="utf-8")
    line = line_number_of(agencies, "QXZB")
    assert_located(
        data_copy, f"data/agencies.yml:{line}: agencies[0].summary: abbreviation 'QXZB' is not in the glossary"
    )


def test_abbreviation_missing_from_glossary_in_a_page(data_copy, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(PROJECT / "docs", docs)  # the pages the checklists and templates name
    (docs / "page.md").write_text("# Title\n\nThe {{ macro() }} and EHCP.\nAsk the QXZB team.\n", encoding="utf-8")
    found = problems_for(data_copy, docs)
    assert found == [
        "docs/page.md:4: abbreviation 'QXZB' is not in the glossary. Add it to data/glossary.yml "
        "(abbreviation or aliases), or to its ignore list if it is not one."
    ]


def test_unquoted_date_and_duplicate_key_in_site_data(data_copy):
    site = data_copy / "site.yml"
    text = site.read_text(encoding="utf-8")
    date = re.search(r'last_reviewed: "(\d{4}-\d\d-\d\d)"', text)
    site.write_text(text.replace(date.group(0), f"last_reviewed: {date.group(1)}"), encoding="utf-8")
    line = line_number_of(site, "last_reviewed:")
    assert_located(data_copy, f"data/site.yml:{line}: site.last_reviewed: unquoted date")


def test_yaml_syntax_error_is_located_and_other_files_still_checked(data_copy):
    agencies = data_copy / "agencies.yml"
    with agencies.open("a", encoding="utf-8") as handle:
        handle.write("  - id: [unclosed\n")
    replace_in(data_copy / "stages.yml", "rhythm: 6-weekly", "rhythm: weekly")
    last_line = len(agencies.read_text(encoding="utf-8").splitlines())
    found = assert_located(
        data_copy, re.compile(rf"data/agencies.yml:({last_line}|{last_line + 1}): this line cannot be read")
    )
    assert_problem(found, "data/stages.yml:", "'weekly'")


def test_every_error_of_a_run_is_reported_together(data_copy):
    replace_in(data_copy / "stages.yml", "rhythm: 6-weekly", "rhythm: weekly")
    replace_in(data_copy / "ehcna.yml", "start_week: 6", "start_week: 7")
    roles = data_copy / "roles.yml"
    replace_in(roles, "- id: headteacher", "- id: senco")
    found = problems_for(data_copy)
    files = {p.split(":")[0] for p in found}
    assert {"data/stages.yml", "data/ehcna.yml", "data/roles.yml"} <= files


def test_missing_file_is_reported(data_copy):
    (data_copy / "glossary.yml").unlink()
    assert "data/glossary.yml:1: the file is missing: restore it from the base guide." in problems_for(data_copy)


def test_a_checklist_or_template_must_name_pages_that_exist_and_list_it(data_copy, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for page in (
        "planning-meetings.md",
        "ehc-needs-assessment.md",
        "graduated-response.md",
        "key-dates.md",
        "annual-reviews.md",
        "moving-school.md",
        "appeals.md",
        "interventions.md",
        "ordinarily-available.md",
        "ehcna-evidence.md",
        "statutory-year.md",
    ):
        (docs / page).write_text("# Page\n\n{{ related_forms() }}\n", encoding="utf-8")
    (docs / "sen-support-plans.md").write_text("# SEN Support Plans\n\nUse a template.\n", encoding="utf-8")
    replace_in(data_copy / "checklists.yml", "pages: [planning-meetings.md]", "pages: [no-such-page.md]", count=1)
    found = [p for p in problems_for(data_copy, docs) if p.startswith(("data/checklists.yml", "data/templates.yml"))]
    line = line_number_of(data_copy / "checklists.yml", "pages: [no-such-page.md]")
    assert (
        f"data/checklists.yml:{line}: checklists[0].pages[0]: there is no page docs/no-such-page.md. "
        "Name a page in docs/, for example sen-support-plans.md."
    ) in found
    unlisted = [
        p
        for p in found
        if "docs/sen-support-plans.md does not list its checklists and templates: add {{ related_forms() }} to it." in p
    ]
    assert {p.split(":")[0] for p in unlisted} == {"data/checklists.yml", "data/templates.yml"}
    assert len(found) == 1 + len(unlisted)


def test_a_page_that_lists_checklists_and_templates_must_be_named_by_one(data_copy, tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(PROJECT / "docs", docs)
    (docs / "roles.md").write_text("# Roles\n\n{{ related_forms() }}\n", encoding="utf-8")
    assert problems_for(data_copy, docs) == [
        "docs/roles.md:3: related_forms() lists nothing here: add this page to the `pages` of its checklists "
        "(data/checklists.yml) and templates (data/templates.yml), or remove the call."
    ]


def test_a_page_calling_a_component_with_an_id_the_data_lacks_stops_validation_at_its_line(data_copy, tmp_path):
    """Checked with the data (so `make check` says it too), never found only while the page is built."""
    docs = tmp_path / "docs"
    shutil.copytree(PROJECT / "docs", docs)
    (docs / "page.md").write_text(
        '# Title\n\n{{ journey_timeline("council-late") }}\n\n{{ checklist("nope") }}\n', encoding="utf-8"
    )
    found = problems_for(data_copy, docs)
    assert found[0].startswith(
        'docs/page.md:3: journey_timeline("council-late") needs a journey with a timeline '
        'in data/journeys.yml, and there is none with the id "council-late". Use one of: '
    )
    assert found[1].startswith('docs/page.md:5: checklist("nope") needs a checklist in data/checklists.yml')
    assert len(found) == 2
