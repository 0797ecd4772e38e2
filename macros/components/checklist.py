"""A checklist of real labelled checkboxes; the browser script keeps the ticks per child and counts progress.

Without JavaScript it is still a readable, printable list of checkboxes. Printed, it is a sheet to write
on: the child's name and the date at the top, answer lines under each open question, and a notes area
that fills the rest of the sheet.
"""

from __future__ import annotations

from itertools import groupby

from ..core.render.html import block, tag
from ..core.render.basis import ASSET as BASIS_ASSET
from ..core.render.basis import cited, record_basis
from ..core.render.facts import not_confirmed_note
from ..core.render.ordinarily_available import strategy_by_id
from ..core.render.roles import role_links
from . import record_switcher

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = (*record_switcher.ASSETS, "saved-locally", "checklist", BASIS_ASSET)

ANSWER_LINES = 2  # printed lines under each open question


def checklists(data):
    return data["checklists"].checklists


def report_requirement(data, requirement_id: str):
    """A requirement of the SEN information report (statutory_year.yml)."""
    return data["statutory_year"].information_report.requirements[requirement_id]


def item_text(data, item) -> tuple[str, str | None]:
    """The item's own text and hint, or those of the record it points at."""
    text, hint = item.text, item.hint
    if item.question:
        question = data["meetings"].link_planning.questions[item.question]
        text, hint = text or question.text, hint or question.hint
    elif item.agreement:
        text = text or data["support_plans"].support_plan.agree[item.agreement].text
    elif item.review:
        review = data["review_calendar"].reviews[item.review]
        text, hint = text or review.name, hint or review.text
    elif item.strategy:
        text = text or strategy_by_id(data, item.strategy).text
    elif item.requirement:
        requirement = report_requirement(data, item.requirement)
        text, hint = text or requirement.text, hint or requirement.hint
    return text, hint


def item_basis(data, item):
    """The item's own basis, or that of the strategy it points at (every strategy says where it comes from)."""
    if item.basis or not (item.strategy or item.requirement):
        return item.basis
    if item.requirement:
        return report_requirement(data, item.requirement).basis
    return strategy_by_id(data, item.strategy).basis


def _criteria(data, links, item):
    """What the council should look at (Code 9.14) that this item gathers evidence for, linked to its row."""
    criteria = data.guide.evidence.criteria
    names = [tag("a", criteria[c].title, href=links.to("ehcna-evidence", f"criterion-{c}")) for c in item.criteria]
    return tag(
        "span",
        "Evidence for (Code 9.14): ",
        [(", " if i else "", n) for i, n in enumerate(names)],
        class_="checklist__criteria send-no-print",
    )


def group_title(data, item) -> str | None:
    if item.group or not item.step:
        return item.group
    step = data.guide.steps[item.step]
    return f"Step {step.number}: {step.title}"


def _item(data, links, checklist, item):
    box_id = f"cl-{checklist.id}-{item.id}"
    text, hint = item_text(data, item)
    basis = item_basis(data, item)
    requirement = report_requirement(data, item.requirement) if item.requirement else None
    # A requirement's label points at its own row on the Sources page.
    anchor = f"report-{requirement.id}" if requirement and not item.basis else None
    fact = data.facts[item.fact] if item.fact else None
    template = data["templates"].templates[item.template] if item.template else None
    details = [
        tag("span", hint, class_="checklist__hint") if hint else None,
        tag("ul", [tag("li", part) for part in requirement.includes], class_="checklist__includes")
        if requirement and requirement.includes
        else None,
        tag("span", record_basis(data, links, basis, anchor=anchor), class_="checklist__basis") if basis else None,
        tag("span", not_confirmed_note(requirement), class_="checklist__not-confirmed")
        if requirement and requirement.not_confirmed
        else None,
        tag("span", fact.statement, " (", cited(data, fact.source, fact.reference), ")", class_="checklist__fact")
        if fact
        else None,
        tag("a", f"Template: {template.title}", href=links.to(f"forms/{template.id}"), class_="checklist__template")
        if template
        else None,
        _criteria(data, links, item) if item.criteria else None,
    ]
    has_details = any(details)
    is_question = text.rstrip().endswith("?")  # an open question: lines to write the answer on
    return tag(
        "li",
        tag(
            "input",
            type="checkbox",
            id=box_id,
            data_item=item.id,
            aria_describedby=f"{box_id}-more" if has_details else None,
        ),
        tag(
            "div",
            tag("label", text, for_=box_id),
            tag("div", details, id=f"{box_id}-more", class_="checklist__more") if has_details else None,
            tag(
                "div",
                [tag("span", class_="send-ruled") for _ in range(ANSWER_LINES)],
                class_="checklist__answer send-print-only",
            )
            if is_question
            else None,
        ),
        class_="checklist__item",
    )


# The two lines at the top of a printed sheet, by what the sheet is about (checklists.yml `about`).
SHEET_HEADS = {
    "a-pupil-meeting": ("Pupil", "Meeting date"),
    "a-school-meeting": ("School", "Meeting date"),
    "the-school": ("School", "Date checked"),
}


def _for_parents(data, checklist) -> bool:
    return all(role == "parent-carer" for role in checklist.audience)


def _print_head(data, checklist):
    """The top of the printed sheet: who or what it is about (the child chosen on screen, or a line) and the date."""
    if checklist.about in SHEET_HEADS:
        who, when = SHEET_HEADS[checklist.about]
    else:  # a-child, the default
        who, when = ("Child" if _for_parents(data, checklist) else "Pupil"), "Date"
    date_id = f"cl-{checklist.id}-date"
    return tag(
        "div",
        tag("p", f"{who}: ", tag("span", class_="checklist__print-name send-ruled"), class_="checklist__print-line"),
        tag("p", f"{when}: ", tag("span", class_="checklist__print-date send-ruled"), class_="checklist__print-line"),
        class_="checklist__print-head send-print-only",
    ), tag(
        "div",
        tag("label", f"{when} (optional)", for_=date_id),
        tag("p", "Printed at the top of the sheet.", id=f"{date_id}-hint", class_="checklist__hint"),
        tag(
            "input",
            type="text",
            id=date_id,
            data_field="date",
            autocomplete="off",
            aria_describedby=f"{date_id}-hint",
            class_="checklist__date",
        ),
        class_="checklist__date-field send-no-print send-needs-js",
    )


def part_of(links):
    """The way back from a checklist's or template's own page to the index that lists them all."""
    return tag(
        "p",
        "Part of: ",
        tag("a", "Checklists and templates", href=links.to("checklists")),
        class_="part-of send-no-print",
    )


def _one(data, links, checklist):
    print_head, date_field = _print_head(data, checklist)
    groups = []
    for title, items in groupby(checklist["items"], key=lambda item: group_title(data, item)):
        rows = tag("ul", [_item(data, links, checklist, item) for item in items], class_="checklist__items")
        groups.append(tag("fieldset", tag("legend", title), rows, class_="checklist__group") if title else rows)
    return tag(
        "div",
        tag("p", checklist.intro),
        tag("p", "For: ", role_links(data, links, checklist.audience), class_="checklist__audience"),
        print_head,
        record_switcher.render(data, links, "checklist", checklist.id, "checklist", plain=("ticked",)),
        date_field,
        tag("p", role="status", aria_live="polite", hidden=True, class_="checklist__progress send-no-print"),
        groups,
        tag(
            "div",
            tag("p", "Notes"),
            tag("div", class_="send-box checklist__notes-box"),
            class_="checklist__notes send-print-only",
        ),
        class_="checklist",
        id=f"checklist-{checklist.id}",
        data_checklist=checklist.id,
    )


def render(data, links, checklist_id: str | None = None):
    """`checklist("link-planning")`; with no id, every checklist in order."""
    chosen = [checklists(data)[checklist_id]] if checklist_id else checklists(data)
    return block(part_of(links) if checklist_id else None, [_one(data, links, checklist) for checklist in chosen])
