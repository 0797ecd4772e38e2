"""The abbreviations snippet Material turns into tooltips, generated from the glossary."""

from __future__ import annotations

from pathlib import Path

GENERATED_DIR = ".generated"
SNIPPET = "abbreviations.md"


def abbreviations_snippet(data) -> str:
    """`*[EHCP]: Education, Health and Care plan` for every abbreviation and alias."""
    lines = []
    for term in data.glossary:
        for abbr in filter(None, (term.abbreviation, *(term.aliases or ()))):
            if abbr.replace(" ", "") == abbr:  # the abbr extension matches single words only
                lines.append(f"*[{abbr}]: {term.term}")
    return "\n".join(lines) + "\n"


def before_build(data, project_dir: Path) -> None:
    target = Path(project_dir) / GENERATED_DIR / SNIPPET
    target.parent.mkdir(exist_ok=True)
    text = abbreviations_snippet(data)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")  # unchanged file: no needless serve reload
