"""Shared fixtures: a copy of the data to break, a built site, a local server and Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import PROJECT, run_mkdocs_build, serve_folder

CHROMIUM = os.environ.get("SEND_GUIDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    """Test files marked `long` first, in their order: with several workers (`make test`), the longest files
    start at once instead of being handed out last, when the other workers have nothing left to share."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ (schemas included) for tests that break it."""
    target = tmp_path / "data"
    shutil.copytree(PROJECT / "data", target)
    return target


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> tuple[Path, str]:
    """The base site, built once per test run with --strict: (site folder, what MkDocs printed)."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir, result.stdout + result.stderr


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    return site_build[0]


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site over HTTP with exactly the headers its `_headers` file asks for (the strict CSP)."""
    from macros.outputs.csp import HEADERS_FILE, read_headers_file

    server, url = serve_folder(built_site, headers=read_headers_file((built_site / HEADERS_FILE).read_text()))
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launch = {"args": CHROMIUM_ARGS, "headless": True}
        if Path(CHROMIUM).exists():
            launch["executable_path"] = CHROMIUM
        browser = playwright.chromium.launch(**launch)
        yield browser
        browser.close()


OWN_SCRIPTS = "/assets/components/"  # where the project's own JavaScript is served from


class PageWatch:
    """What a page did that it should not: console errors, page errors, requests off-host.

    `own_errors` keeps the errors raised or logged by the project's own scripts, so a test
    can hold our code to "no error" even where Material itself logs some (blocked storage).
    """

    def __init__(self, page, allowed_origin: str):
        self.console_errors: list[str] = []
        self.own_errors: list[str] = []
        self.outside_requests: list[str] = []

        def on_console(msg):
            if msg.type == "error":
                self.console_errors.append(msg.text)
                if OWN_SCRIPTS in (msg.location or {}).get("url", ""):
                    self.own_errors.append(msg.text)

        def on_page_error(exc):
            self.console_errors.append(str(exc))
            if OWN_SCRIPTS in (exc.stack or ""):
                self.own_errors.append(exc.stack)

        page.on("console", on_console)
        page.on("pageerror", on_page_error)

        def on_request(request):
            url = request.url
            if not (url.startswith(allowed_origin) or url.startswith(("data:", "blob:", "about:"))):
                self.outside_requests.append(url)

        page.on("request", on_request)
        # A CSP violation also fires this event; report it as a console error so it is never missed.
        page.add_init_script(
            "document.addEventListener('securitypolicyviolation', e => console.error("
            "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))"
        )


def _watched_page(browser, site_url, **context_options):
    """A page in a fresh browser context, watched for errors and off-host requests; closed after."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.watch = PageWatch(page, site_url.rstrip("/"))
    return context, page


@pytest.fixture
def page(browser, site_url):
    context, page = _watched_page(browser, site_url)
    yield page
    context.close()


@pytest.fixture
def london(browser, site_url):
    """A page in a UK time zone and locale (local midnight moves with British Summer Time), downloads on."""
    context, page = _watched_page(browser, site_url, timezone_id="Europe/London", locale="en-GB", accept_downloads=True)
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser, site_url):
    """A page with JavaScript switched off: what every feature must still offer."""
    context, page = _watched_page(browser, site_url, java_script_enabled=False)
    yield page
    context.close()
