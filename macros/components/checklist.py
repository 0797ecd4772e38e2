"""A checklist of real labelled checkboxes; the browser script saves the ticks and counts progress.

Without JavaScript it is still a readable, printable list of checkboxes.
"""

from __future__ import annotations

from itertools import groupby

from ..core.render.html import block, join, tag
from ..core.render.basis import cited
from ..core.render.roles import role_links

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = ('saved-locally', 'checklist')


def checklists(data):
    return data["checklists"].checklists


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
    return text, hint


def group_title(data, item) -> str | None:
    if item.group or not item.step:
        return item.group
    step = data.guide.steps[item.step]
    return f"Step {step.number}: {step.title}"


def _item(data, links, checklist, item):
    box_id = f"cl-{checklist.id}-{item.id}"
    text, hint = item_text(data, item)
    fact = data.facts[item.fact] if item.fact else None
    template = data["templates"].templates[item.template] if item.template else None
    details = [
        tag("span", hint, class_="checklist__hint") if hint else None,
        tag("span", fact.statement, " (", cited(data, fact.source, fact.reference), ")",
            class_="checklist__fact") if fact else None,
        tag("a", f"Template: {template.title}", href=links.to(f"forms/{template.id}"),
            class_="checklist__template") if template else None,
    ]
    has_details = any(details)
    return tag(
        "li",
        tag("input", type="checkbox", id=box_id, data_item=item.id,
            aria_describedby=f"{box_id}-more" if has_details else None),
        tag("div",
            tag("label", text, for_=box_id),
            tag("div", details, id=f"{box_id}-more", class_="checklist__more") if has_details else None),
        class_="checklist__item")


def _print_lines(*labels):
    """Empty lines to write on, shown only on paper."""
    return tag("div", [tag("p", join(label, ": ", tag("span", class_="send-ruled"))) for label in labels],
               class_="send-print-only")


def part_of(links):
    """The way back from a checklist's or template's own page to the index that lists them all."""
    return tag("p", "Part of: ", tag("a", "Checklists and templates", href=links.to("checklists")),
               class_="part-of send-no-print")


def _one(data, links, checklist):
    groups = []
    for title, items in groupby(checklist["items"], key=lambda item: group_title(data, item)):
        rows = tag("ul", [_item(data, links, checklist, item) for item in items], class_="checklist__items")
        groups.append(tag("fieldset", tag("legend", title), rows, class_="checklist__group") if title else rows)
    return tag(
        "div",
        tag("p", checklist.intro),
        tag("p", "For: ", role_links(data, links, checklist.audience), class_="checklist__audience"),
        _print_lines("Pupil or school", "Date"),
        tag("p", "Your ticks are saved in this browser only. Nobody else can see them.",
            class_="checklist__note send-no-print"),
        tag("p", role="status", aria_live="polite", hidden=True, class_="checklist__progress"),
        groups,
        tag("div", tag("p", "Notes"), tag("div", class_="send-box"), class_="send-print-only"),
        class_="checklist", id=f"checklist-{checklist.id}", data_checklist=checklist.id)


def render(data, links, checklist_id: str | None = None):
    """`checklist("link-planning")`; with no id, every checklist in order."""
    chosen = [checklists(data)[checklist_id]] if checklist_id else checklists(data)
    return block(part_of(links) if checklist_id else None, [_one(data, links, checklist) for checklist in chosen])
