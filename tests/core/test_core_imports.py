"""`import macros.core` (what `make check` loads) pulls in no adapter, component, Jinja, Markdown or MkDocs."""

import json
import subprocess
import sys

from tests.helpers import PROJECT

ADAPTER_MODULES = ("macros.plugin", "macros.build", "macros.project", "macros.mkdocs_hooks",
                   "macros.markdown_raw_html", "macros.outputs", "macros.components")
LIBRARIES = ("jinja2", "markdown", "mkdocs", "mkdocs_macros", "material", "pymdownx", "docx", "icalendar")


def modules_after(code: str) -> list[str]:
    """Every module loaded by `code` in a fresh interpreter (imports are per process)."""
    result = subprocess.run([sys.executable, "-c", f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
                            cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def _offending(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(ADAPTER_MODULES) or m.split(".")[0] in LIBRARIES]


def test_importing_the_core_and_validating_loads_no_adapter_component_or_site_library():
    modules = modules_after("import macros.core\nfrom macros.core import load_site_data\n"
                            "load_site_data('data', 'docs')")
    assert "macros.core.validate" in modules and "jsonschema" in modules   # it did validate
    assert _offending(modules) == []


def test_make_check_loads_no_adapter_either():
    modules = modules_after("from macros import check\ncheck.main([])")
    assert "macros.check" in modules
    assert _offending(modules) == []


def test_mkdocs_macros_still_finds_define_env_on_the_package():
    modules = modules_after("import macros\nassert callable(macros.define_env)")
    assert "macros.plugin" in modules   # loaded on first use, by mkdocs-macros
