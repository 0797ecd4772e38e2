"""Located data errors: every problem names the file, the line and what to do."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataProblem:
    """One problem in one data file, sortable by file then line."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.file}:{self.line}: {where}{self.message}"


class DataError(Exception):
    """Raised once per build with every problem found, so an editor fixes them in one go."""

    def __init__(self, problems: list[DataProblem]):
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"The data has {count} problem{'s' if count != 1 else ''}:"
        return "\n".join([head, *(str(p) for p in self.problems)])


class RecordId(str):
    """A record named by its id in a path: `agencies[camhs]`, not its place in a list the officer cannot count."""


def format_path(parts: tuple | list) -> str:
    """Render a node path as `agencies[3].areas[0]`, or `agencies[camhs].areas[0]` with a RecordId."""
    text = ""
    for part in parts:
        if isinstance(part, (int, RecordId)):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


# The one place that turns a schema's `pattern` or `format` into words a council officer can act
# on, each with an example. The validator uses it for every field of every file, so no message
# ever shows a regular expression (tests/core/test_messages.py checks every pattern in
# data/schemas/ is listed here). `{value}` is the value as written.
DATE_MESSAGE = (
    "'{value}' is not a date written the way the guide needs: year-month-day with hyphens, "
    'in quotes, for example "2026-09-03".'
)
UK_PHONE_PATTERN = r"^(0[1-9]( ?[0-9]){8,9}|\+44 ?[1-9]( ?[0-9]){8,9})$"
# An email address as people write it: no spaces, no mailto:, one @, a dot in the part after it.
EMAIL_PATTERN = r"^[^@\s:]+@[^@\s]+\.[^@\s.]+$"
EMAIL_EXAMPLE = 'for example "sen.team@yourcouncil.gov.uk"'  # messages end with it
PATTERN_MESSAGES: dict[str, str] = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": "'{value}' is not a valid id: use lowercase letters and numbers joined by "
    'hyphens, for example "sen-team".',
    "^#[0-9a-fA-F]{6}$": "'{value}' is not a colour: write # and six hexadecimal digits, in quotes, for example "
    '"#1d70b8". The quotes matter: # starts a comment in YAML.',
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": DATE_MESSAGE,
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$": DATE_MESSAGE,
    r"^\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2\d))$": DATE_MESSAGE,
    "^https://": "'{value}' is not a secure web address: write the full address starting https://, for example "
    '"https://www.yourcouncil.gov.uk/local-offer". If it starts http://, check the page opens '
    "with https:// and use that.",
    r"^[^/\\][^\\]*\.svg$": "'{value}' is not an SVG file: the logo must be an .svg file, given as a path from "
    "the folder of your mkdocs.yml, for example logo.svg.",
    r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$": "'{value}' is not a month and day: write MM-DD in quotes, "
    'for example "08-31" for 31 August.',
    "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*\\.md$": "'{value}' is not a page of the guide: give its path inside docs/, in lowercase with hyphens, "
    'for example "sen-support-plans.md" or "checklists/reviews.md".',
    "^[A-Za-z][A-Za-z0-9_-]*$": "'{value}' is not a heading id: write it without #, starting with a letter, "
    "for example if-you-disagree.",
    r"^[^\s-]+([\s-]+[^\s-]+){0,4}$": "'{value}' is too long for a search word: search finds a page when every "
    "word of a search word is typed, so use at most 5 words, for example "
    '"annual review" or "moving to secondary school".',
    UK_PHONE_PATTERN: "'{value}' is not a UK phone number: write digits and spaces only, starting 0 or +44, "
    'for example "0161 496 0000" or "+44 161 496 0000". Put other words in the summary.',
    EMAIL_PATTERN: "'{value}' is not an email address: write it with no spaces, one @ and the part after it, "
    + EMAIL_EXAMPLE
    + ".",
}
FORMAT_MESSAGES: dict[str, str] = {
    "date": "'{value}' is not a real date: check the day and the month, for example \"2026-09-03\".",
    "email": "'{value}' is not an email address: write it like \"sen.team@yourcouncil.gov.uk\".",
}


# Characters pasted from Word or a web page that look right but are not what YAML or a pattern needs.
LOOKALIKES = {
    "\u201c": "curly quotes (“ ”)",
    "\u201d": "curly quotes (“ ”)",
    "\u2018": "curly quotes (‘ ’)",
    "\u2019": "curly quotes (‘ ’)",
    "\u00a0": "a non-breaking space",
    "\u2013": "a dash (–)",
    "\u2212": "a minus sign (−)",
    "\u200b": "an invisible space",
}


def lookalike_hint(value) -> str:
    """Name what was pasted in, so a value that looks right can be fixed ("" when there is nothing)."""
    found = [name for char, name in LOOKALIKES.items() if isinstance(value, str) and char in value]
    if not found:
        return ""
    return (
        f" It contains {' and '.join(dict.fromkeys(found))}, which Word or a web page put there: type it again "
        'in the editor, with straight quotes (") and ordinary spaces.'
    )


def email_message(value: str) -> str:
    """What exactly is wrong with an email address, with the right form."""
    address = value.strip()
    if address.lower().startswith("mailto:"):
        why = "leave out mailto: (the guide adds it to the link)"
    elif " " in address or "\u00a0" in address:
        why = "it has a space in it"
    elif address.count("@") != 1:
        why = "it needs exactly one @" if address.count("@") else "it has no @"
    else:
        why = "the part after the @ needs a dot, as in yourcouncil.gov.uk"
    return f"'{value}' is not an email address: {why}. Write the address alone, {EMAIL_EXAMPLE}."


def pattern_message(pattern: str, value, description: str | None = None) -> str:
    """The plain message for a value that does not match a schema pattern (never the pattern itself)."""
    template = PATTERN_MESSAGES.get(pattern)
    if template is None:  # a pattern added to a schema without a message: fall back to the field's own words
        return f"'{value}' is not written the way this field needs. {description or 'See the schema.'}"
    if pattern == EMAIL_PATTERN:
        return email_message(value) + lookalike_hint(value)
    if template is DATE_MESSAGE and isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return real_date_message(value)  # written the right way, but no such day: say that, not how to write it
    return template.format(value=value) + lookalike_hint(value)


def real_date_message(value: str) -> str:
    """'2026-09-31': the day or the month does not exist."""
    from calendar import month_name, monthrange

    year, month, day = (int(part) for part in value.split("-"))
    if not 1 <= month <= 12:
        return f"'{value}' is not a real date: there is no month {month}. Write year-month-day, for example \"2026-09-03\"."
    return (
        f"'{value}' is not a real date: {month_name[month]} {year} has {monthrange(year, month)[1]} days. "
        "Check the day and the month."
    )


def closest(value, known) -> str | None:
    """The known id a typo most likely meant ('educational-pyschology' -> 'educational-psychology'), or None."""
    import difflib

    if not isinstance(value, str):
        return None
    found = difflib.get_close_matches(value, [k for k in known if isinstance(k, str)], n=1, cutoff=0.8)
    return found[0] if found else None


def did_you_mean(value, known) -> str:
    """ " Did you mean 'x'?" for a near miss, else nothing."""
    match = closest(value, known)
    return f" Did you mean '{match}'?" if match else ""


def format_message(kind: str, value) -> str | None:
    if kind == "date" and isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return real_date_message(value)
    template = FORMAT_MESSAGES.get(kind)
    return template.format(value=value) if template else None


def typed_as_number(typed: str, value) -> str:
    """YAML reads unquoted digits as a number (a leading 0 can even make it octal): say to quote them."""
    changed = "" if str(value) == typed else f" (it became {value})"
    return (
        f"YAML read {typed} as a number{changed}, not as text. Put it in quotes, exactly as people "
        f'should see it: "{typed}".'
    )
