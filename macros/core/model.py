"""Validated data as read-only objects, loaded once per build.

Records give attribute access (`stage.duration.kind`) and answer None for an
optional field that is absent, so renderers can write `if stage.next:` and never
print "None". Lists of records with ids become Collections, looked up by id.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from . import file_cache
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

    Shortcuts name the sets renderers use most. `input_key` is the hash of every
    input the data was made from (`data_input_key`): results made from the data
    can be kept under it.
    """

    __slots__ = ("input_key",)

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


_CODE_DIR = Path(__file__).resolve().parent   # the validator's own code is one of its inputs
_INPUT_SUFFIXES = (".py", ".yml", ".yaml", ".json", ".md")
_loaded: dict[str, SiteData] = {}             # in this process (`mkdocs serve` rebuilds), by input key


def data_input_key(data_dir: Path, docs_dir: Path | None, overlay_dir: Path | None) -> str:
    """Hash of everything validation reads: data, schemas, pages, the overlay, and the validator's code."""
    code = file_cache.files_digest([_CODE_DIR, data_dir, docs_dir, overlay_dir], _INPUT_SUFFIXES)
    return f"{code}-{file_cache.library_version('jsonschema')}-{file_cache.library_version('PyYAML')}"


def load_site_data(data_dir: Path | str, docs_dir: Path | str | None = None,
                   overlay_dir: Path | str | None = None, cache_dir: Path | str | None = None) -> SiteData:
    """Load and validate all data, with a council's overlay merged in; raise DataError listing every problem.

    With `cache_dir`, a build whose inputs are byte for byte those of an earlier
    successful validation reads that result instead of validating again (see
    `data_input_key`). Any change to a data file, schema, page or the validator
    validates afresh; invalid data is never stored.
    """
    data_dir = Path(data_dir).resolve()
    docs_dir = Path(docs_dir).resolve() if docs_dir else None
    overlay_dir = Path(overlay_dir).resolve() if overlay_dir else None
    key = data_input_key(data_dir, docs_dir, overlay_dir)
    if key not in _loaded:
        # One cache file per set of folders, so the base guide and a council's guide do not evict each other.
        name = "site-data-" + hashlib.sha256(f"{data_dir}\0{docs_dir}\0{overlay_dir}".encode()).hexdigest()[:12]
        folder = Path(cache_dir) if cache_dir else None
        raw = json.loads(file_cache.cached(name, key, lambda: _validated_json(data_dir, docs_dir, overlay_dir),
                                           folder))
        data = SiteData(raw)
        object.__setattr__(data, "input_key", key)  # records are read-only to renderers, not to the loader
        _loaded.clear()
        _loaded[key] = data
    return _loaded[key]


def _validated_json(data_dir: Path, docs_dir: Path | None, overlay_dir: Path | None) -> bytes:
    from .validate import Validator  # imports jsonschema: only when there is something new to validate

    validator = Validator(data_dir, docs_dir, overlay_dir=overlay_dir)
    raw = validator.run()
    if validator.problems:
        raise DataError(validator.problems)
    return json.dumps(raw, ensure_ascii=False).encode("utf-8")
