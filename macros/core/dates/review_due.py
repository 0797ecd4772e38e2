"""Build warnings for data that goes out of date with time: a notice or funding fact past its check_by date, exam rules
past their valid_to date, bank holidays running out,
national contact details checked more than 12 months ago.

Warnings, not errors: the build goes on (also under --strict), and `make check` prints the same.
"""

from __future__ import annotations

import sys
from datetime import date

from .deadlines import add_months

# The build warns when the bank holiday list ends sooner than this.
BANK_HOLIDAY_WARNING_MONTHS = 12
# Checked national contact details older than this warn: numbers and opening hours change.
CHECK_AGAIN_AFTER_MONTHS = 12


def notices_due_for_review(data, today: date) -> list[str]:
    """A warning for each proposed-changes notice whose check_by date has passed."""
    warnings = []
    for notice in data["statutory"].notices or ():
        if date.fromisoformat(notice.check_by) < today:
            warnings.append(
                f"data/statutory.yml: notices '{notice.id}': the \"{notice.title}\" notice about "
                f'"{notice.document}" was due for review by {notice.check_by}. Check what has happened '
                "since, update its text and law_in_force_on, and set a new check_by date."
            )
    return warnings


def funding_facts_due_for_review(data, today: date) -> list[str]:
    """A warning for each funding fact past its check_by date: a new year's DfE guide may change the figure."""
    return [
        f"data/funding.yml: facts '{fact.id}': \"{fact.title}\" was due to be checked by {fact.check_by}. Check it "
        "against the current year's DfE guidance, update the text and its source, and set a new check_by date."
        for fact in data["funding"].facts
        if date.fromisoformat(fact.check_by) < today
    ]


def exam_rules_past_valid_to(data, today: date) -> list[str]:
    """A warning once the JCQ access arrangements document the data comes from has ended: a new one applies."""
    exams = data["statutory_year"].access_arrangements
    if date.fromisoformat(exams.valid_to) >= today:
        return []
    return [
        f"data/statutory_year.yml: access_arrangements: the JCQ rules these points come from covered "
        f"{exams.valid_from} to {exams.valid_to}, and that has passed. Read the current JCQ document, update the "
        "points, the source and valid_from and valid_to."
    ]


def bank_holidays_running_out(data, today: date) -> list[str]:
    """A build warning when the bank holiday list ends within 12 months: appeal dates after it cannot be worked out."""
    until = date.fromisoformat(data["bank_holidays"].covers_until)
    if until >= add_months(today, BANK_HOLIDAY_WARNING_MONTHS):
        return []
    return [
        f"data/bank_holidays.yml: covers_until: the bank holidays end on {until.isoformat()}, less than "
        f"{BANK_HOLIDAY_WARNING_MONTHS} months away. Add the next year's dates from "
        f"{data['bank_holidays'].source} and move covers_until on."
    ]


def stale_national_contacts(data, today: date) -> list[str]:
    """National help checked more than 12 months ago (data/national_contacts.yml): say which, to check it again."""
    stale = []
    for contact in data["national_contacts"].contacts:
        if add_months(date.fromisoformat(contact.checked), CHECK_AGAIN_AFTER_MONTHS) < today:
            stale.append(
                f"data/national_contacts.yml: contacts '{contact.id}': the details of {contact.name} were "
                f"last checked on {contact.checked}, more than {CHECK_AGAIN_AFTER_MONTHS} months ago. Check "
                f"the phone number, opening times and web address against {contact.source}, then set "
                "checked to the date you did."
            )
    return stale


def warn_notices_due(data, today: date | None = None) -> None:
    """Print each review warning to stderr. A warning, not an error: the build goes on (also under --strict)."""
    today = today or date.today()
    for warning in (
        notices_due_for_review(data, today)
        + funding_facts_due_for_review(data, today)
        + exam_rules_past_valid_to(data, today)
        + bank_holidays_running_out(data, today)
        + stale_national_contacts(data, today)
    ):
        print(f"WARNING -  {warning}", file=sys.stderr)
