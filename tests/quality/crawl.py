"""One walk over every built page, shared by every check that looks at each page as it is shown (issue 25).

Each crawl opens every page once and runs all its checks on that load, gathering what each check finds;
the tests then assert on the findings, one test per check. Before, each check walked the site itself:
nine walks of every page, where two crawls and the slow-phone walk (test_layout_shift.py) now do the same.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from tests.quality.axe import COLOUR_RULES, axe_violations, both_palettes
from tests.quality.site_pages import built_pages, open_page, page_path

# What the page fetched after its load event, but the tab's icon and Material's search worker: the browser and
# Material start those themselves, and neither changes the page until someone searches (the search tests check
# search). Read after the page's axe runs, a second or more after load.
AFTER_LOAD = """() => { const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
  const config = JSON.parse(document.getElementById('__config').textContent);
  const own = [...document.querySelectorAll('link[rel~=icon]')].map(link => link.href);
  own.push(new URL(config.search, document.baseURI).href);
  return performance.getEntriesByType('resource').filter(r => r.startTime > loaded && !own.includes(r.name))
    .map(r => r.name); }"""


class Findings:
    """What each check found on each page ("path: problem" lines), the pages crawled, and counts checks keep."""

    def __init__(self):
        self.pages: list[str] = []
        self.problems: dict[str, list[str]] = defaultdict(list)
        self.looked: Counter = Counter()  # check -> pages it looked at
        self.counts: Counter = Counter()  # e.g. controls measured

    def add(self, check: str, path: str, lines: list[str]) -> None:
        self.looked[check] += 1
        self.problems[check] += [f"{path or '/'}: {line}" for line in lines]

    def report(self, *checks: str, at_least: int = 40) -> str:
        """Fails if a check did not look at every crawled page (and at least `at_least` of them); else the
        problems the checks found, one per line."""
        assert len(self.pages) >= at_least, f"only {len(self.pages)} pages crawled"
        for check in checks:
            assert self.looked[check] == len(self.pages), f"{check} looked at {self.looked[check]} of {len(self.pages)}"
        return "\n".join(line for check in checks for line in self.problems[check])


def crawl(browser, base_url: str, site_dir: Path, look, **context_options) -> Findings:
    """Opens every built page once, in one watched page of a new browser context (`context_options`: its viewport,
    touch...), and calls look(page, path, response, findings) on each."""
    from tests.conftest import _watched_page

    findings = Findings()
    context, page = _watched_page(browser, base_url, **context_options)
    try:
        for html_page in built_pages(site_dir):
            path = page_path(site_dir, html_page)
            response = open_page(page, base_url + path)
            look(page, path, response, findings)
            findings.pages.append(path)
    finally:
        context.close()
    return findings


def axe_in_both_palettes(page, path: str, findings: Findings, screen: str) -> None:
    """axe-core on the page as shown (every WCAG rule), then in the other palette (Material's switch, no reload)
    the rules a palette can change. Pages open in each palette in turn, so each gets every rule on half the pages."""
    for turn, palette in enumerate(both_palettes(page)):
        findings.add(f"axe {palette} {screen}", path, axe_violations(page, COLOUR_RULES if turn else None))


def policy_problems(page) -> list[str]:
    """Console errors (a CSP violation is one: see PageWatch), requests off the site, and requests after load,
    since the page opened; clears the page's watch for the next page."""
    watch = page.watch
    lines = [str(error) for error in watch.console_errors]
    lines += [f"request to {url}" for url in watch.outside_requests]
    lines += [f"requested {url} after the load event" for url in page.evaluate(AFTER_LOAD)]
    watch.console_errors.clear()
    watch.outside_requests.clear()
    return lines
