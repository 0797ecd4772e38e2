"""A deadline calculator for one journey (assessment, annual review, moving school, appeal).

`{{ deadline_calculator("appeal") }}` on a page. Every journey uses the same engine:
the browser script reads the rules from `data-rules` (made by
`macros.core.dates.deadlines.calculator_rules` from statutory.yml), the same object the Python
reference works from. Without JavaScript the page still explains each rule, with its
basis, its exceptions and a worked example, clearly marked as an example. The form is
written shown, as the script will show it (CSS hides it where scripts cannot run), so the
page does not move when the script starts.
"""

from __future__ import annotations

import json

from ..core.render.basis import ASSET as BASIS_ASSET
from ..core.render.basis import fact_basis
from ..core.dates.deadlines import calculator_rules, example_values, journey, journey_dates
from ..core.school_year import long_date
from ..core.render.html import block, tag
from ..core.render.text import bullet_list
from . import letter, record_switcher
from .date_input import date_boxes

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = (BASIS_ASSET, *record_switcher.ASSETS, "saved-locally", "date-input", "deadline-engine", "deadline-calculator")

PRIVACY = (
    "Nothing you enter is sent anywhere: the dates are worked out in your browser. "
    "They are kept on this device only if you choose."
)


def _heading(level: int, text: str, **attrs):
    return tag(f"h{level}", text, **attrs)


def _inputs(record, field_prefix: str):
    """The journey's questions: the move (moving school), then one date input per date."""
    parts = []
    if record.moves:
        radios = [
            tag(
                "div",
                tag(
                    "input",
                    type="radio",
                    name_=f"{field_prefix}-move",
                    value=move.id,
                    id=f"{field_prefix}-move-{move.id}",
                    class_="deadline-calculator__radio",
                ),
                tag("label", move.label, for_=f"{field_prefix}-move-{move.id}"),
                class_="deadline-calculator__choice",
            )
            for move in record.moves
        ]
        parts.append(
            tag(
                "div",
                tag(
                    "fieldset",
                    tag("legend", "What kind of move is it?", class_="date-input__legend"),
                    tag("p", id=f"{field_prefix}-move-error", class_="date-input__error", hidden=True),
                    radios,
                    class_="date-input__fieldset",
                ),
                class_="date-input",
                id=f"{field_prefix}-move",
                data_choice="move",
                data_name="the kind of move",
            )
        )
    for item in record.inputs:
        parts.append(
            date_boxes(
                f"{field_prefix}-{item.id}",
                item.question,
                item.hint,
                ("year",) if item.kind == "year" else ("day", "month", "year"),
                name=item.name,
            )
        )
    return parts


def _rule_item(data, links, rules_row, example):
    """One rule without JavaScript: what happens, the law with its basis, its exceptions, the example date."""
    fact = data.facts[rules_row["fact"]]
    grounds = rules_row["grounds"]
    return tag(
        "li",
        tag("p", tag("strong", fact.title), ": ", fact.statement, " ", fact_basis(data, links, fact)),
        tag("div", tag("p", f"{rules_row['groundsHeading']}:"), bullet_list(grounds)) if grounds else None,
        tag("p", "In the example: ", tag("strong", long_date(example.date)), ".") if example else None,
        data_row=rules_row["id"],
    )


def _example(data, journey_id: str, rules, level: int):
    """The worked example, headed and captioned as an example: hidden in print once the person's own dates show."""
    record = journey(data, journey_id)
    values = example_values(data, journey_id)
    given = []
    for item in record.inputs:
        if item.id in values:
            value = values[item.id]
            given.append(f"{item.name}: {value if item.kind == 'year' else long_date(value)}")
    if "move" in values:
        given.insert(0, f"the move: {record.moves[values['move']].label.lower()}")
    dates = journey_dates(rules, values)
    rows = [tag("tr", tag("td", long_date(item.date)), tag("td", item.text, join_how(item))) for item in dates]
    return dates, tag(
        "div",
        _heading(level, "Worked example (not your dates)"),
        tag("p", "This example shows how the dates are worked out. It is not about your child. In the example:"),
        bullet_list([upper_first(text) for text in given]),
        tag(
            "table",
            tag("caption", "Example only"),
            tag("thead", tag("tr", tag("th", "By", scope="col"), tag("th", "What happens", scope="col"))),
            tag("tbody", rows),
        ),
        class_="deadline-calculator__example",
    )


def upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


def join_how(item):
    """How a date was worked out, when it took more than one step (the appeal's moves, the school year)."""
    return [tag("span", " " + line, class_="deadline-calculator__how") for line in item.how]


def render(data, links, journey_id: str = "assessment", level: int = 3):
    """The calculator for one journey; `level` is the heading level of its sections on this page."""
    record = journey(data, journey_id)
    rules = calculator_rules(data, journey_id)
    passed = record.if_passed
    for row, source in zip(rules["rows"], record.rows):
        target = source.if_passed or passed
        row["next"] = links.to(target.page, target.anchor)
        row["carry"] = letter.carried_dates(data, target.page)
    prefix = f"calc-{journey_id}"
    example_dates, example = _example(data, journey_id, rules, level)
    by_row = {item.id: item for item in example_dates}
    notes = [data.facts[fact_id] for fact_id in record.notes or ()]  # each journey explains its own counting
    summary = tag(
        "div",
        tag(
            "div",
            _heading(level, "There is a problem", class_="deadline-calculator__summary-title"),
            tag("ul", class_="deadline-calculator__summary-list"),
            role="alert",
        ),
        class_="deadline-calculator__summary",
        tabindex="-1",
        hidden=True,
    )
    form = tag(
        "form",
        _inputs(record, prefix),
        tag("button", "Show my dates", type="submit", class_="md-button md-button--primary"),
        class_="deadline-calculator__form send-no-print send-needs-js",
        novalidate=True,
    )
    result = tag(
        "div",
        _heading(level, "Your dates", class_="deadline-calculator__heading", tabindex="-1"),
        tag("p", class_="deadline-calculator__given"),
        tag("ol", class_="deadline-calculator__dates"),
        tag("div", class_="deadline-calculator__tools send-no-print"),
        class_="deadline-calculator__result",
        hidden=True,
    )
    rules_list = tag(
        "div",
        _heading(level, "How each date is worked out"),
        # Titled, so a note that covers only some moves (post-16 to post-16) says which.
        [
            tag("p", tag("strong", f"{note.title}:"), " ", note.statement, " ", fact_basis(data, links, note))
            for note in notes
        ],
        tag(
            "ul",
            [_rule_item(data, links, row, by_row.get(row["id"])) for row in rules["rows"]],
            class_="deadline-calculator__rules",
        ),
        class_="deadline-calculator__explained",
    )
    return block(
        tag(
            "div",
            tag("p", PRIVACY, class_="deadline-calculator__privacy send-no-print send-needs-js"),
            # Which child the dates are for, and whether they are kept (records.js).
            record_switcher.render(data, links, "calculator", journey_id, "calculator"),
            summary,
            form,
            tag("div", result, aria_live="polite"),
            rules_list,
            example,
            class_="deadline-calculator",
            data_journey=journey_id,
            data_rules=json.dumps(rules, separators=(",", ":")),
        )
    )
