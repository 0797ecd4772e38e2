"""The home page in real Chromium: it loads, logs no error and asks no other host for anything."""

import pytest

pytestmark = pytest.mark.browser


def test_home_page_loads_cleanly(page, site_url):
    response = page.goto(site_url)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() == 1
    assert "special educational needs" in page.locator("h1").inner_text().lower()
    assert page.watch.console_errors == []
    assert page.watch.outside_requests == []
