"""Glossary abbreviations on a built page: spelled out at first use, a tooltip everywhere.

`<abbr>` tooltips cannot be opened by keyboard or touch, so the first time a page
uses an abbreviation in body text it becomes "full term (ABBR)", the full term
linking to its glossary entry, unless the page has already spelled it out.
Headings, links, navigation, form labels and code are never expanded, and neither
is a document's title or a quoted name: text in `<cite>` or `<q>`, any of the
`titles` passed in (the legal sources' titles as written in the data), and an
abbreviation the text introduces itself, "Name (ABBR)". Every
other bare abbreviation is wrapped in `<abbr title>`, because Markdown's abbr
extension does not reach the HTML that components write.

Pure: HTML string in, HTML string out, no MkDocs.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from markupsafe import escape

# Every token starts with "<", written once up front so the regex engine can jump from one "<" to the next
# instead of trying each alternative at every character (this scan was a fifth of the module's cost).
# Whole tokens passed through untouched: comments, code, drawings, scripts, form controls (text only).
_ATOMIC = r"!--.*?--|(?P<name>script|style|svg|pre|code|kbd|samp|textarea|math|select|template)\b.*?</(?P=name)\s*"
_ABBR = r"abbr\b[^>]*>(?P<abbr_text>[^<]*)</abbr"
# Any other tag, with its name when it has one (case-sensitive: under `re.I`, `[a-z]` also matches the Kelvin sign).
_TAG = r"\s*(?P<closing>/?)\s*(?P<tag>(?-i:[a-zA-Z][a-zA-Z0-9-]*))?[^>]*"
_TOKEN = re.compile(rf"<(?:(?P<atomic>{_ATOMIC})|{_ABBR}|{_TAG})>", re.S | re.I)

# Text inside these is never expanded (it may still get a tooltip).
NO_EXPANSION = {
    "a",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "label",
    "button",
    "summary",
    "select",
    "option",
    "title",
    "figcaption",
    "caption",
    "abbr",
    "cite",
    "q",
}
# A part of a page can opt out of expansion (the glossary's own terms do).
OPT_OUT_ATTRIBUTE = "data-no-first-use"
# Tags that start a new run of text: sentence starts are worked out from here.
_BLOCK_TAGS = {
    "p",
    "li",
    "td",
    "th",
    "dd",
    "dt",
    "div",
    "section",
    "blockquote",
    "br",
    "tr",
    "ol",
    "ul",
    "dl",
    "table",
    "details",
    "article",
    *NO_EXPANSION,
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "source", "wbr", "area", "base", "embed", "track"}
_SENTENCE_END = (".", "!", "?", ":")


@dataclass(frozen=True)
class Abbreviation:
    word: str  # as written on the page: SENCo, SENCos
    term_id: str  # glossary entry (its anchor on the glossary page)
    title: str  # tooltip text: the glossary term
    full: str  # what first use spells out: the term, made plural for a plural form


def abbreviation_index(glossary) -> dict[str, Abbreviation]:
    """Every single-word abbreviation and alias in the glossary, by the word written on a page."""
    index: dict[str, Abbreviation] = {}
    for term in glossary:
        words = [w for w in (term.abbreviation, *(term.aliases or ())) if w and " " not in w]
        for word in words:
            plural = bool(term.abbreviation) and word.lower() == term.abbreviation.lower() + "s"
            index.setdefault(word, Abbreviation(word, term.id, term.term, term.term + ("s" if plural else "")))
    return index


def _word_pattern(index) -> re.Pattern | None:
    """Any indexed word, not inside a longer word.

    Each word checks the character before it from its end, `SEN(?<![A-Za-z0-9]SEN)`, rather than the
    pattern starting with `(?<![A-Za-z0-9])`: a pattern that starts with a letter lets the regex engine
    skip to the next possible first letter, one that starts with a look-behind runs it at every
    character (6x slower). Same matches: the word has just matched, so only the character before it counts.
    """
    if not index:
        return None
    words = map(re.escape, sorted(index, key=len, reverse=True))
    return re.compile("(" + "|".join(rf"{w}(?<![A-Za-z0-9]{w})" for w in words) + r")(?![A-Za-z0-9])")


def _is_sentence_case(term: str) -> bool:
    """`Local authority` can start lower case mid-sentence; `Department for Education` cannot."""
    first, *rest = term.split()
    return (len(first) < 2 or first[1:].islower()) and all(not w[:1].isupper() for w in rest)


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class _GlossaryWords:
    """What every page needs from the glossary, built once per build, not per page."""

    glossary: object
    index: dict[str, Abbreviation]
    pattern: re.Pattern | None
    abbr_markup: dict[str, str]  # each word's `<abbr title>` tooltip


_last_words: list[_GlossaryWords] = []


def _glossary_words(glossary) -> _GlossaryWords:
    """The glossary's words, reused while the same (read-only) glossary is passed."""
    if not _last_words or _last_words[0].glossary is not glossary:
        index = abbreviation_index(glossary)
        markup = {
            word: f'<abbr title="{escape(abbr.title)}">{escape(abbr.word)}</abbr>' for word, abbr in index.items()
        }
        _last_words[:] = [_GlossaryWords(glossary, index, _word_pattern(index), markup)]
    return _last_words[0]


class _Expander:
    """Reads one page in order, noting the edits it needs as (start, end, markup) spans of the page."""

    def __init__(self, page_html: str, glossary, glossary_href: str, titles=()):
        self.page = page_html
        self.titles = _title_spans(page_html, titles)  # (start, end) of each title written on the page
        words = _glossary_words(glossary)
        self.index, pattern, self.abbr_markup = words.index, words.pattern, words.abbr_markup
        self.glossary_href = glossary_href
        self.edits: list[tuple[int, int, str]] = []
        # Words are found in one pass over the whole page, not one per run of text; those inside tags are passed
        # over. The same matches: a word (no "<" or ">" in it) cannot run on from a tag into text or back.
        self.words = pattern.finditer(page_html) if pattern else iter(())
        self.next_word = next(self.words, None)
        self.opt_outs = OPT_OUT_ATTRIBUTE in page_html  # few pages have any: no need to look in every tag
        self.skip: list[list] = []  # [tag name, nesting depth] of open no-expansion elements
        self.seen: set[str] = set()  # term ids already used once on this page
        self.read: list[str] = []  # page text so far, lower case: "already spelled out?" (a list: += on a
        # long string copies it each time, which was most of this module's cost)
        self.run_from = 0  # read[run_from:] is the text since the last block tag: "start of a sentence?"
        self.spelled = ""  # read[:spelled_upto] normalised, kept to extend, not redo, at each first use
        self.spelled_upto = 0
        self.spelled_ends_in_space = True

    # ------------------------------------------------------------------ tags
    def tag(self, match: re.Match, name: str) -> None:
        """A tag: block tags start a new run of text; no-expansion elements are tracked as they nest."""
        name = name.lower()
        if name in _BLOCK_TAGS:
            self.read.append(" ")
            self.run_from = len(self.read)
        skip = self.skip
        if skip and skip[-1][0] == name:
            closing, token = match.group("closing", 0)
            skip[-1][1] += -1 if closing else (0 if token.endswith("/>") else 1)
            if skip[-1][1] == 0:
                skip.pop()
        elif name in NO_EXPANSION or (self.opt_outs and OPT_OUT_ATTRIBUTE in match.group()):
            closing, token = match.group("closing", 0)
            if not closing and name not in _VOID and not token.endswith("/>"):
                skip.append([name, 1])

    # ------------------------------------------------------------------ text
    def text(self, start: int, end: int) -> None:
        """The text `page[start:end]` between two tokens."""
        page, last, word = self.page, start, self.next_word
        while word is not None and word.start() < end:
            if word.start() >= start:  # not in a tag before this text
                self._note(page[last : word.start()])
                abbr = self.index[word.group()]
                # "Name (ABBR)": the writer has just spelled it out; expanding it again would rewrite the name.
                introduced = page[word.start() - 1 : word.start()] == "(" and page[word.end() : word.end() + 1] == ")"
                self.edits.append(
                    (*word.span(), self.occurrence(abbr, self.abbr_markup[abbr.word], word.start(), introduced))
                )
                last = word.end()
            word = next(self.words, None)
        self.next_word = word
        self._note(page[last:end])

    def existing_abbr(self, match: re.Match) -> None:
        """An `<abbr>` the Markdown abbr extension already wrote."""
        inner = match.group("abbr_text")
        abbr = self.index.get(html_lib.unescape(inner).strip())
        if abbr is None:
            self._note(inner)
        else:
            self.edits.append((*match.span(), self.occurrence(abbr, match.group(), match.start())))

    def occurrence(self, abbr: Abbreviation, markup: str, at: int = -1, introduced: bool = False) -> str:
        in_title = bool(self.titles) and any(start <= at < end for start, end in self.titles)
        if introduced:
            self.seen.add(abbr.term_id)
        if self.skip or in_title or introduced or abbr.term_id in self.seen:  # not body text, or not the first use
            self._remember(abbr.word)
            return markup
        self.seen.add(abbr.term_id)
        spelled, title = self._spelled_so_far(), _normalise(abbr.title)
        # An alias that ends the full name as written ("... Social Care Ombudsman") is that name, not a use of it:
        # left as plain words, since a tooltip on its last word alone would read as a first use not spelled out.
        if f"{spelled} {abbr.word.lower()}".endswith(" " + title) or f"{spelled} {abbr.word.lower()}" == title:
            self._remember(abbr.word)
            return str(escape(abbr.word))
        if title not in spelled:
            full = abbr.full
            if _is_sentence_case(full) and not self._sentence_start():
                full = full[0].lower() + full[1:]
            link = f'<a class="glossary-first-use" href="{escape(self.glossary_href)}#{escape(abbr.term_id)}">'
            markup = f"{link}{escape(full)}</a> ({markup})"
            self._remember(f"{full} ({abbr.word})")
        else:
            self._remember(abbr.word)
        return markup

    def edited_page(self) -> str:
        """The page with the edits made; the stretches between them copied as they are."""
        out, copied = [], 0
        for start, end, markup in self.edits:
            out += self.page[copied:start], markup
            copied = end
        out.append(self.page[copied:])
        return "".join(out)

    # ------------------------------------------------------------------ helpers
    def _sentence_start(self) -> bool:
        """Lower case is as good as the text's own here: lowering changes no space or punctuation."""
        text = "".join(self.read[self.run_from :]).rstrip()
        return not text or text.endswith(_SENTENCE_END)

    def _spelled_so_far(self) -> str:
        """`_normalise("".join(self.read))`, extending the last answer by what was read since."""
        new = "".join(self.read[self.spelled_upto :])
        self.spelled_upto = len(self.read)
        if new.strip():
            # The first new word carries on the last one read unless whitespace comes between them.
            apart = self.spelled and (self.spelled_ends_in_space or new[0].isspace())
            self.spelled += (" " if apart else "") + _normalise(new)
        if new:
            self.spelled_ends_in_space = new[-1].isspace()
        return self.spelled

    def _remember(self, plain: str) -> None:
        self.read.append(plain.lower())

    def _note(self, markup: str) -> None:
        """Read the text of `markup` (most text has no entity to unescape)."""
        self._remember(html_lib.unescape(markup) if "&" in markup else markup)


def _title_spans(page_html: str, titles) -> list[tuple[int, int]]:
    """Where each title (plain text, as in the data) is written in the page's HTML."""
    written = {html_lib.escape(title, quote=False) for title in titles if title}
    written |= {html_lib.escape(title) for title in titles if title}
    if not written or not any(title in page_html for title in written):
        return []
    pattern = re.compile("|".join(map(re.escape, sorted(written, key=len, reverse=True))))
    return [match.span() for match in pattern.finditer(page_html)]


def expand_first_uses(page_html: str, glossary, glossary_href: str, titles=()) -> str:
    """The page with each abbreviation's first body-text use spelled out and every use a tooltip.

    `glossary` is the glossary terms (records with id, term, abbreviation, aliases);
    `glossary_href` the relative link from this page to the glossary page; `titles` the
    names of documents (legal sources), never rewritten where a page writes them.
    """
    expander = _Expander(page_html, glossary, glossary_href, titles)
    text, tag, existing_abbr = expander.text, expander.tag, expander.existing_abbr
    last = 0
    for match in _TOKEN.finditer(page_html):
        start = match.start()
        if start > last:  # most tokens follow another directly, with no text between
            text(last, start)
        last = match.end()
        name = match.group("tag")
        if name:
            tag(match, name)
        elif match.group("abbr_text") is not None:
            existing_abbr(match)
        # else a comment, a code block or the like, or a "<" with no tag name: nothing to read
    if last < len(page_html):
        text(last, len(page_html))
    return expander.edited_page()
