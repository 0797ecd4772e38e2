"""The Word files: opened with python-docx, their headings and field labels match the web form's data."""

import pytest
from docx import Document
from docx.shared import Cm

from macros.core import load_site_data
from macros.core.render.forms import docx_path, template_sections
from macros.outputs.docx_templates import HINT_STYLE, LABEL_STYLE, after_build
from tests.helpers import PROJECT


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    data = load_site_data(PROJECT / "data")
    site = tmp_path_factory.mktemp("site")
    after_build(data, site)
    return data, site


def test_one_word_file_per_template(written):
    data, site = written
    for template in data["templates"].templates:
        assert (site / docx_path(template.id)).stat().st_size > 5000


@pytest.mark.parametrize(
    "template_id",
    [
        "sen-support-plan",
        "initial-concern-record",
        "pupil-voice",
        "parent-voice",
        "planning-consultation-record",
        "individual-provision-map",
    ],
)
def test_word_file_has_the_form_headings_and_fields(written, template_id):
    data, site = written
    template = data["templates"].templates[template_id]
    sections = template_sections(data, template)
    document = Document(str(site / docx_path(template_id)))
    paragraphs = document.paragraphs
    assert [p.text for p in paragraphs if p.style.name == "Heading 1"] == [template.title]
    assert [p.text for p in paragraphs if p.style.name == "Heading 2"] == [s.title for s in sections]
    labels = [p.text for p in paragraphs if p.style.name == LABEL_STYLE]
    assert labels == [f.label for s in sections for f in s.fields]
    hints = [p.text for p in paragraphs if p.style.name == HINT_STYLE]
    assert hints == [h for s in sections for h in (s.hint, *(f.hint for f in s.fields)) if h]
    assert len(document.tables) == len(labels)  # a box to write in under every label
    assert document.core_properties.title == template.title
    assert document.core_properties.author == data["site"].site.service_name  # never "python-docx"
    assert "python-docx" not in document.core_properties.comments + document.core_properties.last_modified_by
    page = document.sections[0]
    assert (round(page.page_width.cm, 1), round(page.page_height.cm, 1)) == (21.0, 29.7)


def test_long_answers_get_taller_boxes(written):
    data, site = written
    document = Document(str(site / docx_path("pupil-voice")))
    heights = [round(table.rows[0].height.cm, 1) for table in document.tables]
    assert heights[0] == round(Cm(0.8).cm, 1)  # "My name": one line
    assert heights[4] == round(Cm(0.8 * 4).cm, 1)  # "What I am good at and enjoy": 4 lines
