"""Validated data as read-only objects, loaded once per build.

Records give attribute access (`stage.duration.kind`) and answer None for an
optional field that is absent, so renderers can write `if stage.next:` and never
print "None". Lists of records with ids become Collections, looked up by id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import DataError


class Record(Mapping):
    """A read-only mapping with attribute access; missing keys read as None."""

    __slots__ = ("_fields",)

    def __init__(self, fields: dict):
        object.__setattr__(self, "_fields", {k: freeze(v) for k, v in fields.items()})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._fields.get(name)

    def __setattr__(self, name, value):
        raise AttributeError("data records are read-only")

    def __getitem__(self, key):
        return self._fields[key]

    def __iter__(self):
        return iter(self._fields)

    def __len__(self):
        return len(self._fields)

    def __repr__(self):
        return f"Record({self._fields!r})"


class Collection(tuple):
    """An ordered tuple of Records that can also be looked up by id."""

    def __new__(cls, items):
        return super().__new__(cls, items)

    def __init__(self, items):
        super().__init__()
        self._by_id = {item.id: item for item in self}

    def get(self, item_id: str) -> Record | None:
        return self._by_id.get(item_id)

    def __getitem__(self, key):
        if isinstance(key, str):
            return self._by_id[key]
        return super().__getitem__(key)

    def ids(self) -> list[str]:
        return list(self._by_id)

    def __iter__(self) -> Iterator[Record]:
        return super().__iter__()


def freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return Record(value)
    if isinstance(value, list):
        items = [freeze(v) for v in value]
        if items and all(isinstance(i, Record) and i.id is not None for i in items):
            return Collection(items)
        return tuple(items)
    return value


class SiteData(Record):
    """Every data file, by file name: `data.agencies.agencies`, `data.ehcna.ehcna.steps`.

    Shortcuts name the sets renderers use most.
    """

    __slots__ = ()

    @property
    def roles(self) -> Collection:
        return self._fields["roles"].roles

    @property
    def agencies(self) -> Collection:
        return self._fields["agencies"].agencies

    @property
    def areas(self) -> Collection:
        return self._fields["areas_of_need"].areas_of_need

    @property
    def stages(self) -> Collection:
        return self._fields["stages"].stages

    @property
    def guide(self) -> Record:
        """The EHC needs assessment at-a-glance guide."""
        return self._fields["ehcna"].ehcna

    @property
    def facts(self) -> Collection:
        return self._fields["statutory"].facts

    @property
    def sources(self) -> Collection:
        return self._fields["statutory"].sources

    @property
    def glossary(self) -> Collection:
        return self._fields["glossary"].terms

    @property
    def site(self) -> Record:
        return self._fields["site"].site


def load_site_data(
    data_dir: Path | str, docs_dir: Path | str | None = None, overlay_dir: Path | str | None = None
) -> SiteData:
    """Load and validate all data, with a council's overlay merged in; raise DataError listing every problem.

    Every call reads and validates afresh: nothing is kept between builds, so no
    build can ever see data (or a validator) older than what is on disk.
    """
    from .validate import Validator  # jsonschema is imported only when data is validated

    validator = Validator(
        Path(data_dir).resolve(),
        Path(docs_dir).resolve() if docs_dir else None,
        overlay_dir=Path(overlay_dir).resolve() if overlay_dir else None,
    )
    raw = validator.run()
    if validator.problems:
        raise DataError(validator.problems)
    return SiteData(raw)
