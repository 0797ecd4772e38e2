"""Every one-word glossary abbreviation and alias becomes a tooltip; nothing is typed by hand."""

from macros.core import load_site_data
from macros.outputs.abbreviations import abbreviation_glossary
from tests.helpers import PROJECT, replace_in


def test_tooltips_cover_every_single_word_abbreviation_and_alias():
    data = load_site_data(PROJECT / "data")
    tooltips = abbreviation_glossary(data)
    for term in data.glossary:
        for abbr in filter(None, (term.abbreviation, *(term.aliases or ()))):
            if " " not in abbr:
                assert tooltips[abbr] == term.term
    assert tooltips["EHCP"].lower().startswith("education, health and care")


def test_a_glossary_edit_changes_the_tooltip(data_copy):
    ehcp = load_site_data(data_copy).glossary["ehcp"]
    replace_in(data_copy / "glossary.yml", f"term: {ehcp.term}", "term: A plan for help at school")
    assert abbreviation_glossary(load_site_data(data_copy))["EHCP"] == "A plan for help at school"
