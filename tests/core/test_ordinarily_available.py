"""Ordinarily available provision (issue 26): every area of need has what every teacher does first and what to add
at SEN support, each strategy with its basis; who to ask are real agencies for that area; bad data is located;
a council overlays its own provision by id."""

import textwrap

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.basis import LABELS
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")
OAP = DATA["ordinarily_available"]
LINKS = Links("ordinarily-available/semh/")


def html(fragment) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(str(fragment), create_parent="div")


def overlay(tmp_path, text: str):
    folder = tmp_path / "overlay"
    folder.mkdir(exist_ok=True)
    (folder / "ordinarily_available.yml").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


def test_every_area_of_need_has_universal_and_sen_support_strategies_each_with_a_basis():
    assert {record.area for record in OAP.areas} == {area.id for area in DATA.areas}
    for record in OAP.areas:
        assert len(record.universal) >= 5 and len(record.sen_support) >= 3, record.id
        for strategy in (*record.universal, *record.sen_support):
            assert strategy.basis.kind in LABELS, strategy.id
            if strategy.basis.kind in ("practice", "local-practice"):
                assert strategy.basis["from"], strategy.id
            else:
                assert DATA.sources.get(strategy.basis.source) and strategy.basis.reference, strategy.id
        # what every teacher does first cites a document (research, the Code, the law) as well as usual practice
        assert [s for s in record.universal if s.basis.kind not in ("practice", "local-practice")], record.id
        assert {p for sign in record.see for p in sign.phase} == {"primary", "secondary"}, record.id


def test_who_to_ask_names_agencies_that_exist_and_work_with_the_area():
    for record in OAP.areas:
        assert record.ask
        for agency_id in record.ask:
            agency = DATA.agencies.get(agency_id)
            assert agency is not None, agency_id
            assert record.area in agency.areas, (record.id, agency_id)


def test_an_agency_that_does_not_cover_the_area_is_a_located_error(data_copy):
    path = data_copy / "ordinarily_available.yml"
    replace_in(path, "ask: [mental-health-support-team,", "ask: [occupational-therapy,")
    line = line_number_of(path, "ask: [occupational-therapy,")
    assert_located(
        data_copy, f"data/ordinarily_available.yml:{line}:", "'occupational-therapy' does not work with semh"
    )


def test_an_unknown_agency_is_a_located_error(data_copy):
    path = data_copy / "ordinarily_available.yml"
    replace_in(path, "ask: [mental-health-support-team,", "ask: [mental-health-team,")
    line = line_number_of(path, "ask: [mental-health-team,")
    assert_located(
        data_copy,
        f"data/ordinarily_available.yml:{line}:",
        ("unknown agencies id 'mental-health-team'", "mental-health-support-team"),
    )


def test_a_strategy_without_a_basis_is_a_located_schema_error(data_copy):
    path = data_copy / "ordinarily_available.yml"
    replace_in(
        path,
        """        text: Build a warm, steady relationship. Greet the pupil by name and notice what they do well.
        basis: {kind: evidence, source: eef-send-mainstream-2020, reference: "Recommendation 1"}
""",
        """        text: Build a warm, steady relationship. Greet the pupil by name and notice what they do well.
""",
    )
    line = line_number_of(path, "id: semh-do-relationships")
    assert_located(data_copy, f"data/ordinarily_available.yml:{line}:", "basis")


def test_research_cited_as_law_is_a_located_error(data_copy):
    path = data_copy / "ordinarily_available.yml"
    replace_in(
        path,
        'basis: {kind: evidence, source: eef-send-mainstream-2020, reference: "Recommendation 1"}',
        'basis: {kind: law, source: eef-send-mainstream-2020, reference: "Recommendation 1"}',
    )
    line = line_number_of(path, "kind: law, source: eef-send-mainstream-2020")
    assert_located(
        data_copy,
        f"data/ordinarily_available.yml:{line}:",
        "'eef-send-mainstream-2020' is research, which cannot be the basis of a law statement",
    )


def test_an_area_with_no_provision_is_reported(data_copy, tmp_path):
    folder = overlay(tmp_path, "remove: {areas: [sensory-physical]}\n")
    assert_located(
        data_copy, "", "the area of need 'sensory-physical' has no ordinarily available provision", overlay_dir=folder
    )


def test_a_council_overlays_its_own_provision_by_id_and_removes_by_id(tmp_path):
    folder = overlay(
        tmp_path,
        """
        areas:
          - id: semh
            universal:
              - id: semh-do-relationships
                text: Greet every pupil at the door by name.
                basis: {kind: local-practice, from: "Northfield ordinarily available provision 2026"}
              - id: northfield-zones
                text: Use the Northfield calm-zones poster in every classroom.
                basis: {kind: local-practice, from: "Northfield ordinarily available provision 2026"}
        remove: {areas.semh.universal: [semh-do-safe-space]}
    """,
    )
    (folder / "site.yml").write_text(
        f"site:\n  publisher: Northfield Borough Council\n{COUNCIL_DATES}", encoding="utf-8"
    )
    council = load_site_data(PROJECT / "data", None, folder)["ordinarily_available"].areas["semh"]
    base = [s.id for s in OAP.areas["semh"].universal]
    assert [s.id for s in council.universal] == [i for i in base if i != "semh-do-safe-space"] + ["northfield-zones"]
    assert council.universal["semh-do-relationships"].text == "Greet every pupil at the door by name."
    assert council.universal["semh-do-relationships"].basis.kind == "local-practice"
    assert council.universal["semh-do-routines"] == OAP.areas["semh"].universal["semh-do-routines"]  # not named: kept
    assert council.sen_support == OAP.areas["semh"].sen_support


def test_a_council_strategy_without_a_basis_is_located_in_the_overlay(data_copy, tmp_path):
    folder = overlay(
        tmp_path,
        """
        areas:
          - id: semh
            universal:
              - id: northfield-zones
                text: Use the calm-zones poster.
    """,
    )
    (folder / "site.yml").write_text(
        f"site:\n  publisher: Northfield Borough Council\n{COUNCIL_DATES}", encoding="utf-8"
    )
    assert_located(data_copy, "overlay/ordinarily_available.yml:4:", "basis", overlay_dir=folder)


def test_the_area_page_shows_each_strategy_with_its_basis_and_the_phases():
    page = html(COMPONENTS["ordinarily_available"](DATA, LINKS, "semh"))
    strategies = page.xpath("//ul[@class='oap-strategies']/li")
    assert len(strategies) == len(OAP.areas["semh"].universal) + len(OAP.areas["semh"].sen_support)
    for item in strategies:
        [label] = item.xpath("./span[contains(@class, 'basis')]")
        assert label.get("data-basis") == item.get("data-basis")
    kinds = {item.get("data-basis") for item in strategies}
    assert {"evidence", "statutory-guidance", "government-guidance", "practice"} <= kinds
    text = " ".join(page.text_content().split())
    assert "In primary school" in text and "In secondary school" in text
    assert "Research evidence: EEF, Special Educational Needs in Mainstream Schools (2020), Recommendation 1." in text
    asked = page.xpath("//ul[@class='oap-ask']/li/@data-agency")
    assert asked == list(OAP.areas["semh"].ask)
    assert page.xpath("//a[@href='../cards/semh/']") and page.xpath("//a[@href='../../checklists/before-sen-support/']")


def test_the_strategy_card_keeps_every_strategy_and_its_label():
    page = html(
        COMPONENTS["strategy_card"](DATA, Links("ordinarily-available/cards/cognition-learning/"), "cognition-learning")
    )
    record = OAP.areas["cognition-learning"]
    assert page.xpath("//li/@data-strategy") == [s.id for s in (*record.universal, *record.sen_support)]
    assert page.xpath("//li[@data-strategy='cl-add-exam-evidence']//span[@data-basis='exam-board-rules']")


def test_the_before_sen_support_checklist_points_at_strategies_and_shows_their_basis():
    checklist = DATA["checklists"].checklists["before-sen-support"]
    pointed = [item for item in checklist["items"] if item.strategy]
    assert len(pointed) >= 3
    page = html(COMPONENTS["checklist"](DATA, Links("checklists/before-sen-support/"), "before-sen-support"))
    for item in pointed:
        [row] = page.xpath(f"//li[.//input[@data-item='{item.id}']]")
        strategy = next(s for r in OAP.areas for s in r.universal if s.id == item.strategy)
        assert strategy.text in " ".join(row.text_content().split())
        assert row.xpath(f".//span[@data-basis='{strategy.basis.kind}']")


def test_a_checklist_item_naming_an_unknown_strategy_is_located(data_copy):
    path = data_copy / "checklists.yml"
    replace_in(path, "strategy: cl-do-explicit", "strategy: cl-do-explicitly")
    line = line_number_of(path, "strategy: cl-do-explicitly")
    assert_located(data_copy, f"data/checklists.yml:{line}:", "unknown oap-strategies id 'cl-do-explicitly'")


def test_the_sources_page_lists_the_law_and_practice_behind_the_strategies():
    page = html(COMPONENTS["statutory_facts"](DATA, Links("sources/")))
    assert page.xpath("//tr[th[@id='strategy-sp-do-adjustments']]//td[@data-basis='law']")
    practice = " ".join(" ".join(page.xpath("//ul[@class='local-practice']//text()")).split())
    assert "What every teacher can do: Sensory and/or physical needs: Seat the pupil" in practice
    others = page.xpath("//ul[@class='other-sources']/li/@id")
    assert {
        "source-eef-send-mainstream-2020",
        "source-jcq-access-arrangements-2025",
        "source-dfe-mental-health-behaviour-2018",
    } <= set(others)
