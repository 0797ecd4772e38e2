"""Assess, plan, do, review in practice (issue 26, item 4): each phase's questions and records with their basis,
and the worked examples (one secondary, one primary) followed through two cycles.

Bad data stops the build at the line to fix; a council changes, adds or removes an example by id; every point
says whether it is statutory guidance (the Code, 6.44 to 6.56) or research evidence (EEF Recommendation 2), and
every example says it is invented.
"""

import re
import textwrap

import lxml.html

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from tests.helpers import COUNCIL_DATES, PROJECT, assert_located, line_number_of, replace_in
from tests.quality.site_pages import text_blocks
from tests.quality.test_plain_english import (
    MAX_SENTENCE_WORDS,
    cmu_pronouncing_dictionary,  # noqa: F401
    readability_problems,
    sentences,
    word_count,
)

DATA = load_site_data(PROJECT / "data")
STAFF_GRADE = 9


def html(fragment) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(str(fragment), create_parent="div")


def code_paragraph(reference: str) -> float:
    return float(re.fullmatch(r"paragraph (6\.\d+)", reference).group(1))


def test_every_phase_asks_and_records_each_point_with_a_code_or_eef_basis():
    phases = DATA["stages"].cycle.phases
    assert [p.id for p in phases] == ["assess", "plan", "do", "review"]
    kinds = set()
    for phase in phases:
        assert len(phase.questions) >= 3 and len(phase.record) >= 2 and phase.example
        for point in (*phase.questions, *phase.record):
            kinds.add(point.basis.kind)
            if point.basis.kind == "statutory-guidance":
                assert point.basis.source == "send-cop-2015" and 6.44 <= code_paragraph(point.basis.reference) <= 6.56
            else:
                assert point.basis.kind == "evidence" and point.basis.source == "eef-send-mainstream-2020"
                assert point.basis.reference == "Recommendation 2"
    assert kinds == {"statutory-guidance", "evidence"}


def test_one_secondary_and_one_primary_example_each_followed_through_two_cycles():
    examples = DATA["examples"].examples
    assert sorted(e.phase for e in examples) == ["primary", "secondary"]
    for example in examples:
        assert len(example.cycles) >= 2
        assert all(
            cycle.assess and cycle.plan and cycle.do and cycle.review and cycle.reason for cycle in example.cycles
        )
    secondary = " ".join(next(e for e in examples if e.phase == "secondary").people).lower()
    assert "form tutor" in secondary and "head of year" in secondary and "science" in secondary
    assert DATA["examples"].basis.kind == "practice" and "invented" in DATA["examples"].basis["from"]


def test_the_cycle_shows_questions_records_and_an_example_with_their_labels():
    page = html(COMPONENTS["assess_plan_do_review"](DATA, Links("graduated-response/")))
    for phase in DATA["stages"].cycle.phases:
        item = page.get_element_by_id(f"cycle-{phase.id}")
        questions = item.xpath(".//ul[@class='apdr-questions']/li")
        assert len(questions) == len(phase.questions)
        for li, point in zip(questions, phase.questions, strict=True):
            assert li.get("data-basis") == point.basis.kind
            assert li.xpath(".//span[@data-basis]/@data-basis") == [point.basis.kind]
        assert len(item.xpath(".//ul[@class='apdr-record']/li")) == len(phase.record)
        [example] = item.xpath(".//p[@class='apdr-example']")
        assert example.text_content() == phase.example
        assert item.xpath(".//span[@data-basis='practice']")[0].text_content().startswith("Usual practice: An invented")
    text = " ".join(page.text_content().split())
    assert "Statutory guidance: SEND Code of Practice 2015, paragraph 6.45." in text
    assert "Research evidence: EEF, Special Educational Needs in Mainstream Schools (2020), Recommendation 2." in text
    [link] = page.xpath("//a[text()='worked examples of assess, plan, do, review']")
    assert link.get("href") == "../assess-plan-do-review/"


def test_the_worked_examples_show_every_cycle_and_its_decision():
    page = html(COMPONENTS["apdr_examples"](DATA, Links("assess-plan-do-review/")))
    for example in DATA["examples"].examples:
        for number, cycle in enumerate(example.cycles, start=1):
            dl = page.get_element_by_id(f"example-{example.id}-cycle-{number}")
            assert [dt.text_content() for dt in dl.xpath("./dt")] == ["Assess", "Plan", "Do", "Review", "Decision"]
            assert dl.xpath("./dd")[0].text_content() == cycle.assess
            assert dl.xpath("./dd[@data-decision]/@data-decision") == [cycle.decision]
    decisions = [li.text_content() for li in page.xpath("//ul[@class='apdr-decisions']/li")]
    assert [d.split(":")[0] for d in decisions] == ["Continue", "Step up", "Step down", "Leave the SEN register"]
    assert len(page.xpath("//span[@data-basis='practice']")) == len(DATA["examples"].examples)


def test_the_sources_page_lists_the_examples_as_usual_practice():
    page = html(COMPONENTS["statutory_facts"](DATA, Links("sources/")))
    [item] = [li for li in page.xpath("//ul[@class='local-practice']/li") if "Worked examples" in li.text_content()]
    assert "Usual practice: An invented example" in item.text_content()


def test_what_the_components_say_is_plain_english_for_staff():
    for name, links in (("assess_plan_do_review", "graduated-response/"), ("apdr_examples", "assess-plan-do-review/")):
        blocks = text_blocks(html(COMPONENTS[name](DATA, Links(links))))
        long = [s for s in sentences(blocks) if word_count(s) > MAX_SENTENCE_WORDS]
        assert not long, long
        assert readability_problems(blocks, max_grade=STAFF_GRADE) == []


def test_a_bad_decision_in_an_example_is_located(data_copy):
    path = data_copy / "examples.yml"
    replace_in(path, "decision: step-up", "decision: refer")
    line = line_number_of(path, "decision: refer")
    assert_located(data_copy, f"data/examples.yml:{line}: examples[1].cycles[0].decision", "refer")


def test_an_example_needs_two_cycles_and_a_known_area(data_copy):
    path = data_copy / "examples.yml"
    replace_in(path, "area: communication-interaction", "area: speech")
    assert_located(data_copy, f"data/examples.yml:{line_number_of(path, 'area: speech')}", "speech")
    text = path.read_text(encoding="utf-8")
    first = text.index("      - assess: >-")
    second = text.index("      - assess: >-", first + 1)  # the Year 8 pupil's second cycle, cut below
    path.write_text(text[:second] + text[text.index("  - id: year-3-listening") :], encoding="utf-8")
    line = line_number_of(path, "      - assess: >-")  # the list of cycles starts here
    assert_located(data_copy, f"data/examples.yml:{line}: examples[0].cycles", "is too short")


def test_a_phase_point_without_a_basis_or_citing_research_as_the_code_is_located(data_copy):
    path = data_copy / "stages.yml"
    replace_in(
        path,
        "        - text: Is this a one-off check, or part of a picture we keep building over time?\n"
        '          basis: {kind: evidence, source: eef-send-mainstream-2020, reference: "Recommendation 2"}\n',
        "        - text: Is this a one-off check, or part of a picture we keep building over time?\n",
    )
    line = line_number_of(path, "Is this a one-off check")
    assert_located(data_copy, f"data/stages.yml:{line}: cycle.phases[0].questions[3]", "missing field 'basis'")
    replace_in(  # cross-file checks run on a file that passed its schema
        path,
        "over time?\n",
        'over time?\n          basis: {kind: evidence, source: eef-send-mainstream-2020, reference: "Recommendation 2"}\n',
    )
    replace_in(
        path,
        '{kind: statutory-guidance, source: send-cop-2015, reference: "paragraph 6.50"}',
        '{kind: statutory-guidance, source: eef-send-mainstream-2020, reference: "paragraph 6.50"}',
    )
    line = line_number_of(path, 'source: eef-send-mainstream-2020, reference: "paragraph 6.50"')
    assert_located(data_copy, f"data/stages.yml:{line}", "'eef-send-mainstream-2020' is research")


def test_a_council_changes_adds_and_removes_examples_by_id(tmp_path):
    folder = tmp_path / "overlay"
    folder.mkdir()
    (folder / "examples.yml").write_text(
        textwrap.dedent("""
        examples:
          - id: year-8-reading
            title: A Year 8 pupil in one of our schools who finds reading hard
        remove: {examples: [year-3-listening]}
        """).lstrip(),
        encoding="utf-8",
    )
    (folder / "site.yml").write_text(
        f"site:\n  publisher: Northfield Borough Council\n{COUNCIL_DATES}", encoding="utf-8"
    )
    council = load_site_data(PROJECT / "data", None, folder)
    [example] = council["examples"].examples
    assert example.title.startswith("A Year 8 pupil in one of our schools") and len(example.cycles) == 2
    page = html(COMPONENTS["apdr_examples"](council, Links("assess-plan-do-review/")))
    assert page.get_element_by_id("example-year-8-reading-cycle-2") is not None
    assert not page.xpath("//*[@id='example-year-3-listening-cycle-1']")


def test_the_worked_examples_page_is_in_the_menu_and_for_staff():
    assert "assess-plan-do-review.md\n" in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "audience: staff" in (PROJECT / "docs/assess-plan-do-review.md").read_text(encoding="utf-8")
