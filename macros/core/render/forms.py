"""Templates laid out once, for the web form and the Word file alike, so both show the same fields."""

from __future__ import annotations

from dataclasses import dataclass

from ..dataset.lookups import repeat_numbers, saved_key

DOCX_FOLDER = "downloads/templates"
DEFAULT_LINES = 3


@dataclass(frozen=True)
class Field:
    key: str  # where the answer is saved; unique in its template
    label: str
    hint: str | None
    type: str  # text, date or textarea
    lines: int
    default_from: str | None = None  # "template/ID#key": another template's answer shown while this one is empty
    default_line: int | None = None  # only that line of it


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    hint: str | None
    fields: tuple[Field, ...]
    repeated: bool = False  # one of a numbered set ("Outcome 2"): printed whole, never split across sheets


def docx_path(template_id: str) -> str:
    """Where the Word file of a template sits in the built site."""
    return f"{DOCX_FOLDER}/{template_id}.docx"


def template_sections(data, template) -> tuple[Section, ...]:
    """Sections in order, repeated ones numbered ("Outcome 2", keys like `support-2`).

    The validator has checked that no two fields save under the same key
    (`dataset/checks/templates.py`), so one never overwrites another in the reader's browser.
    """
    agreements = data["support_plans"].support_plan.agree
    sections = []
    for section in template.sections:
        for number in repeat_numbers(section):
            fields = []
            for field in section.fields:
                key = saved_key(field.id, number)
                hint = field.hint or (agreements[field.agreement].text if field.agreement else None)
                source = field["from"] if "from" in field else None
                fields.append(
                    Field(
                        key,
                        field.label,
                        hint,
                        field.type or "text",
                        field.lines or DEFAULT_LINES,
                        f"template/{source.template}#{source.field}" if source else None,
                        source.line if source else None,
                    )
                )
            title = f"{section.title} {number}" if number else section.title
            sections.append(Section(saved_key(section.id, number), title, section.hint, tuple(fields), bool(number)))
    return tuple(sections)
