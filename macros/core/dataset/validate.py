"""Validate every data file once per build: each file against its schema, then every check across files.

All problems of a run are collected and raised together as one DataError, each
with its file, line, path inside the file and what to do about it. The checks
themselves live in `checks/`, one module per concern.
"""

from __future__ import annotations

import json
from pathlib import Path

from .checks import CHECKS
from .errors import DataProblem
from .files import DATASETS, DataSet
from .loaded import Loaded
from .overlay import Overlay
from .schema import schema_problems, schema_registry
from .yaml_source import YamlDocument, read_yaml


class Validator:
    """Reads data/ (and optionally docs/) and collects every problem."""

    def __init__(
        self,
        data_dir: Path,
        docs_dir: Path | None = None,
        datasets: tuple[DataSet, ...] = DATASETS,
        overlay_dir: Path | None = None,
    ):
        self.data_dir = Path(data_dir)
        self.docs_dir = Path(docs_dir) if docs_dir else None
        self.datasets = datasets
        self.problems: list[DataProblem] = []
        # A council's overlay folder, merged into each file before it is checked (see overlay.py).
        self.overlay = Overlay(overlay_dir, self.data_dir.parent) if overlay_dir else None
        self.documents: dict[str, YamlDocument] = {}
        self._registry = None  # the shared schemas ($ref targets), read once per run

    def display(self, path: Path) -> str:
        """Paths in messages are relative to the project, e.g. data/agencies.yml."""
        return f"{self.data_dir.name}/{path.relative_to(self.data_dir).as_posix()}"

    def run(self) -> dict[str, object]:
        if self.overlay:
            self.overlay.check_names([d.name for d in self.datasets], self.problems)
        for dataset in self.datasets:
            self._load(dataset)
        loaded = Loaded(self.documents, self.datasets, self.docs_dir, self.overlay)
        for check in CHECKS:
            self.problems.extend(check(loaded))
        if self.overlay:
            self.problems = self.overlay.relocate(self.problems)
        return {name: doc.data for name, doc in self.documents.items()}

    def _load(self, dataset: DataSet) -> None:
        path = self.data_dir / f"{dataset.name}.yml"
        shown = self.display(path)
        if not path.exists():
            self.problems.append(DataProblem(shown, 1, "", "the file is missing: restore it from the base guide."))
            return
        doc = read_yaml(path, shown, self.problems)
        if doc is None:
            return
        if self.overlay:
            doc = self.overlay.apply(dataset.name, doc, self.problems)
        schema_path = self.data_dir / "schemas" / f"{dataset.name}.schema.json"
        try:
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            self.problems.append(DataProblem(self.display(schema_path), 1, "", f"unusable schema: {exc}"))
            return
        if self._registry is None:
            self._registry = schema_registry(schema_path.parent)
        found = schema_problems(doc, schema, self._registry)
        self.problems.extend(found)
        if not found:
            self.documents[dataset.name] = doc
