"""The two Word writers cannot drift apart (issue 20): for every form, the file the browser makes from what was typed
(docx-writer.js, reading the form the build wrote from data/templates.yml) has the same title, section headings and
field labels, in the same order, as the blank file the build writes from the same data (macros/outputs), and it
holds every value typed."""

from __future__ import annotations

import pytest

from tests.browser.test_docx_download import download, open_word_file

pytestmark = pytest.mark.browser

BUTTON = "Download what you typed (Word)"
BROWSER_STYLES = {"Title": "title", "Heading 1": "heading", "Label": "label"}  # docx-writer.js
BLANK_STYLES = {"Heading 1": "title", "Heading 2": "heading", "Field label": "label"}  # the build's blank file


def outline(document, styles: dict[str, str]) -> list[tuple[str, str]]:
    """The document's skeleton: (kind, text) of each title, heading and field label, in order."""
    return [(styles[p.style.name], p.text) for p in document.paragraphs if p.style.name in styles]


def form_pages(built_site) -> list[str]:
    """Every form page (a template form, whose script adds the filled Word download)."""
    return sorted(
        path.parent.name
        for path in (built_site / "forms").glob("*/index.html")
        if 'class="template-form"' in path.read_text(encoding="utf-8")
    )


def fill_every_field(page) -> list[str]:
    """Type a distinct value in every field of the form (and pick a choice in every group); the values typed."""
    typed = []
    for field in page.locator('article [id^="tpl-"]:is(textarea, input[type=text], input:not([type]))').all():
        if field.is_visible():
            typed.append(f"Typed value {len(typed) + 1}")
            field.fill(typed[-1])
    for group in page.locator('article [id^="tpl-"] input[type=radio]').all():
        if (
            group.is_visible()
            and not page.locator(f'input[type=radio][name="{group.get_attribute("name")}"]:checked').count()
        ):
            group.check()
    for choice in page.locator('article select[id^="tpl-"]').all():
        options = choice.locator("option").all()
        if choice.is_visible() and len(options) > 1:
            choice.select_option(index=len(options) - 1)
    return typed


def test_every_form_is_checked(built_site):
    assert len(form_pages(built_site)) >= 9, form_pages(built_site)


def test_the_browser_file_and_the_blank_file_share_one_outline(london, site_url, built_site, tmp_path):
    checked = 0
    for form in form_pages(built_site):
        page = london
        page.goto(site_url + f"forms/{form}/")
        typed = fill_every_field(page)
        assert typed, f"{form}: no field to type in"
        _, made = download(page, BUTTON, tmp_path)
        blank = open_word_file((built_site / "downloads" / "templates" / f"{form}.docx").read_bytes())
        skeleton = outline(blank, BLANK_STYLES)
        assert skeleton[0][0] == "title" and len(skeleton) >= 4, (form, skeleton)
        assert outline(made, BROWSER_STYLES) == skeleton, form
        words = "\n".join(p.text for p in made.paragraphs) + "\n".join(
            cell.text for table in made.tables for row in table.rows for cell in row.cells
        )
        missing = [value for value in typed if value not in words]
        assert missing == [], f"{form}: typed but not in the Word file: {missing}"
        checked += 1
    assert checked >= 9
    assert page.watch.console_errors == [] and page.watch.outside_requests == []
