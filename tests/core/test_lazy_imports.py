"""`requests`, which mkdocs-macros imports and never uses here, loads only if something uses it."""

import subprocess
import sys

from tests.helpers import PROJECT


def run_python(code: str) -> str:
    """Run `code` in a fresh interpreter (imports are per process); returns what it printed."""
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_whole_build_never_loads_requests(tmp_path):
    printed = run_python(f"""
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config("mkdocs.yml", site_dir={str(tmp_path / 'site')!r}))
print(sorted(m for m in sys.modules if m.split('.')[0] in ('requests', 'urllib3', 'charset_normalizer')))
""")
    assert printed.strip() == "[]"


def test_the_library_still_works_for_whoever_uses_it():
    printed = run_python("""
import sys
import macros
import mkdocs_macros.util as util
from macros import lazy_imports
print(type(util.requests).__name__, "urllib3" in sys.modules)
lazy_imports.release("requests")
import requests                              # anyone else gets the real module, the ordinary way
print(type(requests).__name__, util.requests.get is requests.get)
try:
    util.requests.get("http://127.0.0.1:9/", timeout=2)
except requests.exceptions.RequestException as error:
    print("caught", type(error).__name__)
""")
    assert printed.splitlines() == ["_StandIn False", "module True", "caught ConnectionError"]


def test_nothing_is_deferred_that_is_loaded_already_or_missing():
    printed = run_python("""
import sys, json
import json as before
from macros.lazy_imports import defer
defer("json"); defer("no_such_module_here")
print(sys.modules["json"] is before, "no_such_module_here" in sys.modules)
""")
    assert printed.split() == ["True", "False"]


def test_importing_a_submodule_first_gives_one_copy_of_each_class():
    """`from requests.exceptions import ...` loads the library once: one RequestException, caught as such."""
    printed = run_python("""
import sys
import macros
from requests.exceptions import RequestException
import requests
print(requests.exceptions.RequestException is RequestException,
      type(sys.modules["requests.exceptions"].__spec__.loader).__name__)
try:
    requests.get("http://127.0.0.1:9/", timeout=2)
except RequestException as error:
    print("caught", type(error).__name__)
""")
    assert printed.splitlines() == ["True SourceFileLoader", "caught ConnectionError"]
