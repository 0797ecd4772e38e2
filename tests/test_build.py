"""The whole site builds with --strict, and bad data stops the build with located errors."""

import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from macros.core import load_site_data
from tests.helpers import PROJECT, run_mkdocs_build

pytestmark = pytest.mark.long


def test_every_page_is_built_with_no_template_left(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) >= 11
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "{{" not in html and "{%" not in html, page
        assert "Macro Rendering Error" not in html, page


def test_mkdocs_finds_every_anchor_a_page_links_to(site_build):
    """Component HTML skips Markdown's parser (macros.markdown_raw_html) but MkDocs still reads its ids."""
    _, log = site_build
    assert "does not contain an anchor" not in log, log
    assert [line for line in log.splitlines() if "WARNING" in line and not _dated_review(line)] == [], log


def _dated_review(line: str) -> bool:
    """The one warning the base data gives on purpose once its date has passed (issue 26, item 6): the JCQ rules
    for exam access arrangements cover one exam year, and a new one applies after valid_to."""
    return "data/statutory_year.yml: access_arrangements:" in line


def test_the_build_warns_that_the_jcq_rules_have_passed_their_valid_to(site_build):
    from datetime import date

    from macros.core import load_site_data
    from tests.helpers import PROJECT

    _, log = site_build
    valid_to = load_site_data(PROJECT / "data")["statutory_year"].access_arrangements.valid_to
    warned = [line for line in log.splitlines() if "WARNING" in line and _dated_review(line)]
    assert len(warned) == (1 if date.fromisoformat(valid_to) < date.today() else 0), log


def test_every_template_has_its_word_file_and_there_are_no_others(built_site):
    from macros.core.render.forms import docx_path

    templates = load_site_data(PROJECT / "data")["templates"].templates
    expected = {docx_path(template.id) for template in templates}
    assert len(expected) == len(templates) > 0
    built = {path.relative_to(built_site).as_posix() for path in built_site.rglob("*.docx")}
    assert built == expected
    for path in sorted(expected):  # each is a real Word file (a zip with the document part)
        assert zipfile.ZipFile(built_site / path).read("word/document.xml"), path


def test_no_request_leaves_the_host_in_built_html(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) >= 11
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html), page


def _project_copy(tmp_path):
    """Everything a build reads, copied, so a test can edit the code and data it builds with."""
    project = tmp_path / "project"
    project.mkdir()
    for item in ("docs", "data", "macros", "overrides"):
        shutil.copytree(PROJECT / item, project / item, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def _files_in(folder):
    """Every file under `folder` except Python's own bytecode (written when PYTHONDONTWRITEBYTECODE is unset)."""
    return {path.relative_to(folder) for path in folder.rglob("*") if "__pycache__" not in path.parts}


_BUILD_EDIT_BUILD = """
import sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

def build_site(name):
    build(load_config("mkdocs.yml", site_dir=str(Path(sys.argv[1]) / name)))

build_site("before")
for file, old, new in ({edits!r}):   # edited on disk, as a developer saves a file under `make serve`
    path = Path(file)
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
build_site("serve-rebuild")           # the code loaded in this process stays the old code
"""


def test_code_and_data_edits_reach_the_next_build_and_nothing_stale_is_kept(tmp_path):
    """Under `make serve` the process keeps the code it loaded; a build started afterwards must show every edit.

    Builds a copy, edits (in the same process, as `make serve` would rebuild) how
    core/dates/key_dates.py words a calendar title, a component and a data file, then builds in a
    fresh process: the calendar, the page and the data all show the edits. The caches of
    rendered output kept on disk before issue 15 failed this twice: the calendar kept its old
    titles (its key missed key_dates.py) and the page its old component HTML (stored by the
    old code under the new code's key).
    """
    from icalendar import Calendar

    from macros.core.dates.key_dates import ICS_PATH

    project = _project_copy(tmp_path)
    edits = (
        ("macros/core/dates/key_dates.py", "{self.title} (this month)", "{self.title} (some time this month)"),
        ("macros/components/stage_timeline.py", 'tag("dt", "Who")', 'tag("dt", "Who helps")'),
        ("data/stages.yml", "name: Cause for concern", "name: First worry about progress"),
    )
    for file, old, _ in edits:
        assert old in (project / file).read_text(encoding="utf-8"), file
    files_before = _files_in(project)
    serving = subprocess.run(
        [sys.executable, "-c", _BUILD_EDIT_BUILD.format(edits=edits), str(tmp_path)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert serving.returncode == 0, serving.stdout + serving.stderr
    assert "<dt>Who</dt>" in (tmp_path / "before" / "graduated-response" / "index.html").read_text(encoding="utf-8")
    after = run_mkdocs_build(tmp_path / "after", config=project / "mkdocs.yml", cwd=project)  # the copy's code
    assert after.returncode == 0, after.stdout + after.stderr

    titles = [
        str(event["SUMMARY"])
        for event in Calendar.from_ical((tmp_path / "after" / ICS_PATH).read_bytes()).walk("VEVENT")
    ]
    assert "October target review (some time this month)" in titles, titles
    assert not any(title.endswith(" (this month)") for title in titles), titles
    page = (tmp_path / "after" / "graduated-response" / "index.html").read_text(encoding="utf-8")
    assert "<dt>Who helps</dt>" in page and "<dt>Who</dt>" not in page
    assert "First worry about progress" in page and "Cause for concern" not in page
    assert _files_in(project) == files_before  # no build writes anything into the project folder (no caches)


def test_bad_data_stops_the_build_with_file_and_line(tmp_path):
    project = _project_copy(tmp_path)
    roles = project / "data" / "roles.yml"
    roles.write_text(roles.read_text(encoding="utf-8").replace("- id: headteacher", "- id: senco", 1), encoding="utf-8")
    result = run_mkdocs_build(tmp_path / "site", config=project / "mkdocs.yml")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"data/roles.yml:\d+: roles\[\d+\]\.id: duplicate id 'senco'", output), output
    assert "Traceback" not in output


def test_contents_sidebar_lists_the_stages_and_steps_written_by_components(built_site):
    import lxml.html

    data = load_site_data(PROJECT / "data")
    for page, anchors in (
        ("graduated-response", [f"stage-{s.id}" for s in data.stages]),
        ("ehc-needs-assessment", [f"step-{s.number}" for s in data.guide.steps]),
    ):
        html = lxml.html.fromstring((built_site / page / "index.html").read_text(encoding="utf-8"))
        toc = [
            href.lstrip("#")
            for href in html.xpath(
                "//*[contains(@class, 'md-sidebar--secondary')]//nav[contains(@class, 'md-nav--secondary')]//a/@href"
            )
        ]
        assert [a for a in toc if a in anchors] == anchors, page  # every one, in page order
        for anchor in anchors:
            heading = html.xpath(f"//article//h2[@id='{anchor}']")
            assert heading and not heading[0].xpath(".//a"), anchor  # first use is never spelled out in a heading
    first_use = lxml.html.fromstring((built_site / "graduated-response" / "index.html").read_text(encoding="utf-8"))
    assert first_use.xpath("//article//a[contains(@href, 'glossary/#')]")  # first use still spelled out
