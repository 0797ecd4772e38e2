"""The EHC needs assessment deadline calculator, with a worked example that needs no JavaScript.

The browser script reads the same rules from `data-rules` (made here from
statutory.yml), so the numbers are typed once, in the data.
"""

from __future__ import annotations

import json
from datetime import date

from ..core.deadlines import calculator_rules, long_date, request_deadlines
from ..core.facts import grounds_for
from ..core.html import block, tag
from ..core.text import bullet_list

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = ('saved-locally', 'deadline-calculator')

GUIDE_PAGE = "ehc-needs-assessment"
FIELD_ID = "deadline-request-date"

# What the script says; {date}, {from} and {to} are filled in with dates in full.
MESSAGES = {
    "empty": "Enter the date the council received the request",
    "incomplete": "Enter the date as a day, month and year, for example 5 1 2026",
    "real": "Enter a real date, with a day, month and year",
    "range": "Enter a date between {from} and {to}",
    "heading": "Your dates, for a request received on {date}",
    "storage": "Your browser is not letting this page keep the date, so it will be forgotten when you leave.",
    "calendar": "Worked out by the SEND guide for a request received on {date}. "
                "Check the dates with your council.",
}


def _step_link(links, number: int):
    return tag("a", f"step {number}", href=links.to(GUIDE_PAGE, f"step-{number}"))


def _exceptions_note(data):
    """The rule for every exception, the counting notes, then each time limit's own grounds, from the data."""
    statutory = data["statutory"]
    limits = [data.facts[row.fact] for row in statutory.calculator.rows if data.facts[row.fact].exceptions]
    groups = [tag("li", limit.title, ": ", bullet_list([ground.text for ground in grounds_for(data, limit)]))
              for limit in limits]
    notes = [data.facts[fact_id].statement for fact_id in (statutory.calculator.notes or ())]
    return tag("div",
               tag("h3", "When the dates can be different"),
               [tag("p", note) for note in notes],
               tag("p", "The reasons the law allows for each time limit:") if groups else None,
               tag("ul", groups) if groups else None,
               class_="deadline-calculator__exceptions")


def _example_table(data, links):
    example = date.fromisoformat(data["statutory"].calculator.example_request)
    rows = [tag("tr",
                tag("td", long_date(deadline.date)),
                tag("td", deadline.text[0].upper() + deadline.text[1:]),
                tag("td", _step_link(links, deadline.step_number)))
            for deadline in request_deadlines(data, example)]
    return tag("table",
               tag("caption", f"Example: the council received the request on {long_date(example)}"),
               tag("thead", tag("tr", tag("th", "By", scope="col"), tag("th", "What happens", scope="col"),
                                tag("th", "Step", scope="col"))),
               tag("tbody", rows),
               class_="deadline-calculator__example")


def render(data, links):
    rules = {**calculator_rules(data), "messages": MESSAGES}
    for row in rules["rows"]:
        row["href"] = links.to(GUIDE_PAGE, f"step-{row['step']}")
    form = tag("form",
               tag("div",
                   tag("label", "Date the council received the request", for_=FIELD_ID,
                       class_="deadline-calculator__label"),
                   tag("p", "The time limits start when the council receives the request, not when it was sent. "
                            "Use the date on the council's letter or email saying it got the request. "
                            "If you do not have one, ask the council's SEN team what date it has.",
                       id=f"{FIELD_ID}-hint", class_="deadline-calculator__hint"),
                   tag("p", id=f"{FIELD_ID}-error", class_="deadline-calculator__error", hidden=True),
                   tag("input", type="date", id=FIELD_ID, autocomplete="off",
                       aria_describedby=f"{FIELD_ID}-hint"),
                   class_="deadline-calculator__field"),
               tag("button", "Show my dates", type="submit", class_="md-button md-button--primary"),
               class_="deadline-calculator__form send-no-print", novalidate=True, hidden=True)
    result = tag("div",
                 tag("h3", "Your dates", class_="deadline-calculator__heading"),
                 tag("ul", class_="deadline-calculator__dates"),
                 tag("button", "Add these dates to my calendar", type="button",
                     class_="md-button md-button--primary deadline-calculator__calendar send-no-print"),
                 class_="deadline-calculator__result", hidden=True)
    return block(tag("div",
                     tag("p", "Nothing you enter is sent anywhere. Your browser may keep the date so you can come back to it.",
                         class_="deadline-calculator__privacy send-no-print", hidden=True),
                     form,
                     tag("div", result, aria_live="polite"),
                     _exceptions_note(data),
                     _example_table(data, links),
                     class_="deadline-calculator", data_rules=json.dumps(rules, separators=(",", ":"))))
