"""The EHCNA evidence pack (issue 26, item 5): the Code's 9.14 list as statutory guidance, every item met by a
checklist item and given an evidence index row (or the build stops, located), a council's own criteria always
local practice, and the request checklist's wording faults fixed."""

import textwrap

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, assert_problem, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")
EVIDENCE = DATA.guide.evidence
REQUEST = DATA["checklists"].checklists["ehcna-request"]
INDEX = DATA["templates"].templates["ehcna-evidence-index"]


def html(fragment) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(str(fragment), create_parent="div")


def test_the_code_9_14_list_is_statutory_guidance_citing_the_paragraph():
    assert [c.id for c in EVIDENCE.criteria] == [
        "attainment-and-progress",
        "nature-of-needs",
        "action-taken",
        "progress-only-with-extra-support",
        "health-and-development",
    ]
    for criterion in EVIDENCE.criteria:
        assert (criterion.basis.kind, criterion.basis.source, criterion.basis.reference) == (
            "statutory-guidance",
            "send-cop-2015",
            "paragraph 9.14",
        ), criterion.id
    assert "could not check" in EVIDENCE.not_confirmed


def test_every_code_9_14_item_is_met_by_a_request_checklist_item_and_has_one_index_row():
    for criterion in EVIDENCE.criteria:
        assert [i.id for i in REQUEST["items"] if criterion.id in (i.criteria or ())], criterion.id
        assert [s.id for s in INDEX.sections if s.criterion == criterion.id], criterion.id


def test_a_criterion_no_checklist_item_meets_stops_the_build_at_the_criterion(data_copy):
    checklists = data_copy / "checklists.yml"
    text = checklists.read_text(encoding="utf-8")
    assert text.count("health-and-development") == 1
    replace_in(checklists, "criteria: [nature-of-needs, health-and-development]", "criteria: [nature-of-needs]")
    line = line_number_of(data_copy / "ehcna.yml", "- id: health-and-development")
    assert_located(
        data_copy, f"data/ehcna.yml:{line}:", "no checklist item meets the Code 9.14 criterion 'health-and-development'"
    )


def test_a_criterion_without_an_index_row_stops_the_build_and_an_unknown_one_is_located(data_copy):
    templates = data_copy / "templates.yml"
    replace_in(templates, "criterion: health-and-development", "criterion: health-and-wellbeing")
    line = line_number_of(data_copy / "ehcna.yml", "- id: health-and-development")
    found = assert_located(data_copy, f"data/ehcna.yml:{line}:", "the evidence index has no row")
    assert_problem(
        found, f"data/templates.yml:{line_number_of(templates, 'health-and-wellbeing')}:", "health-and-wellbeing"
    )


def test_a_council_criterion_can_never_be_labelled_law(data_copy):
    path = data_copy / "ehcna.yml"
    replace_in(
        path,
        """        basis:
          kind: local-practice
          from: >-
            what some councils' panels ask for. It is not law""",
        """        basis:
          kind: law
          source: cafa-2014
          reference: section 36
          from: >-
            what some councils' panels ask for. It is not law""",
    )
    assert_located(data_copy, "data/ehcna.yml:", "local-practice")


def test_a_council_overlays_its_own_criteria_by_id_and_they_show_as_local_practice(tmp_path):
    folder = tmp_path / "overlay"
    folder.mkdir()
    (folder / "ehcna.yml").write_text(
        textwrap.dedent("""
        ehcna:
          evidence:
            local_criteria:
              - id: northfield-costed-map
                title: A costed provision map
                text: A costed provision map for the last two terms.
                basis: {kind: local-practice, from: "Northfield's panel criteria 2026"}
        remove: {ehcna.evidence.local_criteria: [smart-targets-and-baseline]}
    """).lstrip(),
        encoding="utf-8",
    )
    (folder / "site.yml").write_text(
        f"site:\n  publisher: Northfield Borough Council\n{COUNCIL_DATES}", encoding="utf-8"
    )
    council = load_site_data(PROJECT / "data", None, folder)
    assert [c.id for c in council.guide.evidence.local_criteria] == [
        "two-apdr-cycles",
        "specialist-advice",
        "northfield-costed-map",
    ]
    assert council.guide.evidence.criteria == EVIDENCE.criteria
    table = html(COMPONENTS["ehcna_evidence"](council, Links("ehcna-evidence/"), which="local"))
    rows = table.xpath("//tbody/tr")
    assert len(rows) == 3
    for row in rows:
        assert row.xpath(".//*[@data-basis]/@data-basis") == ["local-practice"]
    assert "Northfield's panel criteria 2026" in rows[-1].text_content()


def test_two_apdr_cycles_is_shown_only_as_local_practice_and_the_code_table_links_the_checklist():
    links = Links("ehcna-evidence/")
    local = html(COMPONENTS["ehcna_evidence"](DATA, links, which="local"))
    row = local.get_element_by_id("local-criterion-two-apdr-cycles")
    assert row.xpath(".//*[@data-basis]/@data-basis") == ["local-practice"]
    assert "not law" in row.text_content()
    code = html(COMPONENTS["ehcna_evidence"](DATA, links))
    assert "two cycles" not in code.text_content().lower()
    row = code.get_element_by_id("criterion-progress-only-with-extra-support")
    assert row.xpath(".//*[@data-basis]/@data-basis") == ["statutory-guidance"]
    assert "../checklists/ehcna-request/#cl-ehcna-request-progress-data" in row.xpath(".//a/@href")
    assert code.xpath("//*[contains(@class, 'ehcna-evidence__unconfirmed')]")


def test_the_request_checklist_wording_faults_are_fixed():
    items = REQUEST["items"]
    assert "despite the support" not in items["progress-data"].text
    assert "how much support it took" in items["progress-data"].text
    assert "Use its form if it has one" in items["request-form"].text
    assert items["request-form"].basis.kind == "local-practice"
    hint = items["request-checked"].hint
    assert "only because of a lot of extra support counts" in hint
    assert "their practice, not law" in hint


def test_each_request_checklist_item_names_the_code_items_it_meets_on_screen_not_in_print():
    sheet = html(COMPONENTS["checklist"](DATA, Links("checklists/ehcna-request/"), "ehcna-request"))
    shown = sheet.xpath("//*[contains(@class, 'checklist__criteria')]")
    assert len(shown) == len([i for i in REQUEST["items"] if i.criteria])
    assert all("send-no-print" in s.get("class") for s in shown)
    assert "../../ehcna-evidence/#criterion-health-and-development" in sheet.xpath("//a/@href")
