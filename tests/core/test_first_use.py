"""Glossary abbreviations on a page: spelled out and linked at first use in body text, a tooltip everywhere."""

from macros.core import load_site_data
from macros.core.render.first_use import abbreviation_index, expand_first_uses
from macros.core.dataset.model import Record
from tests.helpers import PROJECT

GLOSSARY = (
    Record({"id": "sen", "term": "Special educational needs", "abbreviation": "SEN"}),
    Record(
        {
            "id": "senco",
            "term": "Special educational needs coordinator",
            "abbreviation": "SENCo",
            "aliases": ["SENCos", "SENDCo"],
        }
    ),
    Record({"id": "dfe", "term": "Department for Education", "abbreviation": "DfE"}),
    Record({"id": "autism", "term": "Autism", "aliases": ["ASD", "autism spectrum disorder"]}),
)
HREF = "../glossary/"


def expand(html):
    return expand_first_uses(html, GLOSSARY, HREF)


def test_first_use_is_spelled_out_and_linked_and_later_uses_get_a_tooltip_only():
    html = expand("<p>Ask about SEN support. SEN support is free.</p>")
    assert html == (
        '<p>Ask about <a class="glossary-first-use" href="../glossary/#sen">special educational needs</a> '
        '(<abbr title="Special educational needs">SEN</abbr>) support. '
        '<abbr title="Special educational needs">SEN</abbr> support is free.</p>'
    )


def test_headings_links_code_and_navigation_are_not_expanded_so_the_first_body_use_is():
    html = expand('<h2>SEN support</h2><nav><a href="x">SEN</a></nav><p><code>SEN</code> then SEN here.</p>')
    assert html.startswith('<h2><abbr title="Special educational needs">SEN</abbr> support</h2>')
    assert '<a href="x"><abbr title="Special educational needs">SEN</abbr></a>' in html
    assert "<code>SEN</code>" in html
    assert html.count("glossary-first-use") == 1
    assert html.index("glossary-first-use") > html.index("</code>")


def test_a_page_that_already_spelled_it_out_is_left_alone():
    html = expand("<p>Special Educational Needs (SEN) support.</p><p>More SEN.</p>")
    assert "glossary-first-use" not in html
    assert html.count('<abbr title="Special educational needs">SEN</abbr>') == 2


def test_abbr_written_by_markdown_is_expanded_without_wrapping_it_twice():
    html = expand('<p>Talk to the <abbr title="Special educational needs coordinator">SENCo</abbr>.</p>')
    assert html.count("<abbr") == 1
    assert '">special educational needs coordinator</a> (<abbr title=' in html


def test_plural_forms_spell_out_the_plural_and_count_as_the_same_term():
    html = expand("<p>Ask the SENCos. Each SENCo helps.</p>")
    assert ">special educational needs coordinators</a> (<abbr" in html
    assert html.count("glossary-first-use") == 1


def test_capitals_follow_the_sentence_and_names_keep_theirs():
    html = expand("<p>SEN support starts early.</p><p>Guidance from the DfE says so.</p>")
    assert '">Special educational needs</a>' in html  # start of a sentence
    assert '">Department for Education</a>' in html  # a name keeps its capitals


def test_opted_out_parts_and_atomic_blocks_are_not_touched():
    html = expand(
        "<dl><dt data-no-first-use>ASD: Autism</dt><dd>See ASD.</dd></dl><svg><text>SEN</text></svg>"
        "<select><option>SEN</option></select>"
    )
    assert "<svg><text>SEN</text></svg>" in html
    assert "<select><option>SEN</option></select>" in html  # an option holds text only
    assert '<dt data-no-first-use><abbr title="Autism">ASD</abbr>: Autism</dt>' in html
    assert "glossary-first-use" not in html  # "Autism" was already spelled out in the term


def test_attributes_and_longer_words_are_not_matched():
    html = expand('<p title="SEN">SENSIBLE and SEND-free text with a href</p><img alt="SEN">')
    assert html == '<p title="SEN">SENSIBLE and SEND-free text with a href</p><img alt="SEN">'


def test_every_single_word_glossary_abbreviation_is_indexed():
    data = load_site_data(PROJECT / "data")
    index = abbreviation_index(data.glossary)
    for term in data.glossary:
        if term.abbreviation:
            assert index[term.abbreviation].term_id == term.id
    assert "EHC plan" not in index  # multi-word aliases are prose, not abbreviations
    assert index["EHCPs"].full == data.glossary["ehcp"].term + "s"


def test_text_split_by_tags_and_entities_reads_as_one():
    # Spelled out across inline tags, an entity and a paragraph break: not expanded again.
    assert "glossary-first-use" not in expand("<p>Special <em>educational</em>&#32;needs. Then SEN.</p>")
    assert "glossary-first-use" not in expand("<p>Special educational</p><p>needs. SEN</p>")
    # A sentence runs on through inline tags but starts again at a block tag.
    assert '">special educational needs</a>' in expand("<p>Ask.</p><p>Ask <em>about</em> SEN</p>")
    assert '">Special educational needs</a>' in expand("<p>Ask <em>now:</em> SEN</p>")


def test_nested_opt_outs_and_abbreviations_in_tags_or_code():
    html = expand(
        '<div data-no-first-use><div>x</div><p>SEN</p></div><p title="SEN"><code>SEN</code>SEN.</p><p>SEN and 1 < 2 SEN'
    )
    assert html.count("glossary-first-use") == 1
    assert html.index("glossary-first-use") > html.index("</code>")
    assert '<p title="SEN"><code>SEN</code>' in html
    assert html.endswith('and 1 < 2 <abbr title="Special educational needs">SEN</abbr>')
