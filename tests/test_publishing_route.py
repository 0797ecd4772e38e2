"""The route for councils without Python: the GitHub workflow and the Containerfile in local/example/publish/.

The workflow's syntax is checked against GitHub's workflow schema (check-jsonschema's
copy); its "Check your data" step runs here as it would on GitHub, on a broken council
folder, to show that the run fails and names each mistake at its file and line.
"""

import json
import os
import re
import shlex
import subprocess
import sys

import yaml

from tests.helpers import COUNCIL_DATES, PROJECT, line_number_of, southfield

PUBLISH = PROJECT / "local" / "example" / "publish"
WORKFLOW = PUBLISH / "github-workflow.yml"
CONTAINERFILE = PUBLISH / "Containerfile"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def step(name: str) -> dict:
    return next(s for s in workflow()["jobs"]["build"]["steps"] if s.get("name") == name)


def test_the_workflow_is_a_valid_github_actions_workflow():
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_and_container_run_the_same_make_targets():
    commands = " ".join(s.get("run", "") for s in workflow()["jobs"]["build"]["steps"])
    cmd = next(line for line in CONTAINERFILE.read_text(encoding="utf-8").splitlines() if line.startswith("CMD "))
    container = " ".join(json.loads(cmd[len("CMD "):]))
    for target in ("check", "la"):
        assert f'make --no-print-directory {target} LA="$COUNCIL"' in commands, target
        assert f'make --no-print-directory {target} LA="$COUNCIL"' in container, target
    assert workflow()["jobs"]["build"]["steps"][-1]["with"]["path"] == "local/${{ env.COUNCIL }}/site"


def test_every_file_the_containerfile_copies_is_in_the_guide():
    for line in CONTAINERFILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("COPY "):
            *sources, _target = shlex.split(line)[1:]
            for source in sources:
                assert (PROJECT / source).exists(), line


def run_check_step(tmp_path, council: str):
    summary = tmp_path / "summary.md"
    result = subprocess.run(["bash", "-e", "-c", step("Check your data")["run"]], cwd=PROJECT, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "COUNCIL": council,
                                                         "GITHUB_STEP_SUMMARY": str(summary),
                                                         "NO_MKDOCS_2_WARNING": "1"})
    for leftover in ("check.txt", "problems.txt"):
        (PROJECT / leftover).unlink(missing_ok=True)
    return result, summary.read_text(encoding="utf-8")


def test_on_wrong_data_the_run_fails_and_shows_each_mistake_at_its_line(tmp_path):
    _, site_yml = southfield(tmp_path, "site:\n  publisher: Southfield Borough Council\n"
                                       "  brand_colour: #1d70b8\n" + COUNCIL_DATES)
    result, summary = run_check_step(tmp_path, str(site_yml.parent.parent))
    assert result.returncode != 0
    line = line_number_of(site_yml, "brand_colour")
    assert re.search(rf"::error file=[^,]*southfield/data/site\.yml,line={line}::site\.brand_colour: this field is "
                     "empty", result.stdout), result.stdout
    assert "## Your guide was not published: the data has mistakes" in summary
    assert re.search(rf"southfield/data/site\.yml:{line}: site\.brand_colour", summary), summary


def test_on_valid_data_the_run_passes_and_lists_what_reaches_no_one(tmp_path):
    result, summary = run_check_step(tmp_path, "example")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "## Your data is valid" in summary
    assert "### Before you publish, replace these details that reach no one" in summary
    assert re.search(r"::warning file=local/example/data/site\.yml,line=\d+::site\.contacts\[sendiass\]\.phone",
                     result.stdout), result.stdout
