"""The offline bundle opened from disk (file://) with no network: navigation, search, a checklist, the calculator."""

import re
import zipfile

import pytest

from tests.helpers import run_mkdocs_build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_index(tmp_path_factory):
    """Built as `make offline` builds it, zipped, and unzipped somewhere else, as a school would."""
    build = tmp_path_factory.mktemp("offline-build")
    result = run_mkdocs_build(build / "send-guide", env={"SEND_GUIDE_OFFLINE": "true"})
    assert result.returncode == 0, result.stdout + result.stderr
    bundle = build / "send-guide-offline.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((build / "send-guide").rglob("*")):
            archive.write(path, path.relative_to(build).as_posix())
    laptop = tmp_path_factory.mktemp("laptop")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(laptop)
    return laptop / "send-guide" / "index.html"


@pytest.fixture
def offline_page(browser):
    context = browser.new_context(offline=True)  # no network at all, as on a laptop in a classroom
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(msg.text))
    page.on(
        "request",
        lambda req: (
            req.url.startswith(("file:", "data:", "blob:", "about:"))
            or page.problems.append("request off disk: " + req.url)
        ),
    )
    page.on("requestfailed", lambda req: page.problems.append(f"failed: {req.url} {req.failure}"))
    yield page
    context.close()


def test_pages_link_to_html_files_and_navigation_works(offline_page, offline_index):
    page = offline_page
    page.goto(offline_index.as_uri())
    assert page.locator("h1").count() == 1
    page.locator(".md-nav--primary").get_by_role("link", name="Agencies", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/agencies.html")
    assert "Agencies" in page.locator("h1").inner_text()
    page.locator(".md-nav--primary").get_by_role("link", name="Glossary", exact=True).first.click()
    assert page.url.endswith("/glossary.html")
    assert page.problems == []


def test_search_works_from_disk(offline_page, offline_index):
    page = offline_page
    page.goto(offline_index.with_name("roles.html").as_uri())
    search = page.locator(".md-search__input")
    search.click()
    # Material says this once its search worker (an iframe from disk) has loaded the inlined index.
    page.get_by_text("Type to start searching").wait_for(timeout=15000)
    search.press_sequentially("tribunal", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    assert results.count() >= 1
    results.first.locator("a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and re.split(r"[?#]", page.url)[0].endswith(".html")
    assert "tribunal" in page.locator("article").inner_text().lower()
    assert page.problems == []


def test_a_checklist_tick_is_kept_from_disk(offline_page, offline_index):
    page = offline_page
    page.goto(offline_index.parent.joinpath("checklists", "parent-ehcna.html").as_uri())
    first = page.locator("input[data-item]").first
    first.check()
    page.reload()
    assert page.locator("input[data-item]").first.is_checked()
    assert page.problems == []


def test_the_calculator_gives_dates_from_disk(offline_page, offline_index):
    page = offline_page
    page.goto((offline_index.parent / "calculators" / "assessment-dates.html").as_uri())
    calculator = page.locator(".deadline-calculator")
    today = page.evaluate("new Date().toISOString().slice(0, 10)").split("-")
    for part, value in zip(("year", "month", "day"), today):
        calculator.locator(f"#calc-assessment-request-{part}").fill(value)
    calculator.locator("#calc-assessment-request-year").press("Enter")
    rows = calculator.locator(".deadline-calculator__result li")
    rows.first.wait_for()
    assert rows.count() >= 3
    assert rows.first.get_attribute("data-date")
    assert page.problems == []
