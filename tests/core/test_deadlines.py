"""The statutory deadline rules: fixed cases checked by hand against the regulations' wording."""

from datetime import date

import pytest

from macros.core import load_site_data
from macros.core.deadlines import (accepted_range, add_months, add_period, calculator_rules, fact_deadline,
                                   long_date, request_deadlines)
from macros.core.model import Record
from tests.helpers import PROJECT, replace_in

DATA = load_site_data(PROJECT / "data")


def period(amount, unit, first_day_counts=False):
    return Record({"amount": amount, "unit": unit, "first_day_counts": first_day_counts})


def by_id(deadlines):
    return {deadline.id: deadline.date for deadline in deadlines}


def test_the_data_holds_the_statutory_periods():
    facts = DATA.facts
    assert (facts["decision-to-assess"].period.amount, facts["decision-to-assess"].period.unit) == (6, "weeks")
    assert (facts["decision-not-to-issue"].period.amount, facts["decision-not-to-issue"]["from"]) == (16, "request")
    assert (facts["final-plan"].period.amount, facts["final-plan"].reference) == (20, "regulation 13(2)")
    assert facts["draft-plan-comments"].period.first_day_counts is True
    assert facts["annual-review"].period.first_day_counts is True
    assert facts["review-decision"].period.amount == 4
    appeal = facts["appeal-time-limit"]
    assert (appeal.period.amount, appeal.period.unit, appeal["from"]) == (2, "months", "decision-letter")
    assert (appeal.or_later.period.amount, appeal.or_later["from"]) == (1, "mediation-certificate")


def test_example_from_the_issue():
    deadlines = request_deadlines(DATA, date(2026, 1, 5))
    assert deadlines[0].sentence == ("By Monday 16 February 2026: "
                                     "the council tells you whether it will carry out an EHC needs assessment")
    assert deadlines[0].step_number == 1
    assert by_id(deadlines) == {
        "decision-to-assess": date(2026, 2, 16),            # 6 calendar weeks
        "decision-not-to-issue": date(2026, 4, 27),         # 16 weeks
        "final-plan": date(2026, 5, 25),                    # 20 weeks
        "appeal-decision-not-to-assess": date(2026, 4, 16),  # 2 months after 16 February
        "first-annual-review": date(2027, 5, 24),           # 12 months starting with 25 May 2026
    }


@pytest.mark.parametrize("start, months, expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),     # no 31 February: the month's last day
    (date(2028, 1, 31), 1, date(2028, 2, 29)),     # leap year
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2025, 12, 31), 2, date(2026, 2, 28)),    # over the year boundary
    (date(2026, 8, 31), 1, date(2026, 9, 30)),
    (date(2026, 11, 23), -24, date(2024, 11, 23)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
])
def test_months_are_calendar_months_clamped_to_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("start, rule, expected", [
    (date(2026, 3, 1), period(15, "days", True), date(2026, 3, 15)),          # day served is day 1
    (date(2026, 12, 20), period(15, "days", True), date(2027, 1, 3)),
    (date(2028, 2, 20), period(15, "days", True), date(2028, 3, 5)),          # through 29 February
    (date(2026, 3, 1), period(1, "months", True), date(2026, 3, 31)),
    (date(2026, 1, 31), period(1, "months", True), date(2026, 2, 28)),
    (date(2027, 3, 1), period(12, "months", True), date(2028, 2, 29)),
    (date(2028, 2, 29), period(12, "months", True), date(2029, 2, 28)),
    (date(2026, 10, 1), period(4, "weeks"), date(2026, 10, 29)),              # over the October clock change
    (date(2026, 3, 1), period(6, "weeks"), date(2026, 4, 12)),                # over the March clock change
])
def test_periods(start, rule, expected):
    assert add_period(start, rule) == expected


def test_statutory_draft_comments_end_fourteen_days_after_serving():
    assert fact_deadline(DATA.facts["draft-plan-comments"], {"draft-served": date(2026, 6, 1)}) == date(2026, 6, 15)


def test_appeal_takes_the_later_of_decision_letter_and_mediation_certificate():
    appeal = DATA.facts["appeal-time-limit"]
    letter = date(2026, 1, 31)
    assert fact_deadline(appeal, {"decision-letter": letter}) == date(2026, 3, 31)
    assert fact_deadline(appeal, {"decision-letter": letter, "mediation-certificate": date(2026, 2, 20)}) \
        == date(2026, 3, 31)
    assert fact_deadline(appeal, {"decision-letter": letter, "mediation-certificate": date(2026, 3, 15)}) \
        == date(2026, 4, 15)
    assert fact_deadline(appeal, {"mediation-certificate": date(2026, 3, 15)}) is None


def test_review_decision_is_four_weeks_after_the_meeting():
    assert fact_deadline(DATA.facts["review-decision"], {"review-meeting": date(2026, 12, 10)}) == date(2027, 1, 7)


@pytest.mark.parametrize("request_day, expected", [
    (date(2024, 2, 29), {"decision-to-assess": date(2024, 4, 11), "final-plan": date(2024, 7, 18),
                         "first-annual-review": date(2025, 7, 17)}),
    (date(2026, 12, 31), {"decision-to-assess": date(2027, 2, 11), "appeal-decision-not-to-assess": date(2027, 4, 11)}),
    (date(2026, 3, 29), {"decision-to-assess": date(2026, 5, 10)}),   # the day the clocks go forward
    (date(2026, 10, 25), {"decision-to-assess": date(2026, 12, 6)}),  # the day the clocks go back
    (date(2027, 11, 4), {"final-plan": date(2028, 3, 23), "first-annual-review": date(2029, 3, 22)}),
])
def test_request_deadlines_fixed_cases(request_day, expected):
    found = by_id(request_deadlines(DATA, request_day))
    assert {key: found[key] for key in expected} == expected


def test_long_date_ignores_the_locale():
    assert long_date(date(2028, 2, 29)) == "Tuesday 29 February 2028"


def test_accepted_range_is_two_years_back_and_one_ahead():
    assert accepted_range(date(2026, 2, 28)) == (date(2024, 2, 28), date(2027, 2, 28))
    assert accepted_range(date(2028, 2, 29)) == (date(2026, 2, 28), date(2029, 2, 28))


def test_browser_rules_carry_the_numbers_from_the_data(data_copy):
    rules = calculator_rules(DATA)
    assert [(row["id"], row["amount"], row["unit"], row["step"]) for row in rules["rows"]][:3] == [
        ("decision-to-assess", 6, "weeks", 1), ("decision-not-to-issue", 16, "weeks", 3), ("final-plan", 20, "weeks", 4)]
    replace_in(data_copy / "statutory.yml", "period: {amount: 6, unit: weeks}\n    from: request",
               "period: {amount: 7, unit: weeks}\n    from: request")
    changed = load_site_data(data_copy)
    assert calculator_rules(changed)["rows"][0]["amount"] == 7
    assert by_id(request_deadlines(changed, date(2026, 1, 5)))["decision-to-assess"] == date(2026, 2, 23)


def test_calculator_rows_must_name_known_facts_and_steps(data_copy):
    from macros.core import DataError

    replace_in(data_copy / "statutory.yml", "      fact: final-plan\n      step: finalise-plan",
               "      fact: final-plans\n      step: finalise")
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy)
    report = caught.value.report()
    assert "unknown facts id 'final-plans'" in report
    assert "unknown ehcna-steps id 'finalise'" in report
