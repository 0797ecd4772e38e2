"""Interventions and what they cost (issue 26, item 3): the catalogue, the funding facts and the costing sum.

Bad data stops the build at the line to fix; a council overlays interventions by id and its own teaching assistant
rate; a funding fact past its check_by date warns; the Python sum is the reference the browser must match
(tests/browser/test_provision_cost.py).
"""

import textwrap
from datetime import date

import pytest

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.costing import (
    INVALID,
    cost_per_pupil_pence,
    flag,
    format_pounds,
    map_costs,
    parse_pence,
    parse_whole,
    row_cost,
)
from macros.core.dates.review_due import funding_facts_due_for_review
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, line_number_of, replace_in

DATA = load_site_data(PROJECT / "data")


def write_overlay(tmp_path, name, text):
    folder = tmp_path / "overlay"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yml").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


def test_the_sum_is_minutes_sessions_weeks_rate_over_group_and_sixty():
    # 1:3, 3 x 30 minutes, 10 weeks at £18 an hour: 15 hours of adult time = £270, shared by 3 = £90.
    assert cost_per_pupil_pence(30, 3, 10, 1800, 3) == 9000
    assert cost_per_pupil_pence(10, 5, 6, 1800, 1) == 9000  # one-to-one, 5 hours
    assert cost_per_pupil_pence(20, 1, 1, 1000, 3) == 111  # 111.11p rounds down
    assert cost_per_pupil_pence(1, 1, 1, 90, 1) == 2  # 1.5p rounds half up
    assert format_pounds(123456) == "£1,234.56" and format_pounds(5) == "£0.05"


def test_what_is_typed_is_read_strictly():
    assert [parse_whole(t) for t in ("3", " 12 ", "0", "1.5", "abc", "", "1000", "٣")] == [
        3,
        12,
        None,
        None,
        None,
        None,
        None,
        None,
    ]
    assert [parse_pence(t) for t in ("18", "18.5", "£18.50", "£ 7.05", "18.505", "-3", "1,000")] == [
        1800,
        1850,
        1850,
        705,
        None,
        None,
        None,
    ]
    assert row_cost({}, 1800) is None
    assert row_cost({"minutes": "30"}, 1800) == INVALID  # the rest of the row is missing
    assert row_cost({"group-size": "3", "minutes": "30", "sessions": "3", "weeks": "10"}, 1800) == 9000
    assert (
        row_cost({"group-size": "1", "minutes": "30", "sessions": "3", "weeks": "10", "hourly-rate": "40"}, 1800)
        == 60000
    )  # a teacher's rate typed in


def test_the_flag_nears_from_five_thousand_and_passes_at_six():
    assert [flag(p, 500000, 600000) for p in (499999, 500000, 599999, 600000, 900000)] == [
        None,
        "near",
        "near",
        "over",
        "over",
    ]
    fields = {"group-size-1": "1", "minutes-1": "60", "sessions-1": "5", "weeks-1": "39", "other-costs": "2500"}
    costs = map_costs(fields, 5, 1800, 500000, 600000)
    assert costs.rows[0] == 351000 and costs.other == 250000 and costs.total_pence == 601000 and costs.flag == "over"
    assert map_costs({}, 5, 1800, 500000, 600000).flag is None


def test_the_threshold_is_the_funding_fact_not_a_number_in_code():
    funding = DATA["funding"]
    fact = funding.facts[funding.costing.threshold_fact]
    assert fact.amount == 6000 and fact.basis.kind == "government-guidance"
    assert fact.basis.source == "dfe-notional-sen-budget-2025" and fact.not_confirmed
    assert funding.costing.near_from < fact.amount
    html = str(COMPONENTS["template_form"](DATA, Links("forms/costed-provision-map/"), "costed-provision-map"))
    assert 'data-threshold-pence="600000"' in html and 'data-near-pence="500000"' in html
    assert 'data-rate-pence="1800"' in html


def test_every_funding_fact_has_a_basis_and_a_check_by_date():
    for fact in DATA["funding"].facts:
        assert fact.basis.kind in ("government-guidance", "local-practice") and date.fromisoformat(fact.check_by)
    assert DATA["funding"].facts["elements-1-2-3"].basis.kind == "local-practice"  # council words, not DfE's


def test_a_funding_fact_past_its_check_by_date_warns():
    fact = DATA["funding"].facts["first-6000"]
    assert funding_facts_due_for_review(DATA, date.fromisoformat(fact.check_by)) == []
    later = funding_facts_due_for_review(DATA, date.fromisoformat("2099-01-01"))
    assert any("data/funding.yml: facts 'first-6000'" in warning for warning in later)


def test_the_catalogue_is_modest_and_each_entry_says_what_it_rests_on():
    interventions = DATA["interventions"].interventions
    assert 8 <= len(interventions) <= 12
    for item in interventions:
        assert item.evidence and all(b.kind in ("evidence", "local-practice") for b in item.evidence)
    assert {area.id for area in DATA.areas} <= {a for item in interventions for a in item.areas}
    html = str(COMPONENTS["intervention_catalogue"](DATA, Links("interventions/")))
    assert "About £90.00 at £18.00 an hour" in html  # structured reading: 1:3, 3 x 30 minutes, 10 weeks
    assert "Research evidence:" in html and "Local practice:" in html


def test_a_bad_intervention_is_located(data_copy):
    path = data_copy / "interventions.yml"
    replace_in(
        path,
        "group_size: 3\n    minutes: 30\n    sessions_per_week: 3\n    weeks: 10",
        "group_size: 0\n    minutes: 30\n    sessions_per_week: 3\n    weeks: 10",
    )
    line = line_number_of(path, "group_size: 0")
    assert_located(data_copy, f"data/interventions.yml:{line}: interventions[0].group_size", "less than the minimum")
    replace_in(path, "group_size: 0", "group_size: 3")  # cross-file checks run on a file that passed its schema
    replace_in(path, "areas: [cognition-learning]", "areas: [cognition-and-learning]")
    line = line_number_of(path, "areas: [cognition-and-learning]")
    assert_located(data_copy, f"data/interventions.yml:{line}", "cognition-and-learning")


def test_evidence_must_cite_a_research_source(data_copy):
    path = data_copy / "interventions.yml"
    replace_in(
        path,
        '{kind: evidence, source: eef-teaching-assistants-2018, reference: "Recommendation 6"}',
        '{kind: evidence, source: dfe-notional-sen-budget-2025, reference: "Recommendation 6"}',
    )
    line = line_number_of(path, "source: dfe-notional-sen-budget-2025")
    assert_located(
        data_copy, f"data/interventions.yml:{line}: interventions[0].evidence[0].source", "it needs research"
    )


def test_the_threshold_fact_needs_an_amount_above_near_from(data_copy):
    path = data_copy / "funding.yml"
    replace_in(path, "near_from: 5000", "near_from: 6500")
    assert_located(
        data_copy,
        f"data/funding.yml:{line_number_of(path, 'near_from: 6500')}: costing.near_from",
        "must be below the threshold's amount",
    )
    replace_in(path, "    amount: 6000\n", "")
    assert_located(data_copy, "data/funding.yml:", "needs an amount in pounds")


def test_a_costing_template_needs_the_fields_its_sum_reads(data_copy):
    path = data_copy / "templates.yml"
    replace_in(
        path,
        "- {id: sessions, label: Sessions a week, type: number}",
        "- {id: times, label: Sessions a week, type: number}",
    )
    assert_located(
        data_copy, f"data/templates.yml:{line_number_of(path, 'costing: true')}: templates[", "missing: sessions"
    )


def test_a_council_overlays_interventions_by_id_and_its_own_rate(data_copy, tmp_path):
    folder = write_overlay(
        tmp_path,
        "interventions",
        """
        interventions:
          - id: touch-typing
            weeks: 12
          - id: outreach-literacy
            name: Literacy outreach sessions
            areas: [cognition-learning]
            phases: [primary]
            summary: The council's outreach teacher runs a small group in school.
            group_size: 4
            minutes: 45
            sessions_per_week: 1
            weeks: 6
            staff: The council's outreach teacher
            training: None for school staff.
            entry: The outreach teacher's own assessment.
            exit: The same assessment again.
            evidence:
              - {kind: local-practice, from: "what our outreach team offers"}
        remove:
          interventions: [precision-teaching]
        """,
    )
    write_overlay(
        tmp_path,
        "site",
        "site:\n" + COUNCIL_DATES + "  costing:\n    ta_hourly_rate: 21.5\n"
        "    rate_note: Our rate for 2026 to 2027.\n    top_up_route: Use our top-up request form.\n",
    )
    council = load_site_data(data_copy, None, folder)
    items = council["interventions"].interventions
    assert items["touch-typing"].weeks == 12 and items["touch-typing"].name == "Touch-typing course"
    assert items[-1].id == "outreach-literacy" and items.get("precision-teaching") is None
    assert council.site.costing.ta_hourly_rate == 21.5
    html = str(COMPONENTS["template_form"](council, Links("forms/costed-provision-map/"), "costed-provision-map"))
    assert 'data-rate-pence="2150"' in html and "Use our top-up request form." in html


@pytest.mark.parametrize("page", ["interventions.md", "forms/costed-provision-map.md", "forms/intervention-tracker.md"])
def test_the_new_pages_are_in_the_menu(page):
    assert f"{page}\n" in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_funding_facts_show_their_basis_what_is_unconfirmed_and_when_to_check():
    html = str(COMPONENTS["funding_facts"](DATA, Links("interventions/")))
    assert html.count("Government guidance:") == 3 and html.count("Local practice:") == 1
    assert html.count("Not confirmed:") == 3 and "Due to be checked by 31 March 2027." in html
    assert (
        "#source-dfe-notional-sen-budget-2025" in html and 'id="funding-first-6000"' not in html
    )  # a Markdown heading


def test_the_example_council_gives_its_own_rate_and_top_up_route():
    council = load_site_data(PROJECT / "data", None, PROJECT / "local/example/data")
    assert council.site.costing.ta_hourly_rate == 19.5 and "Northfield" in council.site.costing.top_up_route
    html = str(COMPONENTS["template_form"](council, Links("forms/costed-provision-map/"), "costed-provision-map"))
    assert 'data-rate-pence="1950"' in html and "Teaching assistant rate: £19.50 an hour." in html


def test_the_catalogue_names_services_to_ask_and_leaves_out_one_a_council_removed(data_copy):
    html = str(COMPONENTS["intervention_catalogue"](DATA, Links("interventions/")))
    assert ">Occupational therapy</a>" in html and "Ask for advice" in html
    # A service a council's overlay removed is simply not there: its id is left out, as journeys' contacts are.
    replace_in(
        data_copy / "interventions.yml",
        "advice_from: [occupational-therapy, physical-sensory-support]",
        "advice_from: [a-removed-service, physical-sensory-support]",
    )
    html = str(COMPONENTS["intervention_catalogue"](load_site_data(data_copy), Links("interventions/")))
    assert "a-removed-service" not in html and ">Occupational therapy</a>" not in html
    assert ">Physical and sensory support team</a>" in html  # the service still there is still named
