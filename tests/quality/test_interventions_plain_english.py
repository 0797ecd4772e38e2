"""The interventions and costing pages are for school staff: Flesch-Kincaid grade 9 or below, no sentence over 25 words."""

import pytest

from tests.quality.site_pages import main_content, parse, text_blocks
from tests.quality.test_plain_english import (
    MAX_SENTENCE_WORDS,
    built_file,
    cmu_pronouncing_dictionary,  # noqa: F401
    grade,
    sentences,
    word_count,
)

STAFF_GRADE = 9
STAFF_PAGES = ("interventions.md", "forms/costed-provision-map.md", "forms/intervention-tracker.md")


@pytest.mark.parametrize("doc", STAFF_PAGES)
def test_staff_page_is_plain_english(built_site, doc):
    blocks = text_blocks(main_content(parse(built_file(built_site, doc))))
    found = sentences(blocks)
    assert sum(word_count(s) for s in found) >= 50, f"{doc}: too little text found to measure"
    long = [f"{word_count(s)} words: {s}" for s in found if word_count(s) > MAX_SENTENCE_WORDS]
    assert not long, f"{doc} has sentences over {MAX_SENTENCE_WORDS} words:\n" + "\n".join(long)
    assert grade(blocks) <= STAFF_GRADE, (
        f"{doc}: Flesch-Kincaid grade {grade(blocks):.1f} (needs {STAFF_GRADE} or below)"
    )
