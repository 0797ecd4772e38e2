"""Every internal link and #anchor in the built site resolves; outside links are listed, never fetched."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from macros.outputs.external_links import REPORT, external_links, is_external, page_links
from tests.quality.site_pages import built_pages, links_in, page_path, parse, target_file

ORIGIN = "http://site.invalid/"


def broken_links(site_dir: Path) -> list[str]:
    """`page: link: what is wrong` for every internal link or anchor that does not resolve."""

    @cache
    def anchors_in(target: Path) -> frozenset[str]:
        tree = parse(target)
        return frozenset(tree.xpath("//@id") + tree.xpath("//a/@name"))

    problems = []
    for page in built_pages(site_dir):
        here = ORIGIN + page_path(site_dir, page)
        for link in links_in(parse(page)):
            if link.startswith("data:") or is_external(link):
                continue
            absolute = urljoin(here, link)
            if not absolute.startswith(ORIGIN):
                problems.append(f"{page_path(site_dir, page) or '/'}: {link}: points above the site root")
                continue
            target = target_file(site_dir, absolute)
            if target is None:
                problems.append(f"{page_path(site_dir, page) or '/'}: {link}: no such file")
                continue
            fragment = unquote(urlsplit(absolute).fragment)
            if fragment and target.suffix == ".html" and fragment not in anchors_in(target):
                problems.append(f"{page_path(site_dir, page) or '/'}: {link}: no id {fragment!r} on that page")
    return problems


def test_every_internal_link_and_anchor_resolves(built_site):
    assert len(built_pages(built_site)) >= 11
    problems = broken_links(built_site)
    assert not problems, "Broken internal links:\n" + "\n".join(problems)


def test_the_crawl_finds_a_broken_anchor_and_a_missing_page(tmp_path):
    """The crawl itself can fail: a copy of one page with a bad anchor and a dead link is caught."""
    site = tmp_path / "site"
    (site / "roles").mkdir(parents=True)
    (site / "index.html").write_text(
        '<p id="top"><a href="roles/#nowhere">x</a> <a href="gone/">y</a>'
        ' <a href="#top">z</a> <a href="https://example.org/">w</a></p>'
    )
    (site / "roles" / "index.html").write_text('<h1 id="roles">Roles</h1><a href="../#top">home</a>')
    assert broken_links(site) == ["/: roles/#nowhere: no id 'nowhere' on that page", "/: gone/: no such file"]


def test_the_reports_fast_link_reader_finds_what_a_full_html_parser_finds(built_site):
    """The build reads links with regular expressions (it runs every build); lxml is the reference."""
    for page in built_pages(built_site):
        assert sorted(page_links(page.read_bytes())) == sorted(links_in(parse(page))), page
    tricky = (
        '<!-- <a href="/commented"> --><script>var s = "<a href=\'/in-script\'>";</script>'
        '<script src="app.js"></script><a title="a > b" href="one.html?x=1&amp;y=2">1</a>'
        "<A HREF='two.html'>2</A><img alt=x src=three.png><area href=\"\">"
    )
    assert page_links(tricky) == ["app.js", "one.html?x=1&y=2", "two.html", "three.png", ""]


def test_outside_links_are_reported_not_fetched(built_site):
    """The build writes every outside link to a report; the test reads it and opens no connection."""
    report = (built_site / REPORT).read_text(encoding="utf-8")
    listed = {line.split("\t")[0] for line in report.splitlines() if line and not line.startswith("#")}
    assert listed == set(external_links(built_site))
    for url in listed:
        assert is_external(url), url
