"""Answers read across data files that both the date engine and the pages need, so neither owns them."""

from __future__ import annotations


def grounds_for(data, fact) -> list:
    """The grounds a time limit shows, in the data's order."""
    return [data["statutory"].exceptions[ground] for ground in fact.exceptions or ()]


def repeat_numbers(section):
    """The numbers of a repeated template section (Outcome 1, Outcome 2...), or (None,) for a section shown once."""
    return range(1, section["repeat"] + 1) if section.get("repeat") else (None,)


def saved_key(item_id: str, number: int | None) -> str:
    """Where a template field's answer is saved: its id, numbered in a repeated section (`support-2`)."""
    return f"{item_id}-{number}" if number else item_id
