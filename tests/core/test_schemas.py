"""The schemas themselves are valid JSON Schema (checked here, not on every build, to keep builds fast)."""

import json

import pytest
from jsonschema import Draft202012Validator

from macros.core.dataset.files import DATASETS
from tests.helpers import PROJECT


@pytest.mark.parametrize("name", [d.name for d in DATASETS])
def test_schema_is_valid_and_matches_its_data_file(name):
    schema = json.loads((PROJECT / "data" / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    first_line = (PROJECT / "data" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=schemas/{name}.schema.json"


def _email_fields(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "email" and isinstance(value, dict) and "type" in value:
                yield f"{path}/{key}", value
            yield from _email_fields(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _email_fields(item, path)


def test_every_email_field_refuses_spaces_mailto_and_a_missing_at_or_domain():
    """The retest's cases 12 and 13 (and the privacy contact added later): one pattern for every email a file gives."""
    from macros.core.dataset.errors import EMAIL_PATTERN

    fields = [
        (f"{d.name}{path}", field)
        for d in DATASETS
        for path, field in _email_fields(
            json.loads((PROJECT / "data" / "schemas" / f"{d.name}.schema.json").read_text(encoding="utf-8"))
        )
    ]
    assert len(fields) >= 5
    assert [where for where, field in fields if field.get("pattern") != EMAIL_PATTERN] == []
