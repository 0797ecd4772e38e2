"""A list of every link to another site, with the pages that use it: `external-links.txt`.

Tests never fetch outside links (CI has no internet and sites change); this
report is for a person, or a council's own link checker, to check them now
and then. The same link reader serves the internal link crawl in the tests.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

REPORT = "external-links.txt"

# Where a page points to another resource.
LINK_ATTRIBUTES = (("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
                   ("source", "src"), ("iframe", "src"), ("form", "action"), ("audio", "src"), ("video", "src"))


def page_links(html: bytes | str) -> list[str]:
    """Every URL a page links to or loads, as written in the page."""
    tree = lxml.html.fromstring(html)
    links = []
    for element, attribute in LINK_ATTRIBUTES:
        links += [value.strip() for value in tree.xpath(f"//{element}/@{attribute}")]
    return links


def is_external(url: str) -> bool:
    """True for links that leave the site: another host, mail, telephone (not inline `data:`)."""
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc) and parts.scheme != "data"


def external_links(site_dir: Path) -> dict[str, list[str]]:
    """{outside URL: [site paths of the pages that link to it]}, sorted."""
    found = defaultdict(set)
    for page in Path(site_dir).rglob("*.html"):
        for url in page_links(page.read_bytes()):
            if is_external(url):
                found[url].add(page.relative_to(site_dir).as_posix())
    return {url: sorted(pages) for url, pages in sorted(found.items())}


def report_text(links: dict[str, list[str]]) -> str:
    lines = [f"# {len(links)} links to other sites in the built guide (never fetched by the tests).",
             "# Each line: the link, then the pages that use it.", ""]
    lines += [f"{url}\t{' '.join(pages)}" for url, pages in links.items()]
    return "\n".join(lines) + "\n"


def after_build(data, site_dir: Path) -> None:
    (Path(site_dir) / REPORT).write_text(report_text(external_links(site_dir)), encoding="utf-8")
