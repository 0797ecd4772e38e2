"""Nothing generated is tracked: a build, a cache or a bench result in git comes back with every merge.

Issue 25 found 219 cache files (.generated/, about 4 MiB) committed after the build had stopped writing them.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.helpers import PROJECT

# What the build, the tests, Python and the bench write: never to be committed.
GENERATED = re.compile(
    r"""(^|/)(
    \.generated/ | site/ | build/ | dist/ | \.venv/ | __pycache__/ | \.pytest_cache/ | [^/]+\.egg-info/
  | [^/]+\.py[co]$ | bench-results\.json$ | search_index\.json$ | sitemap\.xml(\.gz)?$
)""",
    re.X,
)

# One example path per kind, each of which .gitignore must ignore, so a `git add -A` cannot pick it up.
EXAMPLES = [
    ".generated/components/x.html",
    "site/index.html",
    "local/example/site/index.html",
    "build/offline/a.html",
    "macros/__pycache__/x.cpython-311.pyc",
    ".pytest_cache/v/cache",
    "send_guide.egg-info/PKG-INFO",
    "bench-results.json",
    ".venv/bin/python",
]


def generated(paths: list[str]) -> list[str]:
    return [path for path in paths if GENERATED.search(path)]


def test_the_pattern_finds_each_kind_of_generated_file_and_no_source():
    assert generated(EXAMPLES) == EXAMPLES
    assert (
        generated(
            [
                "macros/build.py",
                "docs/site-map.md",
                "data/search.yml",
                "tests/test_build.py",
                "overrides/assets/components/records/records.js",
            ]
        )
        == []
    )


def tracked_files() -> list[str]:
    result = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, f"the guide's folder must be a git checkout for this test: {result.stderr}"
    return [path for path in result.stdout.split("\0") if path]


def test_no_generated_or_cache_file_is_tracked():
    tracked = tracked_files()
    assert len(tracked) > 100  # the listing really ran
    assert generated(tracked) == [], "generated files are tracked: git rm -r --cached them and keep them ignored"


@pytest.mark.parametrize("path", EXAMPLES)
def test_gitignore_ignores_each_kind_of_generated_file(path):
    ignored = subprocess.run(["git", "check-ignore", "-q", "--no-index", path], cwd=PROJECT)
    assert ignored.returncode == 0, f"{path} is not ignored: add its folder or pattern to .gitignore"
