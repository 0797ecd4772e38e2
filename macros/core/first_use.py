"""Glossary abbreviations on a built page: spelled out at first use, a tooltip everywhere.

`<abbr>` tooltips cannot be opened by keyboard or touch, so the first time a page
uses an abbreviation in body text it becomes "full term (ABBR)", the full term
linking to its glossary entry, unless the page has already spelled it out.
Headings, links, navigation, form labels and code are never expanded. Every
other bare abbreviation is wrapped in `<abbr title>`, because Markdown's abbr
extension does not reach the HTML that components write.

Pure: HTML string in, HTML string out, no MkDocs.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

from markupsafe import escape

# Whole tokens passed through untouched: comments, code, drawings, scripts, form controls (text only).
_ATOMIC = r"<!--.*?-->|<(?P<name>script|style|svg|pre|code|kbd|samp|textarea|math|select|template)\b.*?</(?P=name)\s*>"
_ABBR = r"<abbr\b[^>]*>(?P<abbr_text>[^<]*)</abbr>"
_TOKEN = re.compile(rf"(?P<atomic>{_ATOMIC})|(?P<abbr>{_ABBR})|(?P<tag><[^>]*>)", re.S | re.I)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)")

# Text inside these is never expanded (it may still get a tooltip).
NO_EXPANSION = {"a", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "label", "button", "summary",
                "select", "option", "title", "figcaption", "caption", "abbr"}
# A part of a page can opt out of expansion (the glossary's own terms do).
OPT_OUT_ATTRIBUTE = "data-no-first-use"
# Tags that start a new run of text: sentence starts are worked out from here.
_BLOCK_TAGS = {"p", "li", "td", "th", "dd", "dt", "div", "section", "blockquote", "br", "tr",
               "ol", "ul", "dl", "table", "details", "article", *NO_EXPANSION}
_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "source", "wbr", "area", "base", "embed", "track"}
_SENTENCE_END = (".", "!", "?", ":")


@dataclass(frozen=True)
class Abbreviation:
    word: str        # as written on the page: SENCo, SENCos
    term_id: str     # glossary entry (its anchor on the glossary page)
    title: str       # tooltip text: the glossary term
    full: str        # what first use spells out: the term, made plural for a plural form


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
    if not index:
        return None
    words = sorted(index, key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, words)) + r")(?![A-Za-z0-9])")


def _is_sentence_case(term: str) -> bool:
    """`Local authority` can start lower case mid-sentence; `Department for Education` cannot."""
    first, *rest = term.split()
    return (len(first) < 2 or first[1:].islower()) and all(not w[:1].isupper() for w in rest)


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


_indexed: list = [None, {}, None]  # [glossary, its index, its word pattern]: built once per build, not per page


def _index_and_pattern(glossary) -> tuple[dict[str, Abbreviation], re.Pattern | None]:
    """The glossary's index and word pattern, reused while the same (read-only) glossary is passed."""
    if _indexed[0] is not glossary:
        index = abbreviation_index(glossary)
        _indexed[:] = [glossary, index, _word_pattern(index)]
    return _indexed[1], _indexed[2]


class _Expander:
    def __init__(self, glossary, glossary_href: str):
        self.index, self.pattern = _index_and_pattern(glossary)
        self.glossary_href = glossary_href
        self.skip: list[list] = []     # [tag name, nesting depth] of open no-expansion elements
        self.seen: set[str] = set()    # term ids already used once on this page
        self.read = ""                 # page text so far, lower case: "already spelled out?"
        self.run = ""                  # text since the last block tag: "start of a sentence?"

    # ------------------------------------------------------------------ tags
    def tag(self, token: str) -> str:
        match = _TAG_NAME.match(token)
        if not match:
            return token
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name in _BLOCK_TAGS:
            self.run = ""
            self.read += " "
        if self.skip and self.skip[-1][0] == name:
            self.skip[-1][1] += -1 if closing else (0 if token.endswith("/>") else 1)
            if self.skip[-1][1] == 0:
                self.skip.pop()
        elif not closing and name not in _VOID and not token.endswith("/>") and (
                name in NO_EXPANSION or OPT_OUT_ATTRIBUTE in token):
            self.skip.append([name, 1])
        return token

    # ------------------------------------------------------------------ text
    def text(self, raw: str) -> str:
        if not raw:  # between two adjacent tags: most calls
            return raw
        if self.pattern is None:
            return self._note(raw)
        out, last = [], 0
        for match in self.pattern.finditer(raw):
            out.append(self._note(raw[last:match.start()]))
            abbr = self.index[match.group(1)]
            out.append(self.occurrence(abbr, self._abbr_markup(abbr)))
            last = match.end()
        out.append(self._note(raw[last:]))
        return "".join(out)

    def existing_abbr(self, token: str, inner: str) -> str:
        """An `<abbr>` the Markdown abbr extension already wrote."""
        abbr = self.index.get(html_lib.unescape(inner).strip())
        if abbr is None:
            return self._note(token, text=inner)
        return self.occurrence(abbr, token)

    def occurrence(self, abbr: Abbreviation, markup: str) -> str:
        if self.skip or abbr.term_id in self.seen:   # not body text, or not the first use
            self._remember(abbr.word)
            return markup
        self.seen.add(abbr.term_id)
        if _normalise(abbr.title) not in _normalise(self.read):
            full = abbr.full
            if _is_sentence_case(full) and not self._sentence_start():
                full = full[0].lower() + full[1:]
            link = f'<a class="glossary-first-use" href="{escape(self.glossary_href)}#{escape(abbr.term_id)}">'
            markup = f"{link}{escape(full)}</a> ({markup})"
            self._remember(f"{full} ({abbr.word})")
        else:
            self._remember(abbr.word)
        return markup

    # ------------------------------------------------------------------ helpers
    def _abbr_markup(self, abbr: Abbreviation) -> str:
        return f'<abbr title="{escape(abbr.title)}">{escape(abbr.word)}</abbr>'

    def _sentence_start(self) -> bool:
        text = self.run.rstrip()
        return not text or text.endswith(_SENTENCE_END)

    def _remember(self, plain: str) -> None:
        self.read += plain.lower()
        self.run += plain

    def _note(self, markup: str, text: str | None = None) -> str:
        self._remember(html_lib.unescape(markup if text is None else text))
        return markup


def expand_first_uses(page_html: str, glossary, glossary_href: str) -> str:
    """The page with each abbreviation's first body-text use spelled out and every use a tooltip.

    `glossary` is the glossary terms (records with id, term, abbreviation, aliases);
    `glossary_href` the relative link from this page to the glossary page.
    """
    expander = _Expander(glossary, glossary_href)
    out, last = [], 0
    for match in _TOKEN.finditer(page_html):
        out.append(expander.text(page_html[last:match.start()]))
        if match.group("atomic"):
            out.append(match.group("atomic"))
        elif match.group("abbr"):
            out.append(expander.existing_abbr(match.group("abbr"), match.group("abbr_text")))
        else:
            out.append(expander.tag(match.group("tag")))
        last = match.end()
    out.append(expander.text(page_html[last:]))
    return "".join(out)
