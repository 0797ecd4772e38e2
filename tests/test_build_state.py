"""The adapter's per-build state (`macros.build`): validated once per build, never carried into the next."""

import jinja2
import pytest

from macros import build
from macros.build import CompiledTemplates, build_for
from tests.helpers import PROJECT, replace_in


def _config(data_dir, docs_dir=PROJECT / "docs"):
    """The parts of a MkDocs config that `macros.project` reads."""
    return {
        "config_file_path": str(data_dir.parent / "mkdocs.yml"),
        "docs_dir": str(docs_dir),
        "extra": {"data_dir": data_dir.name},
    }


def test_one_build_validates_once_and_the_next_build_validates_again(data_copy, monkeypatch):
    monkeypatch.setattr(build, "_current", None)
    config = _config(data_copy)
    first = build_for(config)
    assert build_for(config) is first  # every event of this build shares it
    replace_in(data_copy / "stages.yml", "name: Cause for concern", "name: First worry about progress")
    second = build_for(_config(data_copy))  # a rebuild comes with a new config
    assert second is not first
    assert second.data.stages[0].name == "First worry about progress"


def test_bad_data_stops_the_build_with_the_located_report_and_no_traceback(data_copy, monkeypatch):
    from mkdocs.exceptions import PluginError

    monkeypatch.setattr(build, "_current", None)
    replace_in(data_copy / "roles.yml", "- id: headteacher", "- id: senco")
    with pytest.raises(PluginError, match=r"data/roles.yml:\d+: roles\[\d+\]\.id: duplicate id 'senco'") as caught:
        build_for(_config(data_copy))
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_compiled_templates_are_reused_until_the_source_changes():
    cache = CompiledTemplates()
    sources = {"page.html": "Hello {{ name }}"}

    def render():
        env = jinja2.Environment(loader=jinja2.DictLoader(sources), bytecode_cache=cache)  # one per rebuild
        return env.get_template("page.html").render(name="Sam")

    assert render() == "Hello Sam"
    assert len(cache._code) == 1 and render() == "Hello Sam"
    sources["page.html"] = "Goodbye {{ name }}"
    assert render() == "Goodbye Sam"  # Jinja's checksum of the source: compiled again
