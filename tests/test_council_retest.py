"""The council officer's retest of December 2026, case by case: no ordinary mistake publishes silently.

`../shared/reference/council-retest-2026-12.md` made 55 mistakes in a fresh copy of a
real-looking council ("Southfield"); 11 published wrong data without a word and 11 more
stopped at the wrong line or in jargon. Each of those 22 is here, made the same way in
a fresh copy: it must now stop (or warn) at the right file and line, in plain words, and
`make check LA=` and `make la LA=` must say the same thing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from tests.helpers import PROJECT

pytestmark = pytest.mark.long

SITE = textwrap.dedent("""\
    # Southfield Borough Council's changes to data/site.yml (every field written out, as the example once had them).
    site:
      publisher: Southfield Borough Council
      local_offer_url: https://www.southfield.gov.uk/localoffer
      feedback_url: https://www.southfield.gov.uk/localoffer/have-your-say
      logo: logo.svg
      brand_colour: "#6a1b5a"
      local_review:
        date: "2026-12-02"
        parts: [contacts, agencies, term dates, accessibility statement]
      accessibility:
        email: web.accessibility@southfield.gov.uk
        phone: "01632 471190"
        prepared: "2026-12-02"
        last_tested: "2026-11-30"
      contacts:
        - id: sen-team
          name: SEN Assessment and Review Team
          summary: Contact the team about EHC needs assessments, EHC plans and annual reviews.
          phone: "01632 471300"
          email: sen.assessment@southfield.gov.uk
          url: https://www.southfield.gov.uk/localoffer/sen-team
          address: SEN Assessment and Review Team, Civic Centre, Southfield
        - id: sendiass
          name: Southfield SENDIASS
          summary: Free, impartial and confidential advice about SEND.
          phone: "01632 471400"
          email: info@southfieldsendiass.org.uk
          url: https://www.southfieldsendiass.org.uk
          address: Southfield SENDIASS, The Old Library, High Street, Southfield
        - id: send-information-line
          name: Family Information Service
          summary: Questions about SEND services and the Local Offer.
          phone: "01632 471500"
          email: fis@southfield.gov.uk
          url: https://www.southfield.gov.uk/localoffer/contact-us
          address: null
        - id: mediation
          name: Southfield SEND mediation
          summary: Ask for mediation, or for the talk with a mediation adviser you need before most appeals.
          phone: "01632 471600"
          email: mediation@southfieldmediation.org.uk
          url: https://www.southfieldmediation.org.uk
          address: null
    """)
AGENCIES = textwrap.dedent("""\
    # Southfield's changes to data/agencies.yml.
    agencies:
      - id: educational-psychology
        contact:
          phone: "01632 471700"
          email: eps@southfield.gov.uk
          url: https://www.southfield.gov.uk/localoffer/eps
          address: null
      - id: speech-language-therapy
        contact:
          phone: "01632 471710"
          email: salt@southfieldhealth.nhs.uk
          url: null
          address: null
        local_note: Referrals come from a GP or the school.
      - id: camhs
        contact:
          phone: "01632 471720"
          email: null
          url: null
          address: null
        local_note: Called CYPMHS in Southfield.
      - id: southfield-autism-outreach
        name: Southfield autism outreach team
        summary: Teachers who know autism well visit schools and help them support autistic pupils.
        areas: [communication-interaction, semh]
        referral: [school, parent-carer]
        contact:
          phone: "01632 471900"
          email: autism.outreach@southfield.gov.uk
          url: https://www.southfield.gov.uk/localoffer/autism-outreach
          address: null
    remove:
      agencies: [local-inclusion-partnership]
    """)
TERMS = textwrap.dedent("""\
    school_year: 2026 to 2027
    next_year_starts: "2027-09-06"
    note: These are Southfield Borough Council's term dates for community schools.
    terms:
      - id: autumn-1
        start: "2026-09-07"
        end: "2026-10-21"
      - id: autumn-2
        start: "2026-11-04"
        end: "2026-12-16"
      - id: spring-1
        start: "2027-01-06"
        end: "2027-02-10"
      - id: spring-2
        start: "2027-02-24"
        end: "2027-03-23"
      - id: summer-1
        start: "2027-04-14"
        end: "2027-05-26"
      - id: summer-2
        start: "2027-06-09"
        end: "2027-07-19"
    """)
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="Southfield Borough '
    'Council"><rect width="48" height="48" fill="#6a1b5a"/></svg>\n'
)


def southfield(root: Path) -> Path:
    """A fresh copy of a complete, valid council folder kept outside the guide, as the officer made it."""
    folder = root / "southfield"
    (folder / "data").mkdir(parents=True)
    (folder / "data/site.yml").write_text(SITE, encoding="utf-8")
    (folder / "data/agencies.yml").write_text(AGENCIES, encoding="utf-8")
    (folder / "data/term_dates.yml").write_text(TERMS, encoding="utf-8")
    (folder / "logo.svg").write_text(LOGO, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        textwrap.dedent(f"""
        INHERIT: {PROJECT / "mkdocs.yml"}
        docs_dir: {PROJECT / "docs"}
        site_dir: site
        theme: {{custom_dir: {PROJECT / "overrides"}}}
        hooks: [{PROJECT / "macros" / "mkdocs_hooks.py"}]
        watch: [{PROJECT / "data"}, {PROJECT / "macros"}, {PROJECT / "overrides"}, data]
        plugins: {{macros: {{module_name: {PROJECT / "macros"}}}}}
        extra: {{data_dir: {PROJECT / "data"}, overlay_dir: data}}
        """),
        encoding="utf-8",
    )
    return folder


def text_of(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class Case:
    number: int | str  # the report's row; "12b" and the like: the same mistake another way
    mistake: str
    make: Callable[[Path], None]  # makes the mistake in a fresh council folder
    outcome: str  # "stop" or "warn"
    file: str  # the file the message must name
    needle: str | None  # text on the line the message must name (None: line 1)
    says: str  # what the message must say, in plain words


def after(text: str, marker: str, old: str, new: str) -> str:
    start = text.index(marker)
    return text[:start] + text[start:].replace(old, new, 1)


CASES = [
    Case(
        10,
        "phone in curly quotes from Word",
        lambda f: write(
            f, "data/site.yml", text_of(f, "data/site.yml").replace('phone: "01632 471300"', 'phone: "“01632 471300”"')
        ),
        "stop",
        "data/site.yml",
        "“01632 471300”",
        "It contains curly quotes (“ ”), which Word or a web page put there",
    ),
    Case(
        11,
        "phone with a non-breaking space",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace('phone: "01632 471300"', 'phone: "01632\u00a0471300"'),
        ),
        "stop",
        "data/site.yml",
        "01632\u00a0471300",
        "It contains a non-breaking space",
    ),
    Case(
        12,
        "email with a space",
        lambda f: write(
            f, "data/site.yml", text_of(f, "data/site.yml").replace("email: sen.assessment@", "email: sen assessment@")
        ),
        "stop",
        "data/site.yml",
        "sen assessment@",
        "'sen assessment@southfield.gov.uk' is not an email address: it has a space in it",
    ),
    Case(
        13,
        "email written mailto:",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace("email: sen.assessment@", "email: mailto:sen.assessment@"),
        ),
        "stop",
        "data/site.yml",
        "mailto:sen",
        "is not an email address: leave out mailto:",
    ),
    Case(
        "13b",
        "privacy email written mailto:",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace(
                "  contacts:\n",
                "  privacy:\n    name: Our data protection officer\n    email: mailto:dpo@southfield.gov.uk\n"
                "  contacts:\n",
                1,
            ),
        ),
        "stop",
        "data/site.yml",
        "mailto:dpo",
        "site.privacy.email: 'mailto:dpo@southfield.gov.uk' is not an email address: leave out mailto:",
    ),
    Case(
        17,
        "id typo, partial record",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace(
                "- id: speech-language-therapy", "- id: speech-and-language-therapy"
            ),
        ),
        "stop",
        "data/agencies.yml",
        "speech-and-language-therapy",
        "did you mean 'speech-language-therapy'? Write its id exactly",
    ),
    Case(
        18,
        "id typo, complete record",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace(
                "  - id: educational-psychology\n",
                "  - id: educational-pyschology\n    name: Educational psychology service\n"
                "    summary: Psychologists who help schools and families.\n    areas: [cognition-learning]\n"
                "    referral: [school]\n",
            ),
        ),
        "stop",
        "data/agencies.yml",
        "educational-pyschology",
        "did you mean 'educational-psychology'?",
    ),
    Case(
        23,
        "a day September does not have",
        lambda f: write(
            f,
            "data/term_dates.yml",
            text_of(f, "data/term_dates.yml").replace('start: "2026-09-07"', 'start: "2026-09-31"'),
        ),
        "stop",
        "data/term_dates.yml",
        "2026-09-31",
        "'2026-09-31' is not a real date: September 2026 has 30 days",
    ),
    Case(
        25,
        "year typo in a term date",
        lambda f: write(
            f,
            "data/term_dates.yml",
            text_of(f, "data/term_dates.yml").replace('start: "2026-09-07"', 'start: "2025-09-02"'),
        ),
        "stop",
        "data/term_dates.yml",
        "2025-09-02",
        "2025-09-02 is not in the 2026 to 2027 school year",
    ),
    Case(
        26,
        "only two term dates given",
        lambda f: write(
            f,
            "data/term_dates.yml",
            textwrap.dedent("""\
        school_year: 2026 to 2027
        note: These are Southfield Borough Council's term dates.
        terms:
          - id: autumn-1
            start: "2026-09-02"
          - id: summer-2
            end: "2027-07-20"
        """),
        ),
        "stop",
        "data/term_dates.yml",
        "terms:",
        "your term_dates.yml must give every term's start and end, and next_year_starts and note: missing autumn-1 "
        "(end), autumn-2 (start and end)",
    ),
    Case(
        35,
        "publisher left as Northfield",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace(
                "publisher: Southfield Borough Council", "publisher: Northfield Borough Council"
            ),
        ),
        "warn",
        "data/site.yml",
        "publisher:",
        "'Northfield Borough Council' is the example council's name",
    ),
    Case(
        36,
        "empty agencies.yml",
        lambda f: write(f, "data/agencies.yml", "# Southfield's agencies\n"),
        "warn",
        "data/agencies.yml",
        None,
        "this file has nothing of your council's in it",
    ),
    Case(
        37,
        "empty site.yml",
        lambda f: write(f, "data/site.yml", "# Southfield\n"),
        "stop",
        "data/site.yml",
        None,
        "site.local_review: your site.yml must give when your council last checked its guide",
    ),
    Case(
        38,
        "agencies.yml saved as Windows-1252",
        lambda f: (f / "data/agencies.yml").write_bytes(
            text_of(f, "data/agencies.yml")
            .replace("Called CYPMHS in Southfield.", "Costs £5; it’s free for families.")
            .encode("cp1252")
        ),
        "stop",
        "data/agencies.yml",
        "Costs",
        "has a character that is not UTF-8 (probably '£', saved in the Windows-1252 encoding). Save the file as UTF-8",
    ),
    Case(
        41,
        "a 20,000-character local_note",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace("Called CYPMHS in Southfield.", "Long text. " * 1800),
        ),
        "warn",
        "data/agencies.yml",
        "Long text.",
        "this text is 19,799 characters long, and the page shows all of it",
    ),
    Case(
        43,
        "a Markdown link in a local_note",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace(
                "Called CYPMHS in Southfield.", "See [our leaflet](https://www.southfield.gov.uk/camhs.pdf)."
            ),
        ),
        "stop",
        "data/agencies.yml",
        "our leaflet",
        "is a Markdown link, and the guide shows it as typed",
    ),
    Case(
        42,
        "HTML tags in a summary (the report: escaped, so families see the tags)",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace(
                "summary: Teachers who know autism", "summary: <b>Teachers</b> who know autism"
            ),
        ),
        "stop",
        "data/agencies.yml",
        "<b>Teachers</b>",
        "'<b>' is HTML, and the guide shows it as typed",
    ),
    Case(
        44,
        "logo.svg missing",
        lambda f: (f / "logo.svg").unlink(),
        "stop",
        "data/site.yml",
        "logo:",
        "site.logo: there is no file",
    ),
    Case(
        46,
        "Northfield's logo left in place",
        lambda f: write(f, "logo.svg", text_of(PROJECT / "local/example", "logo.svg")),
        "warn",
        "data/site.yml",
        "logo:",
        "is the example council's logo",
    ),
    Case(
        49,
        "a field out-dented by two spaces",
        lambda f: write(
            f,
            "data/agencies.yml",
            after(
                text_of(f, "data/agencies.yml"),
                "- id: southfield-autism-outreach",
                "      email: autism",
                "    email: autism",
            ),
        ),
        "stop",
        "data/agencies.yml",
        "    email: autism",
        "is indented less than the lines around it",
    ),
    Case(
        51,
        "unquoted text with ': '",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace(
                "local_note: Called CYPMHS in Southfield.", "local_note: Opening hours: Monday to Friday"
            ),
        ),
        "stop",
        "data/agencies.yml",
        "Opening hours",
        "contains a colon followed by a space",
    ),
    Case(
        52,
        "apostrophe inside single quotes",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace(
                "name: Family Information Service", "name: 'Southfield Children's Information Service'"
            ),
        ),
        "stop",
        "data/site.yml",
        "Children's",
        "Put the text in double quotes instead",
    ),
    Case(
        54,
        "remove: indented inside the list",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace("remove:\n  agencies:", "  remove:\n    agencies:"),
        ),
        "stop",
        "data/agencies.yml",
        "  remove:",
        "'remove:' is indented like the items of the list above it",
    ),
    Case(
        55,
        "contact id typo sendias",
        lambda f: write(f, "data/site.yml", text_of(f, "data/site.yml").replace("- id: sendiass", "- id: sendias")),
        "stop",
        "data/site.yml",
        "id: sendias",
        "unknown contact-roles id 'sendias'. Did you mean 'sendiass'?",
    ),
    Case(
        "12b",
        "email without an @",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace("email: fis@southfield.gov.uk", "email: fis.southfield.gov.uk"),
        ),
        "stop",
        "data/site.yml",
        "fis.southfield.gov.uk",
        "'fis.southfield.gov.uk' is not an email address: it has no @. Write the address "
        'alone, for example "sen.team@yourcouncil.gov.uk"',
    ),
    Case(
        "12c",
        "email without its domain",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace("email: eps@southfield.gov.uk", "email: eps@southfield"),
        ),
        "stop",
        "data/agencies.yml",
        "eps@southfield",
        "'eps@southfield' is not an email address: the part after the @ needs a dot",
    ),
    Case(
        "25b",
        "year typo in next_year_starts",
        lambda f: write(
            f,
            "data/term_dates.yml",
            text_of(f, "data/term_dates.yml").replace(
                'next_year_starts: "2027-09-06"', 'next_year_starts: "2026-09-06"'
            ),
        ),
        "stop",
        "data/term_dates.yml",
        "next_year_starts",
        "is not the end of the summer holiday after Summer term 2",
    ),
    Case(
        "26b",
        "every term given, some still the base guide's dates",
        lambda f: write(
            f,
            "data/term_dates.yml",
            text_of(f, "data/term_dates.yml").replace('start: "2026-11-04"', 'start: "2026-11-02"'),
        ),
        "warn",
        "data/term_dates.yml",
        '"2026-11-02"',
        "terms[autumn-2].start: 2026-11-02 is the base guide's example date",
    ),
    Case(
        "37b",
        "empty term_dates.yml",
        lambda f: write(f, "data/term_dates.yml", "# Southfield's terms\n"),
        "warn",
        "data/term_dates.yml",
        None,
        "this file has nothing of your council's in it",
    ),
    Case(
        "35b",
        "the example's note kept with the council's own dates",
        lambda f: write(
            f,
            "data/term_dates.yml",
            text_of(f, "data/term_dates.yml").replace(
                "These are Southfield Borough Council's", "These are Northfield Borough Council's"
            ),
        ),
        "warn",
        "data/term_dates.yml",
        "note:",
        "note: 'These are Northfield Borough Council's term dates...' names Northfield, the example council",
    ),
    Case(
        "35c",
        "the example's contact name kept with the council's own number",
        lambda f: write(
            f,
            "data/site.yml",
            text_of(f, "data/site.yml").replace("name: Southfield SENDIASS", "name: Northfield SENDIASS"),
        ),
        "warn",
        "data/site.yml",
        "Northfield SENDIASS",
        "site.contacts[sendiass].name: 'Northfield SENDIASS' names Northfield, the example council",
    ),
    Case(
        0,
        "a new service named like a base one, under an id of its own",
        lambda f: write(
            f,
            "data/agencies.yml",
            text_of(f, "data/agencies.yml").replace(
                "name: Southfield autism outreach team", "name: Communication and interaction team"
            ),
        ),
        "warn",
        "data/agencies.yml",
        "id: southfield-autism-outreach",
        "is also the name of the service 'communication-interaction-team'",
    ),
]


def expected_line(folder: Path, case: Case) -> int:
    if case.needle is None:
        return 1
    path = folder / case.file
    text = path.read_bytes().decode("utf-8", errors="replace")
    return next(n for n, line in enumerate(text.splitlines(), 1) if case.needle in line)


def run_check(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros.check", "--council", str(folder)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def run_build(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(folder / "mkdocs.yml")],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def messages(output: str, folder: Path) -> set[str]:
    """The located lines (file:line: message) an officer reads, with the folder's place on disk left out."""
    prefix = re.escape(os.path.relpath(folder, PROJECT).replace(os.sep, "/") + "/")
    found = set()
    for line in output.splitlines():
        line = re.sub(r"^(INFO|WARNING|ERROR) +- +", "", line).strip()
        match = re.match(rf"{prefix}(\S+\.ya?ml:\d+(?: \([^)]*\))?: .*)$", line)
        if match:
            found.add(match.group(1))
    return found


def test_the_starting_copy_is_valid_and_warns_about_nothing(tmp_path):
    folder = southfield(tmp_path)
    result = run_check(folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Before you publish" not in result.stdout, result.stdout


@pytest.mark.parametrize("case", CASES, ids=[f"{c.number}-{c.mistake}" for c in CASES])
def test_each_mistake_stops_or_warns_at_its_file_and_line_in_plain_words(tmp_path, case):
    folder = southfield(tmp_path)
    case.make(folder)
    line = expected_line(folder, case)
    result = run_check(folder)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == (1 if case.outcome == "stop" else 0), output
    if case.outcome == "warn":
        assert "The data of" in result.stdout and "is valid" in result.stdout
    located = [m for m in messages(output, folder) if m.startswith(f"{case.file}:{line}:")]
    assert any(case.says in m for m in located), f"wanted {case.file}:{line}: ...{case.says}...\n{output}"
    for message in located:
        assert not re.search(r"\^|\[0-9|\\d|Additional properties|YAML syntax error", message), message


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.outcome == "stop"],
    ids=[f"{c.number}-{c.mistake}" for c in CASES if c.outcome == "stop"],
)
def test_make_check_and_the_build_stop_with_the_same_messages(tmp_path, case):
    folder = southfield(tmp_path)
    case.make(folder)
    check, build = run_check(folder), run_build(folder)
    assert check.returncode != 0 and build.returncode != 0, build.stdout + build.stderr
    assert messages(check.stderr, folder) == messages(build.stdout + build.stderr, folder) != set()
    assert "Traceback" not in build.stdout + build.stderr


WARNING_GROUPS = [
    (35, 46, 36),
    (41, 0, "37b"),
    ("26b", "35b", "35c"),
]  # cases that can be made together in one council: one build each


@pytest.mark.parametrize("numbers", WARNING_GROUPS, ids=["-".join(map(str, g)) for g in WARNING_GROUPS])
def test_make_check_and_the_build_warn_with_the_same_messages(tmp_path, numbers):
    """Several warning cases in one council: a full build takes as long as twenty checks."""
    folder = southfield(tmp_path)
    warnings = [c for c in CASES if c.number in numbers]
    for case in warnings:
        case.make(folder)
    check, build = run_check(folder), run_build(folder)
    assert check.returncode == 0 and build.returncode == 0, build.stdout + build.stderr
    said = messages(check.stdout, folder)
    assert said == messages(build.stdout + build.stderr, folder)
    for case in warnings:
        assert any(case.says in m for m in said), case.mistake
    assert (folder / "site/index.html").is_file()  # a warning, so the preview still builds


def test_every_warning_case_is_in_one_group():
    assert sorted(str(n) for group in WARNING_GROUPS for n in group) == sorted(
        str(c.number) for c in CASES if c.outcome == "warn"
    )


def test_every_case_of_the_retest_that_was_silent_or_unclear_is_here():
    """The 22 cases the report marks ✘ or ◐, each with its test above."""
    report = {10, 11, 12, 13, 17, 18, 23, 25, 26, 35, 36, 37, 38, 41, 43, 44, 46, 49, 51, 52, 54, 55}
    assert report <= {case.number for case in CASES}
    assert len(report) == 22
