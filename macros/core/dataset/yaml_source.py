"""Strict YAML reading that remembers where every value came from.

PyYAML silently keeps the last of two duplicate keys, turns `2026-09-01` into a
date and `no` into False. Editors of this data are council web teams, not YAML
experts, so each of those becomes a located error or plain text instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import DataProblem, format_path


_FastSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same nodes, faster


class StrictLoader(_FastSafeLoader):
    """SafeLoader with YAML 1.2-style booleans and no implicit timestamps."""


# Rebuild the implicit resolvers: drop timestamps, keep only true/false as booleans.
StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (
        "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first in "tTfF":
    StrictLoader.yaml_implicit_resolvers.setdefault(_first, []).append(("tag:yaml.org,2002:bool", _BOOL))

_UNQUOTED_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}([Tt ].*)?$")


@dataclass
class YamlDocument:
    """Parsed data plus the node tree, so any path maps back to a line."""

    file: str
    data: Any
    root: yaml.Node | None

    def problem(self, path: tuple | list, message: str) -> DataProblem:
        """A problem at `path` in this document, with its file, line and path written out."""
        return DataProblem(self.file, self.line_of(path), format_path(path), message)

    def line_of(self, path: tuple | list) -> int:
        """1-based line of the deepest node that `path` reaches."""
        node = self.node_at(path)
        return node.start_mark.line + 1 if node is not None else 1

    def node_at(self, path: tuple | list) -> yaml.Node | None:
        """The deepest node that `path` reaches (the value as written is its `.value`)."""
        node = self.root
        for part in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == part:
                        child = value_node
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node = child
        return node


def _build(node: yaml.Node, loader: StrictLoader, path: list, problems: list[DataProblem], file: str) -> Any:
    """Turn a composed node into Python data, reporting duplicates and unquoted dates."""
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                key = str(key)
            if key in result:
                problems.append(DataProblem(
                    file, key_node.start_mark.line + 1, format_path(path),
                    f"duplicate key '{key}': YAML would silently keep only the last one. "
                    "Remove or rename one of them."))
                continue
            result[key] = _build(value_node, loader, [*path, key], problems, file)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loader, [*path, i], problems, file) for i, item in enumerate(node.value)]
    if (node.tag == "tag:yaml.org,2002:str" and not node.style  # plain: None (Python) or "" (libyaml)
            and _UNQUOTED_DATE.match(node.value)):
        problems.append(DataProblem(
            file, node.start_mark.line + 1, format_path(path),
            f"unquoted date {node.value}: write dates in quotes, e.g. \"{node.value}\"."))
    return loader.construct_object(node, deep=True)


def _syntax_message(exc: yaml.MarkedYAMLError, text: str, line: int) -> str:
    """What went wrong, in words: a tab in the indentation is named as a tab."""
    lines = text.splitlines()
    for number in (line, line - 1):  # YAML often notices on the line after the tab
        if 0 < number <= len(lines):
            indent = lines[number - 1][:len(lines[number - 1]) - len(lines[number - 1].lstrip())]
            if "\t" in indent:
                return (f"line {number} is indented with a tab character. YAML needs spaces: "
                        "replace the tab with spaces, lined up with the lines above.")
    what = " ".join(part for part in (exc.context, exc.problem) if part)
    return f"YAML syntax error: {what}. Check the indentation and quotes on this line and the one above."


def read_yaml(path: Path, display_name: str, problems: list[DataProblem]) -> YamlDocument | None:
    """Read one file; syntax errors become problems (never a traceback) and return None."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(DataProblem(display_name, 1, "", f"cannot read the file: {exc}"))
        return None
    loader = StrictLoader(text)
    try:
        root = loader.get_single_node()
        data = None if root is None else _build(root, loader, [], problems, display_name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(DataProblem(display_name, line, "", _syntax_message(exc, text, line)))
        return None
    except yaml.YAMLError as exc:
        problems.append(DataProblem(display_name, 1, "", f"YAML error: {exc}"))
        return None
    finally:
        loader.dispose()
    return YamlDocument(display_name, data, root)
