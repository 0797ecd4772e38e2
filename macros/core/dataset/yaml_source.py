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
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
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
                problems.append(
                    DataProblem(
                        file,
                        key_node.start_mark.line + 1,
                        format_path(path),
                        f"duplicate key '{key}': YAML would silently keep only the last one. "
                        "Remove or rename one of them.",
                    )
                )
                continue
            result[key] = _build(value_node, loader, [*path, key], problems, file)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, loader, [*path, i], problems, file) for i, item in enumerate(node.value)]
    if (
        node.tag == "tag:yaml.org,2002:str"
        and not node.style  # plain: None (Python) or "" (libyaml)
        and _UNQUOTED_DATE.match(node.value)
    ):
        problems.append(
            DataProblem(
                file,
                node.start_mark.line + 1,
                format_path(path),
                f'unquoted date {node.value}: write dates in quotes, e.g. "{node.value}".',
            )
        )
    return loader.construct_object(node, deep=True)


_TEXT_WITH_COLON = re.compile(r"""^\s*(?:-\s+)?[\w-]+:\s+[^'"\s{\[|>][^#]*?:\s""")
_SINGLE_QUOTED_APOSTROPHE = re.compile(r":\s+'[^']*'[A-Za-z]")
_KEY = re.compile(r"^(\s*)(-\s+)?([\w-]+):")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, line: int) -> tuple[int, str]:
    """(the line at fault, what went wrong in words): the commonest slips are named, never YAML's own jargon alone.

    A tab, text with ": " in it, an apostrophe inside single quotes, a field out of line with
    the record's others, and a section indented into the list above each get their own words.
    """
    lines = text.splitlines()
    for number in (line, line - 1):  # YAML often notices on the line after the tab
        if 0 < number <= len(lines):
            indent = lines[number - 1][: len(lines[number - 1]) - len(lines[number - 1].lstrip())]
            if "\t" in indent:
                return number, (
                    f"line {number} is indented with a tab character. YAML needs spaces: "
                    "replace the tab with spaces, lined up with the lines above."
                )
    what = " ".join(part for part in (exc.context, exc.problem) if part)
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    above = [
        (n, lines[n - 1])
        for n in range(line - 1, 0, -1)
        if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")
    ][:2]
    if "mapping values are not allowed" in what:
        if _TEXT_WITH_COLON.match(here):
            key = _KEY.match(here).group(3)
            return line, (
                f'the text on this line contains a colon followed by a space (": "), which YAML reads '
                f"as the start of a new field. Put the whole text in double quotes, for example "
                f'{key}: "Opening hours: Monday to Friday".'
            )
        if len(above) == 2 and _indent(above[0][1]) < _indent(here) and _indent(above[0][1]) < _indent(above[1][1]):
            number, out = above[0]
            return number, (
                f"line {number} is indented less than the lines around it ({_indent(out)} spaces, not "
                f"{_indent(here)}), so YAML cannot tell which record it belongs to. Line up the fields "
                "of one record with the same number of spaces."
            )
    if "did not find expected key" in what:
        for number, candidate in ((line, here), *above):
            if _SINGLE_QUOTED_APOSTROPHE.search(candidate):
                return number, (
                    "the text in single quotes on this line has an apostrophe in it, and YAML reads the "
                    "apostrophe as the end of the text. Put the text in double quotes instead, for "
                    'example name: "Southfield Children\'s Services".'
                )
    if "did not find expected '-' indicator" in what and _KEY.match(here):
        key = _KEY.match(here).group(3)
        fields = [(n, t) for n, t in above if not t.lstrip().startswith("-")]
        inside = (
            f"indent it like the fields above ({_indent(fields[0][1])} spaces)"
            if fields
            else "indent it like the other fields of that record"
        )
        return line, (
            f"'{key}:' is indented like the items of the list above it, but it does not start with "
            f"'- '. If it starts a new section (such as remove:), move it to the start of the line, with no "
            f"spaces before it; if it belongs to the record above, {inside}."
        )
    return line, (
        f"this line cannot be read: {what} (YAML's words). Check the indentation and quotes on this line "
        "and the one above: a field lined up differently from the others, or a quote that is not closed."
    )


def _not_utf8(display_name: str, raw: bytes, exc: UnicodeDecodeError) -> DataProblem:
    """A file saved in another encoding (Word, Notepad: Windows-1252): the line, the character, and what to do."""
    line = raw.count(b"\n", 0, exc.start) + 1
    byte = raw[exc.start : exc.start + 1]
    guess = byte.decode("cp1252", errors="replace")
    shown = f" (probably {guess!r}, saved in the Windows-1252 encoding)" if guess != "\ufffd" else ""
    return DataProblem(
        display_name,
        line,
        "",
        f"line {line} has a character that is not UTF-8{shown}. Save the "
        "file as UTF-8 (in Notepad: Save as, Encoding: UTF-8), or retype that character.",
    )


def read_yaml(path: Path, display_name: str, problems: list[DataProblem]) -> YamlDocument | None:
    """Read one file; syntax errors become problems (never a traceback) and return None."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        problems.append(DataProblem(display_name, 1, "", f"cannot read the file: {exc.strerror or exc}."))
        return None
    except UnicodeDecodeError as exc:
        problems.append(_not_utf8(display_name, raw, exc))
        return None
    loader = StrictLoader(text)
    try:
        root = loader.get_single_node()
        data = None if root is None else _build(root, loader, [], problems, display_name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, message = _syntax_problem(exc, text, mark.line + 1 if mark else 1)
        problems.append(DataProblem(display_name, line, "", message))
        return None
    except yaml.YAMLError as exc:
        problems.append(DataProblem(display_name, 1, "", f"YAML error: {exc}"))
        return None
    finally:
        loader.dispose()
    return YamlDocument(display_name, data, root)
