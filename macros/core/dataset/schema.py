"""Each data file against its JSON Schema, with messages an editor can act on (never a regular expression)."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import DataProblem, did_you_mean, format_message, format_path, pattern_message, typed_as_number
from .yaml_source import YamlDocument


def _hint(error) -> str:
    """Turn a jsonschema error into an instruction an editor can act on."""
    kind, value = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in value if name not in (error.instance or {})]
        return f"missing field {', '.join(repr(m) for m in missing)}: add it to this record."
    if kind == "additionalProperties":
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"{error.message}. Remove it or fix its spelling; allowed fields: {allowed}."
    if kind == "enum":
        return f"{error.instance!r} is not one of {value}.{did_you_mean(error.instance, value)} Use one of the listed values."
    if kind == "type":
        if error.instance is None:
            return f"this field is empty: give it a value of type {value}."
        return f"{error.instance!r} should be of type {value}."
    if kind in ("minItems", "minLength"):
        return f"{error.message}. Add at least {value}."
    if kind == "const":
        return f"{error.instance!r} must be {value!r}."
    return f"{error.message}."


def schema_registry(schemas_dir: Path):
    """Every schema in the folder by file name, so a schema can use a shared one: {"$ref": "basis.schema.json"}."""
    from referencing import Registry, Resource

    return Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
        for path in sorted(schemas_dir.glob("*.schema.json"))
    )


def _officer_message(error, doc: YamlDocument) -> str | None:
    """Messages for patterns, formats and values YAML changed, from `errors.py`: never a regular expression."""
    kind, value = error.validator, error.validator_value
    field = error.schema if isinstance(error.schema, dict) else {}
    if kind == "pattern":
        return pattern_message(value, error.instance, field.get("description"))
    if kind == "format":
        return format_message(value, error.instance)
    if kind == "type" and "string" in (value if isinstance(value, list) else [value]):
        if isinstance(error.instance, (int, float)) and not isinstance(error.instance, bool):
            node = doc.node_at(list(error.absolute_path))
            return typed_as_number(getattr(node, "value", str(error.instance)), error.instance)
        if error.instance is None and "pattern" in field:  # e.g. `brand_colour: #1d70b8`: the # began a comment
            example = pattern_message(field["pattern"], "", field.get("description")).split(": ", 1)[-1]
            return f"this field is empty. {example[0].upper()}{example[1:]}"
    return None


def _one_error_per_value(errors):
    """A value that breaks its pattern gets that message only, not a second one about its format."""
    errors = list(errors)
    patterned = {tuple(e.absolute_path) for e in errors if e.validator == "pattern"}
    return [e for e in errors if not (e.validator == "format" and tuple(e.absolute_path) in patterned)]


def schema_problems(doc: YamlDocument, schema: dict, registry=None) -> list[DataProblem]:
    from jsonschema import Draft202012Validator, FormatChecker  # only when data is actually validated

    problems = []
    options = {"format_checker": FormatChecker()}
    if registry is not None:
        options["registry"] = registry
    validator = Draft202012Validator(schema, **options)
    for error in _one_error_per_value(validator.iter_errors(doc.data)):
        path = list(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
            path_for_line = [*path, extra[0]] if extra else path
        else:
            path_for_line = path
        problems.append(
            DataProblem(
                doc.file, doc.line_of(path_for_line), format_path(path), _officer_message(error, doc) or _hint(error)
            )
        )
    return problems
