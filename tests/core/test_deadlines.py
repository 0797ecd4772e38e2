"""The deadline engine: fixed cases checked by hand against the regulations' and tribunal rules' wording."""

from datetime import date

import pytest

from macros.core import load_site_data
from macros.core.dates.deadlines import (
    accepted_range,
    add_months,
    add_period,
    calculator_rules,
    example_values,
    fact_deadline,
    journey_dates,
    tribunal_last_day,
)
from macros.core.dates.review_due import bank_holidays_running_out, warn_notices_due
from macros.core.school_year import reception_year
from macros.core.dataset.model import Record
from tests.helpers import PROJECT, replace_in

DATA = load_site_data(PROJECT / "data")
RULES = {journey.id: calculator_rules(DATA, journey.id) for journey in DATA["statutory"].calculator.journeys}


def period(amount, unit, first_day_counts=False):
    return Record({"amount": amount, "unit": unit, "first_day_counts": first_day_counts})


def dates(journey_id, **values):
    return {d.id: d.date for d in journey_dates(RULES[journey_id], {k.replace("_", "-"): v for k, v in values.items()})}


def test_the_data_holds_the_statutory_periods():
    facts = DATA.facts
    assert (facts["decision-to-assess"].period.amount, facts["decision-to-assess"].period.unit) == (6, "weeks")
    assert (facts["final-plan"].period.amount, facts["final-plan"].reference) == (20, "regulation 13(2)")
    assert facts["draft-plan-comments"].period.first_day_counts is True
    assert facts["review-meeting-notice"].counts_back and facts["review-meeting-notice"].reference == "regulation 20(3)"
    assert facts["amended-plan"].and_within.period.amount == 12
    assert facts["appeal-deadline-non-working-day"].reference == "rule 12(2) and 12(3)(a)"
    assert [(d.move, d.month, d.day) for d in facts["phase-transfer-review"].before_dates] == [
        ("phase", 2, 15),
        ("post-16", 3, 31),
    ]


def test_assessment_journey():
    found = dates(
        "assessment",
        request=date(2026, 1, 5),
        la_asks_for_advice=date(2026, 2, 23),
        draft_served=date(2026, 4, 20),
        decision_letter=date(2026, 2, 10),
    )
    assert found == {
        "decision-to-assess": date(2026, 2, 16),  # 6 calendar weeks
        "advice-deadline": date(2026, 4, 6),  # 6 weeks from the council's request for advice
        "decision-not-to-issue": date(2026, 4, 27),  # 16 weeks
        "draft-plan-comments": date(2026, 5, 4),  # 15 days, the day served is day 1
        "final-plan": date(2026, 5, 25),  # 20 weeks
        "mediation-adviser-after-refusal": date(2026, 4, 10),  # reg 33: 2 months after the letter was sent
        "appeal-after-refusal": date(2026, 4, 10),  # 2 months after the actual letter (a Friday)
    }
    assert list(found.values()) == sorted(found.values())  # listed in date order
    # No appeal date without the actual letter: never "if the council sent its letter on the last day allowed".
    assert "appeal-after-refusal" not in dates("assessment", request=date(2026, 1, 5))


def test_annual_review_journey_with_devon():
    found = dates(
        "annual-review",
        review_meeting=date(2027, 3, 10),
        amendment_proposals_sent=date(2027, 3, 31),
        amendment_proposals=date(2027, 4, 1),
    )
    assert found == {
        "review-notice": date(2027, 2, 24),
        "review-advice": date(2027, 2, 24),  # at least 2 weeks before
        "review-report": date(2027, 3, 24),
        "review-decision": date(2027, 4, 7),
        "amendment-comments": date(2027, 4, 15),
        "amended-plan": date(2027, 5, 26),  # the earlier of 8 weeks from sending (26 May) and 12 weeks (Devon, 2 June)
        "next-review": date(2028, 3, 9),  # 12 months starting with the meeting
    }
    # Only the meeting known: the 12 weeks is the latest the final amended plan can come.
    assert dates("annual-review", review_meeting=date(2027, 3, 10))["amended-plan"] == date(2027, 6, 2)


@pytest.mark.parametrize(
    "birth, reception",
    [(date(2016, 8, 31), 2020), (date(2016, 9, 1), 2021), (date(2016, 1, 1), 2020), (date(2020, 2, 29), 2024)],
)
def test_school_year_starts_on_1_september(birth, reception):
    assert reception_year(birth) == reception


def test_moving_school_journey():
    assert dates("moving-school", date_of_birth=date(2016, 3, 14), move="primary-to-secondary") == {
        "phase-transfer": date(2027, 2, 14)
    }  # Year 7 in September 2027: before 15 February
    assert dates("moving-school", date_of_birth=date(2012, 9, 1), move="secondary-to-post-16") == {
        "phase-transfer": date(2029, 3, 30)
    }  # Year 12 in September 2029: before 31 March
    assert dates("moving-school", move_year=2028, move="starting-school", date_of_birth=date(2016, 3, 14)) == {
        "phase-transfer": date(2028, 2, 14)
    }  # the year entered wins (taught out of year group)
    how = journey_dates(RULES["moving-school"], example_values(DATA, "moving-school"))[0].how
    assert "1 September" in how[0] and "out of their year group" in how[1]


@pytest.mark.parametrize(
    "letter, certificate, expected, why",
    [
        (date(2026, 1, 31), None, date(2026, 3, 31), None),  # month end
        (date(2027, 6, 15), None, date(2027, 9, 1), "moved-run"),  # 15 August: after 31 August
        (date(2026, 6, 30), None, date(2026, 9, 1), "moved-run"),  # 31 August 2026 is a bank holiday
        (date(2026, 10, 26), None, date(2027, 1, 4), "moved-run"),  # 26 December: after 1 January
        (date(2027, 10, 31), None, date(2028, 1, 4), "moved-run"),  # 31 December; 3 January 2028 a holiday
        (date(2027, 1, 29), None, date(2027, 3, 30), "moved-day"),  # Easter Monday
        (date(2027, 3, 1), None, date(2027, 5, 4), "moved-day"),  # Saturday, then a bank holiday
        (date(2026, 1, 31), date(2026, 3, 15), date(2026, 4, 15), None),  # the certificate is later
        (date(2026, 1, 31), date(2026, 2, 20), date(2026, 3, 31), None),  # the letter is later
    ],
)
def test_appeal_journey_rule_12(letter, certificate, expected, why):
    values = {"decision-letter": letter} | ({"mediation-certificate": certificate} if certificate else {})
    [found] = [d for d in journey_dates(RULES["appeal"], values) if d.id == "appeal-deadline"]
    assert found.date == expected
    words = {"moved-run": "first working day after", "moved-day": "not a working day"}
    assert (why is not None) == any(phrase in " ".join(found.how) for phrase in words.values())
    if why:
        assert words[why] in found.how[-1]


def test_tribunal_rule_leaves_a_working_day_alone():
    assert tribunal_last_day(date(2026, 12, 1), RULES["appeal"]) == (date(2026, 12, 1), None)
    assert tribunal_last_day(date(2027, 1, 1), RULES["appeal"])[0] == date(2027, 1, 4)


def test_closure_windows_from_the_term_dates():
    assert RULES["assessment"]["closures"] == [["2027-07-15", "2027-08-26"]]  # summer: 22 July to 1 September
    [final] = [d for d in journey_dates(RULES["assessment"], {"request": date(2027, 3, 1)}) if d.id == "final-plan"]
    assert final.closures == ((date(2027, 7, 15), date(2027, 7, 19)),)
    early = journey_dates(RULES["assessment"], {"request": date(2026, 10, 1)})
    assert all(d.closures == () for d in early)  # no closure of 4 weeks or more in those weeks


def test_only_limits_with_the_closure_ground_show_it():
    rows = {row["id"]: row for row in RULES["assessment"]["rows"]}
    assert rows["final-plan"]["closure"] and rows["decision-to-assess"]["closure"]
    assert not rows["advice-deadline"]["closure"]  # regulation 8(2) has no closure ground
    assert not rows["draft-plan-comments"]["grounds"]


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
    ],
)
def test_months_are_calendar_months_clamped_to_the_month_end(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    "start, rule, expected",
    [
        (date(2026, 3, 1), period(15, "days", True), date(2026, 3, 15)),
        (date(2028, 2, 20), period(15, "days", True), date(2028, 3, 5)),
        (date(2027, 3, 1), period(12, "months", True), date(2028, 2, 29)),
        (date(2026, 10, 1), period(4, "weeks"), date(2026, 10, 29)),
    ],
)
def test_periods(start, rule, expected):
    assert add_period(start, rule) == expected


def test_fact_deadline_takes_the_later_appeal_date():
    appeal = DATA.facts["appeal-time-limit"]
    assert fact_deadline(
        appeal, {"decision-letter": date(2026, 1, 31), "mediation-certificate": date(2026, 3, 15)}
    ) == date(2026, 4, 15)


def test_accepted_range_is_two_years_back_and_one_ahead():
    assert accepted_range(date(2028, 2, 29)) == (date(2026, 2, 28), date(2029, 2, 28))


def test_bank_holidays_warn_when_they_run_out(capsys):
    assert bank_holidays_running_out(DATA, date(2026, 12, 1)) == []
    [warning] = bank_holidays_running_out(DATA, date(2028, 1, 15))  # a fake today: under 12 months left
    assert warning.startswith("data/bank_holidays.yml: covers_until:") and "gov.uk/bank-holidays" in warning
    warn_notices_due(DATA, date(2028, 1, 15))
    assert "bank_holidays.yml" in capsys.readouterr().err


def test_bank_holidays_are_weekdays_in_order_and_cover_2025_to_2028():
    days = [date.fromisoformat(d.date) for d in DATA["bank_holidays"].days]
    assert days == sorted(days) and all(d.weekday() < 5 for d in days)
    assert {d.year for d in days} >= {2025, 2026, 2027, 2028}
    assert sum(d.year == 2027 for d in days) == 8


def test_rows_must_name_known_facts(data_copy):
    from macros.core import DataError

    replace_in(data_copy / "statutory.yml", "          fact: final-plan\n", "          fact: final-plans\n")
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy)
    assert "unknown facts id 'final-plans'" in caught.value.report()


def test_a_changed_period_reaches_the_rules(data_copy):
    replace_in(
        data_copy / "statutory.yml",
        "period: {amount: 6, unit: weeks}\n    from: request",
        "period: {amount: 7, unit: weeks}\n    from: request",
    )
    changed = load_site_data(data_copy)
    rules = calculator_rules(changed, "assessment")
    assert rules["rows"][0]["amount"] == 7
    assert {d.id: d.date for d in journey_dates(rules, {"request": date(2026, 1, 5)})}["decision-to-assess"] == date(
        2026, 2, 23
    )


def test_next_year_start_must_end_the_summer_holiday(data_copy):
    from macros.core import DataError

    replace_in(data_copy / "term_dates.yml", 'next_year_starts: "2027-09-02"', 'next_year_starts: "2028-09-04"')
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy)
    assert (
        "data/term_dates.yml:6: next_year_starts: 2028-09-04 is not the end of the summer holiday"
        in caught.value.report()
    )
