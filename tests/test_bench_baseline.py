"""The bench's fair peer builds the guide's own page bodies, untouched, with plain Material (no timing here)."""

from __future__ import annotations

from bench.material_baseline import ARTICLE_START, project_theme, write_content_project
from tests.helpers import PROJECT, run_mkdocs_build
from tests.quality.site_pages import built_pages, main_content, parse

# An indented element after a blank line at the top level: Markdown would make it a code block if the
# body were not passed through as one raw HTML block.
BODY = (
    '<h1 id="roles">Who does what</h1>\n\n<div class="step">\n<p>A step.</p>\n</div>\n\n'
    '    <p class="note">Indented <em>raw</em> HTML.</p>'
)


def built_page(body: str) -> str:
    return f"<html><body><main>{ARTICLE_START}{body}</article></main></body></html>"


def test_the_same_content_peer_builds_each_page_body_as_it_was(tmp_path):
    guide_site = tmp_path / "guide-site"
    (guide_site / "roles").mkdir(parents=True)
    (guide_site / "roles" / "index.html").write_text(built_page(BODY), encoding="utf-8")
    (guide_site / "index.html").write_text(built_page("<h1>Home</h1>"), encoding="utf-8")
    (guide_site / "404.html").write_text(built_page("<h1>Not found</h1>"), encoding="utf-8")
    (guide_site / "print.html").write_text("<html><body>no article</body></html>", encoding="utf-8")

    config, pages = write_content_project(tmp_path / "peer", guide_site, project_theme(PROJECT / "mkdocs.yml"))
    assert pages == 2
    assert sorted(
        p.relative_to(tmp_path / "peer" / "docs").as_posix() for p in (tmp_path / "peer" / "docs").rglob("*.md")
    ) == ["index.md", "roles/index.md"]

    result = run_mkdocs_build(tmp_path / "peer-site", config=config)
    assert result.returncode == 0, result.stderr
    roles = main_content(parse(tmp_path / "peer-site" / "roles" / "index.html"))
    assert roles.xpath("string(.//h1)") == "Who does what"
    assert roles.xpath("string(.//div[@class='step']/p)") == "A step."
    assert roles.xpath("string(.//p[@class='note']/em)") == "raw"  # raw HTML, not an indented code block
    assert not roles.xpath(".//pre")
    assert len(built_pages(tmp_path / "peer-site")) == 3  # the two pages and Material's own 404
