"""Every page of a built site, as the quality gates see it: paths, URLs, links, ids, main text.

The gates discover pages from the built site itself, so a new page is checked
the moment it is built, with no list to keep up to date.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

# The search index is fetched by Material's search worker on demand; it is data, not a page.
NOT_PAGES = {"search/search_index.json"}


def built_pages(site_dir: Path) -> list[Path]:
    """Every HTML page in the built site, in a stable order."""
    return sorted(Path(site_dir).rglob("*.html"))


def open_page(page, url: str):
    """Loads a page for an every-page check and returns the response: the load event, which comes after every
    script and style the page starts with. (Not "networkidle", which adds half a second per page: the crawls
    check that no page starts a request after load.)"""
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"
    return response


def page_path(site_dir: Path, page: Path) -> str:
    """The URL path of a page relative to the site root: `roles/`, `` for the home page, `404.html`."""
    relative = page.relative_to(site_dir).as_posix()
    if relative == "index.html":
        return ""
    return relative[: -len("index.html")] if relative.endswith("/index.html") else relative


def target_file(site_dir: Path, url: str) -> Path | None:
    """The file a static host serves for a same-site URL (`/roles/#x` -> roles/index.html), or None."""
    path = unquote(urlsplit(url).path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    target = Path(site_dir) / path
    return target if target.is_file() else None


def parse(page: Path):
    return lxml.html.fromstring(page.read_bytes())


def links_in(tree) -> list[str]:
    """Every URL a parsed page links to or loads, read by lxml (the crawl's reference reader)."""
    from macros.outputs.external_links import LINK_ATTRIBUTES

    return [
        value.strip()
        for element, attribute in LINK_ATTRIBUTES.items()
        for value in tree.xpath(f"//{element}/@{attribute}")
    ]


def main_content(tree):
    """The page's own content (Material's article), without navigation, header or footer."""
    found = tree.xpath("//article[contains(concat(' ', @class, ' '), ' md-content__inner ')]")
    assert found, "no <article class='md-content__inner'> in page"
    return found[0]


# Block elements whose text is read as its own run of sentences.
TEXT_BLOCKS = (
    "p",
    "li",
    "dd",
    "dt",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "summary",
    "label",
    "legend",
    "caption",
)


def text_blocks(element) -> list[str]:
    """The readable text of `element`, one string per block, leaving out code and hidden parts."""
    element = lxml.html.fromstring(lxml.html.tostring(element))  # work on a copy
    for unread in element.xpath(
        ".//pre | .//code | .//script | .//style | .//*[@hidden]"
        " | .//*[@aria-hidden='true'] | .//*[contains(@class, 'md-source-file')]"
    ):
        unread.drop_tree()
    blocks = []
    for block in element.iter(*TEXT_BLOCKS):
        # Text of nested blocks (a <p> inside an <li>) is counted with the inner block only.
        own = [block.text or ""]
        for child in block:
            if not any(True for _ in child.iter(*TEXT_BLOCKS)):
                own.append(child.text_content())
            own.append(child.tail or "")
        text = " ".join("".join(own).split())
        if text:
            blocks.append(text)
    return blocks
