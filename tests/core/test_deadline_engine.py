"""The browser's date engine (deadline-engine.js), run under Node, gives the Python engine's dates on many
generated answers for every journey: parity without building the site or starting a browser.
(tests/browser/test_deadline_calculator.py checks the same in Chromium, through the page.)"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from macros.core.dates.deadlines import calculator_rules
from tests.deadline_cases import DATA, as_browser, cases, python_answer
from tests.helpers import PROJECT

COMPONENTS = PROJECT / "overrides" / "assets" / "components"
ENGINE = COMPONENTS / "deadline-engine" / "deadline-engine.js"
PAGE_SCRIPT = COMPONENTS / "deadline-calculator" / "deadline-calculator.js"
# Reads {rules, answers} on stdin and prints the engine's dates for each answer.
RUN = """
const engine = require(process.argv[1]);
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(input.answers.map((answer) => engine.isoDates(input.rules, answer))));
"""


def node() -> str:
    """Node from the PATH, else the one Playwright (a test dependency) ships to drive browsers."""
    found = shutil.which("node")
    if found:
        return found
    from playwright._impl._driver import compute_driver_executable

    return str(compute_driver_executable()[0])


def engine_dates(rules: dict, answers: list[dict]) -> list:
    result = subprocess.run(
        [node(), "-e", RUN, str(ENGINE)],
        input=json.dumps({"rules": rules, "answers": answers}),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TZ": "Europe/London"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("journey_id", [journey.id for journey in DATA["statutory"].calculator.journeys])
def test_node_engine_matches_python_on_generated_dates(journey_id):
    rules = json.loads(json.dumps(calculator_rules(DATA, journey_id)))  # as the page's data-rules carry it
    answers = cases(journey_id)
    assert len(answers) >= 150
    got = engine_dates(rules, [as_browser(values) for values in answers])
    assert len(got) == len(answers)
    for values, dates in zip(answers, got):
        assert dates == python_answer(rules, values), values


def test_the_node_comparison_can_fail():
    """A rules object with one period changed must give other dates than Python's own rules."""
    rules = json.loads(json.dumps(calculator_rules(DATA, "assessment")))
    answers = [as_browser(values) for values in cases("assessment")[:20]]
    changed = json.loads(json.dumps(rules))
    changed["rows"][0]["amount"] += 1
    assert engine_dates(changed, answers) != [python_answer(rules, values) for values in cases("assessment")[:20]]


def test_the_engine_is_pure_and_the_page_script_has_no_copy_of_it():
    engine = ENGINE.read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", engine, flags=re.S)
    assert not re.search(r"\b(document|localStorage|navigator|addEventListener)\b", code)
    page = PAGE_SCRIPT.read_text(encoding="utf-8")
    twins = [name for name in re.findall(r"function (\w+)\(", code) if f"function {name}(" in page]
    assert twins == []
