"""A council's overlay: merged by id into the base data, validated the same way, errors located in the overlay."""

import re
import textwrap

import pytest

from macros.core.render.contacts import council_contacts
from macros.core import load_site_data
from macros.core.dataset.colour import brand_stylesheet, contrast_ratio
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, assert_problem, line_number_of

EXAMPLE = PROJECT / "local" / "example" / "data"


def write_overlay(tmp_path, name: str, text: str):
    folder = tmp_path / "overlay"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder, path


def test_example_overlay_changes_only_what_it_names():
    base = load_site_data(PROJECT / "data")
    council = load_site_data(PROJECT / "data", None, EXAMPLE)
    assert council.site.publisher == "Northfield Borough Council"
    assert council.site.brand_colour == "#00594f"
    sen_team = council_contacts(council)["sen-team"]
    assert sen_team.phone == "01632 960101" and sen_team.name == "Northfield SEND team"
    assert sen_team.summary == base.site.contact_roles["sen-team"].summary  # not in the overlay: its role's
    assert council_contacts(council)["mediation"].name == base.site.contact_roles["mediation"].name
    assert council.site.accessibility.compliance == base.site.accessibility.compliance
    assert council.site.accessibility.email == "web.accessibility@northfield.example"
    # agencies: one changed, one added at the end, one removed, the rest as in the base
    eps = council.agencies["educational-psychology"]
    assert (
        eps.contact.email == "eps@northfield.example" and eps.summary == base.agencies["educational-psychology"].summary
    )
    assert council.agencies[-1].id == "northfield-sensory-hub"
    assert council.agencies.get("local-inclusion-partnership") is None
    assert len(council.agencies) == len(base.agencies)  # one added, one removed
    assert council["term_dates"].terms["autumn-1"].start == "2026-09-02"
    assert council["term_dates"].terms["autumn-1"].end == "2026-10-22"  # a council gives every term's dates
    # the base data is untouched by an overlay build
    assert load_site_data(PROJECT / "data").site.publisher == base.site.publisher != council.site.publisher


def test_schema_error_in_overlay_points_at_the_overlay_line(data_copy, tmp_path):
    folder, path = write_overlay(
        tmp_path,
        "agencies",
        """
        agencies:
          - id: camhs
            contact:
              phone: "01632 960120"
              emial: camhs@northfield.example
          - id: new-service
            name: A new service
            summary: Helps.
            areas: [sensory]
            referral: [school]
            contact: {phone: null, email: null, url: null, address: null}
        """,
    )
    typo, area = line_number_of(path, "emial:"), line_number_of(path, "areas: [sensory]")
    found = assert_located(
        data_copy, f"overlay/agencies.yml:{typo}: agencies[", "'emial' was unexpected", overlay_dir=folder
    )
    assert_problem(found, f"overlay/agencies.yml:{area}: agencies[", "'sensory' is not one of")
    assert not any(p.startswith("data/") for p in found), found


def test_unknown_reference_in_an_addition_points_at_the_overlay(data_copy, tmp_path):
    folder, path = write_overlay(
        tmp_path,
        "agencies",
        """
        agencies:
          - id: new-service
            name: A new service
            summary: Helps families.
            areas: [semh]
            referral: [headteacher]
            contact: {phone: null, email: null, url: null, address: null}
        """,
    )
    line = line_number_of(path, "referral: [headteacher]")
    assert_located(
        data_copy,
        re.compile(
            rf"overlay/agencies.yml:{line}: agencies\[new-service\]\.referral\[0\]: unknown referrers id 'headteacher'"
        ),
        overlay_dir=folder,
    )


def test_record_without_id_and_bad_removals_are_located(data_copy, tmp_path):
    folder, path = write_overlay(
        tmp_path,
        "agencies",
        """
        agencies:
          - name: Forgot the id
        remove:
          agencies: [camhs, no-such-agency]
          agencys: [camhs]
        """,
    )
    no_id, unknown, misnamed = (
        line_number_of(path, "name: Forgot"),
        line_number_of(path, "no-such-agency"),
        line_number_of(path, "agencys:"),
    )
    found = assert_located(
        data_copy, f"overlay/agencies.yml:{no_id}: agencies[0]: this list holds records with ids", overlay_dir=folder
    )
    assert_problem(found, f"overlay/agencies.yml:{unknown}: remove.agencies: there is no record 'no-such-agency'")
    assert_problem(found, f"overlay/agencies.yml:{misnamed}: remove.agencys: 'agencys' is not a list")


def test_overlay_file_with_an_unknown_name_is_an_error(data_copy, tmp_path):
    folder, _ = write_overlay(tmp_path, "agency", "agencies: []\n")
    assert_located(data_copy, "overlay/agency.yml:1: 'agency.yml' does not match a base data file", overlay_dir=folder)


def test_yaml_mistakes_in_the_overlay_are_reported_there(data_copy, tmp_path):
    folder, path = write_overlay(
        tmp_path,
        "site",
        """
        site:
          publisher: Northfield Borough Council
          publisher: Southfield Borough Council
          last_reviewed: 2027-01-31
        """,
    )
    found = assert_located(
        data_copy,
        f"overlay/site.yml:{line_number_of(path, 'last_reviewed')}: site.last_reviewed: unquoted date",
        overlay_dir=folder,
    )
    assert_problem(found, f"overlay/site.yml:{line_number_of(path, 'publisher: Southfield')}")


def test_errors_in_the_base_data_still_point_at_the_base_file(data_copy, tmp_path):
    folder, _ = write_overlay(tmp_path, "site", "site:\n  publisher: Northfield Borough Council\n")
    roles = data_copy / "roles.yml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("- id: headteacher", "- id: senco", 1), encoding="utf-8")
    assert_located(
        data_copy, re.compile(r"data/roles.yml:\d+: roles\[\d+\]\.id: duplicate id 'senco'"), overlay_dir=folder
    )


@pytest.mark.parametrize(
    "colour, passes",
    [
        ("#00594f", True),
        ("#1d4f91", True),
        ("#767676", True),
        ("#777777", False),
        ("#4caf50", False),
        ("#ffbf47", False),
    ],
)
def test_brand_colour_needs_aa_contrast_with_white_text(data_copy, tmp_path, colour, passes):
    folder, path = write_overlay(tmp_path, "site", f'site:\n  brand_colour: "{colour}"\n{COUNCIL_DATES}')
    if passes:
        assert load_site_data(data_copy, None, folder).site.brand_colour == colour
        return
    assert_located(
        data_copy,
        f"overlay/site.yml:{line_number_of(path, 'brand_colour')}: site.brand_colour: "
        f"brand colour {colour} has a contrast of",
        "at least 4.5:1",
        overlay_dir=folder,
    )


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes


def test_brand_stylesheet_sets_materials_primary_colour():
    css = brand_stylesheet("#00594f")
    assert "--md-primary-fg-color: #00594f;" in css
    assert "--md-primary-bg-color: #ffffff;" in css
    assert "[data-md-color-primary]" in css
