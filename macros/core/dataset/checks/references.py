"""Ids are unique in their set, and every reference names an id that exists (the sets are in `files.py`)."""

from __future__ import annotations

from ..errors import DataProblem, did_you_mean
from ..files import walk
from ..loaded import Loaded

SHOWN_CHOICES = 12


def problems(loaded: Loaded) -> list[DataProblem]:
    found: list[DataProblem] = []
    id_sets: dict[str, set[str]] = {}
    for dataset in loaded.datasets:
        doc = loaded.documents.get(dataset.name)
        if doc is None:
            continue
        for set_name, pattern in dataset.ids.items():
            seen = id_sets.setdefault(set_name, set())
            for path, value in walk(doc.data, pattern):
                if value in seen:
                    found.append(
                        doc.problem(
                            path, f"duplicate id '{value}': ids must be unique in {set_name}. Rename one of them."
                        )
                    )
                seen.add(value)
    for dataset in loaded.datasets:
        doc = loaded.documents.get(dataset.name)
        if doc is None:
            continue
        for pattern, set_name in dataset.references:
            if set_name not in id_sets:
                continue  # the target file already failed; its own errors say why
            known = id_sets[set_name]
            for path, value in walk(doc.data, pattern):
                if value not in known:
                    choices = ", ".join(sorted(known)[:SHOWN_CHOICES]) + (", ..." if len(known) > SHOWN_CHOICES else "")
                    found.append(
                        doc.problem(
                            path, f"unknown {set_name} id '{value}'.{did_you_mean(value, known)} Use one of: {choices}."
                        )
                    )
    return found
