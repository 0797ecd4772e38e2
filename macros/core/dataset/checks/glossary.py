"""Every abbreviation (a word with two or more capitals: EHCP, SENCo, PfA) in the data and the pages is in the glossary."""

from __future__ import annotations

import re

from ..errors import DataProblem
from ..loaded import Loaded

ABBREVIATION = re.compile(r"\b[A-Za-z]*[A-Z][a-z]*[A-Z][A-Za-z]*\b")
# Fields that hold codes, not words.
NOT_WORDS = ("id", "url", "email", "phone", "reference")


def problems(loaded: Loaded) -> list[DataProblem]:
    glossary = loaded.documents.get("glossary")
    if glossary is None:
        return []
    found: list[DataProblem] = []
    known = _known_abbreviations(glossary.data)
    hint = _hint(loaded)
    for doc in loaded.documents.values():
        for path, text in _text_values(doc.data):
            if path and path[-1] in NOT_WORDS:
                continue
            for word in _unknown_abbreviations(text, known):
                found.append(doc.problem(path, f"abbreviation '{word}' is not in the glossary. {hint}"))
    for page in loaded.pages:
        shown = loaded.page_name(page)
        text = _page_text_without_code(page.read_text(encoding="utf-8"))
        for number, line in enumerate(text.splitlines(), start=1):
            for word in _unknown_abbreviations(line, known):
                found.append(DataProblem(shown, number, "", f"abbreviation '{word}' is not in the glossary. {hint}"))
    return found


def _hint(loaded: Loaded) -> str:
    """Where to add a new abbreviation: a council adds it in its own overlay, never in the base glossary."""
    if loaded.overlay:
        own = loaded.overlay.display(loaded.overlay.folder / "glossary.yml")
        return (
            f"Add it to your own {own}: under terms (with what it stands for), or, if it is not "
            "an abbreviation, under ignore, for example ignore: [NHSE]. Do not edit the base guide's data/."
        )
    return "Add it to data/glossary.yml (abbreviation or aliases), or to its ignore list if it is not one."


def _text_values(data):
    """Every string in a data tree, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            for path, text in _text_values(value):
                yield (key, *path), text
    elif isinstance(data, list):
        for i, value in enumerate(data):
            for path, text in _text_values(value):
                yield (i, *path), text
    elif isinstance(data, str):
        yield (), data


def _known_abbreviations(glossary: dict) -> set[str]:
    known = set(glossary.get("ignore", []))
    for term in glossary.get("terms", []):
        for name in (term.get("abbreviation"), *term.get("aliases", [])):
            if name:
                known.add(name)
    return known


def _unknown_abbreviations(text: str, known: set[str]) -> list[str]:
    found = []
    for word in ABBREVIATION.findall(text):
        if word in known or (word.endswith("s") and word[:-1] in known):
            continue
        found.append(word)
    return found


_PAGE_NOISE = re.compile(
    r"^---\n.*?\n---\n|```.*?```|\{\{.*?\}\}|\{%.*?%\}|<[^>]+>|\]\([^)]*\)|https?://\S+|\{[:#.][^}]*\}", re.S
)


def _page_text_without_code(text: str) -> str:
    """Blank out front matter, macros, markup and links but keep line numbers."""
    return _PAGE_NOISE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
