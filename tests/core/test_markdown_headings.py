"""Section headings that components write are real Markdown headings, so the page's table of contents lists them."""

import lxml.html
import pytest

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.html import block, markdown_heading, tag
from macros.core.render.html import marked
from tests.helpers import PROJECT, replace_in, to_page_html

LINKS = Links("graduated-response/")


def contents(name, data):
    """(html, [(level, id, name)] of the table of contents, flattened in page order)."""
    html, tokens = to_page_html(str(COMPONENTS[name](data, LINKS)))

    def walk(items):
        for item in items:
            yield item["level"], item["id"], item["name"]
            yield from walk(item["children"])

    return html, list(walk(tokens))


def test_stage_sections_write_a_markdown_heading_per_stage_with_its_anchor():
    data = load_site_data(PROJECT / "data")
    raw = str(COMPONENTS["stage_sections"](data, LINKS))
    first = data.stages[0]
    assert f"\n\n## Stage 1: {first.name} {{#stage-{first.id}}}\n\n" in raw
    _, toc = contents("stage_sections", data)
    assert toc == [(2, f"stage-{s.id}", f"Stage {s.number}: {s.name}") for s in data.stages]


def test_ehcna_steps_roles_and_agencies_list_their_sections_in_the_contents():
    data = load_site_data(PROJECT / "data")
    assert contents("ehcna_steps", data)[1] == [
        (2, f"step-{s.number}", f"Step {s.number}: {s.title}") for s in data.guide.steps
    ]
    role_groups = [entry for entry in contents("roles_list", data)[1] if entry[1].startswith("group-")]
    assert [entry[1] for entry in role_groups] == [
        "group-school",
        "group-family",
        "group-local-authority",
        "group-services",
    ]
    assert contents("agencies_directory", data)[1] == [(2, f"agencies-{a.id}", a.name) for a in data.areas]


def test_headings_inside_sections_cards_and_tabs_stay_html_and_out_of_the_contents():
    data = load_site_data(PROJECT / "data")
    html, toc = contents("stage_sections", data)
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    first = data.stages[0].id
    assert page.xpath(f"//section[@class='stage']/h3[@id='stage-{first}-starts']")
    assert not [entry for entry in toc if entry[1].endswith("-starts")]
    html, toc = contents("ehcna_steps", data)
    assert 'id="step-1-words"' in html and "step-1-words" not in [entry[1] for entry in toc]


def test_markdown_characters_in_data_show_as_text_not_formatting_or_markup(data_copy):
    name = "Cause *for* <script>alert(1)</script> [concern](http://x) {#evil} &amp; _more_ # `code` \\ |"
    replace_in(data_copy / "stages.yml", "    name: Cause for concern\n", f"    name: '{name}'\n")
    data = load_site_data(data_copy)
    html, toc = contents("stage_sections", data)
    page = lxml.html.fragment_fromstring(html, create_parent="div")
    heading = page.xpath("//h2[@id='stage-cause-for-concern']")[0]
    assert heading.text_content() == f"Stage 1: {name}"
    assert heading.xpath("*") == []  # no <em>, <script>, <a> or <code> made from the text
    assert not page.xpath("//*[@id='evil']")
    assert toc[0][1] == "stage-cause-for-concern"


def test_a_markdown_heading_cannot_go_inside_an_element_and_needs_a_plain_anchor():
    heading = markdown_heading(2, "Title", "title")
    with pytest.raises(TypeError):
        tag("section", heading)
    with pytest.raises(ValueError):
        markdown_heading(2, "Title", "title} {: onclick=x")
    with pytest.raises(ValueError):
        markdown_heading(7, "Title", "title")
    # HTML either side stays raw HTML blocks, with blank lines between them and the heading
    assert str(block(tag("p", "a"), heading, tag("p", "b"))) == (
        f"\n\n{marked('<p>a</p>')}\n\n\n\n## Title {{#title}}\n\n\n\n{marked('<p>b</p>')}\n\n"
    )
