"""A council's overlay: its own YAML merged into the base data before validation.

An overlay folder holds files named like the base data files (`site.yml`,
`agencies.yml`...), each giving only what differs:

- a mapping changes the fields it names and keeps the others;
- a list of records (items with an `id`) is merged by id: a known id changes that
  record, a new id adds a record at the end;
- any other value (text, numbers, plain lists) replaces the base value;
- a top-level `remove:` mapping names lists and the ids to drop from them, e.g.
  `remove: {agencies: [special-school-outreach]}`;
- a few lists add to the base list instead (`ADDED_TO_BASE`: the glossary's `ignore`);
- one id given twice in one overlay file is an error naming both lines, never a silent merge;
- `site.yml` must give the council's own dates (`COUNCIL_OWN`): the base guide's dates
  say when the base was reviewed, not the council's guide.

The merged file is validated exactly like a base file. Its nodes keep their own
line numbers; overlay lines are numbered after a large offset so that any problem
found in the merged data can be traced back to the overlay file and line.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from .files import split_path
from .errors import DataProblem, format_path
from .yaml_source import YamlDocument, read_yaml

REMOVE_KEY = "remove"
YAML_SUFFIXES = (".yml", ".yaml")
# Lists an overlay adds to rather than replaces, by data file: a council's abbreviations join the base ones.
ADDED_TO_BASE: dict[str, set[tuple]] = {"glossary": {("ignore",)}}
# Fields a council's own file must give: taken from the base guide they would say the wrong thing.
COUNCIL_OWN: dict[str, tuple[tuple[str, ...], ...]] = {
    "site": (("site", "local_review"), ("site", "accessibility", "prepared"), ("site", "accessibility", "last_tested")),
}
OWN_FIELD_HINT = {
    ("site", "local_review"): "when your council last checked its guide and what it checked, for example "
                              "local_review: {date: \"2026-12-01\", parts: [contacts, agencies, term dates]}",
    ("site", "accessibility", "prepared"): "the date your council prepared its accessibility statement, "
                                           "in quotes, for example prepared: \"2026-12-01\"",
    ("site", "accessibility", "last_tested"): "the date your council last tested its guide for accessibility, "
                                              "in quotes, for example last_tested: \"2026-12-01\"",
}
# Merged documents number overlay lines from here, so a line says which file it is in.
OVERLAY_LINE_OFFSET = 10_000_000


def _shift(node: yaml.Node, offset: int) -> yaml.Node:
    """A copy of `node` whose marks are moved by `offset` lines."""
    def mark(m):
        return yaml.Mark(m.name, m.index, m.line + offset, m.column, None, None)
    if isinstance(node, yaml.MappingNode):
        value = [(_shift(k, offset), _shift(v, offset)) for k, v in node.value]
    elif isinstance(node, yaml.SequenceNode):
        value = [_shift(item, offset) for item in node.value]
    else:
        value = node.value
    copy = type(node)(node.tag, value, mark(node.start_mark), mark(node.end_mark))
    copy.style = getattr(node, "style", None)
    if hasattr(node, "flow_style"):
        copy.flow_style = node.flow_style
    return copy


def _record_id(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "id" and isinstance(value, yaml.ScalarNode):
                return value.value
    return None


def _is_record_list(node: yaml.Node) -> bool:
    return (isinstance(node, yaml.SequenceNode) and bool(node.value)
            and all(_record_id(item) is not None for item in node.value))


class Overlay:
    """The overlay files of one council, merged into base documents on request."""

    def __init__(self, folder: Path | str, project_dir: Path | str):
        self.folder = Path(folder).resolve()
        self.project_dir = Path(project_dir).resolve()
        self._merged: dict[str, str] = {}  # merged document's display name -> overlay display name

    def display(self, path: Path) -> str:
        """Overlay paths in messages are relative to the project, e.g. local/example/data/site.yml."""
        return Path(os.path.relpath(path, self.project_dir)).as_posix()

    def files(self) -> dict[str, Path]:
        """The overlay's data files by name; `.yaml` is read like `.yml` (check_names stops on both at once)."""
        if not self.folder.is_dir():
            return {}
        found: dict[str, Path] = {}
        for path in sorted(self.folder.iterdir()):
            if path.suffix in YAML_SUFFIXES and path.is_file():
                found.setdefault(path.stem, path)
        return found

    def _same_name_twice(self) -> dict[str, list[Path]]:
        names: dict[str, list[Path]] = {}
        for path in sorted(self.folder.iterdir()):
            if path.suffix in YAML_SUFFIXES and path.is_file():
                names.setdefault(path.stem, []).append(path)
        return {name: paths for name, paths in names.items() if len(paths) > 1}

    def check_names(self, known: list[str], problems: list[DataProblem]) -> None:
        """An overlay file must be named after a base data file, or it would be silently ignored."""
        if not self.folder.is_dir():
            problems.append(DataProblem(self.display(self.folder), 1, "",
                                        "the overlay folder is missing: check extra.overlay_dir in mkdocs.yml."))
            return
        for name, path in self.files().items():
            if name not in known:
                problems.append(DataProblem(
                    self.display(path), 1, "",
                    f"'{path.name}' does not match a base data file, so nothing would use it. "
                    f"Name it after one of: {', '.join(f'{k}.yml' for k in known)}."))
        for name, paths in self._same_name_twice().items():
            problems.append(DataProblem(
                self.display(paths[1]), 1, "",
                f"both {' and '.join(p.name for p in paths)} are here: keep one file for {name}, "
                f"so nothing is silently left out."))
        if "site" in known and "site" not in self.files():
            problems.append(DataProblem(
                self.display(self.folder / "site.yml"), 1, "",
                "your overlay has no site.yml, so the guide would carry the base guide's example council. "
                "Copy local/example/data/site.yml here and put in your council's details."))

    def apply(self, name: str, base: YamlDocument, problems: list[DataProblem]) -> YamlDocument:
        """The base document with this council's file for it merged in (or the base unchanged)."""
        path = self.files().get(name)
        if path is None or base.root is None:
            return base
        shown = self.display(path)
        overlay = read_yaml(path, shown, problems)
        if overlay is None or overlay.root is None:
            return base
        if not isinstance(overlay.root, yaml.MappingNode):
            problems.append(DataProblem(shown, overlay.root.start_mark.line + 1, "",
                                        "an overlay file must be a mapping of the fields it changes."))
            return base
        self._check_own_fields(name, overlay.root, shown, problems)
        merge = _Merge(shown, problems, ADDED_TO_BASE.get(name, set()))
        over = _shift(overlay.root, OVERLAY_LINE_OFFSET)
        removals = [(k, v) for k, v in over.value if k.value == REMOVE_KEY]
        over.value = [(k, v) for k, v in over.value if k.value != REMOVE_KEY]
        root = merge.node(base.root, over, [])
        for _key, spec in removals:
            merge.remove(root, spec)
        data = SafeConstructor().construct_document(root)
        self._merged[base.file] = shown
        return YamlDocument(base.file, data, root)

    @staticmethod
    def _check_own_fields(name: str, root: yaml.MappingNode, shown: str, problems: list[DataProblem]) -> None:
        """The council's dates come from its own file, never from the base guide."""
        for path in COUNCIL_OWN.get(name, ()):
            node, found = root, True
            for part in path:
                match = next((v for k, v in node.value if k.value == part), None) \
                    if isinstance(node, yaml.MappingNode) else None
                if match is None:
                    found = False
                    break
                node = match
            if not found:
                problems.append(DataProblem(
                    shown, node.start_mark.line + 1, format_path(path),
                    f"your site.yml must give {OWN_FIELD_HINT[path]}. Without it the guide would show the "
                    "base guide's date as yours."))

    def relocate(self, problems: list[DataProblem]) -> list[DataProblem]:
        """Point problems found on overlay values at the overlay file and its real line."""
        located = []
        for problem in problems:
            if problem.file in self._merged and problem.line > OVERLAY_LINE_OFFSET:
                problem = DataProblem(self._merged[problem.file], problem.line - OVERLAY_LINE_OFFSET,
                                      problem.path, problem.message)
            located.append(problem)
        return located


class _Merge:
    """One overlay file merged into one base tree; problems point at the overlay file."""

    def __init__(self, shown: str, problems: list[DataProblem], added_to_base: set[tuple] = frozenset()):
        self.shown = shown
        self.problems = problems
        self.added_to_base = added_to_base

    def _line(self, node: yaml.Node) -> int:
        return node.start_mark.line - OVERLAY_LINE_OFFSET + 1

    def _problem(self, node: yaml.Node, path, message: str) -> None:
        self.problems.append(DataProblem(self.shown, self._line(node), format_path(path), message))

    def node(self, base: yaml.Node, over: yaml.Node, path: list) -> yaml.Node:
        if isinstance(base, yaml.MappingNode) and isinstance(over, yaml.MappingNode):
            pairs = list(base.value)
            where = {key.value: i for i, (key, _) in enumerate(pairs)}
            for key, value in over.value:
                if key.value in where:
                    i = where[key.value]
                    pairs[i] = (pairs[i][0], self.node(pairs[i][1], value, [*path, key.value]))
                else:
                    where[key.value] = len(pairs)
                    pairs.append((key, value))
            return yaml.MappingNode(base.tag, pairs, base.start_mark, base.end_mark, base.flow_style)
        if _is_record_list(base) and isinstance(over, yaml.SequenceNode):
            return self._records(base, over, path)
        if tuple(path) in self.added_to_base and isinstance(base, yaml.SequenceNode) \
                and isinstance(over, yaml.SequenceNode):
            present = {item.value for item in base.value if isinstance(item, yaml.ScalarNode)}
            added = [item for item in over.value if not (isinstance(item, yaml.ScalarNode) and item.value in present)]
            return yaml.SequenceNode(base.tag, [*base.value, *added], base.start_mark, base.end_mark, base.flow_style)
        return over  # text, numbers, plain lists and changes of kind replace the base value

    def _records(self, base: yaml.SequenceNode, over: yaml.SequenceNode, path: list) -> yaml.SequenceNode:
        items = list(base.value)
        where = {_record_id(item): i for i, item in enumerate(items)}
        given: dict[str, yaml.Node] = {}  # ids this overlay file has given, to catch the same id twice
        for n, item in enumerate(over.value):
            record_id = _record_id(item)
            if record_id is None:
                self._problem(item, [*path, n], "this list holds records with ids: start the item with "
                              "`id:` naming the record it changes, or a new id to add a record.")
                continue
            if record_id in given:
                self._problem(item, [*path, n], f"id '{record_id}' is given twice in this file, on lines "
                              f"{self._line(given[record_id])} and {self._line(item)}: the second would overwrite "
                              "parts of the first. Keep one record with every field you want.")
                continue
            given[record_id] = item
            if record_id in where:
                i = where[record_id]
                items[i] = self.node(items[i], item, [*path, i])
            else:
                where[record_id] = len(items)
                items.append(item)
        return yaml.SequenceNode(base.tag, items, base.start_mark, base.end_mark, base.flow_style)

    def remove(self, root: yaml.MappingNode, spec: yaml.Node) -> None:
        """Apply `remove: {list.path: [id, ...]}` to the merged tree."""
        if not isinstance(spec, yaml.MappingNode):
            self._problem(spec, [REMOVE_KEY], "write `remove:` as a mapping from a list to the ids to drop, "
                          "for example `agencies: [special-school-outreach]`.")
            return
        for key, ids in spec.value:
            target = self._find_list(root, key.value)
            if target is None:
                self._problem(key, [REMOVE_KEY, key.value],
                              f"'{key.value}' is not a list of records in this file: check its name.")
                continue
            wanted = ids.value if isinstance(ids, yaml.SequenceNode) else [ids]
            present = {_record_id(item) for item in target.value}
            for id_node in wanted:
                if id_node.value not in present:
                    self._problem(id_node, [REMOVE_KEY, key.value],
                                  f"there is no record '{id_node.value}' in {key.value} to remove. "
                                  f"Use one of: {', '.join(sorted(filter(None, present)))}.")
            drop = {id_node.value for id_node in wanted}
            target.value = [item for item in target.value if _record_id(item) not in drop]

    @staticmethod
    def _find_list(root: yaml.Node, dotted: str) -> yaml.SequenceNode | None:
        node = root
        for part in split_path(str(dotted)):
            match = None
            if isinstance(node, yaml.MappingNode):
                match = next((v for k, v in node.value if k.value == part), None)
            if match is None:
                return None
            node = match
        return node if _is_record_list(node) else None
