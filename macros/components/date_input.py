"""The GOV.UK date input: Day, Month and Year text boxes in a fieldset whose legend is the question.

Every calculator asks for its dates with this one component. The boxes are plain text with
`inputmode="numeric"` (no native date picker, no automatic tabbing); the script in
`overrides/assets/components/date-input/` reads them, accepts month names ("jan",
"January") and shows the GOV.UK error message beside the boxes.
"""

from __future__ import annotations

from ..core.render.html import tag

ASSETS = ("date-input",)

# Each box: its label, and its width in characters (the month box takes a name as well as a number).
BOXES = {"day": ("Day", 2), "month": ("Month", 4), "year": ("Year", 4)}


def date_boxes(
    field_id: str, question: str, hint: str | None = None, parts=("day", "month", "year"), name: str | None = None
):
    """The fieldset for one date (or, with `parts=("year",)`, a year alone); ids are `<field_id>-day` and so on."""
    boxes = [
        tag(
            "div",
            tag("label", BOXES[part][0], for_=f"{field_id}-{part}", class_="date-input__label"),
            tag(
                "input",
                type="text",
                inputmode="numeric",
                id=f"{field_id}-{part}",
                name_=f"{field_id}-{part}",
                autocomplete="off",
                spellcheck="false",
                class_=f"date-input__box date-input__box--{BOXES[part][1]}",
                data_part=part,
            ),
            class_="date-input__item",
        )
        for part in parts
    ]
    hint_id = f"{field_id}-hint" if hint else None
    return tag(
        "div",
        tag(
            "fieldset",
            tag("legend", question, class_="date-input__legend"),
            tag("p", hint, id=hint_id, class_="date-input__hint") if hint else None,
            tag("p", id=f"{field_id}-error", class_="date-input__error", hidden=True),
            tag("div", boxes, class_="date-input__boxes"),
            role="group",
            aria_describedby=hint_id,
            class_="date-input__fieldset",
        ),
        class_="date-input",
        id=field_id,
        data_date_input=field_id,
        data_name=name,
    )


def render(
    data,
    links,
    field_id: str = "date",
    question: str = "What is the date?",
    hint: str | None = None,
    name: str | None = None,
):
    """`{{ date_input("id", "Question?") }}` on a page: the same boxes outside a calculator."""
    return date_boxes(field_id, question, hint, name=name)
