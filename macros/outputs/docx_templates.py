"""A Word (.docx) file per template, laid out from the same sections and fields as the web form."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from macros.core.render.forms import docx_path, template_sections

LABEL_STYLE = "Field label"
HINT_STYLE = "Field hint"
HEADING_STYLES = ("Heading 1", "Heading 2")
TABLE_STYLE = "Table Grid"
LINE_HEIGHT_CM = 0.8


def _styles(document) -> dict[str, str]:
    """Add the label and hint styles (Word users and tests find and restyle them by name).

    Returns the style ids the body uses, looked up once per document: python-docx's
    own style setters rescan every style in the document on each call, which was
    most of the build's time.
    """
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    styles = document.styles
    normal = styles["Normal"]
    label = styles.add_style(LABEL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = normal
    label.font.bold = True
    label.paragraph_format.space_before = Pt(6)
    label.paragraph_format.space_after = Pt(2)
    label.paragraph_format.keep_with_next = True
    hint = styles.add_style(HINT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    hint.base_style = normal
    hint.font.italic = True
    hint.paragraph_format.space_after = Pt(2)
    hint.paragraph_format.keep_with_next = True
    return {name: styles[name].style_id for name in (*HEADING_STYLES, LABEL_STYLE, HINT_STYLE, TABLE_STYLE)}


def _paragraph(document, text: str, style_id: str) -> None:
    """A paragraph in a style given by id (see `_styles` for why not by name)."""
    document.add_paragraph(text)._p.style = style_id


def _answer_box(document, lines: int, style_id: str):
    """A one-cell table to type or write in: one line high for short answers, taller for long ones."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=1)
    table._tbl.tblStyle_val = style_id
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
    # The guide wrote it, not the library: python-docx's own template says "python-docx" in these.
    document.core_properties.author = document.core_properties.last_modified_by = data["site"].site.service_name
    document.core_properties.comments = ""
    style_ids = _styles(document)
    _paragraph(document, template.title, style_ids["Heading 1"])
    document.add_paragraph(template.intro)
    for section in template_sections(data, template):
        _paragraph(document, section.title, style_ids["Heading 2"])
        if section.hint:
            _paragraph(document, section.hint, style_ids[HINT_STYLE])
        for field in section.fields:
            _paragraph(document, field.label, style_ids[LABEL_STYLE])
            if field.hint:
                _paragraph(document, field.hint, style_ids[HINT_STYLE])
            _answer_box(document, field.lines if field.type == "textarea" else 1, style_ids[TABLE_STYLE])
    return document


def document_bytes(data, template) -> bytes:
    """The saved Word file of one template."""
    out = BytesIO()
    build_document(data, template).save(out)
    return out.getvalue()


def after_build(data, site_dir: Path) -> None:
    """Write each template's Word file, made afresh in every build."""
    for template in data["templates"].templates:
        target = Path(site_dir) / docx_path(template.id)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(document_bytes(data, template))
