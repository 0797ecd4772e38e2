"""Shared fixtures: a copy of the data to break, a built site, a local server and Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import PROJECT, run_mkdocs_build, serve_folder

CHROMIUM = os.environ.get("SEND_GUIDE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ (schemas included) for tests that break it."""
    target = tmp_path / "data"
    shutil.copytree(PROJECT / "data", target)
    return target


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The base site, built once per test run with --strict."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


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


class PageWatch:
    """What a page did that it should not: console errors, page errors, requests off-host."""

    def __init__(self, page, allowed_origin: str):
        self.console_errors: list[str] = []
        self.outside_requests: list[str] = []
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        page.on("pageerror", lambda exc: self.console_errors.append(str(exc)))

        def on_request(request):
            url = request.url
            if not (url.startswith(allowed_origin) or url.startswith(("data:", "blob:", "about:"))):
                self.outside_requests.append(url)
        page.on("request", on_request)
        # A CSP violation also fires this event; report it as a console error so it is never missed.
        page.add_init_script("document.addEventListener('securitypolicyviolation', e => console.error("
                             "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))")


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    page.watch = PageWatch(page, site_url.rstrip("/"))
    yield page
    context.close()
