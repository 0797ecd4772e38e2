"""The index of checklists and templates, each linked to its page (templates also to their Word file)."""

from __future__ import annotations

from ..core.render.forms import docx_path
from ..core.render.html import block, join, markdown_heading, tag
from ..core.render.text import plural
from .checklist import checklists
from ..core.render.roles import role_links
from .template_form import templates


def render(data, links):
    checklist_rows = [
        tag(
            "li",
            tag("a", checklist.title, href=links.to(f"checklists/{checklist.id}")),
            tag(
                "p",
                join(plural(len(checklist["items"]), "item"), ". For: ", role_links(data, links, checklist.audience)),
                class_="checklists-index__meta",
            ),
        )
        for checklist in checklists(data)
    ]
    template_rows = [
        tag(
            "li",
            tag("a", template.title, href=links.to(f"forms/{template.id}")),
            tag("p", template.intro, class_="checklists-index__meta"),
            tag(
                "p",
                tag(
                    "a",
                    f"{template.title} in Word format (.docx)",
                    href=links.asset(docx_path(template.id)),
                    download=True,
                ),
                class_="checklists-index__meta",
            ),
        )
        for template in templates(data)
    ]
    return block(
        markdown_heading(2, "Checklists", "checklists"),
        tag("ul", checklist_rows, class_="checklists-index"),
        markdown_heading(2, "Templates", "templates"),
        tag("ul", template_rows, class_="checklists-index"),
    )
