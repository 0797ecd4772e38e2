"""Component HTML skips Markdown's HTML parser (macros.markdown_raw_html) and the page comes out the same."""

import re

import markdown

from macros.components import COMPONENTS
from macros.core import Links, load_site_data
from macros.core.render.html import block, markdown_heading, tag
from macros.core.render.html import marked
from macros.markdown_raw_html import END, START, StashComponentHtml
from tests.helpers import PROJECT, _site_markdown_extensions, render_any_component

LINKS = Links("graduated-response/")


def convert(text: str, with_extension: bool) -> tuple[str, list]:
    """The site's Markdown, with or without the raw_html extension; returns (html, toc tokens)."""
    extensions = [
        (name, options)
        for name, options in _site_markdown_extensions()
        if with_extension or name != "macros.markdown_raw_html"
    ]
    md = markdown.Markdown(
        extensions=[name for name, _ in extensions], extension_configs={name: options for name, options in extensions}
    )
    return md.convert(text), md.toc_tokens


def without_blank_lines(html: str) -> str:
    """Whitespace between block elements is not content: the parser kept a newline the stash does not."""
    return re.sub(r">\s+<", "><", html).strip()


def test_the_extension_is_in_the_site_markdown_extensions():
    assert "macros.markdown_raw_html" in [name for name, _ in _site_markdown_extensions()]


def test_every_component_gives_the_same_page_with_and_without_the_extension():
    data = load_site_data(PROJECT / "data")
    for name, render in COMPONENTS.items():
        text = f"# Page\n\nIntro with *emphasis*.\n\n{render_any_component(name, render, data, LINKS)}\n\nAfter the component.\n"
        fast, fast_toc = convert(text, with_extension=True)
        parsed, parsed_toc = convert(text, with_extension=False)
        assert START not in fast and END not in fast, name  # the marks never reach the page
        assert without_blank_lines(fast) == without_blank_lines(parsed.replace(START, "").replace(END, "")), name
        assert fast_toc == parsed_toc, name  # Markdown headings still listed


def test_marked_html_is_stored_as_it_is_and_never_reaches_the_html_parser():
    html = str(tag("div", tag("p", "Text with *stars* and a [bracket](not-a-link)"), class_="card"))
    md = markdown.Markdown()
    lines = StashComponentHtml(md).run(f"Before\n\n{marked(html)}\n\nAfter".split("\n"))
    assert "<div" not in "\n".join(lines)  # what the HTML parser gets holds only a placeholder
    assert md.htmlStash.rawHtmlBlocks == [html]
    assert lines[0] == "Before" and lines[-1] == "After"


def test_markdown_between_blocks_stays_markdown():
    text = str(block(tag("p", "one"), markdown_heading(2, "A heading", "a-heading"), tag("p", "two")))
    html, toc = convert(text, with_extension=True)
    assert '<h2 id="a-heading">A heading</h2>' in html
    assert [entry["id"] for entry in toc] == ["a-heading"]
    assert html.index("<p>one</p>") < html.index("<h2") < html.index("<p>two</p>")


def test_an_unclosed_mark_is_left_to_markdown():
    text = f"{START}<div>never closed</div>\n\nA *paragraph*."
    html, _ = convert(text, with_extension=True)
    assert "<div>never closed</div>" in html and "<em>paragraph</em>" in html


def test_element_ids_reads_every_id_written_by_tag_or_markdown():
    from macros.markdown_raw_html import element_ids

    html = (
        str(tag("section", tag("h3", "A & B", id="a-and-b"), data_id="not-an-id", id="card"))
        + '<h2 id="step-1">Step 1</h2>'
        + str(tag("p", 'text that says id="not-an-element"'))
    )
    assert element_ids(html) == {"a-and-b", "card", "step-1"}
