"""What every check reads: the data files that passed their schema, and the pages in docs/."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .files import DataSet, walk
from .overlay import Overlay
from .yaml_source import YamlDocument


@dataclass(frozen=True)
class Loaded:
    documents: dict[str, YamlDocument]  # file name -> document; a file that failed its schema is absent
    datasets: tuple[DataSet, ...]
    docs_dir: Path | None  # None: data checked alone (no page checks)
    overlay: Overlay | None  # a council's overlay folder, when one is merged in

    def each(self, attribute: str) -> Iterator[tuple[YamlDocument, tuple, object]]:
        """(document, path, value) for every place a DataSet's `attribute` patterns reach, in every loaded file."""
        for dataset in self.datasets:
            doc = self.documents.get(dataset.name)
            for pattern in getattr(dataset, attribute) if doc else ():
                for path, value in walk(doc.data, pattern):
                    yield doc, path, value

    @property
    def pages(self) -> list[Path]:
        """Every Markdown page in docs/, sorted; none when no docs folder is given."""
        if self.docs_dir is None or not self.docs_dir.is_dir():
            return []
        return sorted(self.docs_dir.rglob("*.md"))

    def page_name(self, page: Path) -> str:
        """`docs/ehc-needs-assessment.md`: a page as messages name it."""
        return f"{self.docs_dir.name}/{page.relative_to(self.docs_dir).as_posix()}"
