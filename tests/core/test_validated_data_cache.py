"""Validated data is reused only while every input is byte for byte the same; bad data is never stored."""

import os
import shutil

import pytest

from macros.core import DataError, load_site_data, model
from macros.core import validate
from tests.helpers import PROJECT, replace_in


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Copies of data/ and docs/, a cache folder, and a count of the validator's full runs."""
    shutil.copytree(PROJECT / "data", tmp_path / "data")
    shutil.copytree(PROJECT / "docs", tmp_path / "docs")
    runs = []
    real_run = validate.Validator.run

    def counted_run(self):
        runs.append(1)
        return real_run(self)
    monkeypatch.setattr(validate.Validator, "run", counted_run)
    monkeypatch.setattr(model, "_loaded", {})  # nothing kept in this process from earlier tests
    return tmp_path, runs


def load(folder, **kwargs):
    model._loaded.clear()  # as a new build process would start
    return load_site_data(folder / "data", folder / "docs", cache_dir=folder / "cache", **kwargs)


def test_unchanged_inputs_reuse_the_validation(project):
    folder, runs = project
    first = load(folder)
    second = load(folder)
    assert len(runs) == 1
    assert second == first and second.site.service_name == first.site.service_name


def test_a_change_the_same_size_and_time_is_validated_again(project):
    """The key is the files' bytes, not their time stamps: a same-length edit is still seen."""
    folder, runs = project
    roles = folder / "data" / "roles.yml"
    load(folder)
    stamp = roles.stat()
    same_length = "- id: senco" + " " * (len("headteacher") - len("senco"))  # trailing spaces keep the size
    replace_in(roles, "- id: headteacher", same_length)
    os.utime(roles, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert roles.stat().st_size == stamp.st_size
    with pytest.raises(DataError, match=r"duplicate id 'senco'"):
        load(folder)
    assert len(runs) == 2


def test_bad_data_is_never_stored_and_is_reported_every_time(project):
    folder, runs = project
    replace_in(folder / "data" / "roles.yml", "- id: headteacher", "- id: senco")
    for _ in range(2):
        with pytest.raises(DataError, match=r"data/roles.yml:\d+: .*duplicate id 'senco'"):
            load(folder)
    assert len(runs) == 2
    assert not (folder / "cache").exists() or not any((folder / "cache").iterdir())


def test_a_page_edit_is_validated_again(project):
    """Pages are an input too: an abbreviation missing from the glossary must still be caught."""
    folder, runs = project
    load(folder)
    page = folder / "docs" / "roles.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nAsk the ZQXW team.\n", encoding="utf-8")
    with pytest.raises(DataError, match="ZQXW"):
        load(folder)
    assert len(runs) == 2


def test_without_a_cache_folder_every_load_validates(project):
    folder, runs = project
    for _ in range(2):
        model._loaded.clear()
        load_site_data(folder / "data", folder / "docs")
    assert len(runs) == 2
