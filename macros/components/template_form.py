"""A fillable template: labelled fields in fieldsets, the Word download, and the A4 print layout.

The record switcher says which child the form is for and how long it is kept (nothing is kept unless
the person chooses); the browser script adds the Clear and Print buttons.
"""

from __future__ import annotations

from ..core.render import provision_cost
from ..core.render.forms import docx_path, template_sections
from ..core.render.html import block, tag
from . import record_switcher
from .checklist import part_of

# Front-end files this component needs (overrides/assets/components/NAME/), loaded only on pages using it.
ASSETS = (
    *record_switcher.ASSETS,
    "saved-locally",
    "template-form",
    "provision-cost",
)  # saved-locally fetches docx-writer when used


def templates(data):
    return data["templates"].templates


def _field(template_id, field):
    field_id = f"tpl-{template_id}-{field.key}"
    hint_id = f"{field_id}-hint" if field.hint else None
    common = {"id": field_id, "data_field": field.key, "aria_describedby": hint_id, "autocomplete": "off"}
    common.update(data_from=field.default_from, data_from_line=field.default_line)  # template-form.js fills it
    if field.type == "textarea":
        control = tag("textarea", rows=field.lines, data_rows=field.lines, **common)
    elif field.type == "number":
        control = tag("input", type="text", inputmode="decimal", class_="template-form__number", **common)
    else:
        control = tag("input", type="text", class_=f"template-form__{field.type}", **common)
    return tag(
        "div",
        tag("label", field.label, for_=field_id),
        tag("p", field.hint, id=hint_id, class_="template-form__hint") if field.hint else None,
        control,
        class_="template-form__field",
    )


def _one(data, links, template):
    costing = bool(template.costing)  # the costed provision map: each repeated section's cost, then the total
    sections = [
        tag(
            "fieldset",
            tag("legend", tag("h2", section.title)),
            tag("p", section.hint, class_="template-form__hint") if section.hint else None,
            [_field(template.id, field) for field in section.fields],
            provision_cost.row_cost(template.id, section.key) if costing and section.repeated else None,
            class_="template-form__section" + (" template-form__section--whole" if section.repeated else ""),
            id=f"section-{template.id}-{section.key}",
        )
        for section in template_sections(data, template)
    ]
    return tag(
        "div",
        tag("p", template.intro),
        tag(
            "p",
            tag(
                "a",
                f"Download the blank {template.title} template in Word format (.docx)",
                href=links.asset(docx_path(template.id)),
                download=True,
            ),
            class_="send-no-print",
        ),
        record_switcher.render(data, links, "template", template.id, template.title),
        provision_cost.rate_note(data, links) if costing else None,
        sections,
        provision_cost.total(data, links, template.id) if costing else None,
        class_="template-form",
        id=f"template-{template.id}",
        data_template=template.id,
        data_docx_title=template.title,
        data_docx_author=data["site"].site.service_name,
        **(provision_cost.root_attributes(data) if costing else {}),
    )


def render(data, links, template_id: str | None = None):
    """`template_form("sen-support-plan")`; with no id, every template in order."""
    chosen = [templates(data)[template_id]] if template_id else templates(data)
    return block(part_of(links) if template_id else None, [_one(data, links, template) for template in chosen])
