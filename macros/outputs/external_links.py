"""A list of every link to another site, with the pages that use it: `external-links.txt`.

Tests never fetch outside links (CI has no internet and sites change); this
report is for a person, or a council's own link checker, to check them now
and then. The internal link crawl in the tests reads links with a full HTML
parser and checks that this reader finds the same ones.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

REPORT = "external-links.txt"

# Where a page points to another resource: element -> the attribute that holds the URL.
LINK_ATTRIBUTES = {
    "a": "href",
    "area": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
    "form": "action",
    "audio": "src",
    "video": "src",
}

# Read with regular expressions, not a full HTML parser: this runs on every page of every build,
# and the pages are the well-formed HTML MkDocs writes. tests/quality/test_links.py checks that it
# finds exactly what lxml finds on every built page.
_NOT_MARKUP = re.compile(
    r"<(?:!--.*?-->|(script\b[^>]*>).*?</script\s*>|(style\b[^>]*>).*?</style\s*>)", re.S | re.I
)  # one leading "<": the engine tries only where a tag starts
_ELEMENT = re.compile(r"<(" + "|".join(LINK_ATTRIBUTES) + r")\b((?:[^>\"']+|\"[^\"]*\"|'[^']*')*)>", re.I)
_ATTRIBUTE = re.compile(r"""\s([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


def page_links(page_html: bytes | str) -> list[str]:
    """Every URL a page links to or loads, as written in the page (entities decoded)."""
    if isinstance(page_html, bytes):
        page_html = page_html.decode("utf-8")
    # Comments go; scripts and styles keep their opening tag (a script's src counts) but not their code.
    markup = _NOT_MARKUP.sub(lambda m: "<" + (m.group(1) or m.group(2)) if m.group(1) or m.group(2) else "", page_html)
    links = []
    for element in _ELEMENT.finditer(markup):
        wanted = LINK_ATTRIBUTES[element.group(1).lower()]
        for attribute in _ATTRIBUTE.finditer(element.group(2)):
            if attribute.group(1).lower() == wanted:  # the first one counts, as in a browser
                value = (
                    attribute.group(2)
                    if attribute.group(2) is not None
                    else (attribute.group(3) or attribute.group(4) or "")
                )
                links.append(html.unescape(value).strip())
                break
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
    lines = [
        f"# {len(links)} links to other sites in the built guide (never fetched by the tests).",
        "# Each line: the link, then the pages that use it.",
        "",
    ]
    lines += [f"{url}\t{' '.join(pages)}" for url, pages in links.items()]
    return "\n".join(lines) + "\n"


def after_build(data, site_dir: Path) -> None:
    (Path(site_dir) / REPORT).write_text(report_text(external_links(site_dir)), encoding="utf-8")
