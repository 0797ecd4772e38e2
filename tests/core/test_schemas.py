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
