"""The route for councils without Python: the GitHub workflow and the Containerfile in local/example/publish/.

The workflow's syntax is checked against GitHub's workflow schema (check-jsonschema's
copy); its "Check your data" step runs here as it would on GitHub, on a broken council
folder, to show that the run fails and names each mistake at its file and line.

The Containerfile's steps run here in its own order, from a clean copy of the guide, in a
fresh virtual environment: container images cannot be pulled on the machines the tests
run on (no registry but the package ones), so the test follows the file instead of
building it. An install that runs before `macros/` is copied, a step that needs a file
it was not given, or a CMD that fails, fails the test.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

from tests.helpers import COUNCIL_DATES, PROJECT, line_number_of, southfield

pytestmark = pytest.mark.long

PUBLISH = PROJECT / "local" / "example" / "publish"
WORKFLOW = PUBLISH / "github-workflow.yml"
CONTAINERFILE = PUBLISH / "Containerfile"


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def step(name: str) -> dict:
    return next(s for s in workflow()["jobs"]["build"]["steps"] if s.get("name") == name)


def test_the_workflow_is_a_valid_github_actions_workflow():
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_and_container_run_the_same_make_targets():
    commands = " ".join(s.get("run", "") for s in workflow()["jobs"]["build"]["steps"])
    cmd = next(line for line in CONTAINERFILE.read_text(encoding="utf-8").splitlines() if line.startswith("CMD "))
    container = " ".join(json.loads(cmd[len("CMD ") :]))
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


def run_step(tmp_path, name: str, council: str, job: str = "build", **env):
    """One step's script as GitHub runs it (bash -e), with its summary file; leaves no file behind."""
    summary = tmp_path / "summary.md"
    summary.touch()
    script = next(s for s in workflow()["jobs"][job]["steps"] if s.get("name") == name)["run"]
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **os.environ,
            "COUNCIL": council,
            "GITHUB_STEP_SUMMARY": str(summary),
            "NO_MKDOCS_2_WARNING": "1",
            "GITHUB_REF": "refs/pull/1/merge",
            **env,
        },
    )
    for leftover in ("check.txt", "problems.txt", "make-errors.txt", "build.txt"):
        (PROJECT / leftover).unlink(missing_ok=True)
    return result, summary.read_text(encoding="utf-8")


def run_check_step(tmp_path, council: str, **env):
    """The install step, then the check step, as a run does them (the install's messages stay in its own step)."""
    installed, _ = run_step(tmp_path, "Install the guide's tools", council, **env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return run_step(tmp_path, "Check your data", council, **env)


def test_on_wrong_data_the_run_fails_and_shows_each_mistake_at_its_line(tmp_path):
    _, site_yml = southfield(
        tmp_path, "site:\n  publisher: Southfield Borough Council\n  brand_colour: #1d70b8\n" + COUNCIL_DATES
    )
    result, summary = run_check_step(tmp_path, str(site_yml.parent.parent))
    assert result.returncode != 0
    line = line_number_of(site_yml, "brand_colour")
    assert re.search(
        rf"::error file=[^,]*southfield/data/site\.yml,line={line}::site\.brand_colour: this field is "
        "empty",
        result.stdout,
    ), result.stdout
    assert "## Your guide was not published: the data has mistakes" in summary
    assert re.search(rf"southfield/data/site\.yml:{line}: site\.brand_colour", summary), summary
    # the summary starts with the officer's mistakes: no installer's warnings, no make's own line
    block = summary.split("```")[1].strip().splitlines()
    assert block[0] == "The data has 1 problem:" and block[1].endswith("The quotes matter: # starts a comment in YAML.")
    assert "make: ***" not in summary and "Warning" not in summary


def test_on_valid_data_the_run_passes_and_lists_what_reaches_no_one(tmp_path):
    result, summary = run_check_step(tmp_path, "example")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "## Your data is valid" in summary
    assert "### Before you publish, fix these" in summary
    assert re.search(
        r"::warning file=local/example/data/site\.yml,line=\d+::site\.contacts\[sendiass\]\.phone", result.stdout
    ), result.stdout


def containerfile_steps(path=CONTAINERFILE) -> list[tuple[str, str]]:
    """(instruction, arguments) in order, continued lines joined, comments left out."""
    steps, current = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        current += line.rstrip("\\").strip() + " " if line.endswith("\\") else line.strip()
        if not line.endswith("\\"):
            instruction, _, arguments = current.partition(" ")
            steps.append((instruction.upper(), arguments.strip()))
            current = ""
    return steps


def clean_copy(target):
    """The guide as a fresh clone would have it: tracked files and new ones not ignored (no .venv, no site/)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = PROJECT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def run_containerfile(tmp_path, council: str | None, containerfile=CONTAINERFILE):
    """Each step of the Containerfile in its order: COPY from a clean copy, RUN in /guide, then the CMD."""
    context, guide = tmp_path / "context", tmp_path / "guide"
    context.mkdir()
    clean_copy(context)
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", str(tmp_path)),
        # the image's python3 is Python 3.11; here, the interpreter the tests run on (3.11.5 or newer)
        "PYTHON": getattr(sys, "_base_executable", sys.executable),
    }
    workdir, ran = None, []
    for instruction, arguments in containerfile_steps(containerfile):
        if instruction == "WORKDIR":
            assert arguments == "/guide", arguments
            workdir = guide
            guide.mkdir()
        elif instruction == "COPY":
            *sources, target = shlex.split(arguments)
            for source in sources:
                destination = workdir / target / source if target.endswith("/") else workdir / target
                if (context / source).is_dir():
                    shutil.copytree(context / source, destination)
                else:
                    assert (context / source).is_file(), f"COPY {source}: not in the guide"
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(context / source, destination)
        elif instruction == "RUN" and arguments.startswith("apt-get"):
            for package in re.findall(r"--no-install-recommends ((?:[a-z0-9.+-]+ ?)+)", arguments)[0].split():
                assert shutil.which(package), f"{package}: the image installs it, and the guide's targets need it"
        elif instruction == "RUN":
            result = subprocess.run(
                ["sh", "-c", arguments], cwd=workdir, env=env, capture_output=True, text=True, timeout=1200
            )
            assert result.returncode == 0, f"RUN {arguments}\n{result.stdout}{result.stderr}"
        elif instruction == "ENV":
            name, _, value = arguments.partition("=")
            env[name] = value
        elif instruction == "CMD":
            run_env = {**env, **({"COUNCIL": council} if council else {})}
            return subprocess.run(
                json.loads(arguments), cwd=workdir, env=run_env, capture_output=True, text=True, timeout=1200
            ), guide
        ran.append(instruction)
    raise AssertionError(f"the Containerfile has no CMD (ran {ran})")


def test_the_containerfile_steps_run_in_order_in_a_fresh_venv_from_a_clean_copy(tmp_path):
    """What `podman build` then `podman run -e COUNCIL=example -v ...` does, step by step, without an image."""
    result, guide = run_containerfile(tmp_path, "example")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "The data of local/example is valid" in output
    home = (guide / "local/example/site/index.html").read_text(encoding="utf-8")
    assert "<title>SEND guide - Northfield Borough Council</title>" in home
    assert (guide / "local/example/site/_headers").is_file()
    assert "No module named" not in output


def test_the_container_says_which_council_to_name_when_none_is_given(tmp_path):
    steps = containerfile_steps()
    cmd = json.loads(next(arguments for instruction, arguments in steps if instruction == "CMD"))
    result = subprocess.run(cmd, capture_output=True, text=True, env={"PATH": os.environ["PATH"]}, timeout=60)
    assert result.returncode == 2
    assert "Say which council: podman run -e COUNCIL=yourcouncil" in result.stderr
    assert not any(instruction == "ENV" and arguments.startswith("COUNCIL=") for instruction, arguments in steps)


def test_the_container_steps_reader_sees_every_instruction(tmp_path):
    """The step reader can fail: an install before macros/ is copied is caught by the order it returns."""
    steps = containerfile_steps()
    order = [(i, a) for i, a in steps if i in ("COPY", "RUN")]
    copies_macros = next(n for n, (i, a) in enumerate(order) if i == "COPY" and a.startswith("macros "))
    installs = next(n for n, (i, a) in enumerate(order) if i == "RUN" and ".venv/.installed" in a)
    assert copies_macros < installs
    broken = tmp_path / "Containerfile"
    broken.write_text("FROM x\nRUN make \\\n    .venv/.installed\nCOPY macros macros\n", encoding="utf-8")
    assert containerfile_steps(broken) == [("FROM", "x"), ("RUN", "make .venv/.installed"), ("COPY", "macros macros")]


# Actions that run on Node 24: GitHub runs Node 20 actions with a deprecation warning on every run since June 2026.
NODE_24_MAJORS = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


def test_the_workflow_uses_the_current_major_versions_of_its_actions():
    used = [s["uses"] for job in workflow()["jobs"].values() for s in job["steps"] if "uses" in s]
    assert sorted(u.split("@")[0] for u in used) == sorted(NODE_24_MAJORS)
    for action in used:
        name, version = action.split("@")
        assert int(version.lstrip("v")) >= NODE_24_MAJORS[name], action


def test_the_tools_are_installed_before_the_check_so_their_messages_stay_out_of_the_summary():
    names = [s.get("name") for s in workflow()["jobs"]["build"]["steps"]]
    assert names.index("Install the guide's tools") < names.index("Check your data") < names.index("Build your guide")
    assert step("Install the guide's tools")["run"].strip() == "make --no-print-directory .venv/.installed"


def test_the_example_council_is_never_published_from_main(tmp_path):
    result, summary = run_check_step(tmp_path, "example", GITHUB_REF="refs/heads/main")
    assert result.returncode == 1
    assert "::error file=.github/workflows/publish-guide.yml::COUNCIL is still example" in result.stdout
    assert "## Change COUNCIL: example to your council folder's name" in summary


def test_a_build_that_fails_after_a_valid_check_says_so_in_the_summary(tmp_path):
    _, site_yml = southfield(
        tmp_path, "site:\n  publisher: Southfield Borough Council\n  logo: logo.svg\n" + COUNCIL_DATES
    )
    result, summary = run_step(tmp_path, "Build your guide", str(site_yml.parent.parent))
    assert result.returncode != 0
    assert "## Your guide could not be built" in summary
    assert "site.logo" in summary and "Your data is valid" not in summary


def test_a_first_run_before_pages_is_turned_on_says_what_to_do(tmp_path):
    """A copy made with "Use this template" runs at once: the publish job says to turn Pages on, then re-run."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "gh").write_text("#!/bin/sh\necho 'gh: Not Found (HTTP 404)' >&2\nexit 1\n", encoding="utf-8")
    (fake / "gh").chmod(0o755)
    names = [s.get("name") or s.get("id") for s in workflow()["jobs"]["publish"]["steps"]]
    assert names == ["Check that GitHub Pages is turned on", "deployment"]
    result, summary = run_step(
        tmp_path,
        "Check that GitHub Pages is turned on",
        "southfield",
        job="publish",
        PATH=f"{fake}:{os.environ['PATH']}",
        GITHUB_REPOSITORY="southfield-council/send-guide",
    )
    assert result.returncode == 1
    assert "## Turn on GitHub Pages, then run this again" in summary
    assert "set **Source** to **GitHub Actions**" in summary and "Re-run all jobs" in summary
    (fake / "gh").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    result, _ = run_step(
        tmp_path,
        "Check that GitHub Pages is turned on",
        "southfield",
        job="publish",
        PATH=f"{fake}:{os.environ['PATH']}",
        GITHUB_REPOSITORY="southfield-council/send-guide",
    )
    assert result.returncode == 0


def test_every_picture_the_council_readme_shows_is_in_the_guide_with_words_for_it():
    """local/README.md shows the officer what to look for; a missing picture, or one without alt text, shows nothing."""
    readme = (PROJECT / "local" / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[([^\]]*)\]\(([^)\s]+)\)", readme)
    assert len(pictures) >= 3
    for alt, path in pictures:
        assert (PROJECT / "local" / path).is_file(), path
        assert len(alt.split()) >= 5, f"{path}: say in words what the picture shows"
