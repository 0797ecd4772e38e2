"""Ordinary mistakes a council officer makes in an overlay: each one stops with a message they can act on.

Every test makes the mistake in a fresh overlay on a copy of the data and checks the
located message: the overlay's file and line, what is wrong, what to write instead,
and never a regular expression or a traceback.
"""

import json
import re
import textwrap

import pytest

from macros.core import load_site_data
from macros.core.dataset.errors import PATTERN_MESSAGES, pattern_message
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, assert_problem, line_number_of, problems_for

REGEX_SIGNS = re.compile(r"\^|\$'|\[0-9|\\d|\(\?|\{\d+,\d*\}")


def overlay(tmp_path, files: dict[str, str]):
    """An overlay folder holding these files (a site.yml with the council's own dates unless given)."""
    folder = tmp_path / "overlay"
    folder.mkdir(exist_ok=True)
    files = {"site.yml": "site:\n  publisher: Southfield Borough Council\n" + COUNCIL_DATES, **files}
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


def no_regex_or_traceback(problems: list[str]) -> None:
    for problem in problems:
        assert not REGEX_SIGNS.search(problem), problem
        assert "Traceback" not in problem, problem


def test_one_id_twice_in_an_overlay_file_stops_naming_both_lines(data_copy, tmp_path):
    folder = overlay(
        tmp_path,
        {
            "agencies.yml": """
        agencies:
          - id: camhs
            contact: {phone: "01632 960120", email: camhs@southfield.example, url: null, address: null}
          - id: speech-language-therapy
            local_note: Called the talking team here.
          - id: camhs
            local_note: Open to young people up to 25.
        """
        },
    )
    path = folder / "agencies.yml"
    first = line_number_of(path, "- id: camhs")
    second = [n for n, line in enumerate(path.read_text().splitlines(), 1) if "- id: camhs" in line][1]
    assert_located(
        data_copy,
        f"overlay/agencies.yml:{second}: agencies[camhs]: id 'camhs' is given twice in this file, "
        f"on lines {first} and {second}",
        overlay_dir=folder,
    )


def test_an_overlay_file_named_yaml_is_read(data_copy, tmp_path):
    folder = overlay(
        tmp_path,
        {
            "agencies.yaml": """
        agencies:
          - id: camhs
            local_note: Southfield's CAMHS takes referrals from schools too.
        """
        },
    )
    data = load_site_data(data_copy, None, folder)
    assert data.agencies["camhs"].local_note == "Southfield's CAMHS takes referrals from schools too."


def test_the_same_file_as_yml_and_yaml_stops_naming_both(data_copy, tmp_path):
    folder = overlay(tmp_path, {"agencies.yml": "agencies: []\n", "agencies.yaml": "agencies: []\n"})
    assert_located(data_copy, "overlay/agencies", "both agencies.yaml and agencies.yml are here", overlay_dir=folder)


@pytest.mark.parametrize("written", ['"01632 96O21O"', "call reception", '"01632-960-120 ext 4"'])
def test_a_phone_number_that_is_not_a_uk_number_stops(data_copy, tmp_path, written):
    folder = overlay(
        tmp_path,
        {
            "agencies.yml": f"""
        agencies:
          - id: camhs
            contact: {{phone: {written}, email: null, url: null, address: null}}
        """
        },
    )
    line = line_number_of(folder / "agencies.yml", "phone:")
    value = written.strip('"')
    found = assert_located(
        data_copy,
        f"overlay/agencies.yml:{line}: agencies[",
        (f"'{value}' is not a UK phone number", 'for example "0161 496 0000"'),
        overlay_dir=folder,
    )
    no_regex_or_traceback(found)


@pytest.mark.parametrize("typed, became", [("07700100123", 0o7700100123), ("441632960123", 441632960123)])
def test_a_phone_number_without_quotes_that_yaml_read_as_a_number_says_put_it_in_quotes(
    data_copy, tmp_path, typed, became
):
    folder = overlay(
        tmp_path,
        {
            "site.yml": f"site:\n  accessibility:\n    phone: {typed}\n"
            '    prepared: "2026-12-01"\n    last_tested: "2026-12-01"\n'
            '  local_review: {date: "2026-12-01", parts: [contacts]}\n'
        },
    )
    line = line_number_of(folder / "site.yml", "phone:")
    # YAML 1.1 reads 0 and digits up to 7 as an octal number: the message shows what was typed and what it became
    changed = "" if str(became) == typed else f" (it became {became})"
    assert_located(
        data_copy,
        f"overlay/site.yml:{line}: site.accessibility.phone: YAML read {typed} as a number"
        f"{changed}, not as text. Put it in quotes",
        f'"{typed}"',
        overlay_dir=folder,
    )


def test_an_http_website_is_refused(data_copy, tmp_path):
    folder = overlay(
        tmp_path,
        {
            "agencies.yml": """
        agencies:
          - id: camhs
            contact: {phone: null, email: null, url: "http://www.southfield.example/camhs", address: null}
        """
        },
    )
    line = line_number_of(folder / "agencies.yml", "http://")
    found = assert_located(
        data_copy,
        f"overlay/agencies.yml:{line}: agencies[",
        ("is not a secure web address", "starting https://"),
        overlay_dir=folder,
    )
    no_regex_or_traceback(found)


def test_a_council_site_yml_must_give_its_own_review_and_accessibility_dates(data_copy, tmp_path):
    folder = overlay(tmp_path, {"site.yml": "site:\n  publisher: Southfield Borough Council\n"})
    found = problems_for(data_copy, None, folder)
    for field in ("site.local_review", "site.accessibility.prepared", "site.accessibility.last_tested"):
        assert_problem(found, re.compile(rf"overlay/site\.yml:[12]: {re.escape(field)}: your site\.yml must give"))
    assert_problem(found, "overlay/site.yml:2: site.local_review", "parts: [contacts, agencies, term dates]")


def test_an_overlay_without_site_yml_stops(data_copy, tmp_path):
    folder = tmp_path / "overlay"
    folder.mkdir()
    (folder / "agencies.yml").write_text("agencies: []\n", encoding="utf-8")
    assert_located(data_copy, "overlay/site.yml:1: your overlay has no site.yml", overlay_dir=folder)


def test_a_councils_glossary_ignore_list_adds_to_the_base_list(data_copy, tmp_path):
    base = load_site_data(data_copy)["glossary"].ignore
    folder = overlay(tmp_path, {"glossary.yml": "ignore: [NHSE]\n"})
    council = load_site_data(data_copy, None, folder)["glossary"].ignore
    assert list(council) == [*base, "NHSE"]


def test_a_new_abbreviation_tells_the_council_to_add_it_in_its_own_overlay(data_copy, tmp_path):
    folder = overlay(
        tmp_path,
        {
            "agencies.yml": """
        agencies:
          - id: camhs
            local_note: In Southfield, ask the SFLT first.
        """
        },
    )
    line = line_number_of(folder / "agencies.yml", "SFLT")
    assert_located(
        data_copy,
        f"overlay/agencies.yml:{line}: ",
        (
            "abbreviation 'SFLT' is not in the glossary",
            "Add it to your own overlay/glossary.yml",
            "Do not edit the base guide's data/",
        ),
        overlay_dir=folder,
    )


def test_an_unquoted_colour_is_explained(data_copy, tmp_path):
    folder = overlay(tmp_path, {"site.yml": "site:\n  brand_colour: #1d70b8\n" + COUNCIL_DATES})
    line = line_number_of(folder / "site.yml", "brand_colour")
    assert_located(
        data_copy,
        f"overlay/site.yml:{line}: site.brand_colour: this field is empty.",
        ('in quotes, for example "#1d70b8"', "# starts a comment in YAML"),
        overlay_dir=folder,
    )


@pytest.mark.parametrize(
    "field, written, expected",
    [
        ("logo", "logo.png", "'logo.png' is not an SVG file"),
        ("brand_colour", '"1d70b8"', "'1d70b8' is not a colour"),
        ("last_reviewed", '"2026-9-3"', "'2026-9-3' is not a date written the way the guide needs"),
        ("last_reviewed", '"2026-02-30"', "'2026-02-30' is not a real date"),
        ("feedback_url", "www.southfield.example/feedback", "'www.southfield.example/feedback' is not a secure web"),
    ],
)
def test_each_pattern_has_a_plain_message_with_an_example(data_copy, tmp_path, field, written, expected):
    folder = overlay(tmp_path, {"site.yml": f"site:\n  {field}: {written}\n" + COUNCIL_DATES})
    line = line_number_of(folder / "site.yml", f"{field}:")
    found = assert_located(data_copy, f"overlay/site.yml:{line}: site.{field}: {expected}", overlay_dir=folder)
    assert len([p for p in found if p.startswith(f"overlay/site.yml:{line}:")]) == 1, found  # one message a mistake
    no_regex_or_traceback(found)


def test_a_tab_in_the_indentation_is_named_as_a_tab(data_copy, tmp_path):
    folder = overlay(tmp_path, {"site.yml": "site:\n\tpublisher: Southfield Borough Council\n"})
    assert_located(
        data_copy,
        "overlay/site.yml:2: line 2 is indented with a tab character",
        "replace the tab with spaces",
        overlay_dir=folder,
    )


def test_every_schema_pattern_has_its_message_in_one_place():
    patterns = set()

    def collect(node):
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                patterns.add(node["pattern"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    for schema in (PROJECT / "data/schemas").glob("*.schema.json"):
        collect(json.loads(schema.read_text(encoding="utf-8")))
    assert patterns <= set(PATTERN_MESSAGES), sorted(patterns - set(PATTERN_MESSAGES))
    for pattern in patterns:
        message = pattern_message(pattern, "x")
        assert "for example" in message and pattern not in message
        assert not REGEX_SIGNS.search(message), message


def test_a_pattern_without_a_message_falls_back_to_the_field_description_not_the_pattern():
    message = pattern_message("^[A-Z]{2}$", "x", 'Two capital letters, for example "GB".')
    assert "^[A-Z]" not in message and 'for example "GB"' in message
