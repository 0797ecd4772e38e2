"""A council's overlay: its own YAML merged into the base data before validation.

An overlay folder holds files named like the base data files (`site.yml`,
`agencies.yml`...), each giving only what differs:

- a mapping changes the fields it names and keeps the others;
- a list of records (items with an `id`) is merged by id: a known id changes that
  record, a new id adds a record at the end;
- any other value (text, numbers, plain lists) replaces the base value;
- a top-level `remove:` mapping names lists and the ids to drop from them, e.g.
  `remove: {agencies: [special-school-outreach]}`; a list inside a record is named through
  the record's id, e.g. `remove: {areas.semh.universal: [semh-do-safe-space]}`;
- a few lists add to the base list instead (`ADDED_TO_BASE`: the glossary's `ignore`);
- one id given twice in one overlay file is an error naming both lines, never a silent merge;
- an id that is not in the base list but close to one is a typo: the error names the id it
  probably meant and adds nothing (a second copy of the record would be published);
- `site.yml` must give the council's own dates (`COUNCIL_OWN`): the base guide's dates
  say when the base was reviewed, not the council's guide. An empty file is checked too;
- a council's `term_dates.yml` gives every term and `next_year_starts`
  (`COMPLETE_LISTS`): a base example date would otherwise be shown as the council's;
- a Markdown link in the council's text is refused: pages show text as typed.

The merged file is validated exactly like a base file. Its nodes keep their own
line numbers; overlay lines are numbered after a large offset so that any problem
found in the merged data can be traced back to the overlay file and line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from .errors import DataProblem, RecordId, closest, format_path
from .files import split_path
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
    'local_review: {date: "2026-12-01", parts: [contacts, agencies, term dates]}',
    ("site", "accessibility", "prepared"): "the date your council prepared its accessibility statement, "
    'in quotes, for example prepared: "2026-12-01"',
    ("site", "accessibility", "last_tested"): "the date your council last tested its guide for accessibility, "
    'in quotes, for example last_tested: "2026-12-01"',
}
# Lists a council's file must give in full, by data file: (list, fields each record needs, other fields needed).
COMPLETE_LISTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "term_dates": ("terms", ("start", "end"), ("next_year_starts", "note")),
}
MARKDOWN_LINK = re.compile(r"\[[^\]\n]+\]\(\s*[^)\s]+\s*\)")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")  # <b>, </p>, <br/>: not "<5" or "<info@x.org>"
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


_START = yaml.Mark("overlay", 0, 0, 0, None, None)
_LIST_INDEX = re.compile(r"^([\w.]+)\[(\d+)\]")


def _by_id(path: str, data) -> str:
    """`agencies[30].contact` -> `agencies[camhs].contact`: a council cannot count records in the merged list."""
    found = _LIST_INDEX.match(path or "")
    if not found or data is None:
        return path
    node = data
    for part in found.group(1).split("."):
        node = node.get(part) if isinstance(node, dict) else None
    index = int(found.group(2))
    if isinstance(node, list) and index < len(node) and isinstance(node[index], dict) and node[index].get("id"):
        return f"{found.group(1)}[{node[index]['id']}]{path[found.end() :]}"
    return path


def _refuse_markup(root: yaml.Node, shown: str, problems: list[DataProblem], path=()) -> None:
    """Pages show a council's text as typed: `[our leaflet](https://...)` or `<b>` would appear with its brackets."""
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            _refuse_markup(value, shown, problems, (*path, key.value))
    elif isinstance(root, yaml.SequenceNode):
        for index, item in enumerate(root.value):
            record_id = _record_id(item)
            _refuse_markup(item, shown, problems, (*path, RecordId(record_id) if record_id else index))
    elif isinstance(root, yaml.ScalarNode) and MARKDOWN_LINK.search(root.value or ""):
        problems.append(
            DataProblem(
                shown,
                root.start_mark.line + 1,
                format_path(path),
                (
                    f"'{MARKDOWN_LINK.search(root.value).group(0)}' is a Markdown link, and the guide shows it as typed, "
                    "brackets and all. Give the web address in the url field of the contact, or write the address "
                    "itself in the sentence (https://...)."
                ),
            )
        )
    elif isinstance(root, yaml.ScalarNode) and HTML_TAG.search(root.value or ""):
        problems.append(
            DataProblem(
                shown,
                root.start_mark.line + 1,
                format_path(path),
                (
                    f"'{HTML_TAG.search(root.value).group(0)}' is HTML, and the guide shows it as typed, angle brackets "
                    "and all. Write plain text: the guide lays out the page itself."
                ),
            )
        )


def _record_id(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "id" and isinstance(value, yaml.ScalarNode):
                return value.value
    return None


def _is_record_list(node: yaml.Node) -> bool:
    return (
        isinstance(node, yaml.SequenceNode)
        and bool(node.value)
        and all(_record_id(item) is not None for item in node.value)
    )


class Overlay:
    """The overlay files of one council, merged into base documents on request."""

    def __init__(self, folder: Path | str, project_dir: Path | str):
        self.folder = Path(folder).resolve()
        self.project_dir = Path(project_dir).resolve()
        self._merged: dict[str, str] = {}  # merged document's display name -> overlay display name
        self._added: dict[tuple[str, int], tuple[str, str]] = {}  # (overlay file, line) -> (new id, its list)
        self._data: dict[str, object] = {}  # overlay display name -> the merged data, to name records by id

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
            problems.append(
                DataProblem(
                    self.display(self.folder),
                    1,
                    "",
                    "the overlay folder is missing: check extra.overlay_dir in mkdocs.yml.",
                )
            )
            return
        for name, path in self.files().items():
            if name not in known:
                problems.append(
                    DataProblem(
                        self.display(path),
                        1,
                        "",
                        f"'{path.name}' does not match a base data file, so nothing would use it. "
                        f"Name it after one of: {', '.join(f'{k}.yml' for k in known)}.",
                    )
                )
        for name, paths in self._same_name_twice().items():
            problems.append(
                DataProblem(
                    self.display(paths[1]),
                    1,
                    "",
                    f"both {' and '.join(p.name for p in paths)} are here: keep one file for {name}, "
                    f"so nothing is silently left out.",
                )
            )
        if "site" in known and "site" not in self.files():
            problems.append(
                DataProblem(
                    self.display(self.folder / "site.yml"),
                    1,
                    "",
                    "your overlay has no site.yml, so the guide would carry the base guide's example council. "
                    "Copy local/example/data/site.yml here and put in your council's details.",
                )
            )

    def apply(self, name: str, base: YamlDocument, problems: list[DataProblem]) -> YamlDocument:
        """The base document with this council's file for it merged in (or the base unchanged)."""
        path = self.files().get(name)
        if path is None or base.root is None:
            return base
        shown = self.display(path)
        overlay = read_yaml(path, shown, problems)
        if overlay is None:
            return base
        if overlay.root is None:  # empty, or only comments: the council's own fields are still required
            self._check_own_fields(name, yaml.MappingNode("tag:yaml.org,2002:map", [], _START, _START), shown, problems)
            return base
        if not isinstance(overlay.root, yaml.MappingNode):
            problems.append(
                DataProblem(
                    shown,
                    overlay.root.start_mark.line + 1,
                    "",
                    "an overlay file must be a mapping of the fields it changes.",
                )
            )
            return base
        self._check_own_fields(name, overlay.root, shown, problems)
        self._check_complete(name, base.root, overlay.root, shown, problems)
        _refuse_markup(overlay.root, shown, problems)
        merge = _Merge(shown, problems, ADDED_TO_BASE.get(name, set()))
        over = _shift(overlay.root, OVERLAY_LINE_OFFSET)
        removals = [(k, v) for k, v in over.value if k.value == REMOVE_KEY]
        over.value = [(k, v) for k, v in over.value if k.value != REMOVE_KEY]
        root = merge.node(base.root, over, [])
        for _key, spec in removals:
            merge.remove(root, spec)
        data = SafeConstructor().construct_document(root)
        self._merged[base.file] = shown
        self._data[shown] = data
        self._added.update({(shown, line): (record_id, path) for line, (record_id, path) in merge.added.items()})
        return YamlDocument(base.file, data, root)

    @staticmethod
    def _check_own_fields(name: str, root: yaml.MappingNode, shown: str, problems: list[DataProblem]) -> None:
        """The council's dates come from its own file, never from the base guide."""
        for path in COUNCIL_OWN.get(name, ()):
            node, found = root, True
            for part in path:
                match = (
                    next((v for k, v in node.value if k.value == part), None)
                    if isinstance(node, yaml.MappingNode)
                    else None
                )
                if match is None:
                    found = False
                    break
                node = match
            if not found:
                problems.append(
                    DataProblem(
                        shown,
                        node.start_mark.line + 1,
                        format_path(path),
                        f"your site.yml must give {OWN_FIELD_HINT[path]}. Without it the guide would show the "
                        "base guide's date as yours.",
                    )
                )

    @staticmethod
    def _check_complete(
        name: str, base: yaml.Node, root: yaml.MappingNode, shown: str, problems: list[DataProblem]
    ) -> None:
        """A list the council must give in full: every base record with its fields, and the fields beside it."""
        if name not in COMPLETE_LISTS or not isinstance(base, yaml.MappingNode):
            return
        list_name, record_fields, other_fields = COMPLETE_LISTS[name]
        base_list = next((v for k, v in base.value if k.value == list_name), None)
        given = next(((k, v) for k, v in root.value if k.value == list_name), None)
        records = {
            _record_id(item): item
            for item in (given[1].value if given and isinstance(given[1], yaml.SequenceNode) else [])
        }
        missing = []
        for item in base_list.value if isinstance(base_list, yaml.SequenceNode) else []:
            record_id = _record_id(item)
            own = records.get(record_id)
            fields = [f for f in record_fields if own is None or not any(k.value == f for k, _ in own.value)]
            if fields:
                missing.append(f"{record_id} ({' and '.join(fields)})")
        missing += [f for f in other_fields if not any(k.value == f for k, _ in root.value)]
        if missing:
            line = (given[0].start_mark.line if given else root.start_mark.line) + 1
            problems.append(
                DataProblem(
                    shown,
                    line,
                    list_name,
                    f"your {name}.yml must give every {list_name[:-1]}'s {' and '.join(record_fields)}, and "
                    f"{' and '.join(other_fields)}: missing {', '.join(missing)}. Without them the guide would show the "
                    f"base guide's example dates as yours. The ids are in the base guide's data/{name}.yml.",
                )
            )

    def relocate(self, problems: list[DataProblem]) -> list[DataProblem]:
        """Point problems found on overlay values at the overlay file and its real line.

        A record a council adds with a new id and missing fields is told that it adds a record,
        and how to change an existing one instead.
        """
        located = []
        for problem in problems:
            if problem.file in self._merged and problem.line > OVERLAY_LINE_OFFSET:
                shown = self._merged[problem.file]
                problem = DataProblem(
                    shown,
                    problem.line - OVERLAY_LINE_OFFSET,
                    _by_id(problem.path, self._data.get(shown)),
                    problem.message,
                )
                added = self._added.get((problem.file, problem.line))
                if added and problem.message.startswith("missing field"):
                    record_id, list_name = added
                    fields = problem.message[len("missing field ") :].split(": add it")[0]
                    verb = "are" if "," in fields else "is"
                    problem = DataProblem(
                        problem.file,
                        problem.line,
                        problem.path,
                        (
                            f"there is no {list_name} record '{record_id}' in the base guide, so this adds a new one, "
                            f"and a new one needs every field: {fields} {verb} missing. To change an existing record "
                            f"instead, give its id from the base guide's data/{Path(problem.file).name}."
                        ),
                    )
            located.append(problem)
        return located


class _Merge:
    """One overlay file merged into one base tree; problems point at the overlay file."""

    def __init__(self, shown: str, problems: list[DataProblem], added_to_base: set[tuple] = frozenset()):
        self.shown = shown
        self.problems = problems
        self.added_to_base = added_to_base
        self.added: dict[int, tuple[str, str]] = {}  # overlay line of each new record -> (its id, its list)

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
        if (
            tuple(path) in self.added_to_base
            and isinstance(base, yaml.SequenceNode)
            and isinstance(over, yaml.SequenceNode)
        ):
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
                self._problem(
                    item,
                    [*path, n],
                    "this list holds records with ids: start the item with "
                    "`id:` naming the record it changes, or a new id to add a record.",
                )
                continue
            if record_id in given:
                self._problem(
                    item,
                    [*path, RecordId(record_id)],
                    f"id '{record_id}' is given twice in this file, on lines "
                    f"{self._line(given[record_id])} and {self._line(item)}: the second would overwrite "
                    "parts of the first. Keep one record with every field you want.",
                )
                continue
            given[record_id] = item
            if record_id in where:
                i = where[record_id]
                items[i] = self.node(items[i], item, [*path, i])
                continue
            meant = closest(record_id, [_record_id(base_item) for base_item in base.value])
            if meant:
                id_node = next(v for k, v in item.value if k.value == "id")
                self._problem(
                    id_node,
                    [*path, RecordId(record_id), "id"],
                    (
                        f"there is no record '{record_id}' in {format_path(path)}: did you mean '{meant}'? Write its id "
                        f"exactly as the base guide does. (For a new record of your own, choose an id that is not so "
                        f"like an existing one.) Nothing was added for this record."
                    ),
                )
                continue
            where[record_id] = len(items)
            items.append(item)
            self.added[self._line(item)] = (record_id, format_path(path))
        return yaml.SequenceNode(base.tag, items, base.start_mark, base.end_mark, base.flow_style)

    def remove(self, root: yaml.MappingNode, spec: yaml.Node) -> None:
        """Apply `remove: {list.path: [id, ...]}` to the merged tree."""
        if not isinstance(spec, yaml.MappingNode):
            self._problem(
                spec,
                [REMOVE_KEY],
                "write `remove:` as a mapping from a list to the ids to drop, "
                "for example `agencies: [special-school-outreach]`.",
            )
            return
        for key, ids in spec.value:
            target = self._find_list(root, key.value)
            if target is None:
                self._problem(
                    key,
                    [REMOVE_KEY, key.value],
                    f"'{key.value}' is not a list of records in this file: check its name.",
                )
                continue
            wanted = ids.value if isinstance(ids, yaml.SequenceNode) else [ids]
            present = {_record_id(item) for item in target.value}
            for id_node in wanted:
                if id_node.value not in present:
                    self._problem(
                        id_node,
                        [REMOVE_KEY, key.value],
                        f"there is no record '{id_node.value}' in {key.value} to remove. "
                        f"Use one of: {', '.join(sorted(filter(None, present)))}.",
                    )
            drop = {id_node.value for id_node in wanted}
            target.value = [item for item in target.value if _record_id(item) not in drop]

    @staticmethod
    def _find_list(root: yaml.Node, dotted: str) -> yaml.SequenceNode | None:
        node = root
        for part in split_path(str(dotted)):
            match = None
            if isinstance(node, yaml.MappingNode):
                match = next((v for k, v in node.value if k.value == part), None)
            elif isinstance(node, yaml.SequenceNode):  # a record in a list, by its id: areas.semh.universal
                match = next((item for item in node.value if _record_id(item) == part), None)
            if match is None:
                return None
            node = match
        return node if _is_record_list(node) else None
