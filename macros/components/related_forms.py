"""'Checklists and templates for this page': the checklists and forms whose data names this page.

Each checklist in data/checklists.yml and template in data/templates.yml lists the
guidance pages it belongs to (`pages`); the validator checks that each page exists
and calls this macro, so a guidance page never mentions a template without linking it.
"""

from __future__ import annotations

from ..core.render.forms import docx_path
from ..core.render.html import block, markdown_heading, tag
from .checklist import checklists
from .template_form import templates

HEADING = "Checklists and templates for this page"


def page_doc(links) -> str:
    """The docs path (`sen-support-plans.md`) of the page being rendered, from its URL."""
    url = links.current_url
    if url.endswith(".html"):
        url = url[: -len(".html")]
    url = url.strip("/")
    return f"{url or 'index'}.md"


def for_page(data, doc: str) -> tuple[list, list]:
    """(checklists, templates) that name the docs page `doc`, in data order."""
    return ([c for c in checklists(data) if doc in c.pages], [t for t in templates(data) if doc in t.pages])


def render(data, links):
    doc = page_doc(links)
    chosen_checklists, chosen_templates = for_page(data, doc)
    if not chosen_checklists and not chosen_templates:
        raise ValueError(f"related_forms() on {doc}: no checklist or template names this page in its `pages`")
    rows = [
        tag("li", tag("a", f"Checklist: {checklist.title}", href=links.to(f"checklists/{checklist.id}")))
        for checklist in chosen_checklists
    ]
    rows += [
        tag(
            "li",
            tag("a", f"Template to fill in or print: {template.title}", href=links.to(f"forms/{template.id}")),
            " (",
            tag("a", f"{template.title} as a Word file", href=links.asset(docx_path(template.id)), download=True),
            ")",
        )
        for template in chosen_templates
    ]
    return block(markdown_heading(2, HEADING, "checklists-and-templates"), tag("ul", rows, class_="related-forms"))
