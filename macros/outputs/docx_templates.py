"""A Word (.docx) file per template, laid out from the same sections and fields as the web form."""

from __future__ import annotations

from pathlib import Path

from macros.core.forms import docx_path, template_sections

LABEL_STYLE = "Field label"
HINT_STYLE = "Field hint"
LINE_HEIGHT_CM = 0.8


def _styles(document):
    """Named styles for labels and hints, so Word users (and tests) can find and restyle them."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    label = document.styles.add_style(LABEL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = document.styles["Normal"]
    label.font.bold = True
    label.paragraph_format.space_before = Pt(6)
    label.paragraph_format.space_after = Pt(2)
    label.paragraph_format.keep_with_next = True
    hint = document.styles.add_style(HINT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    hint.base_style = document.styles["Normal"]
    hint.font.italic = True
    hint.paragraph_format.space_after = Pt(2)
    hint.paragraph_format.keep_with_next = True


def _answer_box(document, lines: int):
    """A one-cell table to type or write in: one line high for short answers, taller for long ones."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=1)
    table.style = document.styles["Table Grid"]
    row = table.rows[0]
    row.height = Cm(LINE_HEIGHT_CM * lines)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def build_document(data, template):
    """The Word document for one template: title, intro, then each section's heading and fields."""
    from docx import Document
    from docx.shared import Cm

    document = Document()
    page = document.sections[0]
    page.page_width, page.page_height = Cm(21.0), Cm(29.7)  # A4
    page.left_margin = page.right_margin = page.top_margin = page.bottom_margin = Cm(1.5)
    document.core_properties.title = template.title
    _styles(document)
    document.add_heading(template.title, level=1)
    document.add_paragraph(template.intro)
    for section in template_sections(data, template):
        document.add_heading(section.title, level=2)
        if section.hint:
            document.add_paragraph(section.hint, style=HINT_STYLE)
        for field in section.fields:
            document.add_paragraph(field.label, style=LABEL_STYLE)
            if field.hint:
                document.add_paragraph(field.hint, style=HINT_STYLE)
            _answer_box(document, field.lines if field.type == "textarea" else 1)
    return document


def after_build(data, site_dir: Path) -> None:
    for template in data["templates"].templates:
        target = Path(site_dir) / docx_path(template.id)
        target.parent.mkdir(parents=True, exist_ok=True)
        build_document(data, template).save(str(target))
