"""The EHCNA evidence pack in Chromium: the evidence index prints on at most two A4 pages, even filled in, with a
row for every Code 9.14 item; its answers follow the record model; the new pages pass axe."""

import pytest

from macros.core import load_site_data
from tests.helpers import PROJECT, pdf_page_count
from tests.quality.axe import axe_violations

pytestmark = pytest.mark.browser

DATA = load_site_data(PROJECT / "data")
PAGE = "forms/ehcna-evidence-index/"
INDEX = DATA["templates"].templates["ehcna-evidence-index"]


def printed_text(pdf: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages)


def test_the_evidence_index_prints_on_two_a4_pages_with_a_row_for_every_code_item(page, site_url):
    page.goto(site_url + PAGE)
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert pdf_page_count(pdf) <= 2
    text = printed_text(pdf)
    for section in INDEX.sections:
        if section.criterion:
            assert section.title.split(": ", 1)[1] in text, section.id
    assert "local practice, not law" in text


def test_the_evidence_index_filled_in_still_prints_on_two_pages_and_is_kept_in_the_record(page, site_url):
    page.goto(site_url + PAGE)
    page.get_by_label("Until I clear it").check()
    filled = {}
    for section in INDEX.sections:
        if section.criterion:
            key = f"{section.id}-documents"
            filled[key] = "SEN Support Plans and reviews, autumn and spring; reading tests; costed provision map."
            page.locator(f'[data-field="{key}"]').fill(filled[key])
    kept = page.evaluate("() => JSON.parse(localStorage.getItem('send-guide:child:unnamed'))")
    assert kept["records"]["template/ehcna-evidence-index"]["data"]["fields"] == filled
    page.reload()
    assert page.locator('[data-field="health-documents"]').input_value() == filled["health-documents"]
    assert pdf_page_count(page.pdf(format="A4", prefer_css_page_size=True)) <= 2
    assert page.watch.console_errors == []


def test_the_new_pages_pass_axe_and_the_evidence_page_reaches_the_index(page, site_url):
    failures = []
    for path in ("ehcna-evidence/", PAGE, "checklists/ehcna-request/"):
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        failures += [f"{path}: {line}" for line in axe_violations(page)]
    assert not failures, "\n".join(failures)
    page.goto(site_url + "ehcna-evidence/")
    page.get_by_role("link", name="evidence index").first.click()
    assert page.url.endswith(PAGE)
