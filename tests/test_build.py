"""The whole site builds with --strict, and bad data stops the build with located errors."""

import re
import shutil

from tests.helpers import PROJECT, replace_in, run_mkdocs_build


def test_every_page_is_built_with_no_template_left(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) >= 11
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "{{" not in html and "{%" not in html, page
        assert "Macro Rendering Error" not in html, page


def test_mkdocs_finds_every_anchor_a_page_links_to(site_build):
    """Component HTML skips Markdown's parser (macros.core.raw_html) but MkDocs still reads its ids."""
    _, log = site_build
    assert "does not contain an anchor" not in log, log
    assert "WARNING" not in log, log


def test_no_request_leaves_the_host_in_built_html(built_site):
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html), page


def _project_copy(tmp_path):
    """Everything a build reads, copied, with no `.generated/` cache yet."""
    project = tmp_path / "project"
    project.mkdir()
    for item in ("docs", "data", "macros", "overrides"):
        shutil.copytree(PROJECT / item, project / item, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def test_a_rebuild_uses_the_caches_and_never_serves_a_stale_template(tmp_path):
    """Compiled theme templates and the Word files are kept in .generated/ between builds."""
    project = _project_copy(tmp_path)
    first = run_mkdocs_build(tmp_path / "first", config=project / "mkdocs.yml")
    assert first.returncode == 0, first.stdout + first.stderr
    assert any((project / ".generated" / "jinja-cache").iterdir())
    replace_in(project / "overrides" / "main.html", "Tell us what you think", "Tell us what you make of it")
    second = run_mkdocs_build(tmp_path / "second", config=project / "mkdocs.yml")
    assert second.returncode == 0, second.stdout + second.stderr
    page = (tmp_path / "second" / "index.html").read_text(encoding="utf-8")
    assert "Tell us what you make of it" in page and "Tell us what you think" not in page
    for word_file in (tmp_path / "first" / "downloads" / "templates").glob("*.docx"):
        assert word_file.read_bytes() == (tmp_path / "second" / word_file.relative_to(tmp_path / "first")).read_bytes()


def test_a_rebuild_shows_a_data_change_and_a_component_code_change(tmp_path):
    """Validated data and component HTML are reused between builds, but never once an input has changed."""
    project = _project_copy(tmp_path)

    def build_and_read(name):
        result = run_mkdocs_build(tmp_path / name, config=project / "mkdocs.yml", cwd=project)  # the copy's code
        assert result.returncode == 0, result.stdout + result.stderr
        return (tmp_path / name / "graduated-response" / "index.html").read_text(encoding="utf-8")

    assert "<dt>Who</dt>" in build_and_read("first")
    assert any((project / ".generated" / "component-html").iterdir())
    assert any((project / ".generated" / "validated-data").iterdir())
    replace_in(project / "macros" / "components" / "stage_timeline.py", 'tag("dt", "Who")', 'tag("dt", "Who helps")')
    assert "<dt>Who helps</dt>" in build_and_read("code-changed")
    replace_in(project / "data" / "stages.yml", "name: Cause for concern", "name: First worry about progress")
    page = build_and_read("data-changed")
    assert "First worry about progress" in page and "Cause for concern" not in page


def test_bad_data_stops_the_build_with_file_and_line(tmp_path):
    project = _project_copy(tmp_path)
    roles = project / "data" / "roles.yml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("- id: headteacher", "- id: senco", 1),
                     encoding="utf-8")
    result = run_mkdocs_build(tmp_path / "site", config=project / "mkdocs.yml")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"data/roles.yml:\d+: roles\[\d+\]\.id: duplicate id 'senco'", output), output
    assert "Traceback" not in output


def test_contents_sidebar_lists_the_stages_and_steps_written_by_components(built_site):
    import lxml.html

    from macros.core import load_site_data
    data = load_site_data(PROJECT / "data")
    for page, anchors in (("graduated-response", [f"stage-{s.id}" for s in data.stages]),
                          ("ehc-needs-assessment", [f"step-{s.number}" for s in data.guide.steps])):
        html = lxml.html.fromstring((built_site / page / "index.html").read_text(encoding="utf-8"))
        toc = [href.lstrip("#") for href in html.xpath("//*[contains(@class, 'md-sidebar--secondary')]"
                                                          "//nav[contains(@class, 'md-nav--secondary')]//a/@href")]
        assert [a for a in toc if a in anchors] == anchors, page          # every one, in page order
        for anchor in anchors:
            heading = html.xpath(f"//article//h2[@id='{anchor}']")
            assert heading and not heading[0].xpath(".//a"), anchor    # first use is never spelled out in a heading
    first_use = lxml.html.fromstring((built_site / "graduated-response" / "index.html").read_text(encoding="utf-8"))
    assert first_use.xpath("//article//a[contains(@href, 'glossary/#')]")     # first use still spelled out
