"""The whole site builds with --strict, and bad data stops the build with located errors."""

import re
import shutil

from tests.helpers import PROJECT, run_mkdocs_build


def test_every_page_is_built_with_no_template_left(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) >= 11
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "{{" not in html and "{%" not in html, page
        assert "Macro Rendering Error" not in html, page


def test_no_request_leaves_the_host_in_built_html(built_site):
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html), page


def test_bad_data_stops_the_build_with_file_and_line(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    for item in ("docs", "data", "macros", "overrides"):
        shutil.copytree(PROJECT / item, project / item, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", project / "mkdocs.yml")
    roles = project / "data" / "roles.yml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("- id: headteacher", "- id: senco", 1),
                     encoding="utf-8")
    result = run_mkdocs_build(tmp_path / "site", config=project / "mkdocs.yml")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"data/roles.yml:\d+: roles\[\d+\]\.id: duplicate id 'senco'", output), output
    assert "Traceback" not in output
