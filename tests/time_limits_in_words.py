"""Time limits written in words on a page must agree with their fact (issue 21: one fact in one place).

A sentence that names a time limit ("the final plan", "to comment on the draft") and a length of time
("20 weeks") must give that limit's length as its fact in data/statutory.yml has it. The words that name
each limit are below; a sentence naming several limits may give any of theirs. A length in a sentence that
names no limit (a school's 26-week window, "6 stages") is not a statutory time limit and is left alone.
"""

from __future__ import annotations

import re

# A length of time as pages write it: "20 weeks", "15 days", "2 months", "3 working days", "12 weeks'".
LENGTH = re.compile(r"\b(\d+)[ -](calendar |working |school )?(day|week|month)s?\b", re.I)

# The words that name each time limit (regular expressions, matched case-insensitively).
NAMES = {
    "decision-to-assess": [
        r"whether (it|the council) will (carry out|assess)",
        r"decide whether to assess",
        r"decision whether to assess",
    ],
    "advice-deadline": [r"(give|gives) (their|its) advice", r"help with the assessment", r"advice for the assessment"],
    "decision-not-to-issue": [r"not to issue", r"will not issue"],
    "draft-plan-comments": [r"comment on the draft", r"\byour \d+ days\b", r"family's \d+ days"],
    "final-plan": [r"final (ehc )?plan(?! after a re-?assessment)", r"request to the final"],
    "review-meeting-notice": [r"notice of the (review )?meeting", r"invite everyone"],
    "review-advice-circulated": [r"advice[^.]*before the meeting"],
    "review-report": [r"report of the (review )?meeting"],
    "review-decision": [r"decision after a review", r"(tell|told) you[^.]*decision[^.]*review"],
    "amendment-comments": [r"comment on the proposed changes"],
    "amended-plan": [r"final amended plan"],
    "annual-review": [
        r"annual review",
        r"plan[^.]*review[^.]*(every|at least)",
        r"review[^.]*plan[^.]*(every|at least)",
    ],
    "appeal-time-limit": [
        r"(last day|time limit|within|up to|until)\b[^.]*\bappeal",
        r"\bappeal\b[^.]*\b(within|up to|until)\b",
    ],
    "mediation-adviser-time-limit": [r"contact the mediation adviser"],
    "mediation-certificate-time-limit": [r"give you a certificate", r"certificate within"],
    "mediation-within-30-days": [r"(arrange|set up)[^.]*mediation|mediation[^.]*(arrange|set it up)"],
    "mediation-agreement": [r"agree at mediation", r"mediation agreement"],
    "reassessment-decision": [r"whether it will re-?assess"],
    "reassessment-final-plan": [r"re-?assess[^.]*final plan|final plan[^.]*re-?assess"],
    "ombudsman": [r"ombudsman[^.]*within|within[^.]*ombudsman"],
    "tribunal-orders": [r"tribunal order", r"order to make a plan"],
}


def lengths(text: str) -> set[tuple[int, str]]:
    """Every length of time written in `text`: {(20, "weeks"), (3, "working days")}."""
    return {(int(n), f"{(kind or '').strip()} {unit.lower()}s".strip()) for n, kind, unit in LENGTH.findall(text)}


def allowed_lengths(fact) -> set[tuple[int, str]]:
    """The lengths a fact gives: its period(s), and any length its own statement writes."""
    found = lengths(fact.statement)
    for limit in (fact, fact.get("and_within"), fact.get("or_later")):
        if limit and limit.get("period"):
            unit = limit.period.unit.replace("school-days", "school days")
            found.add((limit.period.amount, unit))
    return found


def fact_lengths_problems(facts) -> list[str]:
    """A time limit's own statement must give its period: "within 6 weeks" beside `period: 6 weeks`."""
    problems = []
    for fact in facts:
        for limit in (fact, fact.get("and_within"), fact.get("or_later")):
            if limit and limit.get("period"):
                unit = limit.period.unit.replace("school-days", "school days")
                if (limit.period.amount, unit) not in lengths(fact.statement):
                    problems.append(f"{fact.id}: the statement does not say {limit.period.amount} {unit}")
    return problems


def mismatches(sentences, facts, records=()) -> list[str]:
    """Sentences that name a time limit but give a length none of the limits they name has.

    `records`: sentences the data writes once (fact statements, exception grounds...): a page sentence that
    is one of them is the record itself, checked against its own period by `fact_lengths_problems`.
    """
    patterns = {fact_id: re.compile("|".join(words), re.I) for fact_id, words in NAMES.items()}
    problems = []
    for sentence in sentences:
        written = lengths(sentence)
        if not written or any(record in sentence for record in records):
            continue
        named = [fact_id for fact_id, pattern in patterns.items() if facts.get(fact_id) and pattern.search(sentence)]
        if not named:
            continue
        allowed = set().union(*(allowed_lengths(facts[fact_id]) for fact_id in named))
        wrong = sorted(written - allowed)
        if wrong:
            problems.append(f"{sentence!r} gives {wrong}, but {', '.join(named)} say {sorted(allowed)}")
    return problems
