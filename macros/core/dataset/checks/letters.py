"""A letter's text fills only the fields its form asks for, and every letter has its page.

`{child-name}` in a letter with no child-name field would print as a blank nobody can fill; a letter
with no docs/letters/ID.md page would be listed but never shown.
"""

from __future__ import annotations

import re

from ..errors import DataProblem
from ..loaded import Loaded

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
PAGE_FOLDER = "letters"


def placeholders(text: str) -> list[str]:
    """The field ids a letter's text fills, in order: "Dear {sender-name}" -> ["sender-name"]."""
    return PLACEHOLDER.findall(text)


def problems(loaded: Loaded) -> list[DataProblem]:
    doc = loaded.documents.get("letters")
    if doc is None:
        return []
    found = []
    for n, letter in enumerate(doc.data["letters"]):
        asked = set(letter["fields"])
        texts = [(("letters", n, "subject"), letter["subject"])]
        texts += [(("letters", n, "paragraphs", p), text) for p, text in enumerate(letter["paragraphs"])]
        for path, text in texts:
            for name in placeholders(text):
                if name not in asked:
                    found.append(
                        doc.problem(
                            path,
                            (
                                f"letter '{letter['id']}' fills {{{name}}}, which is not one of its fields. "
                                f"Add {name} to its `fields`, or use one of: {', '.join(letter['fields'])}."
                            ),
                        )
                    )
        if loaded.docs_dir is not None and loaded.pages:
            page = loaded.docs_dir / PAGE_FOLDER / f"{letter['id']}.md"
            if not page.is_file():
                found.append(
                    doc.problem(
                        ("letters", n, "id"),
                        (
                            f"letter '{letter['id']}' has no page. Create {loaded.docs_dir.name}/{PAGE_FOLDER}/{letter['id']}.md "
                            f'calling {{{{ letter("{letter["id"]}") }}}}.'
                        ),
                    )
                )
    return found
