"""Strict YAML: duplicate keys, unquoted dates and yes/no are caught or kept as text."""

from macros.core.dataset.errors import DataProblem
from macros.core.dataset.yaml_source import read_yaml


def read(tmp_path, text):
    path = tmp_path / "sample.yml"
    path.write_text(text, encoding="utf-8")
    problems: list[DataProblem] = []
    return read_yaml(path, "data/sample.yml", problems), problems


def test_yes_no_on_off_stay_text_and_only_true_false_are_booleans(tmp_path):
    doc, problems = read(tmp_path, "a: yes\nb: no\nc: on\nd: off\ne: true\nf: false\n")
    assert problems == []
    assert doc.data == {"a": "yes", "b": "no", "c": "on", "d": "off", "e": True, "f": False}


def test_quoted_date_is_a_string(tmp_path):
    doc, problems = read(tmp_path, 'reviewed: "2026-09-01"\n')
    assert problems == [] and doc.data == {"reviewed": "2026-09-01"}


def test_unquoted_date_is_a_located_error(tmp_path):
    _, problems = read(tmp_path, "site:\n  name: x\n  reviewed: 2026-09-01\n")
    assert [str(p) for p in problems] == [
        'data/sample.yml:3: site.reviewed: unquoted date 2026-09-01: write dates in quotes, e.g. "2026-09-01".'
    ]


def test_duplicate_key_is_reported_at_the_second_key(tmp_path):
    _, problems = read(tmp_path, "roles:\n  - id: senco\n    name: A\n    name: B\n")
    assert len(problems) == 1
    assert problems[0].line == 4 and problems[0].path == "roles[0]"
    assert "duplicate key 'name'" in problems[0].message


def test_syntax_error_names_file_and_line(tmp_path):
    doc, problems = read(tmp_path, "a: 1\nb: [unclosed\nc: 3\n")
    assert doc is None
    assert problems[0].file == "data/sample.yml"
    assert problems[0].line in (2, 3)
    assert problems[0].message.startswith("this line cannot be read") and "(YAML's words)" in problems[0].message


def test_line_of_follows_the_path(tmp_path):
    doc, _ = read(tmp_path, "items:\n  - id: a\n  - id: b\n    tags: [x, y]\n")
    assert doc.line_of(("items", 1, "tags", 1)) == 4
    assert doc.line_of(("items", 1)) == 3
    assert doc.line_of(("items", 5, "nothing")) == 1 + 1  # falls back to the deepest node found
