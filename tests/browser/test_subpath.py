"""The built site served under a sub-path, as on a council's Local Offer: no broken link or asset."""

import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from tests.helpers import serve_folder

pytestmark = pytest.mark.browser

SUB_PATH = "localoffer/send-guide/"


class _References(HTMLParser):
    """Every href and src on a page (links, stylesheets, scripts, images)."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)


@pytest.fixture(scope="module")
def sub_path_url(built_site, tmp_path_factory):
    """Only the sub-path exists on this host: anything that escapes it is a 404."""
    root = tmp_path_factory.mktemp("council-host")
    (root / SUB_PATH).parent.mkdir(parents=True)
    (root / SUB_PATH.rstrip("/")).symlink_to(built_site, target_is_directory=True)
    server, url = serve_folder(root)
    yield url + SUB_PATH
    server.shutdown()


def fetch(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read()
            kind = response.headers.get_content_type()
            return response.status, kind, body.decode("utf-8", "replace") if kind == "text/html" else ""
    except urllib.error.HTTPError as error:
        return error.code, "", ""


def test_crawl_under_a_sub_path_finds_no_broken_link_or_asset(sub_path_url):
    origin = "{0.scheme}://{0.netloc}".format(urlparse(sub_path_url))
    to_visit, seen, broken, pages = [sub_path_url], set(), [], 0
    while to_visit:
        url = to_visit.pop()
        if url in seen:
            continue
        seen.add(url)
        status, kind, html = fetch(url)
        if status != 200:
            broken.append(url)
            continue
        if kind != "text/html":
            continue
        pages += 1
        parser = _References()
        parser.feed(html)
        for reference in parser.found:
            target = urldefrag(urljoin(url, reference))[0]
            if not target.startswith(origin):
                continue  # mailto:, tel: and other sites are not ours to check
            if not target.startswith(sub_path_url):
                broken.append(f"{target} (from {url}: leaves the sub-path)")
            elif target not in seen:
                to_visit.append(target)
    assert broken == []
    assert pages >= 11


def test_pages_under_the_sub_path_load_everything_in_chromium(browser, sub_path_url):
    context = browser.new_context()
    page = context.new_page()
    failures = []
    page.on("response", lambda response: response.status >= 400 and failures.append(response.url))
    page.on("requestfailed", lambda request: failures.append(request.url))
    page.on("pageerror", lambda error: failures.append(str(error)))
    try:
        for path in ("", "agencies/", "checklists/parent-ehcna/", "ehc-needs-assessment/"):
            page.goto(sub_path_url + path)
            page.wait_for_load_state("networkidle")
            assert page.locator("h1").count() == 1
            # Material's stylesheet reached the page: its header sticks to the top
            assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
        page.locator(".md-search__input").click()
        page.get_by_text("Type to start searching").wait_for(timeout=15000)
        page.locator(".md-search__input").press_sequentially("referral", delay=30)
        page.locator(".md-search-result__item").first.wait_for()
        assert failures == []
    finally:
        context.close()
