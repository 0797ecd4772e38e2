"""The audience tabs on the EHC needs assessment page: readable labels, and the remembered choice shown and easy to change."""

import pytest

pytestmark = pytest.mark.browser

FAMILY, SCHOOL = "Your child and family", "The school and professionals"


def test_tab_labels_are_at_least_16_px(page, site_url):
    page.goto(site_url + "ehc-needs-assessment/")
    sizes = page.locator(".ehcna-audiences .tabbed-labels > label").evaluate_all(
        "labels => labels.map(l => parseFloat(getComputedStyle(l).fontSize))"
    )
    assert sizes and min(sizes) >= 16


def test_the_remembered_audience_is_shown_and_can_be_changed(page, site_url):
    page.goto(site_url + "ehc-needs-assessment/")
    lines = page.locator(".audience-choice")
    assert lines.count() == page.locator(".ehcna-audiences").count() >= 1
    first = lines.first
    assert first.inner_text().startswith(f"Showing: {FAMILY}")
    assert first.locator("[role=status]").count() == 1

    first.get_by_role("button", name=f"Change to: {SCHOOL}").click()
    page.wait_for_function(
        "() => document.querySelector('.audience-choice').textContent.includes('Showing: " + SCHOOL + "')"
    )
    assert page.locator(".ehcna-audiences [data-audience=professionals]").first.is_visible()
    assert all(line.inner_text().startswith(f"Showing: {SCHOOL}") for line in lines.all())

    page.reload()  # a later visit: Material remembers the tab, and the line says so
    page.wait_for_function(
        "() => (document.querySelector('.audience-choice') || {}).textContent"
        " && document.querySelector('.audience-choice').textContent.includes('" + SCHOOL + "')"
    )
    assert "remembers your choice" in lines.first.inner_text()
    assert page.locator(".ehcna-audiences [data-audience=professionals]").first.is_visible()
    lines.first.get_by_role("button", name=f"Change to: {FAMILY}").click()
    page.wait_for_function(
        "() => document.querySelector('.audience-choice').textContent.includes('Showing: " + FAMILY + "')"
    )
    assert page.locator(".ehcna-audiences [data-audience=family]").first.is_visible()
    assert page.watch.console_errors == []
