"""The build cache of downloads: a hit gives the same bytes, a changed input always a new file."""

import shutil

import pytest
from docx import Document

from macros.core import load_site_data
from macros.core.forms import docx_path
from macros.outputs import build_cache, docx_templates, key_dates_ics
from macros.outputs.build_cache import cached
from tests.helpers import PROJECT, replace_in

CHANGED_TEMPLATE = "sen-support-plan"  # the first template with a "Pupil's name" field


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the data in a project folder whose `.generated/` holds the cache (reset after the test)."""
    shutil.copytree(PROJECT / "data", tmp_path / "data")
    monkeypatch.setattr(build_cache, "_folder", None)
    return tmp_path


def _word_files(site):
    return {path.name: path.read_bytes() for path in (site / "downloads" / "templates").glob("*.docx")}


def test_a_hit_gives_the_stored_bytes_without_making_them_again(tmp_path):
    calls = []

    def make():
        calls.append(1)
        return b"made %d" % len(calls)

    assert cached("thing.docx", "key-1", make, tmp_path) == b"made 1"
    assert cached("thing.docx", "key-1", make, tmp_path) == b"made 1"
    assert len(calls) == 1
    assert cached("thing.docx", "key-2", make, tmp_path) == b"made 2"  # another key: made again
    assert [p.name for p in tmp_path.iterdir()] == ["thing.docx.key-2"]  # the old entry is removed


def test_a_second_build_reuses_every_download_byte_for_byte(project):
    data = load_site_data(project / "data")
    build_cache.before_build(data, project)
    first, second = project / "first", project / "second"
    for site in (first, second):
        docx_templates.after_build(data, site)
        key_dates_ics.after_build(data, site)
    assert _word_files(first) == _word_files(second)
    assert len(_word_files(first)) == len(data["templates"].templates)
    assert (first / key_dates_ics.ICS_PATH).read_bytes() == (second / key_dates_ics.ICS_PATH).read_bytes()
    cache = sorted(p.name.split(".")[0] for p in (project / build_cache.CACHE_FOLDER).iterdir())
    assert cache == sorted([*data["templates"].templates.ids(), "key-dates"])


def test_a_changed_template_definition_gives_a_changed_word_file(project):
    build_cache.before_build(None, project)
    before = project / "before"
    docx_templates.after_build(load_site_data(project / "data"), before)

    replace_in(project / "data" / "templates.yml", "label: Pupil's name}", "label: Name of the child}")
    changed = load_site_data(project / "data")
    after = project / "after"
    docx_templates.after_build(changed, after)

    labels = [p.text for p in Document(str(after / docx_path(CHANGED_TEMPLATE))).paragraphs
              if p.style.name == docx_templates.LABEL_STYLE]
    assert "Name of the child" in labels and "Pupil's name" not in labels
    old, new = _word_files(before), _word_files(after)
    assert old.pop(f"{CHANGED_TEMPLATE}.docx") != new.pop(f"{CHANGED_TEMPLATE}.docx")
    assert old == new  # the templates that did not change come from the cache, byte for byte


def test_a_changed_calendar_input_gives_a_changed_calendar(project):
    build_cache.before_build(None, project)
    key_dates_ics.after_build(load_site_data(project / "data"), project / "before")
    replace_in(project / "data" / "site.yml", "service_name: ", "service_name: Renamed ")
    key_dates_ics.after_build(load_site_data(project / "data"), project / "after")
    calendar = (project / "after" / key_dates_ics.ICS_PATH).read_bytes()
    assert calendar != (project / "before" / key_dates_ics.ICS_PATH).read_bytes()
    assert b"X-WR-CALNAME:Renamed " in calendar
