"""Printing, checked on the PDF Chromium makes (Playwright `page.pdf()`, read back with pypdf).

The blank SEN Support Plan prints with room to write, no section (an outcome) split across sheets, no
sheet left with a remnant, and a head and foot on every sheet: pupil, date, page X of Y, the guide's name,
its address and when it was last reviewed. Every other page of the guide prints the same foot.
"""

import io
import re

import pypdf
import pytest

from macros.core import load_site_data
from macros.core.render.forms import template_sections
from macros.core.render.text import date_text
from tests.helpers import PROJECT

pytestmark = pytest.mark.browser


def printed_sheets(page) -> list[list[str]]:
    """The text lines of each printed A4 sheet of the page open in `page`."""
    page.wait_for_load_state("networkidle")
    pdf = pypdf.PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    return [[line.strip() for line in sheet.extract_text().splitlines() if line.strip()] for sheet in pdf.pages]


def assert_foot_on_every_sheet(sheets, address):
    data = load_site_data(PROJECT / "data")
    reviewed = f"Last reviewed {date_text(data.site.last_reviewed)}"
    for number, lines in enumerate(sheets, start=1):
        text = " ".join(lines)
        assert f"Page {number} of {len(sheets)}" in text, f"sheet {number} has no page number"
        assert f"SEND guide - {address} - {reviewed}" in text, f"sheet {number} does not say where it came from"


def sections_by_sheet(sheets, sections):
    """For each section title, the sheet it starts on and the lines up to the next section's title."""
    titles = {section.title for section in sections}
    found = {}
    for number, lines in enumerate(sheets, start=1):
        current = None
        for line in lines:
            if line in titles:
                current = line
                found[current] = (number, [])
            elif current:
                found[current][1].append(line)
    return found


def test_the_blank_sen_support_plan_prints_whole_sections_with_a_head_and_foot_on_every_sheet(page, site_url):
    data = load_site_data(PROJECT / "data")
    sections = template_sections(data, data["templates"].templates["sen-support-plan"])
    page.goto(site_url + "forms/sen-support-plan/")
    sheets = printed_sheets(page)

    assert 2 <= len(sheets) <= len(sections), f"{len(sheets)} sheets for {len(sections)} sections"
    for number, lines in enumerate(sheets, start=1):
        assert re.match(r"Pupil _{10,} Date _{8,}$", lines[0]), f"sheet {number} has no pupil and date: {lines[0]}"
    assert_foot_on_every_sheet(sheets, site_url + "forms/sen-support-plan/")

    placed = sections_by_sheet(sheets, sections)
    for section in sections:
        assert section.title in placed, f"section {section.title} is missing from the PDF"
        sheet, lines = placed[section.title]
        text = " ".join(lines)  # short answers print two to a row
        missing = [field.label for field in section.fields if field.label not in text]
        assert missing == [], f"{section.title} is split across sheets: {missing} are not on sheet {sheet}"
    starts = [placed[section.title][0] for section in sections]
    last_sheet_sections = starts.count(len(sheets))
    assert last_sheet_sections >= 2, "the last sheet holds a remnant (a single small section)"


def test_a_typed_pupil_name_heads_every_printed_sheet(page, site_url):
    page.goto(site_url + "forms/sen-support-plan/")
    page.locator("[data-field='pupil-name']").fill("Sam Example")
    sheets = printed_sheets(page)
    assert all(lines[0].startswith("Pupil Sam Example Date ") for lines in sheets)
    assert not any("___" in lines[0] for lines in sheets)
    page.locator("[data-field='pupil-name']").fill("")  # saved in this browser: leave it empty again


@pytest.mark.parametrize("path", ["agencies/", "ehc-needs-assessment/", "glossary/"])
def test_every_printed_page_says_where_it_came_from_and_when_it_was_reviewed(page, site_url, path):
    page.goto(site_url + path)
    sheets = printed_sheets(page)
    assert len(sheets) >= 2
    assert_foot_on_every_sheet(sheets, site_url + path)
